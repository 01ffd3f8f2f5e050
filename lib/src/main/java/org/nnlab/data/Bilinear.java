package org.nnlab.data;

/** Bilinear sampling of a square greyscale image stored row by row, 0 outside it. */
final class Bilinear {
    private Bilinear() {
    }

    /** The image at the fractional position (row, col). */
    static double sample(double[] image, int side, double row, double col) {
        int r0 = (int) Math.floor(row);
        int c0 = (int) Math.floor(col);
        double fr = row - r0;
        double fc = col - c0;
        return (1 - fr) * ((1 - fc) * pixel(image, side, r0, c0) + fc * pixel(image, side, r0, c0 + 1))
                + fr * ((1 - fc) * pixel(image, side, r0 + 1, c0) + fc * pixel(image, side, r0 + 1, c0 + 1));
    }

    private static double pixel(double[] image, int side, int r, int c) {
        return r >= 0 && r < side && c >= 0 && c < side ? image[r * side + c] : 0;
    }
}
