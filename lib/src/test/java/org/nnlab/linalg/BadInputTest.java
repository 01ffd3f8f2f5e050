package org.nnlab.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Bad system properties: they fail at the first product with a message naming the property, the value and the allowed values. */
class BadInputTest {
    /** Run in a fresh JVM: multiplies two matrices and prints what was thrown. */
    public static final class FirstProduct {
        public static void main(String[] args) {
            try {
                Gemm.mult(new DMatrixRMaj(2, 2), new DMatrixRMaj(2, 2), new DMatrixRMaj(2, 2));
                System.out.println("ok " + Gemm.backend());
            } catch (Throwable e) {
                System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    private static String run(String property) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, property, "-cp", System.getProperty("java.class.path"), FirstProduct.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return out.lines().reduce((a, b) -> b).orElse("");
    }

    @Test
    void anInvalidThreadCountNamesTheProperty() throws Exception {
        assertEquals("IllegalArgumentException: Gemm: the system property nnlab.threads must be an integer >= 1, got 'two';"
                + " e.g. -Dnnlab.threads=2, or leave it unset for the number of processors (2)",
                run("-Dnnlab.threads=two").replaceAll("processors \\(\\d+\\)", "processors (2)").replaceAll("threads=\\d+", "threads=2"));
        assertTrue(run("-Dnnlab.threads=0").startsWith("IllegalArgumentException: Gemm: the system property nnlab.threads"));
    }

    @Test
    void anUnknownBackendNamesTheAllowedValues() throws Exception {
        assertEquals("IllegalArgumentException: Gemm: the system property nnlab.gemm must be vector, ejml or unset (automatic),"
                + " got 'blas'; e.g. -Dnnlab.gemm=ejml", run("-Dnnlab.gemm=blas"));
        assertTrue(run("-Dnnlab.threads=1").startsWith("ok EJML"), "a valid value still works");
    }
}
