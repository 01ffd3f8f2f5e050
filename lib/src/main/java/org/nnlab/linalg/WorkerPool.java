package org.nnlab.linalg;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.nnlab.check.Require;

/**
 * Shares the independent tasks of one computation between the calling thread and up to
 * {@code threads - 1} daemon workers. Tasks are handed out one at a time, so a worker that wakes
 * late or is slowed by other processes simply takes fewer; the caller never waits for a worker
 * that has not started a task. Workers never submit work, so concurrent callers cannot deadlock.
 */
final class WorkerPool {
    /** How long a caller busy-waits for the other threads' last tasks before blocking. */
    private static final long SPIN_NANOS = 50_000;

    private final int threads;
    private final ExecutorService workers;

    WorkerPool(int threads) {
        Require.atLeast("WorkerPool", "threads", threads, 1);
        this.threads = threads;
        this.workers = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, runnable -> {
            Thread thread = new Thread(runnable, "nnlab-gemm");
            thread.setDaemon(true);
            return thread;
        });
    }

    int threads() {
        return threads;
    }

    /**
     * Runs {@code task.accept(i)} once for every i in [0, count) and returns when all have run.
     * The first exception thrown by a task is rethrown here, after the other tasks have finished.
     */
    void forEach(int count, IntConsumer task) {
        if (count == 1 || workers == null) {
            for (int i = 0; i < count; i++) {
                task.accept(i);
            }
            return;
        }
        Job job = new Job(count, task);
        for (int w = 0; w < Math.min(threads, count) - 1; w++) {
            workers.execute(job::work);
        }
        job.work();
        job.awaitAll();
    }

    /** One call of {@link #forEach}: a counter handing out tasks and a count of finished ones. */
    private static final class Job {
        private final int count;
        private final IntConsumer task;
        private final AtomicInteger next = new AtomicInteger();
        private final CountDownLatch unfinished;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Job(int count, IntConsumer task) {
            this.count = count;
            this.task = task;
            this.unfinished = new CountDownLatch(count);
        }

        void work() {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                try {
                    task.accept(i);
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                } finally {
                    unfinished.countDown();
                }
            }
        }

        void awaitAll() {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            while (unfinished.getCount() > 0 && System.nanoTime() < spinUntil) {
                Thread.onSpinWait();
            }
            boolean interrupted = false;
            while (unfinished.getCount() > 0) {
                try {
                    unfinished.await(); // the tasks write into the caller's data: always wait for them
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            Throwable e = failure.get();
            if (e instanceof Error error) {
                throw error;
            }
            if (e != null) {
                throw (RuntimeException) e;
            }
        }
    }
}
