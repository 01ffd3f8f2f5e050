package org.nnlab.train;

import java.nio.file.Path;

/** A model file that cannot be loaded: missing, foreign, truncated, corrupt or for another network. */
public final class ModelFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ModelFileException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
