package org.nnlab.data;

import org.nnlab.check.Require;
import org.nnlab.random.Rng;

/** See {@link Augmentation#rotate(double)}. */
record RandomRotation(double maxDegrees) implements ImageAugmentation {
    RandomRotation {
        Require.between("Augmentation.rotate", "maxDegrees", maxDegrees, 0, 180);
    }

    @Override
    public boolean isIdentity() {
        return maxDegrees == 0;
    }

    /** Each output pixel samples the input at the inversely rotated position. */
    @Override
    public void augment(double[] pixels, int offset, int side, double[] scratch, Rng rng) {
        double angle = Math.toRadians(rng.uniform(-maxDegrees, maxDegrees));
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double centre = (side - 1) / 2.0;
        System.arraycopy(pixels, offset, scratch, 0, side * side);
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                double dx = c - centre;
                double dy = r - centre;
                pixels[offset + r * side + c] = Bilinear.sample(scratch, side, centre - sin * dx + cos * dy, centre + cos * dx + sin * dy);
            }
        }
    }
}
