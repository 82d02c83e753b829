package io.spikeworks.model.file;

/**
 * Text that {@link StrictJson} refuses before any format looks at it: not UTF-8, not JSON, a duplicate key, content
 * after the value, a number out of range. The one {@link #error()} says where (byte offset or line and column, and
 * the JSON path when the parser knows it); each file format wraps it into its own {@link FileValidationException}.
 */
public final class JsonSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ValidationError error;

    public JsonSyntaxException(ValidationError error) {
        super(error.toString());
        this.error = error;
    }

    public ValidationError error() {
        return error;
    }
}
