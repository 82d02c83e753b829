package io.spikeworks.sim;

import io.spikeworks.sim.neuron.SpikeDerivative;
import java.util.ArrayList;
import java.util.List;

/**
 * A forward-mode (tangent) pass through a whole network: every layer stepped in primal and tangent mode, step by
 * step through all layers, so nothing of earlier steps is kept (unlike BPTT, which holds every layer's history).
 * Gives the readout and, for each of D directions v in parameter space, its directional derivative dr·v.
 * Every layer must be a {@link TangentLayer}; the readout's values equal the engine's forward pass up to float
 * rounding (the same equations, summed by the plain route).
 */
public final class NetworkTangent {
    private final Network network;
    private final int batch;
    private final int directions;
    private final List<TangentStepper> steppers = new ArrayList<>();
    private final ReadoutTangent readout;

    /** @throws IllegalArgumentException naming the first layer that has no tangent step */
    public NetworkTangent(Network network, int batch, int directions, SpikeDerivative derivative) {
        if (directions < 1) throw new IllegalArgumentException("a tangent pass needs at least one direction, got " + directions);
        List<Layer> missing = unsupportedLayers(network);
        if (!missing.isEmpty()) throw new IllegalArgumentException(refusal(missing.get(0)));
        this.network = network;
        this.batch = batch;
        this.directions = directions;
        for (Layer l : network.layers()) steppers.add(((TangentLayer) l).tangentStepper(batch, directions, derivative));
        for (int li = 0; li < steppers.size() - 1; li++)
            if (steppers.get(li).outputsAtEnd())
                throw new IllegalArgumentException("layer '" + network.layers().get(li).name() + "' gives its output "
                        + "only at the end of the pass, so it must be the network's last layer in a tangent pass");
        this.readout = new ReadoutTangent(network.readout().kind(), batch, network.outputSize(), directions);
    }

    /** The layers that cannot run in tangent mode; empty when the whole network can. */
    public static List<Layer> unsupportedLayers(Network network) {
        List<Layer> out = new ArrayList<>();
        for (Layer l : network.layers()) if (!(l instanceof TangentLayer)) out.add(l);
        return out;
    }

    /** Why a layer without a tangent step stops a forward-gradient run, naming it. */
    public static String refusal(Layer l) {
        String kind = l instanceof Conv2dLayer ? "a convolution" : l instanceof PoolLayer ? "a pooling layer"
                : l.getClass().getSimpleName();
        return "layer '" + l.name() + "' (" + kind + ") has no forward-mode (tangent) step: forward gradients run "
                + "dense layers and DeepONet / SepONet only; train this network with bptt or weight-perturbation";
    }

    public int batch() {
        return batch;
    }

    public int directions() {
        return directions;
    }

    /**
     * Runs T steps from rest on input [t][b][features] (the engine's layout; it does not depend on the parameters).
     *
     * @param paramTangents per layer of the network, per parameter of that layer, the D directions (D × size,
     *                      direction-major) or null where the parameter does not move
     */
    public void run(float[] input, int steps, List<List<float[]>> paramTangents) {
        if (paramTangents.size() != steppers.size())
            throw new IllegalArgumentException(paramTangents.size() + " layers of directions for " + steppers.size() + " layers");
        int in = network.inputSize();
        if (input.length < (long) steps * batch * in)
            throw new IllegalArgumentException("input holds " + input.length + " values, need " + steps + "×" + batch + "×" + in);
        for (TangentStepper s : steppers) s.begin(steps);
        TangentStepper last = steppers.get(steppers.size() - 1);
        for (int t = 0; t < steps; t++) {
            float[] x = input;
            int off = t * batch * in;
            float[] dx = null;
            for (int li = 0; li < steppers.size(); li++) {
                TangentStepper s = steppers.get(li);
                s.step(t, x, off, dx, paramTangents.get(li));
                x = s.output();
                off = 0;
                dx = s.outputTangent();
            }
            if (!last.outputsAtEnd()) addToReadout(t, steps, last);
        }
        // a last layer whose outputs come at the end: computed now, then read step by step as the engine's readout does
        if (last.outputsAtEnd()) {
            last.finish();
            for (int t = 0; t < steps; t++) {
                last.replay(t);
                addToReadout(t, steps, last);
            }
        }
    }

    /**
     * Step t of T through every layer, then the readout's step t, for a network whose layers all give their outputs
     * at every step (a composite's stacks, stepped by the composite).
     */
    void step(int t, int steps, float[] input, int inOff, List<List<float[]>> paramTangents) {
        float[] x = input;
        int off = inOff;
        float[] dx = null;
        for (int li = 0; li < steppers.size(); li++) {
            TangentStepper s = steppers.get(li);
            if (s.outputsAtEnd()) throw new IllegalStateException("layer " + network.layers().get(li).name()
                    + " gives its outputs at the end of the pass; step the network with run");
            s.step(t, x, off, dx, paramTangents.get(li));
            x = s.output();
            off = 0;
            dx = s.outputTangent();
        }
        addToReadout(t, steps, steppers.get(steppers.size() - 1));
    }

    private void addToReadout(int t, int steps, TangentStepper last) {
        readout.add(t, steps, last.output(), last.outputTangent(), last.membrane(), last.membraneTangent());
    }

    /** From the next run on, every layer sums its input over the steps ({@link #inputSums}). */
    public void sumInputs() {
        for (TangentStepper s : steppers) s.sumInputs();
    }

    /**
     * Per spiking layer of the network ({@link Network#spikingLayers()} order), Σₜ of its input over the last run's
     * steps (b × fan-in), or null where the layer has no synaptic weights or inputs were not summed.
     */
    public List<float[]> inputSums() {
        List<float[]> out = new ArrayList<>();
        for (TangentStepper s : steppers) s.inputSums(out);
        return out;
    }

    /** The readout of the last run, b × outputs. */
    public float[] readout() {
        return readout.value;
    }

    /** Its tangents, D × b × outputs. */
    public float[] readoutTangent() {
        return readout.tangent;
    }

    /** Bytes the pass holds: one step of every layer's state with its D tangents, and the readout's. */
    public long bytesHeld() {
        long n = readout.bytesHeld();
        for (TangentStepper s : steppers) n += s.bytesHeld();
        return n;
    }
}
