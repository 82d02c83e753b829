package io.spikeworks.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spikeworks.report.PngImages;
import io.spikeworks.report.RunReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code report RUN_DIR} on a small real run: every section, images that decode, nothing fetched from elsewhere. */
class ReportCommandTest {
    @TempDir
    static Path tmp;
    static Path runDir;

    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SpikeworksCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Two epochs of a small MNIST net (64 hidden units, T = 8) on 256 samples: a second or two. */
    @BeforeAll
    static void train() throws Exception {
        String json = Files.readString(Path.of("sample-projects/mnist-bptt.json"))
                .replace("\"units\": 256", "\"units\": 64")
                .replace("\"timeSteps\": 25", "\"timeSteps\": 8")
                .replace("\"batchSize\": 128", "\"batchSize\": 32");
        Path project = tmp.resolve("small.json");
        Files.writeString(project, json);
        runDir = tmp.resolve("run");
        Result r = run("train", project.toString(), "--epochs", "2", "--limit-train", "256", "--limit-test", "128",
                "--quiet", "--out", runDir.toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void reportHoldsEverySectionInOrderWithDecodableImagesAndNoOutsideReferences() throws Exception {
        Path out = tmp.resolve("shared/report.html");
        Result r = run("report", runDir.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("wrote " + out), r.out());
        String html = Files.readString(out);

        int last = -1;
        for (String id : RunReport.SECTIONS) {
            int at = html.indexOf("<section id=\"" + id + "\">");
            assertTrue(at > last, "section " + id + " missing or out of order");
            last = at;
        }
        // loss, accuracy, throughput and the confusion matrix at least; each a PNG that decodes to what it claims
        Matcher img = Pattern.compile("<img src=\"([^\"]*)\" width=\"(\\d+)\"").matcher(html);
        List<BufferedImage> images = new ArrayList<>();
        while (img.find()) {
            assertTrue(img.group(1).startsWith(PngImages.PREFIX), "image not embedded: " + img.group(1).substring(0, 40));
            byte[] png = Base64.getDecoder().decode(img.group(1).substring(PngImages.PREFIX.length()));
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
            assertNotNull(decoded, "an embedded image does not decode");
            assertEquals(Integer.parseInt(img.group(2)) * 2, decoded.getWidth(), "drawn at twice its page width");
            images.add(decoded);
        }
        // loss, accuracy, throughput, confusion; a raster per recorded sample; a heatmap per weight matrix
        assertTrue(images.size() >= 4 + 3 + 2, "only " + images.size() + " images");
        for (String section : List.of("raster", "weights")) {
            String body = html.substring(html.indexOf("<section id=\"" + section + "\">"));
            body = body.substring(0, body.indexOf("</section>"));
            assertTrue(body.contains("<img src=\"" + PngImages.PREFIX), section + " has an image");
        }
        assertTrue(html.contains("alt=\"Weights hidden1.weight (784×64), rows are the neurons they feed\""));
        assertTrue(html.contains("alt=\"Test sample 0: true 7, predicted "), "the first test sample's raster");
        for (String outside : List.of("<script", "<link", "src=\"http", "href=\"http", "url(", "@import"))
            assertFalse(html.contains(outside), "the page must stand alone, but has " + outside);
        assertTrue(html.contains("<h3>project.json</h3>"), "the project JSON saved with the run");
        assertTrue(html.contains("hidden1 (dense 64, lif) → out (dense 10, lif)"), "network summary from project.json");
    }

    @Test
    void confusionTableInThePageAgreesWithTheAccuracyTheTrainerReported() throws Exception {
        Path out = tmp.resolve("acc.html");
        assertEquals(0, run("report", runDir.toString(), "--out", out.toString()).code());
        String html = Files.readString(out);
        String table = html.substring(html.indexOf("<table class=\"confusion\">"));
        table = table.substring(0, table.indexOf("</table>"));
        long diagonal = 0, total = 0;
        Matcher cell = Pattern.compile("<td( class=\"diag\")?>(\\d+)</td>").matcher(table);
        while (cell.find()) {
            long v = Long.parseLong(cell.group(2));
            total += v;
            if (cell.group(1) != null) diagonal += v;
        }
        JsonNode summary = new ObjectMapper().readTree(runDir.resolve("summary.json").toFile());
        assertEquals(128, total, "one count per test sample");
        assertEquals(summary.get("test_accuracy").asDouble(), diagonal / (double) total, 1e-12);
    }

    @Test
    void aRegressionRunShowsItsErrorInPlaceOfAccuracyAndHasNoConfusionMatrix() throws Exception {
        Path sine = tmp.resolve("sine");
        assertEquals(0, run("train", "sample-projects/sine-bptt.json", "--epochs", "2", "--quiet", "--out", sine.toString()).code());
        Result r = run("report", sine.toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(sine.resolve("report.html"));
        assertTrue(html.contains("alt=\"Training and test relative L2 error per epoch\""), "the regression's curve");
        assertTrue(html.contains("A regression run has no classes, so no confusion matrix."));
        assertFalse(html.contains("<table class=\"confusion\">"));
        for (String id : RunReport.SECTIONS) assertTrue(html.contains("<section id=\"" + id + "\">"), id);
    }

    @Test
    void heldOutSamplesShowTheCheckpointTheyChoseInTheHeadline() throws Exception {
        Path held = tmp.resolve("held");
        assertEquals(0, run("train", tmp.resolve("small.json").toString(), "--epochs", "2", "--limit-train", "256",
                "--limit-test", "128", "--hold-out", "64", "--quiet", "--out", held.toString()).code());
        assertEquals(0, run("report", held.toString()).code());
        String html = Files.readString(held.resolve("report.html"));
        JsonNode chosen = new ObjectMapper().readTree(held.resolve("summary.json").toFile()).get("chosen_by_validation");
        String headline = String.format(java.util.Locale.ROOT, "<b>%.2f %%</b><span>test accuracy at epoch %d, the one 64 "
                        + "held-out training samples chose (%.2f %% on them)</span>",
                100 * chosen.get("test_accuracy").asDouble(), chosen.get("chosen_epoch").asInt(),
                100 * chosen.get("validation_accuracy").asDouble());
        assertTrue(html.contains(headline), headline);
        Path plain = tmp.resolve("plain-report.html");
        assertEquals(0, run("report", runDir.toString(), "--out", plain.toString()).code());
        assertFalse(Files.readString(plain).contains("held-out training samples chose"), "none without held-out samples");
    }

    @Test
    void trainWritesASmallRasterAndTheFinalWeights() throws Exception {
        // three samples × (input, hidden1, out) × at most 64 neurons, a line each
        List<String> raster = Files.readAllLines(runDir.resolve("raster.csv"));
        assertEquals(1 + 3 * (64 + 64 + 10), raster.size());
        assertTrue(Files.size(runDir.resolve("raster.csv")) < 32 * 1024, "raster.csv stays small");
        // 784×64 + 64×10 weights as floats, plus names, lengths and a checksum
        long weights = Files.size(runDir.resolve("weights.swweights"));
        assertTrue(weights > 4L * (784 * 64 + 64 * 10) && weights < 4L * (784 * 64 + 64 * 10) + 1024, "weights: " + weights);
        JsonNode shapes = new ObjectMapper().readTree(runDir.resolve("summary.json").toFile()).get("parameters");
        assertEquals("[784,64]", shapes.get("hidden1.weight").toString());
        assertEquals("[64,10]", shapes.get("out.weight").toString());
    }

    @Test
    void aDamagedRasterOrWeightsFileIsNamedInOneLine() throws Exception {
        Path copy = Files.createDirectories(tmp.resolve("damaged"));
        for (String f : List.of("summary.json", "metrics.csv", "raster.csv", "weights.swweights"))
            Files.copy(runDir.resolve(f), copy.resolve(f));
        List<String> raster = new ArrayList<>(Files.readAllLines(copy.resolve("raster.csv")));
        raster.set(2, raster.get(2).replaceFirst(",[^,]*$", ",99"));
        Files.write(copy.resolve("raster.csv"), raster);
        Result r = run("report", copy.toString());
        assertEquals(SpikeworksCli.FAILURE, r.code());
        assertEquals("error: " + copy.resolve("raster.csv") + ": line 3: spike_steps has step 99 of 8 steps", r.err().strip());

        Files.copy(runDir.resolve("raster.csv"), copy.resolve("raster.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] weights = Files.readAllBytes(copy.resolve("weights.swweights"));
        weights[weights.length / 2] ^= 1;
        Files.write(copy.resolve("weights.swweights"), weights);
        r = run("report", copy.toString());
        assertEquals(SpikeworksCli.FAILURE, r.code());
        assertEquals("error: " + copy.resolve("weights.swweights") + " is damaged (checksum mismatch)", r.err().strip());

        Files.copy(runDir.resolve("weights.swweights"), copy.resolve("weights.swweights"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String summary = Files.readString(copy.resolve("summary.json")).replace("\"hidden1.weight\" : [ 784, 64 ]", "\"hidden1.weight\" : [ 784, 65 ]");
        Files.writeString(copy.resolve("summary.json"), summary);
        r = run("report", copy.toString());
        assertEquals(SpikeworksCli.FAILURE, r.code());
        assertEquals("error: " + copy.resolve("summary.json") + ": $.parameters['hidden1.weight'] has 50960 elements but "
                + "weights.swweights holds 50176 values for it", r.err().strip());
    }

    @Test
    void anOutputUnderAFileIsRefusedSayingWhichFileIsInTheWay() throws Exception {
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "keep");
        Path out = notes.resolve("report.html");
        Result r = run("report", runDir.toString(), "--out", out.toString());
        assertEquals(SpikeworksCli.FAILURE, r.code());
        assertEquals("error: cannot write " + out + ": " + notes + " is a file, not a folder, so it cannot hold " + out,
                r.err().strip());
        assertEquals("keep", Files.readString(notes));
    }

    @Test
    void defaultOutputIsReportHtmlInTheRunFolder() {
        Result r = run("report", runDir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(runDir.resolve("report.html")));
    }

    @Test
    void badRunFoldersGetOneLineSayingWhatAndWhere() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Result r = run("report", empty.toString());
        assertEquals(SpikeworksCli.FAILURE, r.code());
        assertTrue(r.err().startsWith("error: " + empty + ": no summary.json"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());

        Path broken = Files.createDirectories(tmp.resolve("broken"));
        Files.copy(runDir.resolve("summary.json"), broken.resolve("summary.json"));
        Files.writeString(broken.resolve("metrics.csv"), "epoch,train_loss\n1,2.0\n2\n");
        r = run("report", broken.toString());
        assertEquals(SpikeworksCli.FAILURE, r.code());
        assertTrue(r.err().contains("metrics.csv: line 3 has 1 cells, the header has 2"), r.err());

        Path damagedProject = Files.createDirectories(tmp.resolve("damaged-project"));
        for (String f : List.of("summary.json", "metrics.csv")) Files.copy(runDir.resolve(f), damagedProject.resolve(f));
        Files.writeString(damagedProject.resolve("project.json"), "{\"format\": \"spikeworks-project\",\n \"name\": ");
        r = run("report", damagedProject.toString(), "--out", tmp.resolve("damaged-project.html").toString());
        assertEquals(SpikeworksCli.FAILURE, r.code(), "a damaged project.json is not reported as missing: " + r.out());
        assertTrue(r.err().startsWith("error: " + damagedProject.resolve("project.json") + ": $: invalid JSON at line 2"),
                r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());

        Files.writeString(broken.resolve("summary.json"), "{\"project\": ");
        r = run("report", broken.toString());
        assertEquals(SpikeworksCli.FAILURE, r.code());
        assertTrue(r.err().contains("summary.json: not valid JSON at line 1"), r.err());
    }
}
