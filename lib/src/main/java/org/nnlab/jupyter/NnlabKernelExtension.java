package org.nnlab.jupyter;

import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.Renderer;

/**
 * Registers nnlab's renderers ({@link Renderables}) with the JJava kernel. The kernel finds it
 * through {@code META-INF/services/org.dflib.jjava.jupyter.Extension} when nnlab.jar is on its
 * classpath and calls {@link #install}, so notebooks need no setup code. Training runs show a
 * progress line that updates in place ({@link NotebookProgressDisplay}, found by the trainer
 * through {@code META-INF/services}, not installed here). It also registers the comm target through
 * which a widget front end announces itself ({@link WidgetFrontEnd}), before the kernel serves any
 * message, so interactive experiments know whether they can show live controls.
 */
public final class NnlabKernelExtension implements Extension {

    @Override
    public void install(BaseKernel kernel) {
        registerAll(kernel.getRenderer());
        WidgetFrontEnd.install(kernel);
        KernelWarmUp.start();
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
