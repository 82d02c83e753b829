package io.spikeworks.learn;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.spikeworks.model.AtomicFiles;
import io.spikeworks.model.ProjectJson;
import io.spikeworks.sim.EngineCounters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a run's metrics.csv, confusion.csv, summary.json, project.json, raster.csv (a few test samples' spikes)
 * and weights.swweights (the weights as they stand), each atomically.
 */
public final class RunFiles {
    public static final String METRICS = "metrics.csv";
    public static final String SUMMARY = "summary.json";
    public static final String CONFUSION = "confusion.csv";
    /** The project exactly as it ran (overrides such as --epochs included), so a run folder stands on its own. */
    public static final String PROJECT = "project.json";
    /** A few test samples' spikes per layer through the network as it stands ({@link SpikeRasterCsv}). */
    public static final String RASTER = "raster.csv";
    /** The weights as they stand, a weights file a project can start from; shapes are in summary.json. */
    public static final String WEIGHTS = "weights" + NetworkValuesFiles.EXTENSION;

    private RunFiles() {}

    /**
     * One row per evaluation. {@code iteration} (optimiser steps so far; rows come at epoch ends, so epoch × batches
     * per epoch) lets runs with different batch sizes be compared per update; it follows the older columns, so
     * readers by position still find those where they were.
     */
    public static String metricsCsv(List<EvaluationRow> rows, int batchesPerEpoch) {
        return metricsCsv(rows, batchesPerEpoch, TaskMetrics.CLASSIFICATION);
    }

    /** As above; a regression run has train_rel_l2 and test_rel_l2, test_rmse, test_r2 where accuracy would be. */
    public static String metricsCsv(List<EvaluationRow> rows, int batchesPerEpoch, TaskMetrics task) {
        List<String> own = task.columns();
        StringBuilder sb = new StringBuilder("epoch,samples_seen,train_loss,").append(own.get(0)).append(",test_loss");
        for (String c : own.subList(1, own.size())) sb.append(',').append(c);
        sb.append(",samples_per_s,learning_rate,iteration");
        List<String> extras = new java.util.ArrayList<>(rows.isEmpty() ? List.of() : rows.get(0).extras().keySet());
        extras.removeAll(own);
        for (String e : extras) sb.append(',').append(e);
        sb.append('\n');
        for (EvaluationRow r : rows) {
            sb.append(r.epoch()).append(',').append(r.samplesSeen()).append(',')
                    .append(num(r.trainLoss())).append(',').append(num(task.value(r, own.get(0)))).append(',')
                    .append(num(r.testLoss()));
            for (String c : own.subList(1, own.size())) sb.append(',').append(num(task.value(r, c)));
            sb.append(',').append(num(r.samplesPerSecond())).append(',').append(num(r.learningRate())).append(',')
                    .append((long) r.epoch() * batchesPerEpoch);
            for (String e : extras) sb.append(',').append(num(r.extras().getOrDefault(e, Double.NaN)));
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * The test-set confusion matrix of every evaluation, one line per (epoch, true class, predicted class), zeros
     * included, so that a spreadsheet can pivot any epoch without gaps.
     */
    public static String confusionCsv(List<EvaluationRow> rows, List<String> classNames) {
        StringBuilder sb = new StringBuilder("epoch,true_class,true_name,predicted_class,predicted_name,count\n");
        for (EvaluationRow r : rows) {
            ConfusionMatrix m = r.testConfusion();
            if (m == null) continue;
            for (int t = 0; t < m.classes(); t++)
                for (int p = 0; p < m.classes(); p++)
                    sb.append(r.epoch()).append(',').append(t).append(',').append(csvText(name(classNames, t))).append(',')
                            .append(p).append(',').append(csvText(name(classNames, p))).append(',')
                            .append(m.count(t, p)).append('\n');
        }
        return sb.toString();
    }

    private static String name(List<String> names, int i) {
        return i < names.size() ? names.get(i) : String.valueOf(i);
    }

    private static String csvText(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** The latest matrix for summary.json: its epoch, class names and counts[true][predicted]. */
    private static Map<String, Object> confusionSummary(EvaluationRow row, List<String> classNames) {
        ConfusionMatrix m = row.testConfusion();
        long[][] counts = new long[m.classes()][m.classes()];
        for (int t = 0; t < m.classes(); t++) for (int p = 0; p < m.classes(); p++) counts[t][p] = m.count(t, p);
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < m.classes(); i++) names.add(name(classNames, i));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("epoch", row.epoch());
        s.put("classes", names);
        s.put("counts", counts);
        return s;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    /** The summary of a finished (or stopped) run, in the key order of summary.json. */
    public static Map<String, Object> summary(TrainingRun run, double wallSeconds) {
        Map<String, Object> s = new LinkedHashMap<>();
        List<EvaluationRow> rows = run.rows();
        EvaluationRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        s.put("project", run.project().name());
        TaskMetrics task = run.metrics();
        if (task == TaskMetrics.CLASSIFICATION) {
            s.put("test_accuracy", last == null ? null : last.testAccuracy());
            s.put("best_test_accuracy", rows.stream().mapToDouble(EvaluationRow::testAccuracy).max().orElse(Double.NaN));
            s.put("train_accuracy", last == null ? null : last.trainAccuracy());
        } else {
            s.put("task", "regression");
            for (String c : task.columns()) s.put(c, last == null ? null : task.value(last, c));
            s.put("best_" + task.headline(), rows.stream().mapToDouble(task::headlineValue).min().orElse(Double.NaN));
        }
        s.put("train_loss", last == null ? null : last.trainLoss());
        s.put("epochs", rows.size());
        s.put("samples_seen", run.samplesSeen());
        s.put("train_samples_per_s", run.trainSamplesPerSecond());
        s.put("infer_samples_per_s", run.inferSamplesPerSecond());
        s.put("seconds", wallSeconds);
        s.put("train_seconds", run.trainSeconds());
        s.put("seed", run.project().training().seed());
        s.put("algorithm", run.project().algorithm().type());
        s.put("chip_profile", run.project().chipProfile());
        EngineCounters c = run.counters();
        Map<String, Object> counters = new LinkedHashMap<>();
        counters.put("samples", c.samples);
        counters.put("synaptic_ops", c.synapticOps);
        counters.put("dense_macs", c.denseMacs);
        counters.put("backward_macs", c.backwardMacs);
        counters.put("skipped_macs", c.skippedMacs);
        counters.put("neuron_updates", c.neuronUpdates);
        counters.put("backward_bytes_peak", c.backwardBytesPeak);
        s.put("counters", counters);
        if (last != null) {
            Map<String, Double> algorithm = new LinkedHashMap<>(last.extras());
            algorithm.keySet().removeAll(task.columns());
            if (!algorithm.isEmpty()) s.put("algorithm_metrics", algorithm);
        }
        if (last != null && last.testConfusion() != null) s.put("test_confusion", confusionSummary(last, run.classNames()));
        s.put("chip", run.chip().summary());
        // weights files hold flat arrays: their shapes, for whoever draws them
        Map<String, int[]> shapes = new LinkedHashMap<>();
        for (io.spikeworks.sim.Param p : run.trainer().network().params()) shapes.put(p.name(), p.shape());
        s.put("parameters", shapes);
        return s;
    }

    public static void write(Path dir, TrainingRun run, double wallSeconds) {
        try {
            Files.createDirectories(dir);
            AtomicFiles.writeString(dir.resolve(METRICS), metricsCsv(run.rows(), run.batchesPerEpoch(), run.metrics()));
            if (run.metrics() == TaskMetrics.CLASSIFICATION)
                AtomicFiles.writeString(dir.resolve(CONFUSION), confusionCsv(run.rows(), run.classNames()));
            ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            AtomicFiles.writeString(dir.resolve(SUMMARY), om.writeValueAsString(summary(run, wallSeconds)) + "\n");
            AtomicFiles.writeString(dir.resolve(PROJECT), new ProjectJson().toJson(run.project()));
            AtomicFiles.writeString(dir.resolve(RASTER), SpikeRasterCsv.write(SpikeRasterRecorder.record(run)));
            NetworkValuesFiles.write(dir.resolve(WEIGHTS), NetworkValues.of(run.trainer().network()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write run files into " + dir + ": " + e.getMessage(), e);
        }
    }
}
