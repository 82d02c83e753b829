package io.spikeworks.sim;

import java.util.Arrays;

/**
 * Records input current, membrane and spikes of chosen neurons of one sample of a layer, at every step,
 * into a bounded ring. Attached only while someone looks, so an unprobed layer pays nothing. The input current is
 * the layer's synaptic input I[t] (weighted input spikes plus bias) as handed to the neurons; for a LIF neuron
 * U[t] = β·U[t−1] + I[t] − θ·S[t−1].
 *
 * <p>A {@link #currentsOnly} probe keeps the current alone, for readers that take membranes and spikes from the
 * layer's own history.
 */
public final class Probe {
    private final int sample;
    private final int[] neurons;
    private final int capacity;
    private final float[] currents;
    /** null for a currents-only probe, as is {@link #spikes}. */
    private final float[] membranes;
    private final float[] spikes;
    private long written;

    /** @param capacity steps kept per neuron; older steps are overwritten */
    public Probe(int sample, int[] neurons, int capacity) {
        this(sample, neurons, capacity, true);
    }

    private Probe(int sample, int[] neurons, int capacity, boolean withState) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be ≥ 1");
        if (sample < 0) throw new IllegalArgumentException("sample must be ≥ 0, got " + sample);
        this.sample = sample;
        this.neurons = neurons.clone();
        this.capacity = capacity;
        this.currents = new float[capacity * neurons.length];
        this.membranes = withState ? new float[capacity * neurons.length] : null;
        this.spikes = withState ? new float[capacity * neurons.length] : null;
    }

    /** A probe that records the input current only; {@link #snapshot} gives empty membranes and spikes. */
    public static Probe currentsOnly(int sample, int[] neurons, int capacity) {
        return new Probe(sample, neurons, capacity, false);
    }

    /** Called by the layer after each step's neuron update; copies k floats per array, allocates nothing. */
    synchronized void capture(SpikingLayer layer, int t, float[] current, NeuronState state) {
        if (sample >= state.batch) return;
        int slot = (int) (written % capacity);
        int n = state.neurons;
        int k = neurons.length;
        int row = sample * n;
        for (int j = 0; j < k; j++) currents[slot * k + j] = current[row + neurons[j]];
        if (membranes != null) {
            int base = t * state.stride + row;
            for (int j = 0; j < k; j++) {
                membranes[slot * k + j] = state.mem[base + neurons[j]];
                spikes[slot * k + j] = state.spikes[base + neurons[j]];
            }
        }
        written++;
    }

    public int[] neurons() {
        return neurons.clone();
    }

    public int sample() {
        return sample;
    }

    /** Steps the ring holds. */
    public int capacity() {
        return capacity;
    }

    /** Whether this probe records exactly these neurons, in this order (allocates nothing). */
    public boolean records(int[] ns) {
        return Arrays.equals(neurons, ns);
    }

    /** Whether membranes and spikes are recorded too. */
    public boolean recordsState() {
        return membranes != null;
    }

    /** Number of steps currently held (≤ capacity). */
    public synchronized int size() {
        return (int) Math.min(written, capacity);
    }

    /** Steps recorded since made or cleared, including those overwritten since. */
    public synchronized long stepsRecorded() {
        return written;
    }

    /** Copies the held steps, oldest first, as [step][neuron] arrays: {currents, membranes, spikes}. */
    public synchronized float[][] snapshot() {
        int held = size();
        int k = neurons.length;
        int stateLength = membranes == null ? 0 : held * k;
        float[][] out = {new float[held * k], new float[stateLength], new float[stateLength]};
        long first = written - held;
        for (int s = 0; s < held; s++) {
            int slot = (int) ((first + s) % capacity);
            System.arraycopy(currents, slot * k, out[0], s * k, k);
            if (membranes == null) continue;
            System.arraycopy(membranes, slot * k, out[1], s * k, k);
            System.arraycopy(spikes, slot * k, out[2], s * k, k);
        }
        return out;
    }

    /**
     * Copies the currents of the latest {@code steps} steps, oldest first, into dest as [step][neuron] without
     * allocating; false (dest untouched) when fewer steps are held.
     */
    public synchronized boolean copyLatestCurrents(int steps, float[] dest) {
        int k = neurons.length;
        if (steps > size() || dest.length < steps * k) return false;
        long first = written - steps;
        for (int s = 0; s < steps; s++) {
            int slot = (int) ((first + s) % capacity);
            System.arraycopy(currents, slot * k, dest, s * k, k);
        }
        return true;
    }

    public synchronized void clear() {
        written = 0;
    }
}
