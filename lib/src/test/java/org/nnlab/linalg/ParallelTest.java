package org.nnlab.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** Elementwise loops: every index exactly once, in pieces that do not depend on the thread count. */
class ParallelTest {

    @Test
    void everyIndexRunsOnceForAnyThreadCount() {
        for (int threads = 1; threads <= 3; threads++) {
            WorkerPool pool = new WorkerPool(threads);
            for (int length : new int[] {0, 1, Parallel.PIECE, Parallel.PIECE + 1, 5 * Parallel.PIECE + 17}) {
                AtomicIntegerArray visits = new AtomicIntegerArray(length);
                Parallel.forRange(pool, length, (from, to) -> {
                    for (int i = from; i < to; i++) {
                        visits.incrementAndGet(i);
                    }
                });
                for (int i = 0; i < length; i++) {
                    assertEquals(1, visits.get(i), "index " + i + " of " + length + " with " + threads + " threads");
                }
            }
        }
    }

    @Test
    void piecesAreTheSameForAnyThreadCount() {
        int length = 3 * Parallel.PIECE + 5;
        int[] oneThread = pieceStarts(new WorkerPool(1), length);
        assertArrayEquals(oneThread, pieceStarts(new WorkerPool(2), length));
        assertArrayEquals(oneThread, pieceStarts(new WorkerPool(3), length));
    }

    /** For each index, the first index of the piece that handled it. */
    private static int[] pieceStarts(WorkerPool pool, int length) {
        int[] starts = new int[length];
        Parallel.forRange(pool, length, (from, to) -> {
            for (int i = from; i < to; i++) {
                starts[i] = from;
            }
        });
        return starts;
    }
}
