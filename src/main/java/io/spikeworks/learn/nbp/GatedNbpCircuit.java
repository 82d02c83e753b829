package io.spikeworks.learn.nbp;

import java.util.ArrayList;
import java.util.List;

import static io.spikeworks.learn.nbp.CircuitConnection.Kind.DENSE;
import static io.spikeworks.learn.nbp.CircuitConnection.Kind.FROM_ONE;
import static io.spikeworks.learn.nbp.CircuitConnection.Kind.ONE_TO_ONE;
import static io.spikeworks.learn.nbp.CircuitPopulation.steps;

/**
 * nBP as a circuit of neurons, wired as the authors' Loihi network ({@code network_topology_2layer.py},
 * {@code network_parameters_2layer_MNIST.py}): a 12-neuron synfire gate chain, the populations x, h, h<, h>, o,
 * o<, o>, t, d2+, d2−, the backprop population h1T, the −W2ᵀ driver oT−, the memories m_x and m_h, the derivative
 * gate c_h, and eight plastic matrices: W1 into h, h<, h>; W2 into o, o<, o>; +W2ᵀ (o → h1T) and −W2ᵀ (oT− → h1T).
 * Every copy learns only from its own pre/post coincidences; nothing is ever copied between them.
 *
 * <p>Weights (Loihi weight units): bias −8192, threshold 1024; a gate adds 8704 (= 8192 + 512), so a gated neuron
 * spikes when its synaptic input exceeds 512; the h</o< copies get another 512 (spike when input > 0); the
 * h>/o> copies get 8193 instead of 8704 (spike when input > 1023, i.e. ≥ 1024 with even weights, as the authors'
 * NumPy reference; their chip value 8192 would need ≥ 1026, a one-LSB difference at a = 1024 only); one-to-one
 * relays are ±520; inhibiting gates −8128. By default two inhibitions the authors left commented out are restored
 * (see {@link NbpWiring}).
 */
public final class GatedNbpCircuit {
    static final int W_RELAY = 520;
    static final int W_GATE = 8192 + 512;
    static final int W_GATE_LOWER = 512;
    static final int W_GATE_UPPER = 8192 + 1;
    static final int W_INHIBIT = -254 * 32;
    /** Coincidences at these cycle steps potentiate (reward spikes at 6 and 8 apply to the step before). */
    static final int POTENTIATION = steps(5, 7);

    /** Matrix indices. */
    public static final int W1_H = 0, W1_H_LOWER = 1, W1_H_UPPER = 2, W2_O = 3, W2_O_LOWER = 4, W2_O_UPPER = 5,
            W2T_PLUS = 6, W2T_MINUS = 7;

    private final int nIn, nHid, nOut;
    private final boolean training;
    private final Topology topology;
    private final int[][] matrices;
    private final GatedCircuit circuit;
    private boolean recordNext;
    private CircuitRecord lastRecord;

    private GatedNbpCircuit(NbpWeights init, boolean training, NbpWiring wiring) {
        nIn = init.nIn();
        nHid = init.nHid();
        nOut = init.nOut();
        this.training = training;
        topology = training ? trainingTopology(nIn, nHid, nOut, wiring) : inferenceTopology(nIn, nHid, nOut);
        int[] w1 = init.w1Copy();
        int[] w2 = init.w2Copy();
        int[] w2t = new int[nOut * nHid];
        for (int j = 0; j < nHid; j++) for (int k = 0; k < nOut; k++) w2t[k * nHid + j] = w2[j * nOut + k];
        int[] w2tMinus = new int[w2t.length];
        for (int i = 0; i < w2t.length; i++) w2tMinus[i] = -w2t[i];
        matrices = training
                ? new int[][]{w1, w1.clone(), w1.clone(), w2, w2.clone(), w2.clone(), w2t, w2tMinus}
                : new int[][]{w1, null, null, w2};
        circuit = new GatedCircuit(topology.pops, topology.conns, matrices, training, topology.cycle, POTENTIATION);
        // the start spike sets the gate chain going: g00 fires at absolute step 0 (cycle step cycle − 1)
        circuit.inject(topology.index("g00"), 0, SynfireGateChain.CHAIN_WEIGHT);
        circuit.step();
    }

    /** The 12-step training circuit starting from these weights (all copies equal to them), guarded wiring. */
    public static GatedNbpCircuit training(NbpWeights init) {
        return training(init, NbpWiring.GUARDED);
    }

    /** The 12-step training circuit with the chosen wiring (see {@link NbpWiring}). */
    public static GatedNbpCircuit training(NbpWeights init, NbpWiring wiring) {
        return new GatedNbpCircuit(init, true, wiring);
    }

    /** The 4-step inference circuit (x, h, o and four gates) with these fixed weights. */
    public static GatedNbpCircuit inference(NbpWeights weights) {
        return new GatedNbpCircuit(weights, false, NbpWiring.GUARDED);
    }

    /** Steps per sample: 12 when training, 4 for inference. */
    public int stepsPerSample() {
        return topology.cycle;
    }

    /**
     * Runs one sample through the whole cycle (cycle steps 0 … 11, or 0 … 3): the input generator drives x at step
     * 1, the target generator drives t at step 3.
     *
     * @param x     0/1 per input
     * @param label the target class (ignored by the inference circuit)
     * @return the output net input a_o read from o's membrane at cycle step 3 (v − 512)
     */
    public int[] runSample(int[] x, int label) {
        if (x.length != nIn) throw new IllegalArgumentException("sample has " + x.length + " inputs, the circuit " + nIn);
        if (circuit.cycleStep() != 0) throw new IllegalStateException("not at the start of a cycle: " + circuit.cycleStep());
        int xPop = topology.index("x");
        int oPop = topology.index("o");
        int[] aO = new int[nOut];
        if (recordNext) circuit.startRecording(training ? SynfireGateChain.TRAINING_PHASES : SynfireGateChain.INFERENCE_PHASES);
        for (int c = 0; c < topology.cycle; c++) {
            if (c == 1) for (int i = 0; i < nIn; i++) if (x[i] != 0) circuit.inject(xPop, i, W_RELAY);
            if (c == 3 && training && label >= 0 && label < nOut) circuit.inject(topology.index("t"), label, W_RELAY);
            circuit.step();
            if (c == 3) for (int k = 0; k < nOut; k++) aO[k] = circuit.membrane(oPop, k) - GatedCircuit.BIAS - W_GATE;
        }
        if (recordNext) lastRecord = circuit.stopRecording();
        recordNext = false;
        return aO;
    }

    /**
     * The per-step record of one training sample run from a snapshot of the weights (all copies equal to it), for
     * the raster and membrane views while the fast route trains: nothing outside is changed.
     */
    public static CircuitRecord recordOneSample(NbpWeights weights, int[] x, int label) {
        return runRecorded(weights, x, label).lastRecord();
    }

    /**
     * A training circuit built from a snapshot of the weights (all copies equal to it) after it ran and learned one
     * recorded sample: its {@link #lastRecord()}, {@link #mirrorDifferences()} and learned {@link #weights()}.
     */
    public static GatedNbpCircuit runRecorded(NbpWeights weights, int[] x, int label) {
        GatedNbpCircuit c = training(weights);
        c.recordNextSample();
        c.runSample(x, label);
        return c;
    }

    /** Keeps the per-step record of the next sample (raster with gates and phase names, membrane traces). */
    public void recordNextSample() {
        recordNext = true;
    }

    /** The record of the last sample run after {@link #recordNextSample()}; null if none. */
    public CircuitRecord lastRecord() {
        return lastRecord;
    }

    /** W1 and W2 as the forward synapses (x → h, h → o) hold them. */
    public NbpWeights weights() {
        return new NbpWeights(nIn, nHid, nOut, matrices[W1_H].clone(), matrices[W2_O].clone());
    }

    /**
     * Null when every mirrored copy equals its original: W1 into h< and h> equals W1 into h, W2 into o< and o>
     * equals W2 into o, the +W2ᵀ copy equals W2ᵀ and the −W2ᵀ copy equals −W2ᵀ. Otherwise the first difference.
     */
    public String mirrorMismatch() {
        if (!training) return null;
        int[] w1 = matrices[W1_H];
        int[] w2 = matrices[W2_O];
        for (int m : new int[]{W1_H_LOWER, W1_H_UPPER})
            for (int i = 0; i < w1.length; i++)
                if (matrices[m][i] != w1[i]) return "W1 copy " + m + " [" + i / nHid + "][" + i % nHid + "]: " + matrices[m][i] + " vs " + w1[i];
        for (int m : new int[]{W2_O_LOWER, W2_O_UPPER})
            for (int i = 0; i < w2.length; i++)
                if (matrices[m][i] != w2[i]) return "W2 copy " + m + " [" + i / nOut + "][" + i % nOut + "]: " + matrices[m][i] + " vs " + w2[i];
        for (int j = 0; j < nHid; j++)
            for (int k = 0; k < nOut; k++) {
                int w = w2[j * nOut + k];
                if (matrices[W2T_PLUS][k * nHid + j] != w) return "+W2ᵀ[" + k + "][" + j + "] = " + matrices[W2T_PLUS][k * nHid + j] + ", W2 = " + w;
                if (matrices[W2T_MINUS][k * nHid + j] != -w) return "−W2ᵀ[" + k + "][" + j + "] = " + matrices[W2T_MINUS][k * nHid + j] + ", W2 = " + w;
            }
        return null;
    }

    /** The largest difference of each mirrored copy from what it mirrors (all zero with exact mirrors). */
    public MirrorCheck mirrorDifferences() {
        if (!training) return MirrorCheck.EXACT;
        int[] w1 = matrices[W1_H];
        int[] w2 = matrices[W2_O];
        int plus = 0, minus = 0;
        for (int j = 0; j < nHid; j++)
            for (int k = 0; k < nOut; k++) {
                int w = w2[j * nOut + k];
                plus = Math.max(plus, Math.abs(w - matrices[W2T_PLUS][k * nHid + j]));
                minus = Math.max(minus, Math.abs(w + matrices[W2T_MINUS][k * nHid + j]));
            }
        return new MirrorCheck(maxAbsDifference(w1, matrices[W1_H_LOWER]), maxAbsDifference(w1, matrices[W1_H_UPPER]),
                maxAbsDifference(w2, matrices[W2_O_LOWER]), maxAbsDifference(w2, matrices[W2_O_UPPER]), plus, minus);
    }

    /** max |a[i] − b[i]| over two arrays of one length. */
    static int maxAbsDifference(int[] a, int[] b) {
        int m = 0;
        for (int i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
        return m;
    }

    /** What the circuit did since it was built (the start step included). */
    public NbpCounters counters() {
        return circuit.counters();
    }

    /** Spikes of the named population outside its gated phases so far (0 with the guarded wiring). */
    public long unscheduledSpikes(String population) {
        return circuit.unscheduledSpikes(topology.index(population));
    }

    /** Population names in the circuit's order (gates first). */
    public List<String> populationNames() {
        return topology.pops.stream().map(CircuitPopulation::name).toList();
    }

    /** Synapses one spike of the population is delivered through. */
    public long fanOut(String population) {
        return GatedCircuit.fanOut(topology.pops, topology.conns, topology.index(population));
    }

    /** Total neurons (compartments), gates included. */
    public int neurons() {
        return circuit.neurons();
    }

    // ---- topology -------------------------------------------------------------------------------------------

    static final class Topology {
        final List<CircuitPopulation> pops = new ArrayList<>();
        final List<CircuitConnection> conns = new ArrayList<>();
        final int cycle;

        Topology(int cycle) {
            this.cycle = cycle;
            for (int k = 0; k < cycle; k++)
                pops.add(new CircuitPopulation(SynfireGateChain.gateName(k), 1, 0, 1,
                        steps(SynfireGateChain.firingStep(k, cycle))));
            for (int k = 0; k < cycle; k++)
                link(SynfireGateChain.gateName(k), SynfireGateChain.gateName((k + 1) % cycle), ONE_TO_ONE,
                        SynfireGateChain.CHAIN_WEIGHT, 0, -1);
        }

        void pop(String name, int size, int refractory, int scheduled) {
            pops.add(new CircuitPopulation(name, size, GatedCircuit.BIAS, refractory, scheduled));
        }

        int index(String name) {
            for (int i = 0; i < pops.size(); i++) if (pops.get(i).name().equals(name)) return i;
            throw new IllegalArgumentException("no population " + name);
        }

        void link(String pre, String post, CircuitConnection.Kind kind, int weight, int delay, int matrix) {
            conns.add(new CircuitConnection(index(pre), index(post), kind, weight, delay, matrix, pre + "→" + post));
        }

        void relay(String pre, String post, int weight, int delay) {
            link(pre, post, ONE_TO_ONE, weight, delay, -1);
        }

        void gate(int gate, String post, int weight) {
            link(SynfireGateChain.gateName(gate), post, FROM_ONE, weight, 0, -1);
        }
    }

    static Topology trainingTopology(int nIn, int nHid, int nOut, NbpWiring wiring) {
        Topology t = new Topology(12);
        t.pop("x", nIn, 2, steps(1, 7, 11));
        t.pop("m_x", nIn, 2, steps(6));
        t.pop("h", nHid, 2, steps(2, 5, 7, 9, 11));
        t.pop("h<", nHid, 2, steps(2, 7, 11));
        t.pop("h>", nHid, 2, steps(2, 7, 11));
        t.pop("m_h", nHid, 2, steps(3));
        t.pop("c_h", nHid, 2, steps(6));
        t.pop("h1T", nHid, 1, steps(5, 6, 9, 10));
        t.pop("o", nOut, 2, steps(3, 5, 9));
        t.pop("o<", nOut, 2, steps(3, 5, 9));
        t.pop("o>", nOut, 2, steps(3, 5, 9));
        t.pop("t", nOut, 2, steps(3));
        t.pop("d2+", nOut, 2, steps(4));
        t.pop("d2-", nOut, 2, steps(4));
        t.pop("oT-", nOut, 2, steps(5, 9));
        // memories: x is replayed at 7 and 11, h at 5 and 9
        t.relay("x", "m_x", W_RELAY, 4);
        t.relay("h", "m_h", W_RELAY, 0);
        // forward, through every copy
        t.link("x", "h", DENSE, 0, 0, W1_H);
        t.link("x", "h<", DENSE, 0, 0, W1_H_LOWER);
        t.link("x", "h>", DENSE, 0, 0, W1_H_UPPER);
        t.link("h", "o", DENSE, 0, 0, W2_O);
        t.link("h", "o<", DENSE, 0, 0, W2_O_LOWER);
        t.link("h", "o>", DENSE, 0, 0, W2_O_UPPER);
        // errors: o< opens d2±; d2+ = t ∧ ¬o, d2− = o ∧ ¬t ∧ ¬o>
        t.relay("o<", "d2-", W_GATE, 0);
        t.relay("o<", "d2+", W_GATE, 0);
        t.relay("o>", "d2-", -W_RELAY, 0);
        t.relay("o", "d2-", W_RELAY, 0);
        t.relay("t", "d2-", -W_RELAY, 0);
        t.relay("t", "d2+", W_RELAY, 0);
        t.relay("o", "d2+", -W_RELAY, 0);
        // errors drive the outputs (all copies) and oT−: d2+ at 5 (potentiation), d2− at 9 (depression), and
        // the other way round for oT− (it holds −W2ᵀ)
        for (String o : new String[]{"o", "o<", "o>"}) {
            t.relay("d2-", o, W_RELAY, 4);
            t.relay("d2+", o, W_RELAY, 0);
        }
        t.relay("d2-", "oT-", W_RELAY, 0);
        t.relay("d2+", "oT-", W_RELAY, 4);
        // h replayed from memory into h and h1T at 5 and 9
        t.relay("m_h", "h", W_RELAY, 1);
        t.relay("m_h", "h1T", W_RELAY, 1);
        t.relay("m_h", "h", W_RELAY, 5);
        t.relay("m_h", "h1T", W_RELAY, 5);
        // backprop through the mirrored transposes
        t.link("o", "h1T", DENSE, 0, 0, W2T_PLUS);
        t.link("oT-", "h1T", DENSE, 0, 0, W2T_MINUS);
        // d1 into h (all copies), gated by c_h = f'(a_h); x replayed from memory at 7 and 11
        for (String h : new String[]{"h", "h<", "h>"}) {
            t.relay("h1T", h, W_RELAY, 0);
            t.relay("c_h", h, W_GATE, 0);
            t.relay("c_h", h, W_GATE, 4);
        }
        t.relay("m_x", "x", W_RELAY, 0);
        t.relay("m_x", "x", W_RELAY, 4);
        t.relay("h<", "c_h", W_RELAY, 3);
        t.relay("h>", "c_h", -W_RELAY, 3);
        // the gates
        t.gate(0, "o", W_INHIBIT);
        t.gate(0, "o<", W_INHIBIT);
        t.gate(0, "o>", W_INHIBIT);
        t.gate(1, "x", W_GATE);
        t.gate(2, "h", W_GATE);
        t.gate(2, "h<", W_GATE_LOWER);
        t.gate(2, "h<", W_GATE);
        t.gate(2, "h>", W_GATE_UPPER);
        t.gate(3, "m_h", W_GATE);
        t.gate(3, "o", W_GATE);
        t.gate(3, "o<", W_GATE_LOWER);
        t.gate(3, "o<", W_GATE);
        t.gate(3, "o>", W_GATE_UPPER);
        t.gate(3, "t", W_GATE);
        t.gate(4, "h1T", W_INHIBIT);
        t.gate(4, "oT-", W_INHIBIT);
        for (String p : new String[]{"h", "h1T", "oT-", "o", "o<", "o>"}) t.gate(5, p, W_GATE);
        t.gate(6, "m_x", W_GATE);
        t.gate(6, "h1T", W_GATE_LOWER);
        t.gate(6, "h1T", W_GATE);
        t.gate(6, "c_h", W_GATE);
        for (String p : new String[]{"o", "o<", "o>"}) t.gate(6, p, W_INHIBIT);
        t.gate(7, "x", W_GATE);
        for (String p : new String[]{"h", "h<", "h>"}) t.gate(8, p, W_INHIBIT);
        for (String p : new String[]{"h", "h1T", "o", "o<", "o>", "oT-"}) t.gate(9, p, W_GATE);
        t.gate(10, "h1T", W_GATE_LOWER);
        t.gate(10, "h1T", W_GATE);
        for (String p : new String[]{"o", "o<", "o>"}) t.gate(10, p, W_INHIBIT);
        t.gate(11, "x", W_GATE);
        if (wiring == NbpWiring.GUARDED) {
            for (String p : new String[]{"h", "h<", "h>"}) t.gate(0, p, W_INHIBIT);
            for (String p : new String[]{"o", "o<", "o>"}) t.gate(8, p, W_INHIBIT);
        }
        return t;
    }

    static Topology inferenceTopology(int nIn, int nHid, int nOut) {
        Topology t = new Topology(4);
        t.pop("x", nIn, 2, steps(1));
        t.pop("h", nHid, 2, steps(2));
        t.pop("o", nOut, 2, steps(3));
        t.link("x", "h", DENSE, 0, 0, W1_H);
        t.link("h", "o", DENSE, 0, 0, W2_O);
        t.gate(1, "x", W_GATE);
        t.gate(2, "h", W_GATE);
        t.gate(3, "o", W_GATE);
        return t;
    }
}
