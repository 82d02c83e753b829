package io.spikeworks.sim;

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
                + "dense layers only; train this network with bptt or weight-perturbation";
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
        for (int t = 0; t < steps; t++) {
            float[] x = input;
            int off = t * batch * in;
            float[] dx = null;
            TangentStepper last = null;
            for (int li = 0; li < steppers.size(); li++) {
                TangentStepper s = steppers.get(li);
                s.step(t, x, off, dx, paramTangents.get(li));
                x = s.output();
                off = 0;
                dx = s.outputTangent();
                last = s;
            }
            readout.add(t, steps, last.output(), last.outputTangent(), last.membrane(), last.membraneTangent());
        }
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
