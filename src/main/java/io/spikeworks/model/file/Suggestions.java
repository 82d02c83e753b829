package io.spikeworks.model.file;

import java.util.Collection;

/** "did you mean" hints for misspelt field names. */
public final class Suggestions {
    private Suggestions() {}

    /** " (did you mean 'units'?)" for a near miss, else "; known fields: ..." so the user sees the options. */
    public static String forField(String unknown, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(unknown.toLowerCase(), candidate.toLowerCase());
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        // Two edits catch typos and plurals without suggesting unrelated short names.
        if (best != null && bestDistance <= Math.min(2, Math.max(1, unknown.length() / 3))) {
            return " (did you mean '" + best + "'?)";
        }
        return known.isEmpty() ? "" : "; known fields: " + String.join(", ", known);
    }

    /** Levenshtein edit distance. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
