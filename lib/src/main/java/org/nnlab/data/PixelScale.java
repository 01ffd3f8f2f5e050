package org.nnlab.data;

/** How the unsigned bytes of an image file become feature values. */
public enum PixelScale {
    /** The raw byte value: 0.0 to 255.0. */
    BYTES(1.0),
    /** The byte value divided by 255: 0.0 to 1.0 (the default of the dataset loaders). */
    UNIT(1.0 / 255);

    private final double factor;

    PixelScale(double factor) {
        this.factor = factor;
    }

    /** The feature value of an unsigned byte {@code 0..255}. */
    public double value(int unsignedByte) {
        return unsignedByte * factor;
    }

    /**
     * The byte a feature value came from (rounded to the nearest byte).
     *
     * @throws IllegalArgumentException if it lies outside the scale's range
     */
    public int toByte(double value) {
        double scaled = value / factor;
        if (!(scaled >= -0.5 && scaled < 255.5)) {
            throw new IllegalArgumentException("pixel value " + value + " is outside the range of " + this
                    + " (" + value(0) + " to " + value(255) + ")");
        }
        return (int) Math.round(scaled);
    }
}
