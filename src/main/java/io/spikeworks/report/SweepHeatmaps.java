package io.spikeworks.report;

import io.spikeworks.learn.sweep.SweepResult;
import io.spikeworks.learn.sweep.SweepStatus;
import io.spikeworks.model.BuiltInComponents;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * TTL-BPTT's design space as heatmaps: block size k down, truncation window T_tr across, one panel per coding, one
 * figure per quantity (accuracy against end-to-end BPTT, and the memory, MAC and memory-access reductions).
 */
public final class SweepHeatmaps {
    /** A figure of the sweep and the file it is written to. */
    public record Figure(String fileName, GridHeatmap heatmap) {}

    private SweepHeatmaps() {}

    /** The figures for the sweep's TTL-BPTT cells; empty when it has none. */
    public static List<Figure> of(List<SweepResult> results) {
        List<SweepResult> ttl = results.stream().filter(r -> r.blockSize() != null && r.truncation() != null).toList();
        if (ttl.isEmpty()) return List.of();
        List<Integer> blocks = axis(ttl.stream().map(SweepResult::blockSize).toList());
        List<Integer> windows = axis(ttl.stream().map(SweepResult::truncation).toList());
        Set<String> codings = new LinkedHashSet<>();
        for (SweepResult r : ttl) codings.add(r.coding());
        List<String> rowLabels = blocks.stream().map(k -> k == 0 ? "all" : Integer.toString(k)).toList();
        List<String> columnLabels = windows.stream().map(t -> t == 0 ? "T" : Integer.toString(t)).toList();

        List<Figure> figures = new ArrayList<>();
        Map<String, ToDoubleFunction<SweepResult>> reductions = new LinkedHashMap<>();
        reductions.put("memory", r -> r.costs().memory());
        reductions.put("macs", r -> r.costs().macs());
        reductions.put("accesses", r -> r.costs().accesses());
        Map<String, String> titles = Map.of("memory", "Memory held for the backward pass", "macs", "MACs (forward + backward)",
                "accesses", "Memory accesses");

        GridHeatmap accuracy = new GridHeatmap("Test accuracy, Δ against end-to-end BPTT on the same coding (pp)",
                "block size k", rowLabels, "truncation window T_tr", columnLabels, GridHeatmap.Scale.DIVERGING,
                v -> String.format(Locale.ROOT, "%+.1f", v));
        for (String coding : codings) {
            double bp = results.stream().filter(r -> r.coding().equals(coding) && r.algorithm().equals(BuiltInComponents.BPTT)
                            && r.status() != SweepStatus.FAILED)
                    .mapToDouble(SweepResult::testAccuracy).findFirst().orElse(Double.NaN);
            String title = Double.isNaN(bp) ? coding + " (no BPTT run)" : String.format(Locale.ROOT, "%s (BPTT %.1f %%)", coding, 100 * bp);
            accuracy.add(title, grid(ttl, coding, blocks, windows, r -> 100 * (r.testAccuracy() - bp)));
        }
        figures.add(new Figure("ttl-accuracy.png", accuracy));
        for (Map.Entry<String, ToDoubleFunction<SweepResult>> e : reductions.entrySet()) {
            GridHeatmap map = new GridHeatmap(titles.get(e.getKey()) + ": reduction against end-to-end BPTT",
                    "block size k", rowLabels, "truncation window T_tr", columnLabels, GridHeatmap.Scale.SEQUENTIAL,
                    v -> String.format(Locale.ROOT, "%.1f %%", v));
            ToDoubleFunction<SweepResult> f = e.getValue();
            for (String coding : codings) map.add(coding, grid(ttl, coding, blocks, windows, r -> 100 * f.applyAsDouble(r)));
            figures.add(new Figure("ttl-" + e.getKey() + "-reduction.png", map));
        }
        return figures;
    }

    /** Writes each figure into dir, atomically; returns the files written. */
    public static List<Path> write(Path dir, List<SweepResult> results) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Figure f : of(results)) {
            Path target = dir.resolve(f.fileName());
            Path tmp = Files.createTempFile(dir, ".heatmap", ".png");
            try {
                if (!ImageIO.write(f.heatmap().draw(), "png", tmp.toFile()))
                    throw new IOException("no PNG writer in this Java runtime");
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            written.add(target);
        }
        return written;
    }

    /** Ascending, with 0 (= all layers / all steps) last. */
    private static List<Integer> axis(List<Integer> values) {
        TreeSet<Integer> sorted = new TreeSet<>((a, b) -> a == 0 ? (b == 0 ? 0 : 1) : b == 0 ? -1 : Integer.compare(a, b));
        sorted.addAll(values);
        return List.copyOf(sorted);
    }

    private static double[][] grid(List<SweepResult> ttl, String coding, List<Integer> blocks, List<Integer> windows,
                                   ToDoubleFunction<SweepResult> value) {
        double[][] g = new double[blocks.size()][windows.size()];
        for (double[] row : g) java.util.Arrays.fill(row, Double.NaN);
        for (SweepResult r : ttl)
            if (r.coding().equals(coding) && r.status() != SweepStatus.FAILED)
                g[blocks.indexOf(r.blockSize())][windows.indexOf(r.truncation())] = value.applyAsDouble(r);
        return g;
    }
}
