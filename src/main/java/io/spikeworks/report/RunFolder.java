package io.spikeworks.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spikeworks.learn.output.RunFiles;
import io.spikeworks.learn.output.SpikeRaster;
import io.spikeworks.learn.output.SpikeRasterCsv;
import io.spikeworks.learn.state.NetworkValues;
import io.spikeworks.learn.state.NetworkValuesFiles;
import io.spikeworks.model.file.JsonSyntaxException;
import io.spikeworks.model.file.StrictJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files of a finished run as written by {@link RunFiles}: summary.json and metrics.csv (required),
 * project.json, raster.csv and weights.swweights (older runs lack them), confusion.csv (classification only; the
 * report uses the final matrix in summary.json) and predictions.csv (regression only). Every problem names the file.
 */
public final class RunFolder {
    private final Path dir;
    private final JsonNode summary;
    private final MetricsTable metrics;
    private final String projectJson;
    private final SpikeRaster raster;
    private final List<Tensor> weights;

    private RunFolder(Path dir, JsonNode summary, MetricsTable metrics, String projectJson, SpikeRaster raster,
                      List<Tensor> weights) {
        this.dir = dir;
        this.summary = summary;
        this.metrics = metrics;
        this.projectJson = projectJson;
        this.raster = raster;
        this.weights = weights;
    }

    /** One parameter of the final weights, with its shape from summary.json. */
    public record Tensor(String name, int[] shape, float[] values) {}

    /** Reads the run folder; {@code projectOverride}, when given, is used in place of its project.json. */
    public static RunFolder read(Path dir, Path projectOverride) {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException(dir + ": not a folder (expected a run folder holding "
                + RunFiles.SUMMARY + " and " + RunFiles.METRICS + ")");
        Path summaryFile = dir.resolve(RunFiles.SUMMARY), metricsFile = dir.resolve(RunFiles.METRICS);
        for (Path f : List.of(summaryFile, metricsFile))
            if (!Files.isRegularFile(f)) throw new IllegalArgumentException(dir + ": no " + f.getFileName()
                    + ", so this is not a finished run folder (train --out DIR writes one)");
        JsonNode summary;
        try {
            summary = new ObjectMapper().readTree(text(summaryFile));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(summaryFile + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ": " + e.getOriginalMessage());
        }
        if (summary == null || !summary.isObject())
            throw new IllegalArgumentException(summaryFile + ": expected a JSON object");
        MetricsTable metrics = MetricsTable.parse(text(metricsFile), metricsFile.toString());
        Path projectFile = projectOverride != null ? projectOverride : dir.resolve(RunFiles.PROJECT);
        if (projectOverride != null && !Files.isRegularFile(projectOverride))
            throw new IllegalArgumentException(projectOverride + ": no such file");
        String project = Files.isRegularFile(projectFile) ? text(projectFile) : null;
        if (project != null) {
            try {
                StrictJson.parse(project); // else the page would say the folder has no project.json at all
            } catch (JsonSyntaxException e) {
                throw new IllegalArgumentException(projectFile + ": " + e.error());
            }
        }
        Path rasterFile = dir.resolve(RunFiles.RASTER);
        SpikeRaster raster = Files.isRegularFile(rasterFile) ? SpikeRasterCsv.read(text(rasterFile), rasterFile.toString()) : null;
        Path weightsFile = dir.resolve(RunFiles.WEIGHTS);
        List<Tensor> weights = Files.isRegularFile(weightsFile) ? weights(weightsFile, summary, summaryFile) : null;
        return new RunFolder(dir, summary, metrics, project, raster, weights);
    }

    /** The weights file's tensors, shaped by summary.json's "parameters"; every tensor must have its shape. */
    private static List<Tensor> weights(Path file, JsonNode summary, Path summaryFile) {
        NetworkValues values;
        try {
            values = NetworkValuesFiles.read(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        JsonNode shapes = summary.path("parameters");
        if (!shapes.isObject()) throw new IllegalArgumentException(summaryFile + ": no $.parameters, the shapes of the "
                + "tensors in " + file.getFileName());
        List<Tensor> out = new ArrayList<>();
        for (var e : values.params().entrySet()) {
            JsonNode dims = shapes.path(e.getKey());
            String where = summaryFile + ": $.parameters['" + e.getKey() + "']";
            if (!dims.isArray()) throw new IllegalArgumentException(where + " is missing; " + file.getFileName()
                    + " holds that tensor");
            int[] shape = new int[dims.size()];
            long size = 1;
            for (int i = 0; i < shape.length; i++) {
                if (!dims.get(i).canConvertToInt() || dims.get(i).asInt() < 1)
                    throw new IllegalArgumentException(where + "[" + i + "] must be a positive whole number");
                shape[i] = dims.get(i).asInt();
                size *= shape[i];
            }
            if (size != e.getValue().length) throw new IllegalArgumentException(where + " has " + size + " elements but "
                    + file.getFileName() + " holds " + e.getValue().length + " values for it");
            out.add(new Tensor(e.getKey(), shape, e.getValue()));
        }
        return List.copyOf(out);
    }

    private static String text(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(f + ": cannot read: " + e.getMessage());
        }
    }

    public Path dir() {
        return dir;
    }

    public JsonNode summary() {
        return summary;
    }

    public MetricsTable metrics() {
        return metrics;
    }

    /** The project's JSON text, if the folder (or the caller) has it. */
    public Optional<String> projectJson() {
        return Optional.ofNullable(projectJson);
    }

    /** A few test samples' spikes per layer, if the run wrote them. */
    public Optional<SpikeRaster> raster() {
        return Optional.ofNullable(raster);
    }

    /** The final weights, if the run wrote them. */
    public Optional<List<Tensor>> weights() {
        return Optional.ofNullable(weights);
    }

    public boolean isClassification() {
        return !"regression".equals(summary.path("task").asText(""));
    }

    /** A regression run's test-set predictions at its last evaluation (predictions.csv), if it wrote them. */
    public Optional<PredictionTable> predictions() {
        Path f = dir.resolve(RunFiles.PREDICTIONS);
        if (!Files.isRegularFile(f)) return Optional.empty();
        return Optional.of(PredictionTable.parse(text(f), f.toString()));
    }

    /** The final test-set confusion matrix from summary.json, if the run has one. */
    public Optional<Confusion> confusion() {
        JsonNode c = summary.path("test_confusion");
        if (!c.isObject()) return Optional.empty();
        List<String> classes = new ArrayList<>();
        c.path("classes").forEach(n -> classes.add(n.asText()));
        JsonNode rows = c.path("counts");
        int n = rows.size();
        if (n == 0 || classes.size() != n) return Optional.empty();
        long[][] counts = new long[n][n];
        for (int t = 0; t < n; t++) {
            if (rows.get(t).size() != n)
                throw new IllegalArgumentException(dir.resolve(RunFiles.SUMMARY) + ": $.test_confusion.counts[" + t
                        + "] has " + rows.get(t).size() + " entries, expected " + n);
            for (int p = 0; p < n; p++) counts[t][p] = rows.get(t).get(p).asLong();
        }
        return Optional.of(new Confusion(c.path("epoch").asInt(), classes, counts));
    }

    /** counts[true][predicted] at the given epoch. */
    public record Confusion(int epoch, List<String> classes, long[][] counts) {
        public long total() {
            long s = 0;
            for (long[] r : counts) for (long v : r) s += v;
            return s;
        }

        public long correct() {
            long s = 0;
            for (int i = 0; i < counts.length; i++) s += counts[i][i];
            return s;
        }
    }
}
