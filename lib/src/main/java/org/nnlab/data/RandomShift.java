package org.nnlab.data;

import org.nnlab.check.Require;
import org.nnlab.random.Rng;

/** See {@link Augmentation#shift(int)}. */
record RandomShift(int maxPixels) implements ImageAugmentation {
    RandomShift {
        Require.atLeast("Augmentation.shift", "maxPixels", maxPixels, 0);
    }

    @Override
    public boolean isIdentity() {
        return maxPixels == 0;
    }

    @Override
    public void augment(double[] pixels, int offset, int side, double[] scratch, Rng rng) {
        int down = rng.nextInt(2 * maxPixels + 1) - maxPixels;
        int right = rng.nextInt(2 * maxPixels + 1) - maxPixels;
        System.arraycopy(pixels, offset, scratch, 0, side * side);
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                int fromRow = r - down;
                int fromCol = c - right;
                boolean inside = fromRow >= 0 && fromRow < side && fromCol >= 0 && fromCol < side;
                pixels[offset + r * side + c] = inside ? scratch[fromRow * side + fromCol] : 0;
            }
        }
    }
}
