package io.spikeworks.model;

import io.spikeworks.model.file.FileValidationException;
import io.spikeworks.model.file.ValidationError;
import java.util.List;

/**
 * A project file that cannot be used, with every problem found in it. Everywhere but where files are opened,
 * a project in hand is already valid.
 */
public final class ProjectValidationException extends FileValidationException {
    private static final long serialVersionUID = 1L;

    public ProjectValidationException(String sourceName, List<ValidationError> errors) {
        super(sourceName, errors);
    }
}
