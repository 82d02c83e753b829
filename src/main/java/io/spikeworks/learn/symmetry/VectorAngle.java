package io.spikeworks.learn.symmetry;

/** Cosine and angle between two vectors, accumulated piecewise (so several layers can count as one vector). */
final class VectorAngle {
    private double dot;
    private double normA;
    private double normB;

    void add(float[] a, float[] b) {
        if (a.length != b.length) throw new IllegalArgumentException(a.length + " vs " + b.length + " values");
        double d = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            d += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        dot += d;
        normA += na;
        normB += nb;
    }

    /** NaN when either vector is zero. */
    double cosine() {
        return normA == 0 || normB == 0 ? Double.NaN : dot / Math.sqrt(normA * normB);
    }

    double degrees() {
        double c = cosine();
        return Double.isNaN(c) ? Double.NaN : Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, c))));
    }
}
