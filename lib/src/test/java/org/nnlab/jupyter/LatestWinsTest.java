package org.nnlab.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LatestWinsTest {

    @Test
    void valuesOfferedDuringARunCostOneMoreRunWithTheLatest() throws Exception {
        List<Integer> runs = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger maxConcurrent = new AtomicInteger();
        LatestWins<Integer> reruns = new LatestWins<>(value -> {
            maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            runs.add(value);
            if (value == 1) {
                started.countDown();
                await(release);
            }
            concurrent.decrementAndGet();
        });
        Thread first = new Thread(() -> reruns.offer(1));
        first.start();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        for (int value = 2; value <= 20; value++) { // a drag while the first run is going
            reruns.offer(value);
        }
        assertEquals(List.of(1), runs, "offers during a run return at once");
        release.countDown();
        first.join(10_000);
        assertEquals(List.of(1, 20), runs, "one more run, with the latest value");
        assertEquals(1, maxConcurrent.get(), "never two runs at a time");
        reruns.offer(21);
        assertEquals(List.of(1, 20, 21), runs, "idle again: the next offer runs at once");
    }

    @Test
    void anOfferFromInsideTheActionIsQueuedNotRecursed() {
        List<Integer> runs = new CopyOnWriteArrayList<>();
        LatestWins<Integer>[] holder = new LatestWins[1];
        holder[0] = new LatestWins<>(value -> {
            runs.add(value);
            if (value < 3) {
                holder[0].offer(value + 1);
                assertEquals(value, runs.get(runs.size() - 1), "not run inside the running action");
            }
        });
        holder[0].offer(1);
        assertEquals(List.of(1, 2, 3), runs);
    }

    @Test
    void aFailingRunDoesNotBlockLaterOnes() {
        List<Integer> runs = new CopyOnWriteArrayList<>();
        LatestWins<Integer> reruns = new LatestWins<>(value -> {
            runs.add(value);
            if (value == 1) {
                throw new IllegalStateException("boom");
            }
        });
        try {
            reruns.offer(1);
        } catch (IllegalStateException expected) {
            // the caller sees the failure
        }
        reruns.offer(2);
        assertEquals(List.of(1, 2), runs);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
