package org.nnlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

class ToyDataTest {
    private static final Map<String, LongFunction<Dataset>> GENERATORS = Map.of(
            "spiral", seed -> ToyData.spiral(300, 3, 0.05, seed),
            "two moons", seed -> ToyData.twoMoons(200, 0.1, seed),
            "circles", seed -> ToyData.circles(200, 0.1, seed),
            "xor", seed -> ToyData.xor(200, 0.1, seed),
            "blobs", seed -> ToyData.blobs(250, 5, 3, 1.0, seed),
            "linearly separable", seed -> ToyData.linearlySeparable(200, 0.1, seed),
            "overlapping", seed -> ToyData.overlapping(200, 0.3, seed),
            "polynomial", seed -> ToyData.polynomial(50, new double[] {1, -2, 0, 3}, 0.1, seed));

    @Test
    void sameSeedSameDataOtherSeedOtherData() {
        GENERATORS.forEach((name, generator) -> {
            Dataset a = generator.apply(7);
            Dataset b = generator.apply(7);
            Dataset c = generator.apply(8);
            assertArrayEquals(a.x().data, b.x().data, name);
            assertFalse(Arrays.equals(a.x().data, c.x().data), name + ": another seed gives other points");
            if (a.isClassification()) {
                assertArrayEquals(a.labels(), b.labels(), name);
            } else {
                assertArrayEquals(a.targets().data, b.targets().data, name);
            }
        });
    }

    @Test
    void classesAreBalanced() {
        assertArrayEquals(new int[] {100, 100, 100}, ToyData.spiral(300, 3, 0.05, 1).classCounts());
        assertArrayEquals(new int[] {34, 33, 33}, sorted(ToyData.spiral(100, 3, 0.05, 1).classCounts()));
        assertArrayEquals(new int[] {50, 50, 50, 50, 50}, ToyData.blobs(250, 5, 3, 1.0, 1).classCounts());
        assertEquals(3, ToyData.blobs(250, 5, 3, 1.0, 1).numFeatures());
    }

    private static int[] sorted(int[] counts) {
        return Arrays.stream(counts).boxed().sorted((p, q) -> q - p).mapToInt(Integer::intValue).toArray();
    }

    @Test
    void withoutNoiseThePointsLieOnTheirShapes() {
        Dataset circles = ToyData.circles(100, 0, 3);
        for (int i = 0; i < circles.size(); i++) {
            double radius = Math.hypot(circles.x().get(i, 0), circles.x().get(i, 1));
            assertEquals(circles.labels()[i] == 0 ? 1 : 0.5, radius, 1e-12);
        }
        Dataset xor = ToyData.xor(100, 0, 3);
        for (int i = 0; i < xor.size(); i++) {
            boolean oppositeSigns = xor.x().get(i, 0) * xor.x().get(i, 1) < 0;
            assertEquals(oppositeSigns ? 1 : 0, xor.labels()[i]);
        }
        Dataset spiral = ToyData.spiral(90, 3, 0, 3);
        for (int i = 0; i < spiral.size(); i++) {
            assertTrue(Math.hypot(spiral.x().get(i, 0), spiral.x().get(i, 1)) <= 1);
        }
    }

    @Test
    void linearlySeparableKeepsItsMarginAndOverlappingCrossesTheLine() {
        Dataset separable = ToyData.linearlySeparable(500, 0.2, 4);
        for (int i = 0; i < separable.size(); i++) {
            double distance = (separable.x().get(i, 0) + separable.x().get(i, 1)) / Math.sqrt(2);
            assertTrue(Math.abs(distance) >= 0.2, "margin");
            assertEquals(distance > 0 ? 1 : 0, separable.labels()[i], "side of the diagonal");
        }
        Dataset overlapping = ToyData.overlapping(500, 0.3, 4);
        long wrongSide = 0;
        for (int i = 0; i < overlapping.size(); i++) {
            double distance = overlapping.x().get(i, 0) + overlapping.x().get(i, 1);
            wrongSide += (distance > 0) != (overlapping.labels()[i] == 1) ? 1 : 0;
        }
        assertTrue(wrongSide > 10, wrongSide + " points across the line");
        assertThrows(IllegalArgumentException.class, () -> ToyData.linearlySeparable(10, 0.8, 1));
    }

    @Test
    void polynomialRegressionFollowsItsCoefficients() {
        Dataset exact = ToyData.polynomial(40, new double[] {1, -2, 0, 3}, 0, 5);
        assertNull(exact.labels());
        assertEquals(1, exact.targets().numCols);
        for (int i = 0; i < exact.size(); i++) {
            double x = exact.x().get(i, 0);
            assertTrue(x >= -1 && x < 1);
            assertEquals(1 - 2 * x + 3 * x * x * x, exact.targets().get(i, 0), 1e-12);
        }
        Dataset noisy = ToyData.polynomial(4000, new double[] {1, -2, 0, 3}, 0.5, 5);
        double sumSquares = 0;
        for (int i = 0; i < noisy.size(); i++) {
            double x = noisy.x().get(i, 0);
            sumSquares += Math.pow(noisy.targets().get(i, 0) - (1 - 2 * x + 3 * x * x * x), 2);
        }
        assertEquals(0.5, Math.sqrt(sumSquares / noisy.size()), 0.03, "noise standard deviation");
    }
}
