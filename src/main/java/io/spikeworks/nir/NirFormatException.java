package io.spikeworks.nir;

/** A .nir file or graph Spikeworks cannot use; the message names the file, node and field. */
public final class NirFormatException extends Exception {
    public NirFormatException(String message) {
        super(message);
    }

    public NirFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
