package io.spikeworks.cli;

import io.spikeworks.data.AssetLocator;
import io.spikeworks.data.BundledDataset;
import io.spikeworks.data.DatasetException;
import io.spikeworks.data.IdxHeader;
import io.spikeworks.data.IdxReader;
import io.spikeworks.data.Split;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code spikeworks datasets}: the bundled data sets, their sizes and where they are. Reads headers only. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = "List the bundled data sets: counts, shape, classes, size on disk, location.",
        subcommands = {DatasetsVerifyCommand.class, DatasetsEventsCommand.class})
final class DatasetsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    AssetsOption assets = new AssetsOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = AssetLocator.locate(assets.directory);
        out.println("assets: " + root);
        List<DatasetException> problems = new ArrayList<>();
        for (BundledDataset set : BundledDataset.values()) {
            try {
                out.println(describe(set, root));
            } catch (DatasetException e) {
                out.println(String.format(Locale.ROOT, "%-15sunreadable", set.id()));
                problems.add(e);
            }
        }
        problems.forEach(p -> err.println("error: " + p.getMessage()));
        return problems.isEmpty() ? SpikeworksCli.OK : SpikeworksCli.FAILURE;
    }

    private static String describe(BundledDataset set, Path root) {
        Path dir = set.directory(root);
        IdxHeader train = IdxReader.readHeader(dir.resolve(set.imagesFileName(Split.TRAIN)));
        IdxHeader test = IdxReader.readHeader(dir.resolve(set.imagesFileName(Split.TEST)));
        long bytes = 0;
        for (String name : set.fileNames()) bytes += sizeOf(dir.resolve(name));
        return String.format(Locale.ROOT, "%-15strain %-6d test %-6d %s  classes %-3d %,12d bytes  %s",
                set.id(), train.count(), test.count(), shapeText(train), set.classNames().size(), bytes, dir);
    }

    static String shapeText(IdxHeader images) {
        return images.dimensionCount() == 3 ? "1×" + images.dim(1) + "×" + images.dim(2) : images.dimsText();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new DatasetException(file.toString(), "cannot read size: " + e.getMessage(), e);
        }
    }
}
