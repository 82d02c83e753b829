package io.spikeworks.learn.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.spikeworks.learn.RunWarnings;
import io.spikeworks.learn.TrainingRun;
import io.spikeworks.learn.score.ConfusionMatrix;
import io.spikeworks.learn.score.EvaluationRow;
import io.spikeworks.learn.score.FunctionErrors;
import io.spikeworks.learn.score.TaskMetrics;
import io.spikeworks.learn.score.TestPredictions;
import io.spikeworks.learn.state.NetworkValues;
import io.spikeworks.learn.state.NetworkValuesFiles;
import io.spikeworks.model.ProjectJson;
import io.spikeworks.model.file.AtomicFiles;
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
 * Writes a run's metrics.csv, confusion.csv (classification) or predictions.csv (real-valued targets), summary.json,
 * project.json, raster.csv (a few test samples' spikes) and weights.swweights (the weights as they stand), each
 * atomically.
 */
public final class RunFiles {
    public static final String METRICS = "metrics.csv";
    public static final String SUMMARY = "summary.json";
    public static final String CONFUSION = "confusion.csv";
    /** The project exactly as it ran (overrides such as --epochs included), so a run folder stands on its own. */
    public static final String PROJECT = "project.json";
    /** A real-valued task's test-set predictions at the latest evaluation, beside the references. */
    public static final String PREDICTIONS = "predictions.csv";
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

    /**
     * One line per test-set row: for a set laid out as test functions on a grid, the function's index and the row's
     * grid coordinates (columns named after the axes), else the row's index; then the reference and the prediction
     * (reference_k, prediction_k when there are several outputs). The evaluation's epoch is summary.json's
     * predictions_epoch.
     */
    public static String predictionsCsv(io.spikeworks.data.SampleSet test, TestPredictions p) {
        io.spikeworks.data.RegressionLayout layout = test instanceof io.spikeworks.data.RealValuedSet r
                ? r.layout().orElse(null) : null;
        int k = p.outputs();
        int rows = Math.min(test.size(), p.rows());
        StringBuilder sb = new StringBuilder();
        if (layout != null) {
            sb.append("function");
            for (var a : layout.axes()) sb.append(',').append(a.name());
            rows = Math.min(rows, layout.rows());
        } else {
            sb.append("row");
        }
        if (k == 1) sb.append(",reference,prediction\n");
        else {
            for (int j = 0; j < k; j++) sb.append(",reference_").append(j);
            for (int j = 0; j < k; j++) sb.append(",prediction_").append(j);
            sb.append('\n');
        }
        float[] y = new float[test.targetLength()];
        for (int r = 0; r < rows; r++) {
            if (layout != null) {
                int per = layout.pointsPerFunction();
                sb.append(r / per);
                int rest = r % per;
                int[] index = new int[layout.axes().size()];
                for (int d = index.length - 1; d >= 0; d--) {
                    index[d] = rest % layout.axes().get(d).points();
                    rest /= layout.axes().get(d).points();
                }
                for (int d = 0; d < index.length; d++) sb.append(',').append(num(layout.axes().get(d).value(index[d])));
            } else {
                sb.append(r);
            }
            test.copyTarget(r, y, 0);
            for (int j = 0; j < k; j++) sb.append(',').append(num(y[j]));
            for (int j = 0; j < k; j++) sb.append(',').append(num(p.value(r, j)));
            sb.append('\n');
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
            algorithm.keySet().removeAll(List.of(TrainingRun.VALIDATION_ACCURACY, TrainingRun.VALIDATION_LOSS));
            // the task's own spread over test functions is a figure of the task, not of the algorithm
            for (String column : List.of(FunctionErrors.MIN, FunctionErrors.MEDIAN, FunctionErrors.MAX)) {
                Double v = algorithm.remove(column);
                if (v != null) s.put(column, v);
            }
            if (!algorithm.isEmpty()) s.put("algorithm_metrics", algorithm);
        }
        run.chosenByValidation().ifPresent(chosen -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("held_out_samples", run.validation().size());
            v.put("chosen_epoch", chosen.epoch());
            v.put("validation_accuracy", chosen.extras().get(TrainingRun.VALIDATION_ACCURACY));
            v.put("test_accuracy", chosen.testAccuracy());
            s.put("chosen_by_validation", v);
        });
        if (last != null && last.testConfusion() != null) s.put("test_confusion", confusionSummary(last, run.classNames()));
        if (run.trainer().rule() instanceof RunWarnings w && !w.runWarnings().isEmpty()) s.put("warnings", w.runWarnings());
        TestPredictions predictions = run.latestPredictions();
        if (predictions != null) s.put("predictions_epoch", predictions.epoch());
        s.put("chip", run.chip().summary());
        // weights files hold flat arrays: their shapes, for whoever draws them
        Map<String, int[]> shapes = new LinkedHashMap<>();
        for (io.spikeworks.sim.Param p : run.trainer().network().params()) shapes.put(p.name(), p.shape());
        s.put("parameters", shapes);
        return s;
    }

    public static void write(Path dir, TrainingRun run, double wallSeconds) {
        write(dir, texts(run, wallSeconds));
        try {
            NetworkValuesFiles.write(dir.resolve(WEIGHTS), NetworkValues.of(run.trainer().network()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(WEIGHTS) + ": " + e.getMessage(), e);
        }
    }

    /** Writes files made by {@link #texts}, each atomically. */
    public static void write(Path dir, Map<String, String> files) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> f : files.entrySet()) AtomicFiles.writeString(dir.resolve(f.getKey()), f.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write run files into " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * A run's files by name, as text: what {@link #write(Path, TrainingRun, double)} writes but the binary weights
     * file. A sweep sends these back to the driver, the only machine that writes into the output folder; its runs
     * therefore keep no weights (0.8 MB per MNIST run).
     */
    public static Map<String, String> texts(TrainingRun run, double wallSeconds) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(METRICS, metricsCsv(run.rows(), run.batchesPerEpoch(), run.metrics()));
        if (run.metrics() == TaskMetrics.CLASSIFICATION) files.put(CONFUSION, confusionCsv(run.rows(), run.classNames()));
        TestPredictions predictions = run.latestPredictions();
        if (predictions != null) files.put(PREDICTIONS, predictionsCsv(run.testSet(), predictions));
        try {
            ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            files.put(SUMMARY, om.writeValueAsString(summary(run, wallSeconds)) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run's summary: " + e.getMessage(), e);
        }
        files.put(PROJECT, new ProjectJson().toJson(run.project()));
        files.put(RASTER, SpikeRasterCsv.write(SpikeRasterRecorder.record(run)));
        return files;
    }
}
