package io.spikeworks.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spikeworks.Version;
import io.spikeworks.chip.ChipProfile;
import io.spikeworks.chip.ChipProfileTable;
import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.learn.TrainingRun;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A finished run as one self-contained HTML page: no scripts, no external files (images are data URIs, styles
 * inline), so it reads offline, mails as one attachment and prints. Sections carry stable ids ({@link #SECTIONS}).
 */
public final class RunReport {
    /** Section ids, in page order. */
    public static final List<String> SECTIONS = List.of("project", "figures", "curves", "confusion", "predictions", "raster",
            "weights", "transport",
            "energy", "memory", "chip", "metrics", "project-json");

    /** metrics.csv columns every run has; any others belong to the algorithm. */
    private static final List<String> STANDARD = List.of("epoch", "samples_seen", "train_loss", "train_accuracy",
            "test_loss", "test_accuracy", "samples_per_s", "learning_rate", "iteration", "train_rel_l2", "test_rel_l2",
            "test_rmse", "test_r2", io.spikeworks.learn.score.FunctionErrors.MIN, io.spikeworks.learn.score.FunctionErrors.MEDIAN,
            io.spikeworks.learn.score.FunctionErrors.MAX);

    private final RunFolder run;
    private final ChipProfiles chips;
    private final StringBuilder html = new StringBuilder();

    private RunReport(RunFolder run, ChipProfiles chips) {
        this.run = run;
        this.chips = chips;
    }

    /** The page for the run; the chip profile's numbers are looked up in {@code chips} by the name the run used. */
    public static String html(RunFolder run, ChipProfiles chips) {
        return new RunReport(run, chips).build();
    }

    private String build() {
        JsonNode s = run.summary();
        String title = s.path("project").asText(run.dir().getFileName() == null ? "run" : run.dir().getFileName().toString());
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"generator\" content=\"Spikeworks ").append(esc(Version.get())).append("\">\n")
                .append("<title>Run report: ").append(esc(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<header><h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">Run folder <code>")
                .append(esc(run.dir().toAbsolutePath().normalize().toString())).append("</code> · report written ")
                .append(esc(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"))))
                .append(" by Spikeworks ").append(esc(Version.get())).append("</p></header>\n");
        nav();
        project();
        figures();
        curves();
        confusion();
        predictions();
        raster();
        weights();
        transport();
        energy();
        memory();
        chip();
        metricsTable();
        projectJson();
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private void nav() {
        html.append("<nav><ol>");
        for (String id : SECTIONS) html.append("<li><a href=\"#").append(id).append("\">").append(heading(id)).append("</a></li>");
        html.append("</ol></nav>\n");
    }

    private static String heading(String id) {
        return switch (id) {
            case "project" -> "Project";
            case "figures" -> "Final figures";
            case "curves" -> "Learning curves";
            case "confusion" -> "Confusion matrix";
            case "predictions" -> "Predicted against reference";
            case "raster" -> "Spike raster";
            case "weights" -> "Final weights";
            case "transport" -> "Weight transport and algorithm metrics";
            case "energy" -> "Energy and latency on the chip";
            case "memory" -> "Work and memory";
            case "chip" -> "Chip profile";
            case "metrics" -> "Every evaluation (metrics.csv)";
            case "project-json" -> "Project and summary JSON";
            default -> id;
        };
    }

    private void open(String id) {
        html.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(heading(id))).append("</h2>\n");
    }

    private void close() {
        html.append("</section>\n");
    }

    private void project() {
        open("project");
        JsonNode s = run.summary();
        Optional<JsonNode> p = run.projectJson().flatMap(RunReport::tree);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"Name", s.path("project").asText("")});
        p.ifPresent(j -> {
            if (j.hasNonNull("description")) rows.add(new String[]{"Description", j.path("description").asText()});
            rows.add(new String[]{"Data set", j.path("dataset").path("name").asText("")});
            rows.add(new String[]{"Encoder", j.path("encoder").path("type").asText("")});
            rows.add(new String[]{"Network", layers(j.path("network"))});
            rows.add(new String[]{"Readout", j.path("network").path("readout").path("type").asText("")});
            rows.add(new String[]{"Loss", j.path("loss").path("type").asText("")});
            JsonNode t = j.path("training");
            rows.add(new String[]{"Training", String.format(Locale.ROOT, "%s epochs, batch %s, T = %s steps, learning rate %s, %s",
                    t.path("epochs").asText("?"), t.path("batchSize").asText("?"), t.path("timeSteps").asText("?"),
                    t.path("learningRate").asText("?"), t.path("optimizer").path("type").asText("?"))});
        });
        rows.add(new String[]{"Algorithm", s.path("algorithm").asText("")});
        rows.add(new String[]{"Chip profile", s.path("chip_profile").asText("")});
        rows.add(new String[]{"Seed", s.path("seed").asText("")});
        table(null, rows, false);
        if (p.isEmpty())
            html.append("<p class=\"note\">This run folder has no project.json (runs written before it was saved with "
                    + "the run); give the project with <code>report --project FILE.json</code> to include it.</p>\n");
        close();
    }

    private static String layers(JsonNode network) {
        List<String> parts = new ArrayList<>();
        for (JsonNode l : network.path("layers")) {
            String type = l.path("type").asText("?");
            String size = l.has("units") ? " " + l.path("units").asText()
                    : l.has("channels") ? " " + l.path("channels").asText() + " ch" : "";
            String neuron = l.path("neuron").path("type").asText("");
            parts.add(l.path("id").asText("?") + " (" + type + size + (neuron.isEmpty() ? "" : ", " + neuron) + ")");
        }
        return String.join(" → ", parts);
    }

    private void figures() {
        open("figures");
        JsonNode s = run.summary();
        List<String[]> rows = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isValueNode() || e.getKey().equals("project")) continue;
            rows.add(new String[]{label(e.getKey()), value(e.getKey(), e.getValue())});
        }
        html.append("<div class=\"headline\">");
        run.confusion().ifPresent(c -> html.append(String.format(Locale.ROOT,
                "<div><b>%.2f %%</b><span>test accuracy (%d of %d, epoch %d)</span></div>",
                100.0 * c.correct() / Math.max(1, c.total()), c.correct(), c.total(), c.epoch())));
        if (!run.isClassification() && s.has("test_rel_l2"))
            html.append(String.format(Locale.ROOT, "<div><b>%.4g</b><span>test relative L2 error</span></div>",
                    s.path("test_rel_l2").asDouble()));
        JsonNode chosen = s.path("chosen_by_validation");
        if (chosen.isObject())
            html.append(String.format(Locale.ROOT, "<div><b>%.2f %%</b><span>test accuracy at epoch %d, the one %d "
                            + "held-out training samples chose (%.2f %% on them)</span></div>",
                    100 * chosen.path("test_accuracy").asDouble(Double.NaN), chosen.path("chosen_epoch").asInt(),
                    chosen.path("held_out_samples").asInt(), 100 * chosen.path("validation_accuracy").asDouble(Double.NaN)));
        html.append(String.format(Locale.ROOT, "<div><b>%.0f</b><span>training samples/s</span></div>",
                s.path("train_samples_per_s").asDouble(Double.NaN)));
        html.append(String.format(Locale.ROOT, "<div><b>%.1f s</b><span>wall time</span></div>", s.path("seconds").asDouble(Double.NaN)));
        html.append("</div>\n");
        table(new String[]{"Figure", "Value"}, rows, true);
        for (JsonNode w : s.path("warnings")) html.append("<p class=\"note\"><b>Warning:</b> ").append(esc(w.asText())).append("</p>\n");
        close();
    }

    private void curves() {
        open("curves");
        MetricsTable m = run.metrics();
        if (m.rows() == 0) {
            html.append("<p class=\"note\">metrics.csv has no evaluations yet.</p>\n");
            close();
            return;
        }
        double[] epoch = m.column("epoch");
        LineChart loss = new LineChart("Loss", "epoch", epoch);
        for (String c : List.of("train_loss", "test_loss")) if (m.hasValues(c)) loss.add(label(c), m.column(c));
        image(loss.draw(520, 300), "Training and test loss per epoch");
        List<String> headline = run.isClassification() ? List.of("train_accuracy", "test_accuracy")
                : List.of("train_rel_l2", "test_rel_l2");
        LineChart score = new LineChart(run.isClassification() ? "Accuracy" : "Relative L2 error", "epoch", epoch);
        for (String c : headline) if (m.hasValues(c)) score.add(label(c), m.column(c));
        for (String c : otherTestAccuracies(m)) if (m.hasValues(c)) score.add(label(c), m.column(c));
        // the median test function's own error beside the pooled one (the worst would set the scale; it is in the table)
        if (!run.isClassification() && m.hasValues(io.spikeworks.learn.score.FunctionErrors.MEDIAN))
            score.add("test, median function", m.column(io.spikeworks.learn.score.FunctionErrors.MEDIAN));
        image(score.draw(520, 300), run.isClassification() ? "Training and test accuracy per epoch"
                : "Training and test relative L2 error per epoch");
        if (m.hasValues("samples_per_s"))
            image(new LineChart("Throughput", "epoch", epoch).add("samples/s", m.column("samples_per_s")).draw(520, 260),
                    "Training samples per second");
        // The algorithm's columns, one chart per quantity with its per-layer columns (name.layer) as further lines;
        // a quantity that never changed is left to the metrics table.
        Map<String, List<String>> byQuantity = new java.util.LinkedHashMap<>();
        for (String c : m.othersThan(STANDARD)) {
            if (otherTestAccuracies(m).contains(c)) continue; // drawn with the accuracy above
            byQuantity.computeIfAbsent(c.contains(".") ? c.substring(0, c.indexOf('.')) : c, k -> new ArrayList<>()).add(c);
        }
        for (Map.Entry<String, List<String>> q : byQuantity.entrySet()) {
            LineChart chart = new LineChart(label(q.getKey()), "epoch", epoch);
            boolean changes = false;
            for (String c : q.getValue()) {
                if (!m.hasValues(c)) continue;
                chart.add(c.contains(".") ? c.substring(c.indexOf('.') + 1) : "all layers", m.column(c));
                changes |= varies(m.column(c));
            }
            if (changes) image(chart.draw(400, 240), label(q.getKey()) + " (" + q.getKey() + ")");
        }
        close();
    }

    /**
     * The algorithm's further read-outs of test accuracy ({@code test_membrane_accuracy}, {@code test_exact_accuracy}
     * of nBP) and the held-out accuracy ({@code validation_accuracy}), which belong on the accuracy chart beside the
     * headline, not on charts of their own.
     */
    private List<String> otherTestAccuracies(MetricsTable m) {
        if (!run.isClassification()) return List.of();
        List<String> out = new ArrayList<>();
        for (String c : m.othersThan(STANDARD)) if (TrainingRun.drawnBesideTestAccuracy(c)) out.add(c);
        return out;
    }

    private void confusion() {
        open("confusion");
        Optional<RunFolder.Confusion> c = run.confusion();
        if (c.isEmpty()) {
            html.append("<p class=\"note\">").append(run.isClassification()
                    ? "summary.json holds no confusion matrix (no evaluation finished)."
                    : "A regression run has no classes, so no confusion matrix.").append("</p>\n");
            close();
            return;
        }
        RunFolder.Confusion m = c.get();
        image(ConfusionHeatmap.draw(m.classes(), m.counts()), "Test-set confusion matrix at epoch " + m.epoch());
        html.append("<table class=\"confusion\"><thead><tr><th>true \\ predicted</th>");
        for (int p = 0; p < m.classes().size(); p++) html.append("<th>").append(esc(m.classes().get(p))).append("</th>");
        html.append("<th>recall</th></tr></thead><tbody>\n");
        for (int t = 0; t < m.counts().length; t++) {
            long sum = 0;
            for (long v : m.counts()[t]) sum += v;
            html.append("<tr><th>").append(esc(m.classes().get(t))).append("</th>");
            for (int p = 0; p < m.counts().length; p++)
                html.append(t == p ? "<td class=\"diag\">" : "<td>").append(m.counts()[t][p]).append("</td>");
            html.append("<td>").append(sum == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", 100.0 * m.counts()[t][t] / sum))
                    .append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
        close();
    }

    /**
     * For a regression run with predictions.csv: the best, median and worst test function by relative L2 error (the
     * only one for a function-regression task), predicted against reference: curves on a 1-D grid, heatmaps on a
     * 2-D one.
     */
    private void predictions() {
        open("predictions");
        if (run.isClassification()) {
            html.append("<p class=\"note\">A classification run has no real-valued predictions; see the confusion matrix.</p>\n");
            close();
            return;
        }
        Optional<PredictionTable> table = run.predictions();
        if (table.isEmpty() || table.get().rows() == 0) {
            html.append("<p class=\"note\">This run folder has no ").append(io.spikeworks.learn.output.RunFiles.PREDICTIONS)
                    .append(" (runs written before it existed, or a test set not laid out as test functions).</p>\n");
            close();
            return;
        }
        PredictionTable t = table.get();
        int[] fns = t.functions();
        Integer[] order = java.util.Arrays.stream(fns).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(f -> {
            double e = t.relativeL2(f);
            return Double.isNaN(e) ? Double.POSITIVE_INFINITY : e;
        }));
        java.util.LinkedHashMap<Integer, String> shown = new java.util.LinkedHashMap<>();
        if (order.length == 1) shown.put(order[0], "the test grid");
        else {
            shown.put(order[0], "best test function");
            if (order.length >= 3) shown.put(order[order.length / 2], "median test function");
            shown.putIfAbsent(order[order.length - 1], "worst test function");
        }
        JsonNode epoch = run.summary().path("predictions_epoch");
        html.append("<p>").append(fns.length).append(fns.length == 1 ? " test grid" : " test functions")
                .append(epoch.isNumber() ? " at epoch " + epoch.asInt() : "").append("; ")
                .append(fns.length == 1 ? "shown with its error." : "the best, median and worst by relative L2 error.")
                .append("</p>\n");
        for (Map.Entry<Integer, String> e : shown.entrySet()) {
            int f = e.getKey();
            int[] rows = t.rowsOf(f);
            double[] ref = java.util.Arrays.copyOfRange(t.reference(), rows[0], rows[1]);
            double[] pred = java.util.Arrays.copyOfRange(t.prediction(), rows[0], rows[1]);
            String title = fns.length == 1 ? String.format(Locale.ROOT, "Test grid: rel. L2 error %.2f %%", 100 * t.relativeL2(f))
                    : String.format(Locale.ROOT, "Test function %d (%s): rel. L2 error %.2f %%", f, e.getValue(), 100 * t.relativeL2(f));
            if (t.axes().size() == 1) {
                double[] x = java.util.Arrays.copyOfRange(t.coordinates()[0], rows[0], rows[1]);
                image(new LineChart(title, t.axes().get(0), x).add("reference", ref).add("prediction", pred).draw(520, 280), title);
            } else {
                int n0 = t.axisPoints(0, f).length, n1 = t.axisPoints(1, f).length;
                if (n0 * n1 != ref.length) {
                    html.append("<p class=\"note\">Test function ").append(f).append(" is not on a full grid.</p>\n");
                    continue;
                }
                image(FieldHeatmaps.draw(title, t.axes().get(0), t.axes().get(1), n0, n1, ref, pred), title);
            }
        }
        close();
    }

    private void raster() {
        open("raster");
        if (run.raster().isEmpty()) {
            html.append("<p class=\"note\">This run folder has no ").append(esc(io.spikeworks.learn.output.RunFiles.RASTER))
                    .append(" (runs written before it was saved with the run).</p>\n");
            close();
            return;
        }
        io.spikeworks.learn.output.SpikeRaster r = run.raster().get();
        List<String> classes = run.confusion().map(RunFolder.Confusion::classes).orElse(List.of());
        html.append("<p>The first test samples through the final network, every layer in a band (input at the top): a "
                + "black mark where a neuron spiked, up to 64 neurons per layer spread evenly over it.</p>\n");
        for (io.spikeworks.learn.output.SpikeRaster.Sample sample : r.samples()) {
            int spikes = 0;
            for (var l : sample.layers()) spikes += l.spikes();
            image(SpikeRasterChart.draw(sample, r.steps(), classes),
                    SpikeRasterChart.title(sample, classes) + String.format(Locale.ROOT, " (%,d spikes shown, %d steps)", spikes, r.steps()));
        }
        close();
    }

    private void weights() {
        open("weights");
        if (run.weights().isEmpty()) {
            html.append("<p class=\"note\">This run folder has no ").append(esc(io.spikeworks.learn.output.RunFiles.WEIGHTS))
                    .append(" (runs written before it was saved with the run).</p>\n");
            close();
            return;
        }
        html.append("<p>The weights at the end of the run (").append(esc(io.spikeworks.learn.output.RunFiles.WEIGHTS))
                .append(", which a project can start from): red positive, blue negative, white zero; the colour scale "
                        + "is ±3 × the root mean square, beyond it colours saturate.</p>\n");
        List<String[]> rows = new ArrayList<>();
        for (RunFolder.Tensor t : run.weights().get()) {
            double sum = 0, sq = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (float v : t.values()) { sum += v; sq += (double) v * v; min = Math.min(min, v); max = Math.max(max, v); }
            int n = t.values().length;
            double mean = sum / n;
            rows.add(new String[]{t.name(), WeightHeatmap.shapeText(t.shape()), number(n), number(mean),
                    number(Math.sqrt(Math.max(0, sq / n - mean * mean))), number(min), number(max)});
            if (t.shape().length >= 2)
                image(WeightHeatmap.draw(t.name(), t.shape(), t.values()), "Weights " + t.name() + " ("
                        + WeightHeatmap.shapeText(t.shape()) + "), rows are the neurons they feed");
        }
        table(new String[]{"Tensor", "Shape", "Values", "Mean", "SD", "Min", "Max"}, rows, true);
        close();
    }

    private void transport() {
        open("transport");
        JsonNode s = run.summary();
        List<String[]> rows = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = s.path("algorithm_metrics").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            rows.add(new String[]{label(e.getKey()), value(e.getKey(), e.getValue())});
        }
        JsonNode chip = s.path("chip");
        for (String phase : List.of("training", "inference")) {
            JsonNode bits = chip.path(phase).path("work").path("transportedBits");
            if (!bits.isMissingNode()) rows.add(new String[]{"bits transported on the chip (" + phase + ")", value("bits", bits)});
        }
        if (rows.isEmpty()) html.append("<p class=\"note\">This algorithm reports no transport or feedback metrics.</p>\n");
        else table(new String[]{"Metric (last evaluation)", "Value"}, rows, true);
        close();
    }

    private void energy() {
        open("energy");
        JsonNode chip = run.summary().path("chip");
        if (!chip.isObject()) {
            html.append("<p class=\"note\">summary.json holds no chip figures.</p>\n");
            close();
            return;
        }
        List<String> parts = new ArrayList<>();
        chip.path("training").path("energyPerSample").fieldNames().forEachRemaining(parts::add);
        List<String[]> rows = new ArrayList<>();
        for (String part : parts)
            rows.add(new String[]{label(part.replaceAll("J$", "")), si(chip.path("training").path("energyPerSample").path(part).asDouble(), "J"),
                    si(chip.path("inference").path("energyPerSample").path(part).asDouble(Double.NaN), "J")});
        rows.add(new String[]{"time steps per sample", chip.path("training").path("stepsPerSample").asText(""),
                chip.path("inference").path("stepsPerSample").asText("")});
        rows.add(new String[]{"latency per sample", si(chip.path("training").path("latencyPerSampleS").asDouble(Double.NaN), "s"),
                si(chip.path("inference").path("latencyPerSampleS").asDouble(Double.NaN), "s")});
        table(new String[]{"Per sample on " + chip.path("profile").asText("the chip"), "training", "inference"}, rows, true);
        if (chip.path("estimatedCosts").size() > 0) {
            List<String> est = new ArrayList<>();
            chip.path("estimatedCosts").forEach(n -> est.add(n.asText()));
            html.append("<p class=\"note\">Estimated, not from a datasheet: ").append(esc(String.join(", ", est))).append(".</p>\n");
        }
        List<String[]> work = new ArrayList<>();
        for (Iterator<String> it = chip.path("training").path("work").fieldNames(); it.hasNext(); ) {
            String k = it.next();
            work.add(new String[]{label(k), value(k, chip.path("training").path("work").path(k)),
                    value(k, chip.path("inference").path("work").path(k))});
        }
        if (!work.isEmpty()) table(new String[]{"Work counted by the chip meter", "training", "inference"}, work, true);
        close();
    }

    private void memory() {
        open("memory");
        JsonNode s = run.summary();
        List<String[]> rows = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = s.path("counters").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String v = e.getKey().endsWith("bytes_peak") ? bytes(e.getValue().asLong()) : value(e.getKey(), e.getValue());
            rows.add(new String[]{label(e.getKey()), v});
        }
        table(new String[]{"Engine counter (whole run)", "Value"}, rows, true);
        JsonNode mapping = s.path("chip").path("mapping");
        if (mapping.isObject()) {
            html.append(String.format(Locale.ROOT, "<p>Mapped onto %s of %s cores; synaptic memory per core up to %s bits (%s available).</p>\n",
                    esc(mapping.path("coresUsed").asText("?")), esc(orUnlimited(mapping.path("coresAvailable"))),
                    esc(mapping.path("maxSynapticBitsPerCore").asText("?")), esc(orUnlimited(mapping.path("synapticBitsPerCoreAvailable")))));
            List<String> cols = new ArrayList<>();
            if (mapping.path("layers").size() > 0) mapping.path("layers").get(0).fieldNames().forEachRemaining(cols::add);
            List<String[]> layerRows = new ArrayList<>();
            for (JsonNode l : mapping.path("layers")) {
                String[] r = new String[cols.size()];
                for (int i = 0; i < r.length; i++) r[i] = value(cols.get(i), l.path(cols.get(i)));
                layerRows.add(r);
            }
            table(cols.stream().map(RunReport::label).toArray(String[]::new), layerRows, true);
        }
        close();
    }

    private static String orUnlimited(JsonNode n) {
        return n.isNull() || n.isMissingNode() ? "unlimited" : n.asText();
    }

    private void chip() {
        open("chip");
        String name = run.summary().path("chip_profile").asText("");
        Optional<ChipProfile> profile = name.isEmpty() ? Optional.empty() : chips.find(name);
        if (profile.isEmpty()) {
            html.append("<p class=\"note\">Chip profile <code>").append(esc(name))
                    .append("</code> is not installed here, so only the figures the run recorded are shown.</p>\n");
        } else {
            List<String[]> rows = new ArrayList<>();
            for (ChipProfileTable.Row r : ChipProfileTable.rows(profile.get()))
                rows.add(new String[]{r.field(), r.value(), r.source()});
            table(new String[]{"Field of " + name, "Value", "Source"}, rows, false);
        }
        close();
    }

    private void metricsTable() {
        open("metrics");
        MetricsTable m = run.metrics();
        List<String[]> rows = new ArrayList<>();
        for (int r = 0; r < m.rows(); r++) {
            String[] row = new String[m.names().size()];
            for (int c = 0; c < row.length; c++) row[c] = number(m.column(m.names().get(c))[r]);
            rows.add(row);
        }
        html.append("<div class=\"wide\">");
        table(m.names().toArray(String[]::new), rows, true);
        html.append("</div>");
        close();
    }

    private void projectJson() {
        open("project-json");
        run.projectJson().ifPresentOrElse(
                j -> html.append("<h3>project.json</h3>\n<pre>").append(esc(j)).append("</pre>\n"),
                () -> html.append("<p class=\"note\">No project.json in the run folder.</p>\n"));
        try {
            String pretty = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(run.summary());
            html.append("<h3>summary.json</h3>\n<pre>").append(esc(pretty)).append("</pre>\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        close();
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    /** True when the finite values are not all the same. */
    private static boolean varies(double[] v) {
        double first = Double.NaN;
        for (double d : v) {
            if (!Double.isFinite(d)) continue;
            if (Double.isNaN(first)) first = d;
            else if (d != first) return true;
        }
        return false;
    }

    private void image(java.awt.image.BufferedImage img, String caption) {
        html.append("<figure><img src=\"").append(PngImages.dataUri(img)).append("\" width=\"")
                .append(img.getWidth() / LineChart.SCALE).append("\" alt=\"").append(esc(caption))
                .append("\"><figcaption>").append(esc(caption)).append("</figcaption></figure>\n");
    }

    private void table(String[] head, List<String[]> rows, boolean numeric) {
        html.append("<table").append(numeric ? " class=\"num\"" : "").append(">");
        if (head != null) {
            html.append("<thead><tr>");
            for (String h : head) html.append("<th>").append(esc(h)).append("</th>");
            html.append("</tr></thead>");
        }
        html.append("<tbody>\n");
        for (String[] r : rows) {
            html.append("<tr>");
            for (int i = 0; i < r.length; i++) html.append(i == 0 ? "<th>" : "<td>").append(esc(r[i])).append(i == 0 ? "</th>" : "</td>");
            html.append("</tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    private static Optional<JsonNode> tree(String json) {
        try {
            return Optional.ofNullable(new ObjectMapper().readTree(json));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** snake_case or camelCase key as words. */
    static String label(String key) {
        return key.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static String value(String key, JsonNode v) {
        if (v == null || v.isMissingNode() || v.isNull()) return "–";
        if (v.isIntegralNumber()) return String.format(Locale.ROOT, "%,d", v.asLong());
        if (v.isNumber()) {
            double d = v.asDouble();
            return key.contains("accuracy") ? String.format(Locale.ROOT, "%.2f %%", 100 * d) : number(d);
        }
        return v.asText();
    }

    private static String number(double d) {
        if (Double.isNaN(d)) return "–";
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return String.format(Locale.ROOT, "%,d", (long) d);
        return String.format(Locale.ROOT, "%.4g", d);
    }

    /** A value with an SI prefix: 3.2e-9 J is 3.2 nJ. */
    static String si(double v, String unit) {
        if (Double.isNaN(v)) return "–";
        if (v == 0) return "0 " + unit;
        String[] prefixes = {"f", "p", "n", "µ", "m", "", "k", "M", "G"};
        int e = (int) Math.floor(Math.log10(Math.abs(v)) / 3);
        e = Math.max(-5, Math.min(3, e));
        return String.format(Locale.ROOT, "%.3g %s%s", v / Math.pow(1000, e), prefixes[e + 5], unit);
    }

    private static String bytes(long b) {
        if (b < 1024) return b + " B";
        if (b < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KiB", b / 1024.0);
        return String.format(Locale.ROOT, "%.1f MiB", b / (1024.0 * 1024));
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String STYLE = """
            body { font: 14px/1.45 system-ui, sans-serif; color: #1b1f24; max-width: 1100px; margin: 24px auto; padding: 0 20px; }
            h1 { font-size: 24px; margin-bottom: 2px; } h2 { border-bottom: 2px solid #d0d7de; padding-bottom: 3px; margin-top: 34px; }
            .meta, .note, figcaption { color: #57606a; } code, pre { font-family: ui-monospace, monospace; font-size: 12px; }
            pre { background: #f6f8fa; padding: 10px; overflow-x: auto; white-space: pre-wrap; }
            nav ol { columns: 2; } table { border-collapse: collapse; margin: 10px 0; }
            th, td { border: 1px solid #d0d7de; padding: 3px 8px; text-align: left; vertical-align: top; }
            thead th { background: #f0f3f6; } table.num td { text-align: right; font-variant-numeric: tabular-nums; }
            table.confusion td { text-align: right; } td.diag { background: #dbe7fb; font-weight: 600; }
            figure { display: inline-block; margin: 8px 12px 8px 0; } figure img { max-width: 100%; height: auto; border: 1px solid #eaeef2; }
            .headline { display: flex; gap: 28px; flex-wrap: wrap; } .headline div { display: flex; flex-direction: column; }
            .headline b { font-size: 26px; } .wide { overflow-x: auto; }
            @media print { body { margin: 0; max-width: none; } nav { display: none; } section, figure, table { break-inside: avoid; }
              h2 { break-after: avoid; } .wide { overflow: visible; } }
            """;
}
