package io.spikeworks.model.file;

import java.util.Objects;

/**
 * One problem found in a project.
 *
 * @param path    where, as a JSON path into the project file: {@code $.network.layers[0].neuron.beta};
 *                {@code $} for the file as a whole (syntax errors give line and column in the message)
 * @param message why, in words a user can act on: "must be between 0 and 1, got 1.5"
 */
public record ValidationError(String path, String message) {
    public ValidationError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
