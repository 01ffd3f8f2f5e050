package org.nnlab.data;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;
import org.nnlab.random.Rng;

/**
 * Mini-batches of a dataset, epoch by epoch. With a shuffle stream, epoch {@code e} visits the
 * examples in the order {@code shuffle.split("epoch", e).permutation(n)}, so the order depends only
 * on the seed and the epoch; without one, in dataset order. Every example is visited exactly once
 * per epoch; the last batch holds the remainder. With an augmentation, each batch is augmented with
 * the stream {@code augmentation.split("epoch", e)} drawn in batch order.
 *
 * <p>The batches handed out reuse two buffers (full-size and remainder): copy to keep.
 */
public final class Batches {
    private final Dataset data;
    private final int batchSize;
    private final Rng shuffle;
    private final Augmentation augmentation;
    private final Rng augmentationRng;

    private Batches(Dataset data, int batchSize, Rng shuffle, Augmentation augmentation, Rng augmentationRng) {
        Require.atLeast("Batches", "batchSize", batchSize, 1);
        Require.that(data.size() > 0, "Batches", "the dataset", "non-empty", data.name() + " with 0 examples");
        Require.that(augmentation == null || augmentationRng != null, "Batches", "the augmentation's random stream",
                "given with an augmentation", null);
        this.data = data;
        this.batchSize = batchSize;
        this.shuffle = shuffle;
        this.augmentation = augmentation;
        this.augmentationRng = augmentationRng;
    }

    /** Batches in dataset order, no augmentation. */
    public static Batches inOrder(Dataset data, int batchSize) {
        return new Batches(data, batchSize, null, null, null);
    }

    /** Batches reshuffled every epoch from {@code shuffle}. */
    public static Batches shuffled(Dataset data, int batchSize, Rng shuffle) {
        return new Batches(data, batchSize, shuffle, null, null);
    }

    /**
     * The general form: {@code shuffle} may be null (dataset order), {@code augmentation} may be null
     * (none; then {@code augmentationRng} is ignored).
     */
    public static Batches of(Dataset data, int batchSize, Rng shuffle, Augmentation augmentation, Rng augmentationRng) {
        return new Batches(data, batchSize, shuffle, augmentation, augmentationRng);
    }

    public int batchesPerEpoch() {
        return (data.size() + batchSize - 1) / batchSize;
    }

    /** The batches of epoch {@code epoch} (0-based). */
    public Iterable<Batch> epoch(int epoch) {
        int n = data.size();
        int[] order;
        if (shuffle == null) {
            order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
        } else {
            order = shuffle.split("epoch", epoch).permutation(n);
        }
        Rng rng = augmentation == null ? null : augmentationRng.split("epoch", epoch);
        return () -> new BatchIterator(order, rng);
    }

    private final class BatchIterator implements Iterator<Batch> {
        private final int[] order;
        private final Rng rng;
        private final Buffers full = new Buffers(batchSize);
        private Buffers remainder;
        private int next;

        BatchIterator(int[] order, Rng rng) {
            this.order = order;
            this.rng = rng;
        }

        @Override
        public boolean hasNext() {
            return next < order.length;
        }

        @Override
        public Batch next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int size = Math.min(batchSize, order.length - next);
            Buffers buffers = size == batchSize ? full : remainder(size);
            int[] indices = new int[size];
            System.arraycopy(order, next, indices, 0, size);
            next += size;
            Batch batch = buffers.fill(indices);
            if (augmentation != null) {
                augmentation.apply(batch.x(), rng);
            }
            return batch;
        }

        private Buffers remainder(int size) {
            if (remainder == null) {
                remainder = new Buffers(size);
            }
            return remainder;
        }
    }

    /** Reused matrices for batches of one size. */
    private final class Buffers {
        private final DMatrixRMaj x;
        private final int[] labels;
        private final DMatrixRMaj targets;

        Buffers(int size) {
            x = new DMatrixRMaj(size, data.numFeatures());
            labels = data.isClassification() ? new int[size] : null;
            targets = data.isClassification() ? null : new DMatrixRMaj(size, data.targets().numCols);
        }

        Batch fill(int[] indices) {
            Dataset.copyRows(data.x(), indices, x);
            if (labels != null) {
                for (int i = 0; i < indices.length; i++) {
                    labels[i] = data.labels()[indices[i]];
                }
            } else {
                Dataset.copyRows(data.targets(), indices, targets);
            }
            return new Batch(x, labels, targets);
        }
    }
}
