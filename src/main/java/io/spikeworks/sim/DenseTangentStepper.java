package io.spikeworks.sim;

import io.spikeworks.sim.kernel.Kernels;
import io.spikeworks.sim.neuron.SpikeDerivative;
import java.util.Arrays;
import java.util.List;

/**
 * {@link DenseLayer} in tangent mode: I = bias + x·W and, per direction d,
 * dI_d = dbias_d + dx_d·W + x·dW_d, then the neurons' primal and tangent step ({@link NeuronTangent}). Kept apart
 * from the layer's own forward so that the event-driven BPTT route is untouched.
 */
final class DenseTangentStepper implements TangentStepper {
    private final DenseLayer layer;
    private final int batch;
    private final int directions;
    private final int in;
    private final int out;
    private final float[] current;
    private final float[] currentTangent;
    private final NeuronTangent neurons;
    /** Σₜ x[t], b × in, once {@link #sumInputs} asked for it. */
    private float[] inputSum;

    DenseTangentStepper(DenseLayer layer, int batch, int directions, SpikeDerivative derivative) {
        this.layer = layer;
        this.batch = batch;
        this.directions = directions;
        this.in = layer.fanIn();
        this.out = layer.fanOut();
        this.current = new float[batch * out];
        this.currentTangent = new float[directions * batch * out];
        this.neurons = new NeuronTangent(layer.neuronModel(), layer.neuronValues(), layer.spikeFunction(), derivative,
                batch, out, directions);
    }

    @Override
    public void step(int t, float[] x, int inOff, float[] inTangent, List<float[]> paramTangents) {
        if (t == 0) neurons.reset();
        if (inputSum != null) {
            if (t == 0) Arrays.fill(inputSum, 0f);
            for (int i = 0; i < inputSum.length; i++) inputSum[i] += x[inOff + i];
        }
        final Kernels k = Kernels.get();
        final float[] w = layer.weights().value;
        final Param bias = layer.bias();
        final float[] dw = paramTangents.isEmpty() ? null : paramTangents.get(0);
        final float[] db = bias == null || paramTangents.size() < 2 ? null : paramTangents.get(1);
        final int per = batch * out;
        for (int b = 0; b < batch; b++) {
            final int row = b * out;
            if (bias != null) System.arraycopy(bias.value, 0, current, row, out);
            else Arrays.fill(current, row, row + out, 0f);
            final int xRow = inOff + b * in;
            for (int i = 0; i < in; i++) {
                final float v = x[xRow + i];
                if (v != 0f) k.axpy(current, row, v, w, i * out, out);
            }
        }
        for (int d = 0; d < directions; d++) {
            final int dBase = d * per;
            for (int b = 0; b < batch; b++) {
                final int row = dBase + b * out;
                if (db != null) System.arraycopy(db, d * out, currentTangent, row, out);
                else Arrays.fill(currentTangent, row, row + out, 0f);
                final int xRow = inOff + b * in;
                if (dw != null) {
                    final int wBase = d * in * out;
                    for (int i = 0; i < in; i++) {
                        final float v = x[xRow + i];
                        if (v != 0f) k.axpy(currentTangent, row, v, dw, wBase + i * out, out);
                    }
                }
                if (inTangent != null) {
                    final int tRow = (d * batch + b) * in;
                    for (int i = 0; i < in; i++) {
                        final float v = inTangent[tRow + i];
                        if (v != 0f) k.axpy(currentTangent, row, v, w, i * out, out);
                    }
                }
            }
        }
        neurons.step(t, current, currentTangent);
    }

    @Override
    public float[] output() {
        return neurons.spikes;
    }

    @Override
    public float[] outputTangent() {
        return neurons.spikeTangent;
    }

    @Override
    public float[] membrane() {
        return neurons.mem;
    }

    @Override
    public float[] membraneTangent() {
        return neurons.memTangent;
    }

    @Override
    public void sumInputs() {
        if (inputSum == null) inputSum = new float[batch * in];
    }

    @Override
    public void inputSums(List<float[]> out) {
        out.add(inputSum);
    }

    @Override
    public long bytesHeld() {
        return 4L * (current.length + currentTangent.length + (inputSum == null ? 0 : inputSum.length)) + neurons.bytesHeld();
    }
}
