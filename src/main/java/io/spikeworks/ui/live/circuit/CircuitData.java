package io.spikeworks.ui.live.circuit;

import io.spikeworks.learn.nbp.CircuitRecord;
import io.spikeworks.learn.nbp.CircuitSample;
import io.spikeworks.learn.nbp.MirrorCheck;
import io.spikeworks.learn.nbp.SynfireGateChain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the gated-circuit card shows of one recorded training sample, without JavaFX: one band per population (the
 * twelve one-neuron gates g00…g11 joined into a band of their own, first), each with its spikes and membranes per
 * step; the phase name of every step; a few membrane traces picked to follow the sample through the phases; and the
 * mirrored-copy check. Immutable.
 *
 * @param version         increases with every new recording
 * @param samplesTrained  samples the rule had trained on when it recorded this one
 * @param label           the sample's class
 * @param phases          phase name per step ("5 W2 potentiation")
 * @param bands           the gate band, then every other population in the circuit's order
 * @param traces          membranes of a few neurons across the steps
 * @param mirror          the mirrored copies after the sample
 * @param engineDifference max |W_circuit − W_engine| after both learned the sample
 * @param checks          recordings checked so far in the run
 * @param worstEver       the largest difference any of them found
 * @param warnings        the run's warnings (an output unit that can no longer learn), empty if none
 */
public record CircuitData(long version, long samplesTrained, int label, List<String> phases, List<Band> bands,
                          List<Trace> traces, MirrorCheck mirror, int engineDifference, long checks, int worstEver,
                          List<String> warnings) {
    /** Name of the band holding the gate chain. */
    public static final String GATES = "gates";
    /** A neuron spikes when its membrane v (input + bias) exceeds this (Loihi weight units). */
    public static final int THRESHOLD = io.spikeworks.learn.nbp.GatedCircuit.THRESHOLD;

    public CircuitData {
        phases = List.copyOf(phases);
        bands = List.copyOf(bands);
        traces = List.copyOf(traces);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(mirror, "mirror");
    }

    /**
     * One population: {@code steps × size} spike flags and membranes, [t·size + n].
     *
     * @param neuronNames names of single neurons (the gates' g00…), empty for an ordinary population
     */
    public record Band(String name, int size, int steps, byte[] spikes, int[] membranes, List<String> neuronNames) {
        public Band {
            if (spikes.length != size * steps || membranes.length != size * steps)
                throw new IllegalArgumentException(name + ": expected " + size * steps + " entries");
            neuronNames = List.copyOf(neuronNames);
        }

        public boolean spike(int t, int n) {
            return spikes[t * size + n] != 0;
        }

        public int membrane(int t, int n) {
            return membranes[t * size + n];
        }

        /** Neurons of the band that spiked at step t. */
        public int spikeCount(int t) {
            int c = 0;
            for (int n = 0; n < size; n++) c += spikes[t * size + n];
            return c;
        }

        /** A neuron's name: the gate's own, else "h 17". */
        public String neuronName(int n) {
            return neuronNames.isEmpty() ? name + " " + n : neuronNames.get(n);
        }
    }

    /** The membrane of one neuron at every step, and whether it spiked. */
    public record Trace(String band, int neuron, String name, int[] membrane, boolean[] spiked) {}

    public int steps() {
        return phases.size();
    }

    public Band band(String name) {
        for (Band b : bands) if (b.name().equals(name)) return b;
        throw new IllegalArgumentException("no band '" + name + "'; there are " + bands.stream().map(Band::name).toList());
    }

    /** The steps at which gate k fired. */
    public List<Integer> gateSteps(int k) {
        Band g = band(GATES);
        List<Integer> at = new ArrayList<>();
        for (int t = 0; t < steps(); t++) if (g.spike(t, k)) at.add(t);
        return at;
    }

    /** Copies equal to what they mirror and the circuit equal to the fast engine. */
    public boolean exact() {
        return mirror.exact() && engineDifference == 0;
    }

    /** The six copy differences and the engine difference, as (what, max |difference|), in the order shown. */
    public List<Check> checkLines() {
        return List.of(new Check("W2ᵀ − (+copy)", mirror.w2tPlus()), new Check("W2ᵀ + (−copy)", mirror.w2tMinus()),
                new Check("W1 − h< copy", mirror.w1Lower()), new Check("W1 − h> copy", mirror.w1Upper()),
                new Check("W2 − o< copy", mirror.w2Lower()), new Check("W2 − o> copy", mirror.w2Upper()),
                new Check("circuit − engine", engineDifference));
    }

    public record Check(String what, int maxAbs) {}

    /** The view model of one recording. */
    public static CircuitData from(long version, CircuitSample s) {
        CircuitRecord r = s.record();
        int steps = r.steps();
        List<String> phases = new ArrayList<>();
        for (int t = 0; t < steps; t++) phases.add(r.phaseName(t));
        List<String> gates = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String p : r.populations()) (SynfireGateChain.isGate(p) ? gates : others).add(p);
        List<Band> bands = new ArrayList<>();
        if (!gates.isEmpty()) bands.add(band(r, GATES, gates, steps));
        for (String p : others) bands.add(band(r, p, List.of(p), steps));
        CircuitData without = new CircuitData(version, s.samplesTrained(), s.label(), phases, bands, List.of(),
                s.mirror(), s.engineDifference(), s.checks(), s.worstEver(), s.warnings());
        return new CircuitData(version, s.samplesTrained(), s.label(), phases, bands, pickTraces(without), s.mirror(),
                s.engineDifference(), s.checks(), s.worstEver(), s.warnings());
    }

    /** Populations side by side as one band; gates keep their names as neuron names. */
    private static Band band(CircuitRecord r, String name, List<String> pops, int steps) {
        int size = 0;
        for (String p : pops) size += r.size(p);
        byte[] spikes = new byte[size * steps];
        int[] v = new int[size * steps];
        int base = 0;
        for (String p : pops) {
            int n = r.size(p);
            for (int t = 0; t < steps; t++)
                for (int i = 0; i < n; i++) {
                    spikes[t * size + base + i] = (byte) (r.spiked(t, p, i) ? 1 : 0);
                    v[t * size + base + i] = r.membrane(t, p, i);
                }
            base += n;
        }
        return new Band(name, size, steps, spikes, v, pops.size() > 1 ? pops : List.of());
    }

    /**
     * The neurons followed through the phases: the gate that opens the hidden layer, a hidden unit active in the
     * forward pass (the first that spiked at the hidden phase) and its backprop neuron in h1T, and the output neuron
     * of the sample's class.
     */
    static List<Trace> pickTraces(CircuitData d) {
        List<Trace> out = new ArrayList<>();
        if (d.bands().stream().anyMatch(b -> b.name().equals(GATES))) out.add(trace(d.band(GATES), 2));
        int hiddenPhase = 2;
        if (has(d, "h")) {
            Band h = d.band("h");
            int j = 0;
            while (j < h.size() && !(hiddenPhase < d.steps() && h.spike(hiddenPhase, j))) j++;
            if (j == h.size()) j = 0;
            out.add(trace(h, j));
            if (has(d, "h1T")) out.add(trace(d.band("h1T"), j));
        }
        if (has(d, "o") && d.label() >= 0 && d.label() < d.band("o").size()) out.add(trace(d.band("o"), d.label()));
        return out;
    }

    private static boolean has(CircuitData d, String band) {
        return d.bands().stream().anyMatch(b -> b.name().equals(band));
    }

    private static Trace trace(Band b, int n) {
        int[] v = new int[b.steps()];
        boolean[] s = new boolean[b.steps()];
        for (int t = 0; t < b.steps(); t++) {
            v[t] = b.membrane(t, n);
            s[t] = b.spike(t, n);
        }
        return new Trace(b.name(), n, b.neuronName(n), v, s);
    }

    /** Name of gate k as the circuit calls it. */
    public static String gateName(int k) {
        return SynfireGateChain.gateName(k);
    }
}
