package org.nnlab.jupyter;

import java.util.function.BooleanSupplier;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.comm.Comm;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.comm.CommTarget;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.comm.CommCloseCommand;
import org.dflib.jjava.jupyter.messages.comm.CommMsgCommand;
import org.dflib.jjava.jupyter.messages.comm.CommOpenCommand;

/**
 * Tells whether a front end that draws ipywidgets is connected to this JJava kernel. Such a front
 * end (JupyterLab or Notebook 7 with {@code jupyterlab_widgets}) opens a comm to
 * {@value WidgetProtocol#CONTROL_TARGET} as soon as it connects, to fetch the widgets the kernel
 * already has; nbclient (the headless runner) and front ends without widgets never do. The
 * extension registers this target at kernel start ({@link #install}); it notes the connection and
 * closes the comm when asked for states, so the front end falls back to asking each widget's comm
 * ({@code request_state}, answered by {@link WidgetModel#receive}).
 *
 * <p>The kernel extension and the notebook's cells may load nnlab's classes through different
 * class loaders, so the flag lives in the target object registered with the kernel, read through
 * the JDK's {@link BooleanSupplier}.
 */
final class WidgetFrontEnd implements CommTarget, BooleanSupplier {
    private volatile boolean connected;

    private WidgetFrontEnd() {
    }

    /** Registers the control target with {@code kernel}'s comm manager. */
    static void install(BaseKernel kernel) {
        kernel.getCommManager().registerTarget(WidgetProtocol.CONTROL_TARGET, new WidgetFrontEnd());
    }

    /** True if a widget front end has connected to {@code kernel} since it started. */
    static boolean connected(BaseKernel kernel) {
        return kernel.getCommManager().getTarget(WidgetProtocol.CONTROL_TARGET) instanceof BooleanSupplier target
                && target.getAsBoolean();
    }

    @Override
    public boolean getAsBoolean() {
        return connected;
    }

    @Override
    public Comm createComm(CommManager manager, String id, String targetName, Message<CommOpenCommand> open) {
        connected = true;
        return new Comm(manager, id, targetName) {
            @Override
            protected void onMessage(Message<CommMsgCommand> message) {
                close(); // "request_states": let the front end ask each widget instead
            }

            @Override
            protected void onClose(Message<CommCloseCommand> message, boolean sending) {
            }
        };
    }
}
