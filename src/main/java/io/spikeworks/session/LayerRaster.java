package io.spikeworks.session;

/**
 * One layer's activity for one sample over the T steps of a batch: a spike raster of every neuron and membrane
 * traces of a few chosen ones. Part of a {@link RasterFrame}; read it through the frame a reader owns.
 */
public final class LayerRaster {
    String name = "";
    boolean spiking;
    int steps;
    int neurons;
    int[] shape = new int[0];
    /**
     * [t][n], 1 where the neuron spiked; for an {@link #analog} input the value as a signed level, −127 … 127 of the
     * sample's largest magnitude (0 only where the value is 0).
     */
    byte[] spikes = new byte[0];
    boolean analog;
    double threshold = Double.NaN;
    int[] traced = new int[0];
    /** [t][k]: membrane of neuron traced[k] at step t (before its reset). */
    float[] traces = new float[0];
    /** [t][k]: synaptic input current into neuron traced[k] at step t; meaningful only when currentsRecorded. */
    float[] currents = new float[0];
    boolean currentsRecorded;
    int spikeCount;

    /** Layer id, or "input" for the encoded input. */
    public String name() {
        return name;
    }

    /**
     * Whether this is an input of real values (a direct-current encoder) rather than spikes: {@link #spikes()} then
     * holds each value's signed level, and {@link #spike} says where it is not zero.
     */
    public boolean analog() {
        return analog;
    }

    /**
     * The θ all its neurons fire at, as the engine holds it; NaN for the input, pooling, non-spiking neurons (leaky
     * integrators) and neurons with values of their own.
     */
    public double threshold() {
        return threshold;
    }

    /** Whether this is a layer of spiking neurons (with membranes); false for the input and pooling layers. */
    public boolean spiking() {
        return spiking;
    }

    public int steps() {
        return steps;
    }

    public int neurons() {
        return neurons;
    }

    /** The layer's output shape as the model describes it (C×H×W or N). */
    public int[] shape() {
        return shape.clone();
    }

    /**
     * Whether neuron n spiked (its output was ≥ 0.5) at step t. Images are channels-last: neuron (y, x, c) is
     * (y·W + x)·C + c.
     */
    public boolean spike(int t, int n) {
        return spikes[t * neurons + n] != 0;
    }

    /** The raster itself, [t][n] flattened, 0 or 1; the reader's copy, no need to copy again. */
    public byte[] spikes() {
        return spikes;
    }

    public int spikeCount() {
        return spikeCount;
    }

    /** The neurons whose membranes are traced. */
    public int[] tracedNeurons() {
        return traced.clone();
    }

    /** Membrane of the k-th traced neuron at step t. */
    public float trace(int t, int k) {
        return traces[t * traced.length + k];
    }

    /**
     * Whether the input currents of the traced neurons were recorded for this sample: only after
     * {@code Telemetry.traceInputCurrent(true)}, from the batch after the traced neurons were last chosen.
     */
    public boolean hasCurrents() {
        return currentsRecorded;
    }

    /** Synaptic input current I[t] into the k-th traced neuron at step t; see {@link #hasCurrents()}. */
    public float current(int t, int k) {
        if (!currentsRecorded) throw new IllegalStateException("no input currents recorded for layer " + name);
        return currents[t * traced.length + k];
    }

    void copyFrom(LayerRaster s) {
        name = s.name;
        spiking = s.spiking;
        analog = s.analog;
        threshold = s.threshold;
        steps = s.steps;
        neurons = s.neurons;
        shape = s.shape; // replaced, never written in place
        spikes = Frame.fit(spikes, s.spikes.length);
        System.arraycopy(s.spikes, 0, spikes, 0, spikes.length);
        traced = Frame.fit(traced, s.traced.length);
        System.arraycopy(s.traced, 0, traced, 0, traced.length);
        traces = Frame.fit(traces, s.traces.length);
        System.arraycopy(s.traces, 0, traces, 0, traces.length);
        currentsRecorded = s.currentsRecorded;
        if (currentsRecorded) {
            currents = Frame.fit(currents, s.currents.length);
            System.arraycopy(s.currents, 0, currents, 0, currents.length);
        }
        spikeCount = s.spikeCount;
    }
}
