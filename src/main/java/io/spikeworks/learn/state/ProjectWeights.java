package io.spikeworks.learn.state;

import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import io.spikeworks.sim.Network;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Puts a project's starting weights (its {@code weights} file, if it names one) into a network built for it. */
public final class ProjectWeights {
    private ProjectWeights() {}

    /**
     * Leaves the seed's initialisation when the project names no weights file.
     *
     * @throws IllegalArgumentException when the file is missing, damaged or does not fit the network, with the
     *                                  project field and the file in the message
     */
    public static void applyTo(Project project, Network net) {
        if (project.weights() == null) return;
        String where = ProjectFiles.WEIGHTS_FIELD + " (" + project.weights() + ")";
        NetworkValues values;
        try {
            values = NetworkValuesFiles.read(Path.of(project.weights()));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(where + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException(ProjectFiles.WEIGHTS_FIELD + ": " + e.getMessage());
        }
        try {
            values.applyTo(net, where);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + ". The weights were made for another network: undo the "
                    + "change, or take \"weights\" out of the project file to start from the seed's", e);
        }
    }
}
