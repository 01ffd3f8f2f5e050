package org.nnlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnlab.nn.LayerTesting.KINKED;
import static org.nnlab.nn.LayerTesting.SMOOTH;
import static org.nnlab.nn.LayerTesting.assertGradientsMatch;
import static org.nnlab.nn.LayerTesting.awayFromZero;

import java.util.Random;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ActivationTest {
    private static final double[] INPUTS = {-2, -0.5, 0, 0.5, 2};

    static Stream<Arguments> activations() {
        double e2 = Math.exp(-2);
        double eHalf = Math.exp(-0.5);
        return Stream.of(
                Arguments.of(new Sigmoid(), new double[] {1 / (1 + Math.exp(2)), 1 / (1 + Math.exp(0.5)), 0.5,
                        1 / (1 + eHalf), 1 / (1 + e2)}, SMOOTH),
                Arguments.of(new Tanh(), new double[] {Math.tanh(-2), Math.tanh(-0.5), 0, Math.tanh(0.5), Math.tanh(2)},
                        SMOOTH),
                Arguments.of(new ReLU(), new double[] {0, 0, 0, 0.5, 2}, KINKED),
                Arguments.of(new LeakyReLU(0.1), new double[] {-0.2, -0.05, 0, 0.5, 2}, KINKED),
                Arguments.of(new ELU(), new double[] {e2 - 1, eHalf - 1, 0, 0.5, 2}, KINKED),
                Arguments.of(new ELU(0.5), new double[] {0.5 * (e2 - 1), 0.5 * (eHalf - 1), 0, 0.5, 2}, KINKED),
                Arguments.of(new Identity(), INPUTS, SMOOTH));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void computesItsFunction(ElementwiseActivation activation, double[] expected, double bound) {
        DMatrixRMaj y = activation.forward(new DMatrixRMaj(1, INPUTS.length, true, INPUTS), Mode.TRAIN);
        assertArrayEquals(expected, y.data, 1e-15);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void gradientsMatchNumericalOnes(ElementwiseActivation activation, double[] expected, double bound) {
        assertGradientsMatch(activation.toString(), activation, awayFromZero(4, 6, 11), Mode.TRAIN, bound);
    }

    @Test
    void sigmoidIsStableForLargeInputs() {
        DMatrixRMaj y = new Sigmoid().forward(new DMatrixRMaj(1, 2, true, -800, 800), Mode.EVAL);
        assertArrayEquals(new double[] {0, 1}, y.data, 1e-300);
    }

    @Test
    void preluLearnsOneSlopePerFeatureStartingAtAQuarter() {
        PReLU prelu = new PReLU(3);
        assertArrayEquals(new double[] {0.25, 0.25, 0.25}, prelu.slopes().value().data);
        prelu.slopes().value().setTo(new DMatrixRMaj(1, 3, true, 0.1, 0.2, 0.3));
        DMatrixRMaj y = prelu.forward(new DMatrixRMaj(2, 3, true, -1, -1, -1, 2, -2, 3), Mode.TRAIN);
        assertArrayEquals(new double[] {-0.1, -0.2, -0.3, 2, -0.4, 3}, y.data, 1e-15);
        prelu.initialize(1);
        assertArrayEquals(new double[] {0.25, 0.25, 0.25}, prelu.slopes().value().data);
    }

    @Test
    void preluGradientsMatchNumericalOnes() {
        PReLU prelu = new PReLU(6);
        LayerTesting.randomize(prelu.slopes().value(), 0.3, 2);
        assertGradientsMatch("prelu", prelu, awayFromZero(5, 6, 12), Mode.TRAIN, KINKED);
    }

    @Test
    void softmaxRowsArePositiveAndSumToOneEvenForHugeLogits() {
        DMatrixRMaj y = new Softmax().forward(new DMatrixRMaj(2, 3, true, 1000, 1001, 1002, -5, 0, 5), Mode.EVAL);
        double z = 1 + Math.exp(1) + Math.exp(2);
        assertArrayEquals(new double[] {1 / z, Math.exp(1) / z, Math.exp(2) / z}, new double[] {y.get(0, 0),
                y.get(0, 1), y.get(0, 2)}, 1e-15);
        for (int row = 0; row < 2; row++) {
            assertEquals(1, y.get(row, 0) + y.get(row, 1) + y.get(row, 2), 1e-15);
            assertTrue(y.get(row, 0) > 0);
        }
    }

    @Test
    void softmaxGradientsMatchNumericalOnes() {
        assertGradientsMatch("softmax", new Softmax(), LayerTesting.gaussian(4, 5, 13), Mode.TRAIN, SMOOTH);
    }

    @Test
    void invalidAlphasFailNamingParameterAndValue() {
        assertEquals("leaky_relu: alpha must be a finite number >= 0, got -0.1",
                assertThrows(IllegalArgumentException.class, () -> new LeakyReLU(-0.1)).getMessage());
        assertEquals("elu: alpha must be a finite number >= 0, got NaN",
                assertThrows(IllegalArgumentException.class, () -> new ELU(Double.NaN)).getMessage());
        assertEquals("prelu: features must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new PReLU(0)).getMessage());
    }

    @Test
    void preluChecksItsWidth() {
        PReLU prelu = new PReLU(4);
        assertEquals("prelu: the input must be a batch with 4 columns, got 2x3", assertThrows(IllegalArgumentException.class,
                () -> prelu.forward(new DMatrixRMaj(2, 3), Mode.TRAIN)).getMessage());
    }

    @Test
    void backwardChecksTheGradientShape() {
        ReLU relu = new ReLU();
        relu.forward(new DMatrixRMaj(2, 3), Mode.TRAIN);
        assertEquals("relu: the gradient must be 2x3 (the output's shape), got 3x2",
                assertThrows(IllegalArgumentException.class, () -> relu.backward(new DMatrixRMaj(3, 2))).getMessage());
    }

    @Test
    void reluLoopsGiveTheScalarBitsIncludingSpecialValues() {
        double[] special = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE};
        Random random = new Random(3);
        int n = 203;
        DMatrixRMaj x = new DMatrixRMaj(1, n);
        DMatrixRMaj dy = new DMatrixRMaj(1, n);
        for (int i = 0; i < n; i++) {
            x.data[i] = i % 5 == 0 ? special[random.nextInt(special.length)] : random.nextGaussian();
            dy.data[i] = i % 7 == 0 ? special[random.nextInt(special.length)] : random.nextGaussian();
        }
        ReLU relu = new ReLU();
        DMatrixRMaj y = relu.forward(x, Mode.TRAIN);
        DMatrixRMaj dx = relu.backward(dy);
        for (int i = 0; i < n; i++) {
            assertEquals(relu.apply(x.data[i]), y.data[i], "y at " + i + " for x = " + x.data[i]);
            assertEquals(dy.data[i] * relu.derivative(x.data[i], y.data[i]), dx.data[i], "dx at " + i + " for x = " + x.data[i]);
        }
    }
}
