package io.spikeworks.sim.kernel;

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
    private int steps;
    /** Slots were filled sample by sample: slot (t, b) is b·steps + t (see {@link #viewSampleMajor}). */
    private boolean sampleMajor;
    private int cursor;
    private int slot;
    // Optional complements, written by producers that know which inputs of a sample can spike at all (its
    // "universe"): per slot, the universe's entries that stayed silent. A consumer may then sum a busy step as
    // the universe's total minus its silent inputs without working the complement out itself.
    private boolean complements;
    private int[] universe = new int[1024];
    private int[] universeStart = new int[1];
    private int universeCursor;
    private int[] silent = new int[1024];
    private int[] silentStart = new int[1];
    private int silentCursor;

    /** Starts a new tensor of steps × batch slots. */
    public void reset(int steps, int batch) {
        this.batch = batch;
        this.steps = steps;
        this.sampleMajor = false;
        if (start.length != steps * batch + 1) start = new int[steps * batch + 1];
        cursor = 0;
        slot = 0;
        complements = false;
    }

    /**
     * Starts a new tensor whose slots also list their silent inputs: before the first slot, each sample's
     * universe is given with {@link #addUniverse}, in sample order; every slot then lists its spikes (as usual)
     * and, through {@link #reserveSilent}/{@link #commitSilent}, the rest of its sample's universe.
     */
    public void resetWithComplements(int steps, int batch) {
        reset(steps, batch);
        complements = true;
        if (silentStart.length != steps * batch + 1) silentStart = new int[steps * batch + 1];
        if (universeStart.length != batch + 1) universeStart = new int[batch + 1];
        universeCursor = 0;
        silentCursor = 0;
        silentStart[0] = 0;
    }

    /** Appends the next sample's universe: the n inputs in[0…n), ascending, that may spike in any step. */
    public void addUniverse(int b, int[] in, int n) {
        if (universeCursor + n > universe.length) universe = Arrays.copyOf(universe, Math.max(2 * universe.length, universeCursor + n));
        universeStart[b] = universeCursor;
        System.arraycopy(in, 0, universe, universeCursor, n);
        universeCursor += n;
        universeStart[b + 1] = universeCursor;
    }

    /** For hot loops, as {@link #reserve}: the silent-input array with room for n more, written from {@link #silentCursor()}. */
    public int[] reserveSilent(int n) {
        if (silentCursor + n > silent.length) silent = Arrays.copyOf(silent, Math.max(2 * silent.length, silentCursor + n));
        return silent;
    }

    public int silentCursor() {
        return silentCursor;
    }

    public void commitSilent(int newCursor) {
        silentCursor = newCursor;
    }

    /**
     * Reads a tensor filled as steps·batch slots of one sample each, slot b·steps + t opened as (b·steps + t, 0),
     * as slots (t, b): a producer that runs sample by sample then needs no reordering for consumers that read
     * {@link #from}/{@link #to} and {@link #countAt} only. {@link #slotStarts} is refused afterwards.
     */
    public void viewSampleMajor(int steps, int batch) {
        if (!complete() || start.length - 1 != steps * batch || this.batch != 1)
            throw new IllegalStateException("only a complete tensor of " + steps * batch + " one-sample slots can be read sample-major");
        this.steps = steps;
        this.batch = batch;
        this.sampleMajor = true;
    }

    /**
     * Starts this tensor anew as the step-major copy of one filled sample by sample (steps·batch one-sample slots,
     * slot b·steps + t), for consumers that walk the slot array ({@link #slotStarts}).
     */
    public void copyStepMajor(SpikeEvents bySample, int steps, int batch) {
        reset(steps, batch);
        final int[] listed = bySample.indices;
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                final int from = bySample.start[b * steps + t];
                final int n = bySample.start[b * steps + t + 1] - from;
                open(t, b);
                ensure(n);
                System.arraycopy(listed, from, indices, cursor, n);
                cursor += n;
                close();
            }
        }
    }

    private int slotOf(int t, int b) {
        return sampleMajor ? b * steps + t : t * batch + b;
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
        if (complements) silentStart[slot] = silentCursor;
    }

    /** Whether the producer listed each slot's silent inputs too (see {@link #resetWithComplements}). */
    public boolean hasComplements() {
        return complements;
    }

    public int[] universe() {
        return universe;
    }

    public int universeFrom(int b) {
        return universeStart[b];
    }

    public int universeTo(int b) {
        return universeStart[b + 1];
    }

    public int[] silent() {
        return silent;
    }

    public int silentFrom(int t, int b) {
        return silentStart[slotOf(t, b)];
    }

    public int silentTo(int t, int b) {
        return silentStart[slotOf(t, b) + 1];
    }

    public int[] indices() {
        return indices;
    }

    /** Where each slot's indices begin; slot (t, b) is t·batch + b, and entry slots is the end. */
    public int[] slotStarts() {
        if (sampleMajor) throw new IllegalStateException("spikes listed sample by sample: read them with from/to");
        return start;
    }

    /** Whether every slot has been written (producers fill slots in order). */
    public boolean complete() {
        return slot == start.length - 1;
    }

    public int from(int t, int b) {
        return start[slotOf(t, b)];
    }

    public int to(int t, int b) {
        return start[slotOf(t, b) + 1];
    }

    /** Writes sample b's listed spikes as a 0/1 tensor [t][features] into out (cleared first). */
    public void sampleToTensor(int b, float[] out, int steps, int features) {
        Arrays.fill(out, 0, steps * features, 0f);
        for (int t = 0; t < steps; t++) {
            int base = t * features;
            for (int e = from(t, b), end = to(t, b); e < end; e++) out[base + indices[e]] = 1f;
        }
    }

    /** Events in step t over the whole batch. */
    public int countAt(int t) {
        if (sampleMajor) {
            int n = 0;
            for (int b = 0; b < batch; b++) n += to(t, b) - from(t, b);
            return n;
        }
        return start[(t + 1) * batch] - start[t * batch];
    }
}
