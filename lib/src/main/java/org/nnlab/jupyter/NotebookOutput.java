package org.nnlab.jupyter;

import java.util.Map;

/** A notebook output the progress display can show and later replace in place, whatever the kernel. */
interface NotebookOutput {
    /**
     * Shows {@code bundle} (MIME type to content) under {@code displayId}; with {@code replace},
     * replaces what was shown under that id instead of adding an output.
     */
    void show(String displayId, Map<String, Object> bundle, boolean replace);
}
