package io.spikeworks.learn.gradient;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The gradient-quality table as CSV, {@code estimator,K,mean_cosine,min_cosine,max_cosine,batches}: what the
 * {@code gradient-quality} command writes (batches = direction seeds on its one batch), what the dashboard's card
 * exports, and what the card loads, so a table measured from the command line can be shown beside a run.
 */
public final class GradientCosineCsv {
    public static final String HEADER = "estimator,K,mean_cosine,min_cosine,max_cosine,batches";

    private GradientCosineCsv() {}

    public static void write(List<GradientCosineRow> rows, Writer out) throws IOException {
        out.write(HEADER + "\n");
        for (GradientCosineRow r : rows)
            out.write(String.format(Locale.ROOT, "%s,%d,%.6f,%.6f,%.6f,%d%n", quoted(r.estimator()), r.directions(),
                    r.mean(), r.min(), r.max(), r.batches()));
    }

    /**
     * Reads rows; a problem names the source and line.
     *
     * @throws IllegalArgumentException when the header or a row is not as {@link #HEADER} says
     */
    public static List<GradientCosineRow> parse(String text, String source) {
        String[] lines = text.strip().split("\\R");
        if (lines.length == 0 || !lines[0].strip().equals(HEADER))
            throw new IllegalArgumentException(source + ", line 1: expected the header " + HEADER);
        List<GradientCosineRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            String[] f = split(line);
            if (f.length != 6)
                throw new IllegalArgumentException(source + ", line " + (i + 1) + ": expected 6 fields, got " + f.length);
            try {
                rows.add(new GradientCosineRow(f[0], Integer.parseInt(f[1].strip()), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[4]), Integer.parseInt(f[5].strip())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ", line " + (i + 1) + ": not a number: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ", line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return rows;
    }

    private static String quoted(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** Splits a CSV line, honouring double quotes in the first field (the estimator's name). */
    private static String[] split(String line) {
        if (!line.startsWith("\"")) return line.split(",", -1);
        int end = 1;
        StringBuilder name = new StringBuilder();
        while (end < line.length()) {
            char c = line.charAt(end);
            if (c == '"' && end + 1 < line.length() && line.charAt(end + 1) == '"') {
                name.append('"');
                end += 2;
            } else if (c == '"') {
                end++;
                break;
            } else {
                name.append(c);
                end++;
            }
        }
        String rest = end < line.length() ? line.substring(end + 1) : "";
        String[] tail = rest.split(",", -1);
        String[] all = new String[tail.length + 1];
        all[0] = name.toString();
        System.arraycopy(tail, 0, all, 1, tail.length);
        return all;
    }
}
