package io.spikeworks.nir;

import io.spikeworks.sim.EngineCounters;
import io.spikeworks.sim.Layer;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.SpikingLayer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs a network from rest on one sample of given input spikes and records every spiking layer's spikes, both in
 * NIR's layout ([t][…] with C×H×W channels first), so the result can be compared with other simulators'.
 */
public final class SpikeRun {
    private SpikeRun() {}

    /**
     * @param input steps × the network's input size, 0/1, row t = step t, NIR order
     * @return spikes by layer name, steps × the layer's size, NIR order
     */
    public static Map<String, byte[]> record(Network net, byte[] input, int steps) {
        int[] inShape = net.inputShape();
        int in = net.inputSize();
        if (input.length != (long) steps * in)
            throw new IllegalArgumentException("input holds " + input.length + " values, need " + steps + " steps × " + in);
        float[] x = new float[steps * in];
        boolean binary = true;
        for (int t = 0; t < steps; t++) {
            for (int i = 0; i < in; i++) {
                byte v = input[t * in + i];
                if (v != 0 && v != 1) binary = false;
                x[t * in + NirLayout.engineIndex(inShape, i)] = v;
            }
        }
        net.forward(x, binary, 1, steps, new float[net.outputSize()], new EngineCounters());
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (Layer l : net.layers()) {
            if (!(l instanceof SpikingLayer s)) continue;
            int[] shape = s.outputShape();
            int n = s.outputSize();
            float[] spikes = s.output();
            byte[] rec = new byte[steps * n];
            for (int t = 0; t < steps; t++)
                for (int i = 0; i < n; i++) rec[t * n + i] = (byte) (spikes[t * n + NirLayout.engineIndex(shape, i)] != 0 ? 1 : 0);
            out.put(s.name(), rec);
        }
        return out;
    }
}
