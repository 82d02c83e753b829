package io.spikeworks.model.file;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A file that cannot be used, with every problem found in it (not just the first). The message has one line
 * per problem: {@code file.json: $.network.layers[0].units: missing ...}. Unchecked: callers that open files
 * catch it to show {@link #errors()}.
 */
public abstract class FileValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String sourceName;
    private final List<ValidationError> errors;

    protected FileValidationException(String sourceName, List<ValidationError> errors) {
        super(format(sourceName, errors));
        if (errors.isEmpty()) throw new IllegalArgumentException("no errors");
        this.sourceName = sourceName;
        this.errors = List.copyOf(errors);
    }

    /** The file name or other label the text came from; may be null. */
    public String sourceName() {
        return sourceName;
    }

    public List<ValidationError> errors() {
        return errors;
    }

    private static String format(String sourceName, List<ValidationError> errors) {
        String prefix = sourceName == null || sourceName.isBlank() ? "" : sourceName + ": ";
        return errors.stream().map(e -> prefix + e).collect(Collectors.joining("\n"));
    }
}
