package org.nnlab.train;

import java.nio.file.Path;

/** A model file that cannot be loaded or saved: missing, a directory, foreign, truncated, corrupt, for another network, or not writable. */
public final class ModelFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ModelFileException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public ModelFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
