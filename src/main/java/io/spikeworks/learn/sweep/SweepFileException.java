package io.spikeworks.learn.sweep;

import io.spikeworks.model.file.FileValidationException;
import io.spikeworks.model.file.ValidationError;

import java.util.List;

/**
 * A sweep file that cannot run, with every problem found in it and in the projects it names:
 * {@code fbp-sweep.json: $.algorithms[1].phi: an empty list gives no runs}. Thrown before the first run starts.
 */
public final class SweepFileException extends FileValidationException {
    private static final long serialVersionUID = 1L;

    public SweepFileException(String sourceName, List<ValidationError> errors) {
        super(sourceName, errors);
    }
}
