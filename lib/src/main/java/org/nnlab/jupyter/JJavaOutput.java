package org.nnlab.jupyter;

import java.util.Map;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/** {@link NotebookOutput} on the JJava kernel. */
final class JJavaOutput implements NotebookOutput {
    private final BaseKernel kernel;

    JJavaOutput(BaseKernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public void show(String displayId, Map<String, Object> bundle, boolean replace) {
        DisplayData data = new DisplayData();
        bundle.forEach(data::putData);
        data.putTransientData("display_id", displayId); // setDisplayId changed signature between JJava releases
        if (replace) {
            kernel.getIO().display.updateDisplay(displayId, data);
        } else {
            kernel.display(data);
        }
    }
}
