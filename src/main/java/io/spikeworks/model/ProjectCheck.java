package io.spikeworks.model;

import io.spikeworks.model.file.ValidationError;
import java.util.List;

/**
 * What a component type asks of the rest of a project beyond its own parameters (an on-chip rule that can only run a
 * binarised dense 400-400-10, say). The validator runs the check of each layer type the network uses (once per type)
 * with the consistency checks, and the check of the project's algorithm after every other check.
 */
@FunctionalInterface
public interface ProjectCheck {
    /** Problems, each with the JSON path of what is wrong; empty when the project suits the component. */
    List<ValidationError> problems(Project project);

    ProjectCheck NONE = p -> List.of();
}
