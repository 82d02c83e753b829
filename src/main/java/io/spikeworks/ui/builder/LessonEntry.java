package io.spikeworks.ui.builder;

import java.nio.file.Path;

/**
 * A lesson as the start page lists it.
 *
 * @param thumbnail its picture, or null
 * @param problem   why it cannot be opened here (an algorithm this build lacks, a broken file), or null
 */
public record LessonEntry(Path file, String title, String summary, Path thumbnail, String problem) {}
