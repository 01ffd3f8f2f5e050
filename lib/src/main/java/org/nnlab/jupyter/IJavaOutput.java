package org.nnlab.jupyter;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.util.Map;

/** {@link NotebookOutput} on an IJava 1.3 kernel ({@code jupyter-jvm-basekernel} 2.3.0). */
final class IJavaOutput implements NotebookOutput {
    private final BaseKernel kernel;

    IJavaOutput(BaseKernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public void show(String displayId, Map<String, Object> bundle, boolean replace) {
        DisplayData data = new DisplayData();
        bundle.forEach(data::putData);
        data.setDisplayId(displayId);
        if (replace) {
            kernel.getIO().display.updateDisplay(displayId, data);
        } else {
            kernel.display(data);
        }
    }
}
