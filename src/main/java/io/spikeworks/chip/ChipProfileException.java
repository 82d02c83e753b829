package io.spikeworks.chip;

import io.spikeworks.model.file.FileValidationException;
import io.spikeworks.model.file.ValidationError;

import java.util.List;

/** A chip profile file that cannot be used: {@code loihi.json: $.energy.perSynapticOp: must be ≥ 0, got -1.0}. */
public final class ChipProfileException extends FileValidationException {
    private static final long serialVersionUID = 1L;

    public ChipProfileException(String sourceName, List<ValidationError> errors) {
        super(sourceName, errors);
    }
}
