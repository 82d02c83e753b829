package io.spikeworks.cli;

import io.spikeworks.data.AssetLocator;
import io.spikeworks.data.BundledDataset;
import io.spikeworks.data.Dataset;
import io.spikeworks.data.DatasetException;
import io.spikeworks.data.SplitVerification;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code spikeworks datasets verify}: checks every bundled file against {@code SHA256SUMS} and parses it, printing
 * counts and class histograms. Goes on past problems so that one run reports all of them, then exits 1.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check the SHA-256 of every bundled data file and parse it; print counts and class histograms.")
final class DatasetsVerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    DatasetsCommand parent;

    @Mixin
    AssetsOption assets = new AssetsOption();

    @Parameters(paramLabel = "NAME", arity = "0..*",
            description = "Data sets to verify (default: all): mnist, fashion-mnist.")
    List<String> names = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<BundledDataset> sets = selected();
        Path explicit = assets.directory != null ? assets.directory : parent.assets.directory;
        Path root = AssetLocator.locate(explicit);
        List<DatasetException> problems = new ArrayList<>();
        for (BundledDataset set : sets) {
            for (SplitVerification v : set.verify(root)) {
                out.println(line(v));
                out.flush();
                problems.addAll(v.problems());
            }
        }
        problems.forEach(p -> err.println("error: " + p.getMessage()));
        return problems.isEmpty() ? SpikeworksCli.OK : SpikeworksCli.FAILURE;
    }

    private List<BundledDataset> selected() {
        if (names.isEmpty()) return List.of(BundledDataset.values());
        List<BundledDataset> sets = new ArrayList<>();
        for (String name : names) {
            try {
                sets.add(BundledDataset.byId(name));
            } catch (DatasetException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown data set '" + name
                        + "'; known: " + Arrays.stream(BundledDataset.values()).map(BundledDataset::id)
                        .collect(Collectors.joining(", ")));
            }
        }
        return sets;
    }

    static String line(SplitVerification v) {
        String sha = "sha256 " + (v.checksumsOk() ? "ok" : "FAILED");
        String head = String.format(Locale.ROOT, "%-15s%-5s ", v.set().id(), v.split().label());
        if (v.dataset().isEmpty()) return head + "unreadable  " + sha;
        Dataset d = v.dataset().get();
        int[] s = d.sampleShape();
        String histogram = Arrays.stream(d.classHistogram()).mapToObj(Integer::toString)
                .collect(Collectors.joining(" "));
        return String.format(Locale.ROOT, "%s%d × %d×%d×%d  classes %d  [%s]  %s",
                head, d.size(), s[0], s[1], s[2], d.numClasses(), histogram, sha);
    }
}
