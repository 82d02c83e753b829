package io.spikeworks.session;

/**
 * One layer's full history for an inspected sample: outputs (spikes) and, for spiking layers, membranes at every
 * step. Arrays are [t][n]; images are channels-last. The arrays are shared with every reader: never write into
 * them.
 *
 * @param membranes [t][n] before reset, or null for the input and pooling layers
 * @param threshold  the firing threshold θ every neuron of the layer shares; NaN for layers that do not spike and for
 *                   neurons with values of their own
 * @param valueScale for an input of real values (a direct-current encoder), the largest magnitude among them, by
 *                   which views shade each value; 0 where {@code spikes} holds spikes
 */
public record InspectedLayer(String name, int[] shape, int neurons, int steps, float[] spikes, float[] membranes,
                             double threshold, double valueScale) {
    public InspectedLayer {
        shape = shape.clone();
    }

    /** A layer of spikes. */
    public InspectedLayer(String name, int[] shape, int neurons, int steps, float[] spikes, float[] membranes,
                          double threshold) {
        this(name, shape, neurons, steps, spikes, membranes, threshold, 0);
    }

    /** A layer without a shared threshold (the input, a pool, neurons with their own values). */
    public InspectedLayer(String name, int[] shape, int neurons, int steps, float[] spikes, float[] membranes) {
        this(name, shape, neurons, steps, spikes, membranes, Double.NaN);
    }

    /** An input of real values, [t][n], shaded by their largest magnitude. */
    public static InspectedLayer values(String name, int[] shape, int neurons, int steps, float[] values) {
        return new InspectedLayer(name, shape, neurons, steps, values, null, Double.NaN,
                RasterCapture.largestMagnitude(values, steps * neurons));
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    public boolean spiking() {
        return membranes != null;
    }

    /** The outputs of every neuron at step t (a copy). */
    public float[] spikesAt(int t) {
        return slice(spikes, t);
    }

    /** The membranes of every neuron at step t (a copy); spiking layers only. */
    public float[] membranesAt(int t) {
        if (membranes == null) throw new IllegalStateException("layer '" + name + "' has no membranes");
        return slice(membranes, t);
    }

    public float spike(int t, int n) {
        return spikes[index(t, n)];
    }

    public float membrane(int t, int n) {
        if (membranes == null) throw new IllegalStateException("layer '" + name + "' has no membranes");
        return membranes[index(t, n)];
    }

    private int index(int t, int n) {
        if (t < 0 || t >= steps || n < 0 || n >= neurons)
            throw new IndexOutOfBoundsException("step " + t + ", neuron " + n + " of " + steps + "×" + neurons);
        return t * neurons + n;
    }

    private float[] slice(float[] a, int t) {
        if (t < 0 || t >= steps) throw new IndexOutOfBoundsException("step " + t + " of " + steps);
        float[] out = new float[neurons];
        System.arraycopy(a, t * neurons, out, 0, neurons);
        return out;
    }
}
