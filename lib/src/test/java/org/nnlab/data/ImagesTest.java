package org.nnlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class ImagesTest {
    @Test
    void rowsAndImagesConvertBothWays() {
        DMatrixRMaj x = new DMatrixRMaj(3, 784);
        for (int j = 0; j < 784; j++) {
            x.set(1, j, j);
        }
        DMatrixRMaj image = Images.image(x, 1);
        assertEquals(28, image.numRows);
        assertEquals(28, image.numCols);
        assertEquals(2 * 28 + 5, image.get(2, 5), "pixel (r, c) is feature 28 r + c");
        DMatrixRMaj row = Images.row(image);
        assertEquals(1, row.numRows);
        assertArrayEquals(java.util.Arrays.copyOfRange(x.data, 784, 2 * 784), row.data);
    }

    @Test
    void onlySquareImagesHaveASide() {
        assertEquals(28, Images.side(784));
        assertThrows(IllegalArgumentException.class, () -> Images.side(785));
        assertThrows(IllegalArgumentException.class, () -> Images.image(new DMatrixRMaj(2, 784), 2));
    }
}
