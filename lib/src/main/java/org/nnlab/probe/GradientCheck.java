package org.nnlab.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;
import org.nnlab.nn.Layer;
import org.nnlab.nn.Mode;
import org.nnlab.nn.Param;
import org.nnlab.random.Rng;

/**
 * Numerical gradient checking by centered differences in double precision.
 *
 * <p>Relative error between an analytic gradient {@code a} and a numerical one {@code n} is
 * {@code max_i |a_i - n_i| / max(1e-8, max_i (|a_i| + |n_i|))}: the largest disagreement measured
 * against the gradient's own scale. Rules of thumb: below 1e-7 for smooth functions, below 1e-5
 * where the function has kinks (ReLU, L1, max).
 */
public final class GradientCheck {
    /** Default finite-difference step. */
    public static final double STEP = 1e-5;

    private GradientCheck() {
    }

    /** One checked variable: its name and the relative error of its gradient. */
    public record Entry(String variable, double relativeError) {
    }

    /** The relative error defined in the class comment. */
    public static double relativeError(DMatrixRMaj analytic, DMatrixRMaj numeric) {
        Require.that(analytic.numRows == numeric.numRows && analytic.numCols == numeric.numCols, "GradientCheck.relativeError",
                "the numeric gradient", analytic.numRows + "x" + analytic.numCols + " (the analytic one's shape)",
                numeric.numRows + "x" + numeric.numCols);
        double maxDiff = 0;
        double scale = 0;
        for (int i = 0; i < analytic.getNumElements(); i++) {
            maxDiff = Math.max(maxDiff, Math.abs(analytic.data[i] - numeric.data[i]));
            scale = Math.max(scale, Math.abs(analytic.data[i]) + Math.abs(numeric.data[i]));
        }
        return maxDiff / Math.max(1e-8, scale);
    }

    /**
     * d f / d variable by centered differences: each entry is nudged by +-h, f re-evaluated, and
     * the entry restored.
     */
    public static DMatrixRMaj numericGradient(DoubleSupplier f, DMatrixRMaj variable, double h) {
        DMatrixRMaj grad = new DMatrixRMaj(variable.numRows, variable.numCols);
        for (int i = 0; i < variable.getNumElements(); i++) {
            double saved = variable.data[i];
            variable.data[i] = saved + h;
            double plus = f.getAsDouble();
            variable.data[i] = saved - h;
            double minus = f.getAsDouble();
            variable.data[i] = saved;
            grad.data[i] = (plus - minus) / (2 * h);
        }
        return grad;
    }

    /**
     * Checks a layer's input gradient and every parameter gradient against the scalar
     * {@code L = sum(forward(x) .* G)} for a random upstream gradient {@code G ~ N(0,1)}, so that
     * {@code dL/dOutput = G}. Stochastic layers must have their masks fixed by the caller.
     */
    public static List<Entry> checkLayer(Layer layer, DMatrixRMaj x, Mode mode, Rng rng) {
        DMatrixRMaj out = layer.forward(x, mode);
        DMatrixRMaj upstream = new DMatrixRMaj(out.numRows, out.numCols);
        for (int i = 0; i < upstream.getNumElements(); i++) {
            upstream.data[i] = rng.nextGaussian();
        }
        DMatrixRMaj gradX = layer.backward(upstream).copy();
        List<DMatrixRMaj> paramGrads = new ArrayList<>();
        for (Param p : layer.params()) {
            paramGrads.add(p.grad().copy());
        }
        DoubleSupplier loss = () -> dot(layer.forward(x, mode), upstream);

        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("input", relativeError(gradX, numericGradient(loss, x, STEP))));
        for (int k = 0; k < paramGrads.size(); k++) {
            Param p = layer.params().get(k);
            entries.add(new Entry(p.name(), relativeError(paramGrads.get(k), numericGradient(loss, p.value(), STEP))));
        }
        return entries;
    }

    /** The largest relative error of a {@link #checkLayer} result. */
    public static double worst(List<Entry> entries) {
        return entries.stream().mapToDouble(Entry::relativeError).max().orElse(0);
    }

    private static double dot(DMatrixRMaj a, DMatrixRMaj b) {
        double sum = 0;
        for (int i = 0; i < a.getNumElements(); i++) {
            sum += a.data[i] * b.data[i];
        }
        return sum;
    }
}
