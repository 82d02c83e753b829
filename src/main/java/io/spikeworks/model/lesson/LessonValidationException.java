package io.spikeworks.model.lesson;

import io.spikeworks.model.file.FileValidationException;
import io.spikeworks.model.file.ValidationError;
import java.util.List;

/** A lesson file that cannot be used; each problem has its JSON path and, in its message, the line it is on. */
public final class LessonValidationException extends FileValidationException {
    private static final long serialVersionUID = 1L;

    public LessonValidationException(String sourceName, List<ValidationError> errors) {
        super(sourceName, errors);
    }
}
