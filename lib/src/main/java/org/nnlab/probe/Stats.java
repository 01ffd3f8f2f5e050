package org.nnlab.probe;

import org.ejml.data.DMatrixRMaj;

/** Summary statistics of a matrix's entries (population variance, divide by n). */
final class Stats {
    private Stats() {
    }

    static double mean(DMatrixRMaj m) {
        double sum = 0;
        int n = m.getNumElements();
        for (int i = 0; i < n; i++) {
            sum += m.data[i];
        }
        return sum / n;
    }

    static double std(DMatrixRMaj m) {
        double mean = mean(m);
        double sum = 0;
        int n = m.getNumElements();
        for (int i = 0; i < n; i++) {
            double d = m.data[i] - mean;
            sum += d * d;
        }
        return Math.sqrt(sum / n);
    }

    /** Standard deviation of a - b, entrywise. */
    static double stdOfDifference(DMatrixRMaj a, DMatrixRMaj b) {
        int n = a.getNumElements();
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += a.data[i] - b.data[i];
        }
        mean /= n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double d = a.data[i] - b.data[i] - mean;
            sum += d * d;
        }
        return Math.sqrt(sum / n);
    }

    /** Fraction of entries outside [low, high]. */
    static double fractionOutside(DMatrixRMaj m, double low, double high) {
        int count = 0;
        int n = m.getNumElements();
        for (int i = 0; i < n; i++) {
            if (m.data[i] < low || m.data[i] > high) {
                count++;
            }
        }
        return count / (double) n;
    }

    /** Fraction of columns (units) with no positive entry in any row (example). */
    static double fractionOfColumnsNeverPositive(DMatrixRMaj m) {
        int dead = 0;
        for (int c = 0; c < m.numCols; c++) {
            boolean positive = false;
            for (int r = 0; r < m.numRows && !positive; r++) {
                positive = m.data[r * m.numCols + c] > 0;
            }
            if (!positive) {
                dead++;
            }
        }
        return dead / (double) m.numCols;
    }
}
