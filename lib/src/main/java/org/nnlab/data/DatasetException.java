package org.nnlab.data;

/** A dataset that cannot be loaded: files missing, corrupt or truncated. The message says which file and how to fix it. */
public final class DatasetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
