package org.nnlab.train;

import java.util.Optional;
import org.nnlab.check.Require;
import org.nnlab.linalg.Finite;
import org.nnlab.data.Dataset;
import org.nnlab.nn.BatchNorm;
import org.nnlab.nn.Layer;
import org.nnlab.nn.Residual;
import org.nnlab.nn.Sequential;

/** What {@link Trainer} checks before any work: data that fits the network, finite inputs and targets, batch sizes batch norm can use. */
final class FitChecks {
    private FitChecks() {
    }

    /** {@code data} matches the network's input width and output classes and holds only finite inputs (and targets). */
    static void requireUsable(String owner, Dataset data, Sequential network) {
        Require.notNull(owner, "the dataset", data);
        Require.that(data.numFeatures() == network.inputSize(), owner, "the number of features of " + data.name(),
                network.inputSize() + " (the network's input width)", data.numFeatures());
        Require.that(!data.isClassification() || data.numClasses() <= network.outputSize() || network.outputSize() == 1, owner,
                "the number of classes of " + data.name(), "at most " + network.outputSize() + " (the network's outputs)",
                data.numClasses());
        // Finite.all is the fast scan; Require.allFinite finds the first bad entry for the message.
        if (!Finite.all(data.x())) {
            Require.allFinite(owner, "the inputs of " + data.name(), data.x());
        }
        if (data.targets() != null && !Finite.all(data.targets())) {
            Require.allFinite(owner, "the targets of " + data.name(), data.targets());
        }
    }

    /**
     * With batch norm in the network, no training batch may hold a single row (its variance is
     * undefined): refuses a batch size that leaves a last batch of one row, naming two that do not.
     */
    static void requireBatchNormBatches(Sequential network, Dataset train, int batchSize) {
        Optional<String> batchNorm = firstBatchNorm(network);
        if (batchNorm.isEmpty()) {
            return;
        }
        int n = train.size();
        int smallest = n <= batchSize ? n : (n % batchSize == 0 ? batchSize : n % batchSize);
        Require.that(smallest >= 2, "Trainer.fit", "batchSize", "one that leaves no batch of 1 row, since batch norm ("
                + batchNorm.get() + ") cannot estimate a variance from one row", batchSize + " (" + n + " examples in "
                + train.name() + " leave a batch of " + smallest + " row)", suggestion(n, batchSize));
    }

    private static String suggestion(int n, int batchSize) {
        if (n < 2) {
            return "train on at least 2 examples";
        }
        for (int delta = 1; ; delta++) {
            for (int candidate : new int[] {batchSize + delta, batchSize - delta}) {
                if (candidate >= 2 && (candidate >= n ? n : n % candidate == 0 ? candidate : n % candidate) >= 2) {
                    return "use batchSize " + candidate + ", or drop or add an example";
                }
            }
        }
    }

    private static Optional<String> firstBatchNorm(Layer layer) {
        if (layer instanceof BatchNorm) {
            return Optional.of(layer.name());
        }
        if (layer instanceof Sequential sequential) {
            return sequential.layers().stream().map(FitChecks::firstBatchNorm).flatMap(Optional::stream).findFirst();
        }
        if (layer instanceof Residual residual) {
            return firstBatchNorm(residual.block());
        }
        return Optional.empty();
    }
}
