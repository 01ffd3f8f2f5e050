package org.nnlab.init;

import java.util.Locale;
import org.nnlab.check.Require;

/**
 * The weight initializers. Random schemes draw independent values with mean 0; for a
 * {@code fanIn x fanOut} matrix the variance-scaling ones use
 * <pre>
 *   Var(w) = gain<sup>2</sup> / fan
 * </pre>
 * with the fan chosen by {@link FanMode}. Uniform variants draw from U(-limit, limit) with
 * limit = sqrt(3 Var(w)), which has the same variance as the normal one.
 *
 * <ul>
 *   <li>Xavier/Glorot: fan = (fanIn + fanOut) / 2, i.e. Var = 2 gain<sup>2</sup> / (fanIn + fanOut),
 *       default gain 1.</li>
 *   <li>He/Kaiming: fan = fanIn (or fanOut), default gain sqrt(2) (ReLU), i.e. Var = 2 / fanIn.</li>
 *   <li>LeCun: Var = 1 / fanIn.</li>
 * </ul>
 * Biases start at zero ({@link #zeros()}) unless a layer is given another initializer.
 */
public final class Init {
    private Init() {
    }

    /** All zeros (the default for biases). */
    public static Initializer zeros() {
        return constant(0);
    }

    /** All entries equal to {@code value}, e.g. a negative bias shift. */
    public static Initializer constant(double value) {
        Require.finite("Init.constant", "value", value);
        return new ConstantInitializer(value);
    }

    /** N(0, std<sup>2</sup>), independent of the fans. */
    public static Initializer normal(double std) {
        Require.nonNegative("Init.normal", "std", std);
        return new RandomInitializer("normal(" + std + ")", Distribution.NORMAL, (fanIn, fanOut) -> std);
    }

    /** U(-limit, limit), independent of the fans. */
    public static Initializer uniform(double limit) {
        Require.nonNegative("Init.uniform", "limit", limit);
        return new RandomInitializer("uniform(" + limit + ")", Distribution.UNIFORM,
                (fanIn, fanOut) -> limit / Math.sqrt(3));
    }

    /** Glorot normal with gain 1: Var = 2 / (fanIn + fanOut). */
    public static Initializer xavierNormal() {
        return xavierNormal(Gain.linear());
    }

    /** Glorot normal: Var = 2 gain<sup>2</sup> / (fanIn + fanOut). */
    public static Initializer xavierNormal(double gain) {
        return varianceScaling("xavier_normal", Distribution.NORMAL, FanMode.FAN_AVG, gain);
    }

    /** Glorot uniform with gain 1: limit = sqrt(6 / (fanIn + fanOut)). */
    public static Initializer xavierUniform() {
        return xavierUniform(Gain.linear());
    }

    /** Glorot uniform: limit = gain sqrt(6 / (fanIn + fanOut)). */
    public static Initializer xavierUniform(double gain) {
        return varianceScaling("xavier_uniform", Distribution.UNIFORM, FanMode.FAN_AVG, gain);
    }

    /** He normal, fan-in mode, ReLU gain: Var = 2 / fanIn. */
    public static Initializer heNormal() {
        return heNormal(FanMode.FAN_IN);
    }

    /** He normal with the ReLU gain: Var = 2 / fan. */
    public static Initializer heNormal(FanMode mode) {
        return heNormal(mode, Gain.relu());
    }

    /** He normal: Var = gain<sup>2</sup> / fan, e.g. {@code heNormal(FAN_IN, Gain.leakyRelu(0.1))}. */
    public static Initializer heNormal(FanMode mode, double gain) {
        return varianceScaling("he_normal", Distribution.NORMAL, mode, gain);
    }

    /** He uniform, fan-in mode, ReLU gain: limit = sqrt(6 / fanIn). */
    public static Initializer heUniform() {
        return heUniform(FanMode.FAN_IN);
    }

    /** He uniform with the ReLU gain: limit = sqrt(6 / fan). */
    public static Initializer heUniform(FanMode mode) {
        return heUniform(mode, Gain.relu());
    }

    /** He uniform: limit = gain sqrt(3 / fan). */
    public static Initializer heUniform(FanMode mode, double gain) {
        return varianceScaling("he_uniform", Distribution.UNIFORM, mode, gain);
    }

    /** LeCun normal: Var = 1 / fanIn. */
    public static Initializer lecunNormal() {
        return varianceScaling("lecun_normal", Distribution.NORMAL, FanMode.FAN_IN, Gain.linear());
    }

    /** Short for {@link #xavierNormal()}. */
    public static Initializer xavier() {
        return xavierNormal();
    }

    /** Short for {@link #heNormal()} (fan-in, ReLU gain). */
    public static Initializer he() {
        return heNormal();
    }

    private static Initializer varianceScaling(String scheme, Distribution distribution, FanMode mode, double gain) {
        Require.positive(scheme, "gain", gain);
        Require.notNull(scheme, "mode", mode);
        String description = scheme + "(" + mode.name().toLowerCase(Locale.ROOT) + ", gain " + gain + ")";
        return new RandomInitializer(description, distribution,
                (fanIn, fanOut) -> gain / Math.sqrt(mode.of(fanIn, fanOut)));
    }
}
