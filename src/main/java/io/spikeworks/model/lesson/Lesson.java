package io.spikeworks.model.lesson;

import io.spikeworks.model.Project;
import java.util.List;
import java.util.Objects;

/**
 * A guided lesson: a project and ordered steps that change it, show views and hide or lock controls
 * ({@code "format": "spikeworks-lesson"}, see {@link LessonJson}). The project's seed is part of it, so a lesson
 * plays the same every time.
 *
 * @param thumbnail    picture for the start page, relative to the lesson file, or null
 * @param project      the project as the lesson starts
 * @param stepProjects the project during each step: {@code project} with every step's {@code set} up to that one
 *                     applied, checked when the lesson was read
 */
public record Lesson(String title, String summary, String thumbnail, Project project, List<LessonStep> steps,
                     List<Project> stepProjects) {
    public Lesson {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(project, "project");
        steps = List.copyOf(steps);
        stepProjects = List.copyOf(stepProjects);
        if (steps.isEmpty()) throw new IllegalArgumentException("a lesson needs at least one step");
        if (stepProjects.size() != steps.size()) {
            throw new IllegalArgumentException(steps.size() + " steps but " + stepProjects.size() + " step projects");
        }
        if (summary == null) summary = "";
    }

    public LessonStep step(int i) {
        return steps.get(i);
    }

    public int size() {
        return steps.size();
    }
}
