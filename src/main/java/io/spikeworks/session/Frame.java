package io.spikeworks.session;

/**
 * Telemetry that the worker publishes as a whole and readers copy out into frames of their own. A reader keeps
 * one frame per view and reuses it, so after the first copy neither side allocates.
 */
public abstract class Frame<F extends Frame<F>> {
    long version;

    /** 0 until the first copy; increases with every frame the worker publishes. */
    public long version() {
        return version;
    }

    /**
     * Copies everything from a frame the worker may be overwriting at the same time: read what is there, resize
     * own arrays when lengths differ, never trust one field to agree with another. The copy is discarded and
     * repeated when it turns out to be torn.
     */
    abstract void copyFrom(F source);

    static float[] fit(float[] a, int n) {
        return a != null && a.length == n ? a : new float[n];
    }

    static byte[] fit(byte[] a, int n) {
        return a != null && a.length == n ? a : new byte[n];
    }

    static int[] fit(int[] a, int n) {
        return a != null && a.length == n ? a : new int[n];
    }
}
