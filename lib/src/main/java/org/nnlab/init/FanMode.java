package org.nnlab.init;

/** Which fan a variance-scaling initializer divides by. */
public enum FanMode {
    /** The number of inputs (rows): keeps the forward activations' variance (He, LeCun). */
    FAN_IN,
    /** The number of outputs (columns): keeps the backward gradients' variance. */
    FAN_OUT,
    /** {@code (fanIn + fanOut) / 2}: the compromise of Glorot and Bengio (Xavier). */
    FAN_AVG;

    /** The fan of a {@code fanIn x fanOut} weight matrix under this mode. */
    public double of(int fanIn, int fanOut) {
        return switch (this) {
            case FAN_IN -> fanIn;
            case FAN_OUT -> fanOut;
            case FAN_AVG -> (fanIn + fanOut) / 2.0;
        };
    }
}
