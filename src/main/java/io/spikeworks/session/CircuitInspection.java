package io.spikeworks.session;

import io.spikeworks.data.SampleSet;
import io.spikeworks.learn.nbp.CircuitRecord;
import io.spikeworks.learn.nbp.CircuitRecording;
import io.spikeworks.learn.nbp.GatedCircuit;
import io.spikeworks.learn.nbp.SynfireGateChain;
import io.spikeworks.sim.Shapes;

import java.util.ArrayList;
import java.util.List;

/**
 * A sample inspected through a rule's own neuron-level circuit (nBP) rather than the network, which such a rule never
 * runs: one training cycle from the weights as they stand, on a copy, every population a layer. The input population
 * x is the "input" (its spikes only, as the network's input has no membranes), then every other population in the
 * circuit's order, the one-neuron gates g00… last as one layer "gates"; membranes in Loihi weight units against the
 * circuit's threshold, and each step named by its phase. Worker-confined, like {@link SampleInspector}.
 */
final class CircuitInspection {
    static final String INPUT_POPULATION = "x";
    static final String GATES = "gates";

    private CircuitInspection() {}

    static SampleInspection inspect(CircuitRecording rule, long iteration, SampleSet data, DataSplit split, int index) {
        if (index < 0 || index >= data.size())
            throw new IndexOutOfBoundsException("sample " + index + " of " + data.size() + " in the " + split + " set");
        float[] x = new float[Shapes.size(data.sampleShape())];
        data.copySample(index, x, 0);
        int label = data.label(index);
        return of(rule.recordCycle(x, label), split, index, label, data.sampleShape(), iteration);
    }

    static SampleInspection of(CircuitRecord r, DataSplit split, int index, int label, int[] sampleShape, long iteration) {
        int steps = r.steps();
        List<String> gates = new ArrayList<>();
        List<InspectedLayer> layers = new ArrayList<>();
        for (String p : inOrder(r.populations())) {
            if (SynfireGateChain.isGate(p)) {
                gates.add(p);
                continue;
            }
            boolean input = p.equals(INPUT_POPULATION);
            int n = r.size(p);
            float[] spikes = new float[steps * n];
            float[] membranes = input ? null : new float[steps * n];
            for (int t = 0; t < steps; t++)
                for (int i = 0; i < n; i++) {
                    spikes[t * n + i] = r.spiked(t, p, i) ? 1f : 0f;
                    if (!input) membranes[t * n + i] = r.membrane(t, p, i);
                }
            int[] shape = input ? sampleShape : new int[]{n};
            if (input) layers.add(0, new InspectedLayer("input", shape, n, steps, spikes, null));
            else layers.add(new InspectedLayer(p, shape, n, steps, spikes, membranes, GatedCircuit.THRESHOLD));
        }
        int g = gates.size();
        float[] gateSpikes = new float[steps * g];
        float[] gateMembranes = new float[steps * g];
        for (int t = 0; t < steps; t++)
            for (int k = 0; k < g; k++) {
                gateSpikes[t * g + k] = r.spiked(t, gates.get(k), 0) ? 1f : 0f;
                gateMembranes[t * g + k] = r.membrane(t, gates.get(k), 0);
            }
        layers.add(new InspectedLayer(GATES, new int[]{g}, g, steps, gateSpikes, gateMembranes, GatedCircuit.THRESHOLD));
        float[] outputs = outputSpikes(r);
        List<String> names = new ArrayList<>();
        for (int t = 0; t < steps; t++) names.add(r.phaseName(t));
        return new SampleInspection(split, index, label, firstSpike(outputs), steps, iteration, layers, outputs, names);
    }

    /**
     * The network's path first, so the hidden layer h is the one whose membranes slow motion follows: h and its
     * derivative copies, the outputs, the target and the errors; then the relays and transposed copies in the
     * circuit's order.
     */
    private static List<String> inOrder(List<String> populations) {
        List<String> order = new ArrayList<>();
        for (String p : FIRST) if (populations.contains(p)) order.add(p);
        for (String p : populations) if (!order.contains(p)) order.add(p);
        return order;
    }

    private static final List<String> FIRST = List.of(INPUT_POPULATION, "h", "h<", "h>", "o", "o<", "o>", "t", "d2+", "d2-");

    /** The output population's spikes in the output phase (cycle step 3): the circuit's answer before it learns. */
    private static float[] outputSpikes(CircuitRecord r) {
        float[] out = new float[r.size("o")];
        for (int t = 0; t < r.steps(); t++) {
            if (r.cycleStep(t) != 3) continue;
            for (int k = 0; k < out.length; k++) out[k] = r.spiked(t, "o", k) ? 1f : 0f;
        }
        return out;
    }

    /** nBP's spike read-out: the first output that spiked, class 0 when none did. */
    private static int firstSpike(float[] outputs) {
        for (int k = 0; k < outputs.length; k++) if (outputs[k] > 0) return k;
        return 0;
    }
}
