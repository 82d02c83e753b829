package io.spikeworks.session;

import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.learn.TrainingData;
import io.spikeworks.learn.memory.HeapBudget;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectJson;
import io.spikeworks.sim.kernel.TensorRuntime;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;

/**
 * Opens sessions on a project's own data. Loading a data set takes a moment (MNIST: about a second), so call these
 * off the UI thread.
 */
public final class SessionSetup {
    private SessionSetup() {}

    /**
     * Loads the project's data (with its subset limits) and builds an IDLE session.
     *
     * @param assetsRoot folder holding {@code datasets/}, or null to locate it
     */
    public static TrainingSession open(Project project, Path assetsRoot, SessionOptions options) {
        TensorRuntime.ensureConfigured();
        TrainTestSplit data = TrainingData.load(project, assetsRoot, null, null);
        HeapBudget.requireFits(project, data.train(), data.test(), true);
        return new TrainingSession(project, data.train(), data.test(), options);
    }

    /** An IDLE session of the checkpoint's project, restored to the checkpoint and ready to start. */
    public static TrainingSession openCheckpoint(Path checkpointFile, Path assetsRoot, SessionOptions options)
            throws IOException {
        Checkpoint c = CheckpointFiles.read(checkpointFile);
        return openCheckpoint(c, new ProjectJson().parse(c.projectJson(), checkpointFile.toString()), assetsRoot,
                options, checkpointFile.toString());
    }

    /**
     * As {@link #openCheckpoint(Path, Path, SessionOptions)}, but for an edited project — e.g. the same network with
     * a smaller learning rate, to go on from before a divergence. The checkpoint must fit it (same network,
     * optimiser type, batch size, data set).
     */
    public static TrainingSession openCheckpoint(Path checkpointFile, Project project, Path assetsRoot,
                                                 SessionOptions options) throws IOException {
        return openCheckpoint(CheckpointFiles.read(checkpointFile), project, assetsRoot, options,
                checkpointFile.toString());
    }

    private static TrainingSession openCheckpoint(Checkpoint c, Project project, Path assetsRoot, SessionOptions options,
                                                  String checkpointFile) throws IOException {
        TrainingSession session = open(project, assetsRoot, options);
        try {
            session.restore(c).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.close();
            throw new IOException("interrupted while restoring " + checkpointFile, e);
        } catch (ExecutionException e) {
            session.close();
            throw new IOException("cannot restore " + checkpointFile + ": " + e.getCause().getMessage(), e.getCause());
        }
        return session;
    }
}
