package io.spikeworks.cli;

import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.model.file.AtomicFiles;
import io.spikeworks.report.RunFolder;
import io.spikeworks.report.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code spikeworks report RUN_DIR}: a finished run as one self-contained HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a finished run (a folder written by train, sweep or the app) as one self-contained HTML page: "
                + "project, final figures, learning curves, confusion matrix, transport, energy and memory tables, chip profile.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "The run folder (holds summary.json and metrics.csv).")
    Path runDir;

    @Option(names = "--out", paramLabel = "FILE.html", description = "Where to write the page (default: RUN_DIR/report.html).")
    Path out;

    @Option(names = "--project", paramLabel = "PROJECT.json",
            description = "The project that ran, for run folders written before project.json was saved with the run.")
    Path project;

    @Override
    public Integer call() {
        // The charts are drawn with Java2D into images; no display is needed or wanted here.
        System.setProperty("java.awt.headless", "true");
        RunFolder run = RunFolder.read(runDir, project);
        String html = RunReport.html(run, ChipProfiles.load(ChipProfiles.defaultUserDirectory()));
        Path target = out != null ? out : runDir.resolve("report.html");
        try {
            AtomicFiles.makeFolderFor(target);
            AtomicFiles.writeString(target, html);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("cannot write " + target + ": " + e.getMessage());
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s (%.1f KiB)%n", target, html.length() / 1024.0);
        return SpikeworksCli.OK;
    }
}
