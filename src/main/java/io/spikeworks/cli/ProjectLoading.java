package io.spikeworks.cli;

import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a project file for a CLI command; problems become one clear message. */
final class ProjectLoading {
    private ProjectLoading() {}

    static Project load(Path file) {
        try {
            return new ProjectFiles().load(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
