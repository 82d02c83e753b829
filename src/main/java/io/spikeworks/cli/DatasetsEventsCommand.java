package io.spikeworks.cli;

import io.spikeworks.data.SampleSet;
import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.data.event.EventStatistics;
import io.spikeworks.data.event.EventStreamSet;
import io.spikeworks.learn.TrainingData;
import io.spikeworks.model.DatasetSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code spikeworks datasets events NAME}: loads an event-stream data set (converting and caching it when it is a
 * converted one) and prints how busy its frames are and how long loading took.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Load an event-stream data set (mnist-saccade-events and fashion-saccade-events are converted "
                + "and cached on first use; n-mnist and dvs-gesture need --path) and print its event statistics and "
                + "load time.")
final class DatasetsEventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    DatasetsCommand parent;

    @Mixin
    AssetsOption assets = new AssetsOption();

    @Parameters(paramLabel = "NAME", description = "mnist-saccade-events, fashion-saccade-events, n-mnist, dvs-gesture "
            + "or moving-bars")
    String name;

    @Option(names = "--steps", paramLabel = "T", defaultValue = "20", description = "Time bins per sample (default 20).")
    int steps;

    @Option(names = "--path", paramLabel = "DIR", description = "Folder of a data set that is not bundled.")
    Path path;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (steps < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "--steps must be at least 1, got " + steps);
        Path explicit = assets.directory != null ? assets.directory : parent.assets.directory;
        long t0 = System.nanoTime();
        TrainTestSplit data = TrainingData.load(new DatasetSpec(name, path == null ? null : path.toString(), null, null),
                steps, explicit, null, null);
        double seconds = (System.nanoTime() - t0) / 1e9;
        // a set with bins of its own (moving-bars) keeps them
        int binned = data.train().eventSteps();
        out.printf(Locale.ROOT, "%s, %d time steps: loaded in %.1f s%n", name, binned > 0 ? binned : steps, seconds);
        for (SampleSet s : new SampleSet[]{data.train(), data.test()}) {
            if (!(s instanceof EventStreamSet e)) {
                spec.commandLine().getErr().println("error: " + name + " is not an event-stream data set");
                return SpikeworksCli.FAILURE;
            }
            EventStatistics st = EventStatistics.of(e);
            out.printf(Locale.ROOT, "  %-28s %6d samples  %7.1f events/sample  %.2f %% of frame cells active  "
                            + "ON %.1f %%  %,d bytes of events in memory%n", e.name(), st.samples(), st.meanEvents(),
                    100 * st.activeFraction(), 100 * st.onShare(), e.eventBytes());
        }
        out.flush();
        return SpikeworksCli.OK;
    }
}
