package org.nnlab.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.nnlab.data.Dataset;
import org.nnlab.init.Init;
import org.nnlab.nn.Sequential;
import org.nnlab.random.Rng;
import org.nnlab.train.History;
import org.nnlab.train.Trainer;

/** A whole training run gives bit-identical histories with one and with two GEMM threads. */
class ThreadCountDeterminismTest {

    private static History train(GemmBackend backend) {
        GemmBackend previous = Gemm.swap(backend);
        try {
            Rng rng = Rng.of(11);
            DMatrixRMaj x = new DMatrixRMaj(600, 64);
            int[] labels = new int[600];
            for (int i = 0; i < 600; i++) {
                labels[i] = i % 5;
                for (int j = 0; j < 64; j++) {
                    x.set(i, j, rng.nextGaussian() + (j % 5 == labels[i] ? 1 : 0));
                }
            }
            Dataset data = Dataset.classification("threads", x, labels, 5);
            Sequential net = Sequential.builder(64).dense(128, Init.he()).relu().dropout(0.3).batchNorm()
                    .dense(96, Init.he()).relu().dense(5, Init.xavier()).build();
            return Trainer.of(net).learningRate(3e-3).epochs(3).batchSize(100).seed(5).progress(false).fit(data, data);
        } finally {
            Gemm.swap(previous);
        }
    }

    @Test
    void oneAndTwoThreadsGiveTheSameHistory() {
        History one = train(VectorBackend.float64(1));
        History two = train(VectorBackend.float64(2));
        for (String column : one.deterministicColumns().columnNames()) {
            assertArrayEquals(one.table().numberColumn(column).asDoubleArray(), two.table().numberColumn(column).asDoubleArray(), column);
        }
        assertArrayEquals(one.steps().doubleColumn(History.LOSS).asDoubleArray(), two.steps().doubleColumn(History.LOSS).asDoubleArray());
    }
}
