package org.nnlab.data;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;

/**
 * Conversions between square greyscale images and feature rows: an image of {@code side x side}
 * pixels is one row of {@code side * side} features, pixel {@code (r, c)} at column
 * {@code r * side + c} (row-major, top row first), as in the IDX files.
 */
public final class Images {
    private Images() {
    }

    /** The side of a square image with {@code pixels} pixels (28 for 784). */
    public static int side(int pixels) {
        int side = (int) Math.round(Math.sqrt(pixels));
        Require.that(side * side == pixels && pixels > 0, "Images", "the number of features", "a square (784 = 28 x 28)", pixels);
        return side;
    }

    /** Row {@code row} of {@code x} as a new {@code side x side} matrix. */
    public static DMatrixRMaj image(DMatrixRMaj x, int row) {
        Require.index("Images.image", "row", row, x.numRows);
        int side = side(x.numCols);
        DMatrixRMaj image = new DMatrixRMaj(side, side);
        System.arraycopy(x.data, row * x.numCols, image.data, 0, x.numCols);
        return image;
    }

    /** An image (any {@code height x width} matrix) as a new 1 x (height * width) row. */
    public static DMatrixRMaj row(DMatrixRMaj image) {
        DMatrixRMaj row = new DMatrixRMaj(1, image.getNumElements());
        System.arraycopy(image.data, 0, row.data, 0, row.numCols);
        return row;
    }
}
