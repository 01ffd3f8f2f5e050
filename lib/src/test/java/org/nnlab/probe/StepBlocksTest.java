package org.nnlab.probe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StepBlocksTest {

    @Test
    void cutsTheStepsIntoAtMost40EqualBlocksAndDropsTheRest() {
        StepBlocks exact = StepBlocks.of(IntStream.range(0, 400).asDoubleStream().toArray());
        assertEquals(10, exact.blockSize());
        assertEquals(StepBlocks.COUNT, exact.count());
        assertEquals(4.5, exact.start());
        assertEquals(394.5, exact.means()[39]);
        StepBlocks more = StepBlocks.of(IntStream.range(0, 410).asDoubleStream().toArray());   // blocks of 11: 37 of them, 3 steps dropped
        assertEquals(11, more.blockSize());
        assertEquals(37, more.count());
        assertEquals(401, more.means()[36]);
    }

    @Test
    void firstBelowIsTheFirstBlockUnderTheLevel() {
        StepBlocks falling = StepBlocks.of(new double[] {3, 2, 1});
        assertEquals(1, falling.firstBelow(2.5));
        assertEquals(0, falling.firstBelow(4));
        assertEquals(falling.count(), falling.firstBelow(1), "none is below 1: the count");
        assertEquals(1, falling.firstOutside(2.5, 3.5));
        assertEquals(0, StepBlocks.of(new double[] {3, 4, 1}).firstOutside(3.5, 5));
        assertEquals(falling.count(), falling.firstOutside(0, 3));
    }

    @Test
    void shortRunsKeepEveryStepAndTheBlocksEndAtTheFirstNonFiniteLoss() {
        StepBlocks blocks = StepBlocks.of(new double[] {2.3, 2.0, 1.5, Double.NaN, 0.1});
        assertEquals(1, blocks.blockSize());
        assertArrayEquals(new double[] {2.3, 2.0, 1.5}, blocks.means());
        assertEquals(1.75, blocks.mean(1, 3), 1e-12);
        assertEquals(0, StepBlocks.of(new double[] {Double.POSITIVE_INFINITY}).count());
    }
}
