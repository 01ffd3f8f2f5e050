package org.nnlab.linalg;

/**
 * Elementwise loops shared between {@code nnlab.threads} threads (the same count as {@link Gemm}'s):
 * the index range is cut into pieces of a fixed size that depends on the length only, and each
 * index is handled by exactly one piece, so an elementwise update gives the same bits for any
 * thread count. Short ranges run on the calling thread.
 */
public final class Parallel {
    /** Indices per piece: large enough that handing out a piece costs little beside its work. */
    static final int PIECE = 1 << 14;
    private static final WorkerPool POOL = new WorkerPool(
            Integer.getInteger("nnlab.threads", Runtime.getRuntime().availableProcessors()));

    /** A loop body over the indices [from, to). */
    @FunctionalInterface
    public interface Range {
        void run(int from, int to);
    }

    private Parallel() {
    }

    /** Runs {@code body} over [0, length) in pieces, on several threads when the range is long. */
    public static void forRange(int length, Range body) {
        forRange(POOL, length, body);
    }

    static void forRange(WorkerPool pool, int length, Range body) {
        if (length <= PIECE) {
            body.run(0, length);
            return;
        }
        int pieces = (length + PIECE - 1) / PIECE;
        pool.forEach(pieces, piece -> body.run(piece * PIECE, Math.min(length, (piece + 1) * PIECE)));
    }
}
