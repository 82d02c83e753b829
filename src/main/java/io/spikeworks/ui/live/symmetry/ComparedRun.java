package io.spikeworks.ui.live.symmetry;

import com.fasterxml.jackson.databind.JsonNode;
import io.spikeworks.model.file.JsonSyntaxException;
import io.spikeworks.model.file.StrictJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A finished run read back from its folder (metrics.csv, and summary.json for the algorithm), to overlay on the
 * transport-cost chart: per evaluation its iteration, test accuracy and, when its rule meters transport, the
 * cumulative weights, bits and energy copied. A run without transport columns (BPTT) still shows its accuracy.
 *
 * @param energyPj null where the run priced no transported bit; weights and bits null without transport columns
 */
public record ComparedRun(Path folder, String name, String algorithm, double[] iterations, double[] testAccuracy,
                          double[] weights, double[] bits, double[] energyPj) {
    static final String ITERATION = "iteration";
    static final String TEST_ACCURACY = "test_accuracy";

    /** What the legend says: algorithm and folder name. */
    public String label() {
        return algorithm + " · " + name;
    }

    public boolean meteredTransport() {
        return weights != null;
    }

    /** Ours in that quantity, or null when the run did not record it. */
    public double[] series(TransportQuantity q) {
        return switch (q) {
            case WEIGHTS -> weights;
            case BITS -> bits;
            case ENERGY -> energyPj;
        };
    }

    /**
     * Reads a run folder.
     *
     * @throws IOException with a message naming the file and what is wrong with it (no metrics.csv, a missing
     *                     column, a bad number)
     */
    public static ComparedRun read(Path folder) throws IOException {
        Path csv = folder.resolve("metrics.csv");
        if (!Files.isRegularFile(csv)) throw new IOException(folder.getFileName() + " holds no metrics.csv: not a finished run");
        List<String> lines = Files.readAllLines(csv);
        lines.removeIf(String::isBlank);
        if (lines.isEmpty()) throw new IOException(csv + " is empty");
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        int it = header.indexOf(ITERATION);
        int acc = header.indexOf(TEST_ACCURACY);
        if (it < 0 || acc < 0) {
            List<String> missing = new ArrayList<>();
            if (it < 0) missing.add(ITERATION);
            if (acc < 0) missing.add(TEST_ACCURACY);
            throw new IOException(csv + " has no " + String.join(" or ", missing) + " column"
                    + (it < 0 && acc >= 0 ? " (written by a Spikeworks before runs recorded iterations; train it again to compare)" : ""));
        }
        int w = header.indexOf("transport_weights_copied");
        int b = header.indexOf("transport_bits_copied");
        int e = header.indexOf("transport_energy_pj");
        int n = lines.size() - 1;
        double[] its = new double[n], accs = new double[n], ws = new double[n], bs = new double[n], es = new double[n];
        for (int r = 0; r < n; r++) {
            String[] f = lines.get(r + 1).split(",", -1);
            if (f.length != header.size())
                throw new IOException(csv + " line " + (r + 2) + ": " + f.length + " fields, the header has " + header.size());
            its[r] = number(f[it], csv, r, ITERATION);
            accs[r] = number(f[acc], csv, r, TEST_ACCURACY);
            if (w >= 0) ws[r] = number(f[w], csv, r, "transport_weights_copied");
            if (b >= 0) bs[r] = number(f[b], csv, r, "transport_bits_copied");
            if (e >= 0) es[r] = number(f[e], csv, r, "transport_energy_pj");
        }
        String algorithm = "?";
        Path summary = folder.resolve("summary.json");
        if (Files.isRegularFile(summary)) {
            try {
                JsonNode s = StrictJson.read(summary);
                if (s.hasNonNull("algorithm")) algorithm = s.get("algorithm").asText();
            } catch (JsonSyntaxException ex) {
                throw new IOException(summary + ": " + ex.error());
            }
        }
        boolean transport = w >= 0 && b >= 0;
        return new ComparedRun(folder, folder.getFileName().toString(), algorithm, its, accs, transport ? ws : null,
                transport ? bs : null, transport && e >= 0 ? es : null);
    }

    private static double number(String s, Path csv, int row, String column) throws IOException {
        String t = s.strip();
        if (t.isEmpty()) return Double.NaN;
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException ex) {
            throw new IOException(csv + " line " + (row + 2) + ": " + column + " is '" + t + "', not a number");
        }
    }

    /** The run folders directly under {@code root} (those holding a metrics.csv), newest first. */
    public static List<Path> runFolders(Path root) throws IOException {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("metrics.csv")))
                    .sorted(Comparator.comparing(ComparedRun::modified).reversed())
                    .toList();
        }
    }

    private static FileTime modified(Path folder) {
        try {
            return Files.getLastModifiedTime(folder.resolve("metrics.csv"));
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Where the app writes its runs: {@code ~/.spikeworks/runs}. */
    public static Path defaultRunsDirectory() {
        return Path.of(System.getProperty("user.home"), ".spikeworks", "runs");
    }
}
