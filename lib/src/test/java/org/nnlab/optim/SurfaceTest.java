package org.nnlab.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SurfaceTest {
    @Test
    void gradientDescentOnTheValleyShrinksEachCoordinateByItsOwnFactor() {
        double rate = 0.03;
        Trajectory path = Surface.valley(50).descend(Optimizers.sgd(), rate, -4, 0.5, 20);
        assertEquals(20, path.steps());
        for (int t = 0; t <= 20; t++) { // x_t = x0 (1 - rate)^t, y_t = y0 (1 - 50 rate)^t
            assertEquals(-4 * Math.pow(1 - rate, t), path.x()[t], 1e-12);
            assertEquals(0.5 * Math.pow(1 - 50 * rate, t), path.y()[t], 1e-12);
            assertEquals(0.5 * (path.x()[t] * path.x()[t] + 50 * path.y()[t] * path.y()[t]), path.loss()[t], 1e-12);
        }
        assertEquals(path.loss()[20], path.lastLoss());
    }

    @Test
    void theSaddleRepelsAlongYAndAttractsAlongX() {
        Surface saddle = Surface.saddle();
        assertEquals(0, saddle.loss(0, 0));
        assertEquals(-0.25, saddle.loss(0, 1), 1e-15);
        assertEquals(-0.25, saddle.loss(0, -1), 1e-15);
        // near the origin, gradient descent multiplies x by (1 - rate) and y by about (1 + rate)
        Trajectory path = saddle.descend(Optimizers.sgd(), 0.1, 1, 1e-6, 10);
        assertEquals(Math.pow(0.9, 10), path.x()[10], 1e-12);
        assertEquals(1e-6 * Math.pow(1.1, 10), path.y()[10], 1e-12);
        // and ends in a minimum
        Trajectory escaped = saddle.descend(Optimizers.sgd(), 0.1, 1, 1e-6, 400);
        assertEquals(-0.25, escaped.lastLoss(), 1e-9);
        assertEquals(1, escaped.y()[400], 1e-6);
    }

    @Test
    void aScheduleSetsTheRateOfEveryStep() {
        Trajectory path = Surface.valley(1).descend(Optimizers.sgd(), Schedules.triangular(0.1, 0.3, 2), 1, 0, 5);
        assertArrayEquals(new double[] {0.1, 0.2, 0.3, 0.2, 0.1}, path.rates(), 1e-15);
        double x = 1;
        for (int t = 0; t < 5; t++) {
            x *= 1 - path.rates()[t];
            assertEquals(x, path.x()[t + 1], 1e-15);
        }
    }

    @Test
    void stepsToCountsUntilTheLossIsBelowTheTarget() {
        Trajectory path = new Trajectory(new double[] {0, 0, 0, 0}, new double[] {0, 0, 0, 0}, new double[] {3, 2, 0.5, 0.1}, new double[3]);
        assertEquals(0, path.stepsTo(4));
        assertEquals(2, path.stepsTo(1));
        assertEquals(-1, path.stepsTo(0.1));
    }

    @Test
    void distancesFromAPoint() {
        Trajectory path = new Trajectory(new double[] {3, 0, 1}, new double[] {4, 0, 1}, new double[3], new double[2]);
        assertArrayEquals(new double[] {5, 0, Math.sqrt(2)}, path.distanceFrom(0, 0), 1e-15);
        assertArrayEquals(new double[] {Math.sqrt(13), Math.sqrt(2), 0}, path.distanceFrom(1, 1), 1e-15);
    }

    @Test
    void adaptiveOptimizersStepAboutTheRateWhateverTheGradient() {
        // Adam's first step is rate * |g| / (|g| + eps) (bias-corrected moments): almost the rate even
        // for a gradient of 1e-6 (dL/dy = y^3 - y at y = 1e-6), since eps is 1e-8
        Trajectory path = Surface.saddle().descend(Optimizers.adam(), 0.05, 0, 1e-6, 1);
        double gradient = 1e-6 - 1e-18;
        assertEquals(1e-6 + 0.05 * gradient / (gradient + 1e-8), path.y()[1], 1e-12);
    }

    @Test
    void badInputIsRefusedWithTheArgumentNamed() {
        IllegalArgumentException steps = assertThrows(IllegalArgumentException.class, () -> Surface.saddle().descend(Optimizers.sgd(), 0.1, 0, 0, 0));
        assertTrue(steps.getMessage().contains("steps"), steps.getMessage());
        IllegalArgumentException start = assertThrows(IllegalArgumentException.class, () -> Surface.saddle().descend(Optimizers.sgd(), 0.1, Double.NaN, 0, 5));
        assertTrue(start.getMessage().contains("x0"), start.getMessage());
        IllegalArgumentException kappa = assertThrows(IllegalArgumentException.class, () -> Surface.valley(0));
        assertTrue(kappa.getMessage().contains("kappa"), kappa.getMessage());
        IllegalArgumentException lengths = assertThrows(IllegalArgumentException.class, () -> new Trajectory(new double[2], new double[2], new double[2], new double[2]));
        assertTrue(lengths.getMessage().contains("rates"), lengths.getMessage());
    }

    @Test
    void describesItself() {
        assertEquals("L(x, y) = (x^2 + 50 y^2) / 2", Surface.valley(50).toString());
        assertEquals("(x^2 + 2.5 y^2) / 2", Surface.valley(2.5).formula());
    }
}
