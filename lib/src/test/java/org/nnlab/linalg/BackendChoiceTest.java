package org.nnlab.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How {@link Gemm#choose} reads {@code nnlab.gemm}, the module's presence and the thread count. */
class BackendChoiceTest {

    @Test
    void automaticChoiceFollowsTheModule() {
        assertInstanceOf(VectorBackend.class, Gemm.choose("", true, 2));
        GemmBackend fallback = Gemm.choose("", false, 2);
        assertEquals("EJML (jdk.incubator.vector not enabled)", fallback.name());
    }

    @Test
    void aBackendCanBeForced() {
        assertEquals("EJML (forced by nnlab.gemm=ejml)", Gemm.choose("ejml", true, 2).name());
        assertTrue(Gemm.choose("vector", true, 3).name().endsWith(", 3 threads)"));
        assertTrue(Gemm.choose("vector", true, 1).name().endsWith(", 1 thread)"));
    }

    @Test
    void impossibleOrUnknownSettingsAreErrors() {
        IllegalArgumentException noModule = assertThrows(IllegalArgumentException.class, () -> Gemm.choose("vector", false, 2));
        assertTrue(noModule.getMessage().contains("--add-modules jdk.incubator.vector"), noModule.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Gemm.choose("blas", true, 2));
        assertThrows(IllegalArgumentException.class, () -> Gemm.choose("", true, 0));
    }
}
