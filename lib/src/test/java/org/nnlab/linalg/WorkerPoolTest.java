package org.nnlab.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {

    @Test
    void runsEveryTaskExactlyOnce() {
        WorkerPool pool = new WorkerPool(3);
        for (int count : new int[] {1, 2, 3, 50}) {
            AtomicIntegerArray runs = new AtomicIntegerArray(count);
            pool.forEach(count, runs::incrementAndGet);
            for (int i = 0; i < count; i++) {
                assertEquals(1, runs.get(i), "task " + i + " of " + count);
            }
        }
    }

    @Test
    void oneThreadRunsEverythingOnTheCaller() {
        Thread caller = Thread.currentThread();
        new WorkerPool(1).forEach(5, task -> assertSame(caller, Thread.currentThread()));
    }

    @Test
    void aFailingTaskIsRethrownAfterTheOthersFinish() {
        WorkerPool pool = new WorkerPool(2);
        AtomicIntegerArray runs = new AtomicIntegerArray(8);
        ArithmeticException failure = assertThrows(ArithmeticException.class, () -> pool.forEach(8, task -> {
            runs.incrementAndGet(task);
            if (task == 3) {
                throw new ArithmeticException("task 3");
            }
        }));
        assertEquals("task 3", failure.getMessage());
        for (int i = 0; i < 8; i++) {
            assertEquals(1, runs.get(i));
        }
    }
}
