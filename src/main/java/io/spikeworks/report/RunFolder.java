package io.spikeworks.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spikeworks.learn.RunFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files of a finished run as written by {@link RunFiles}: summary.json and metrics.csv (required),
 * project.json (older runs lack it), confusion.csv (classification only; the report uses the final matrix in
 * summary.json) and predictions.csv (regression only). Every problem names the file.
 */
public final class RunFolder {
    private final Path dir;
    private final JsonNode summary;
    private final MetricsTable metrics;
    private final String projectJson;

    private RunFolder(Path dir, JsonNode summary, MetricsTable metrics, String projectJson) {
        this.dir = dir;
        this.summary = summary;
        this.metrics = metrics;
        this.projectJson = projectJson;
    }

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
        return new RunFolder(dir, summary, metrics, project);
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
