package io.spikeworks.sim;

import java.util.Arrays;

/**
 * Records input current, membrane and spikes of chosen neurons of one sample of a layer, at every step,
 * into a bounded ring. Attached only while someone looks, so an unprobed layer pays nothing.
 */
public final class Probe {
    private final int sample;
    private final int[] neurons;
    private final int capacity;
    private final float[] currents;
    private final float[] membranes;
    private final float[] spikes;
    private final long[] stepIds;
    private long written;
    private long stepCounter;

    /** @param capacity steps kept per neuron; older steps are overwritten */
    public Probe(int sample, int[] neurons, int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be ≥ 1");
        this.sample = sample;
        this.neurons = neurons.clone();
        this.capacity = capacity;
        this.currents = new float[capacity * neurons.length];
        this.membranes = new float[capacity * neurons.length];
        this.spikes = new float[capacity * neurons.length];
        this.stepIds = new long[capacity];
    }

    synchronized void capture(SpikingLayer layer, int t, float[] current, NeuronState state) {
        if (sample >= state.batch) return;
        int slot = (int) (written % capacity);
        int n = state.neurons;
        int base = t * state.stride + sample * n;
        for (int k = 0; k < neurons.length; k++) {
            int i = neurons[k];
            currents[slot * neurons.length + k] = current[sample * n + i];
            membranes[slot * neurons.length + k] = state.mem[base + i];
            spikes[slot * neurons.length + k] = state.spikes[base + i];
        }
        stepIds[slot] = stepCounter++;
        written++;
    }

    public int[] neurons() {
        return neurons.clone();
    }

    /** Number of steps currently held (≤ capacity). */
    public synchronized int size() {
        return (int) Math.min(written, capacity);
    }

    /** Copies the held steps, oldest first, as [step][neuron] arrays: {currents, membranes, spikes}. */
    public synchronized float[][] snapshot() {
        int held = size();
        int k = neurons.length;
        float[][] out = {new float[held * k], new float[held * k], new float[held * k]};
        long first = written - held;
        for (int s = 0; s < held; s++) {
            int slot = (int) ((first + s) % capacity);
            System.arraycopy(currents, slot * k, out[0], s * k, k);
            System.arraycopy(membranes, slot * k, out[1], s * k, k);
            System.arraycopy(spikes, slot * k, out[2], s * k, k);
        }
        return out;
    }

    public synchronized void clear() {
        written = 0;
        Arrays.fill(stepIds, 0);
    }
}
