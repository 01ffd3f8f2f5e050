package org.nnlab.data;

/**
 * A dataset could not be found, read or downloaded. The message names the file or the places looked
 * in and what is wrong; unchecked so notebook code needs no try/catch.
 */
public final class DatasetException extends RuntimeException {
    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
