package io.spikeworks.learn.symmetry;

/** Copies every weight: B ← W. With Φ = 1 this is exact backprop's transport. */
public final class FullTransport implements TransportScheme {
    public static final String ID = "full";

    @Override
    public double fraction() {
        return 1;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TransportResult transport(int layer, float[] w, float[] b, int units) {
        System.arraycopy(w, 0, b, 0, w.length);
        return new TransportResult(w.length, 0, null);
    }
}
