package io.spikeworks.sim;

import java.util.Arrays;

/**
 * The active entries of a 0/1 tensor [t][b][n], listed per (step, sample) slot in ascending index order.
 * Producers (encoders, spiking layers) append while they compute, so a consumer adds only the weight rows of
 * active inputs and never scans for them. Slots are filled in order t = 0…T−1, b = 0…B−1.
 */
public final class SpikeEvents {
    private int[] indices = new int[1024];
    private int[] start = new int[1];
    private int batch;
    private int cursor;
    private int slot;

    /** Starts a new tensor of steps × batch slots. */
    public void reset(int steps, int batch) {
        this.batch = batch;
        if (start.length != steps * batch + 1) start = new int[steps * batch + 1];
        cursor = 0;
        slot = 0;
    }

    /** Opens slot (t, b); slots must be opened in order. */
    public void open(int t, int b) {
        int s = t * batch + b;
        if (s != slot) throw new IllegalStateException("slot " + s + " opened out of order, expected " + slot);
        start[s] = cursor;
    }

    /** Room for n more indices without growing. */
    public void ensure(int n) {
        if (cursor + n > indices.length) indices = Arrays.copyOf(indices, Math.max(indices.length * 2, cursor + n));
    }

    /** Writes i at the end and keeps it when keep is true: lets producers append without a branch. */
    public void addIf(int i, boolean keep) {
        indices[cursor] = i;
        cursor += keep ? 1 : 0;
    }

    /**
     * For hot loops: the index array with room for n more (write at {@link #cursor()} onwards, keeping the
     * cursor in a local), then {@link #commit}. Saves a field load and store per spike.
     */
    public int[] reserve(int n) {
        ensure(n);
        return indices;
    }

    public int cursor() {
        return cursor;
    }

    /** Ends a run of writes begun with {@link #reserve}: the entries before newCursor are the slot's. */
    public void commit(int newCursor) {
        cursor = newCursor;
    }

    public void close() {
        slot++;
        start[slot] = cursor;
    }

    public int[] indices() {
        return indices;
    }

    /** Where each slot's indices begin; slot (t, b) is t·batch + b, and entry slots is the end. */
    public int[] slotStarts() {
        return start;
    }

    /** Whether every slot has been written (producers fill slots in order). */
    public boolean complete() {
        return slot == start.length - 1;
    }

    public int from(int t, int b) {
        return start[t * batch + b];
    }

    public int to(int t, int b) {
        return start[t * batch + b + 1];
    }

    /** Writes the listed spikes as a 0/1 tensor [t][b][features] into out (cleared first). */
    public void toTensor(float[] out, int steps, int features) {
        Arrays.fill(out, 0, steps * batch * features, 0f);
        for (int s = 0; s < steps * batch; s++) {
            int base = s * features;
            for (int e = start[s]; e < start[s + 1]; e++) out[base + indices[e]] = 1f;
        }
    }

    /** Events in step t over the whole batch. */
    public int countAt(int t) {
        return start[(t + 1) * batch] - start[t * batch];
    }
}
