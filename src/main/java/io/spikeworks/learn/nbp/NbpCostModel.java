package io.spikeworks.learn.nbp;

import java.util.List;

/**
 * What the gated training circuit does for one sample, computed from the sample's unit counts
 * ({@link NbpActivity}) instead of simulating the 12 steps, so the fast route reports the same counters as the
 * neuron-level circuit (the tests check they agree sample by sample). Fan-outs are read from the circuit's own
 * (guarded) wiring, in which no neuron spikes outside its phase.
 */
public final class NbpCostModel {
    private final List<String> names;
    private final long[] fanOut;
    private final int neurons;
    private final int[] index;
    private final List<String> inferenceNames;
    private final long[] inferenceFanOut;
    private final int inferenceNeurons;
    /** Training populations that are gating neurons (one spike per sample each). */
    private final int[] gates;
    /** Per inference population: 0 a gate (one spike), 1 x, 2 h, 3 o; worked out once, not per sample. */
    private final int[] inferenceRole;
    private static final String[] POPS = {"x", "m_x", "h", "h<", "h>", "m_h", "c_h", "h1T", "o", "o<", "o>", "t",
            "d2+", "d2-", "oT-"};

    public NbpCostModel(int nIn, int nHid, int nOut) {
        GatedNbpCircuit.Topology t = GatedNbpCircuit.trainingTopology(nIn, nHid, nOut, NbpWiring.GUARDED);
        names = t.pops.stream().map(CircuitPopulation::name).toList();
        fanOut = new long[names.size()];
        for (int p = 0; p < fanOut.length; p++) fanOut[p] = GatedCircuit.fanOut(t.pops, t.conns, p);
        neurons = t.pops.stream().mapToInt(CircuitPopulation::size).sum();
        index = new int[POPS.length];
        for (int i = 0; i < POPS.length; i++) index[i] = t.index(POPS[i]);
        GatedNbpCircuit.Topology inf = GatedNbpCircuit.inferenceTopology(nIn, nHid, nOut);
        inferenceNames = inf.pops.stream().map(CircuitPopulation::name).toList();
        inferenceFanOut = new long[inferenceNames.size()];
        for (int p = 0; p < inferenceFanOut.length; p++) inferenceFanOut[p] = GatedCircuit.fanOut(inf.pops, inf.conns, p);
        inferenceNeurons = inf.pops.stream().mapToInt(CircuitPopulation::size).sum();
        gates = java.util.stream.IntStream.range(0, names.size()).filter(p -> SynfireGateChain.isGate(names.get(p))).toArray();
        inferenceRole = new int[inferenceNames.size()];
        for (int p = 0; p < inferenceRole.length; p++) {
            String n = inferenceNames.get(p);
            inferenceRole[p] = n.equals("x") ? 1 : n.equals("h") ? 2 : n.equals("o") ? 3 : 0;
        }
    }

    /** Zero counters over the inference circuit's populations (g00 … g03, x, h, o). */
    public NbpCounters zeroInference() {
        return NbpCounters.zero(inferenceNames);
    }

    /**
     * Adds one inference sample (4 steps) with {@code x} active inputs, {@code h} hidden and {@code o} output
     * spikes to {@code into}.
     */
    public void addInferenceSample(int x, int h, int o, NbpCounters into) {
        long events = x; // spike-generator inputs into x
        for (int p = 0; p < inferenceRole.length; p++) {
            long spikes = switch (inferenceRole[p]) {
                case 1 -> x;
                case 2 -> h;
                case 3 -> o;
                default -> 1;
            };
            into.addSpikes(p, spikes);
            events += spikes * inferenceFanOut[p];
        }
        into.add(events, 0, 4L * inferenceNeurons, 4);
    }

    /** Zero counters over the training circuit's populations. */
    public NbpCounters zero() {
        return NbpCounters.zero(names);
    }

    /** Neurons (compartments) of the training circuit, gates included. */
    public int neurons() {
        return neurons;
    }

    /** Adds one training sample (12 steps) to {@code into}. */
    public void addTrainingSample(NbpActivity a, NbpCounters into) {
        long d1 = a.d1Plus + a.d1Minus;
        long d2 = a.d2Plus + a.d2Minus;
        long[] s = {
                3L * a.x,                      // x: input (1), replay for W1 potentiation (7) and depression (11)
                a.x,                           // m_x: stores x (6)
                3L * a.h + d1,                 // h: forward (2), replays (5, 9), d1+ (7), d1− (11)
                a.hLower + d1,                 // h<: forward (2), d1± (7, 11)
                a.hUpper + d1,                 // h>
                a.h,                           // m_h: stores h (3)
                a.hDerivative,                 // c_h: f'(a_h) (6)
                2L * a.h + a.backPlus + a.backMinus, // h1T: h (5, 9), sign of W2·d2 (6, 10)
                a.o + d2,                      // o: forward (3), d2+ (5), d2− (9)
                a.oLower + d2,                 // o<
                a.oUpper + d2,                 // o>
                a.target,                      // t (3)
                a.d2Plus,                      // d2+ (4)
                a.d2Minus,                     // d2− (4)
                d2                             // oT−: d2− (5), d2+ (9)
        };
        long events = a.x + a.target; // spike-generator inputs into x and t
        for (int i = 0; i < s.length; i++) {
            into.addSpikes(index[i], s[i]);
            events += s[i] * fanOut[index[i]];
        }
        for (int p : gates) {
            into.addSpikes(p, 1);
            events += fanOut[p];
        }
        // coincidences: W1 ×3 copies at 7 and 11 (x with d1±), W2 ×3 copies and ±W2ᵀ at 5 and 9 (h with d2±)
        long plastic = 3L * a.x * d1 + 5L * a.h * d2;
        into.add(events, plastic, 12L * neurons, 12);
    }
}
