package io.spikeworks.chip;

import io.spikeworks.model.ValidationError;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A chip profile file that cannot be used, with every problem found in it. The message has one line per
 * problem: {@code loihi.json: $.energy.perSynapticOp: must be ≥ 0, got -1.0}.
 */
public final class ChipProfileException extends RuntimeException {
    private final String sourceName;
    private final List<ValidationError> errors;

    public ChipProfileException(String sourceName, List<ValidationError> errors) {
        super(format(sourceName, errors));
        if (errors.isEmpty()) throw new IllegalArgumentException("no errors");
        this.sourceName = sourceName;
        this.errors = List.copyOf(errors);
    }

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
