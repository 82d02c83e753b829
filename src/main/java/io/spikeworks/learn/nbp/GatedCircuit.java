package io.spikeworks.learn.nbp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small exact simulator of memoryless Loihi compartments (τ_u = τ_v = 1) wired by {@link CircuitConnection}s,
 * with the Loihi learning rule nBP programs into every plastic synapse: dw = 4·x0·y0·r1 − 2·x0·y0, i.e. a pre and
 * a post spike in the same step change the weight by +2 when the reinforcement channel r1 is on and by −2
 * otherwise, then the weight is clipped to [−254, 254]. The authors send r1 at steps 6 and 8 of each cycle and
 * the learning engine applies it to the coincidences of the step before, so potentiation happens at cycle steps
 * 5 and 7 and every other coincidence depresses. Updates of step s are in place before the spikes of step s are
 * delivered at s + 1, so what is read through a plastic matrix at s + 1 is already updated.
 *
 * <p>Counts what really happens: spikes per population, synaptic events (each synapse a spike is delivered
 * through, fixed or plastic, plus spike-generator inputs), plastic updates (coincidences on plastic synapses,
 * clipped or not), neuron updates (every compartment every step) and unscheduled spikes.
 */
public final class GatedCircuit {
    /** Firing threshold: a neuron spikes when v > 1024. */
    public static final int THRESHOLD = 1024;
    /** The bias of every gated neuron. */
    public static final int BIAS = -8192;

    private final List<CircuitPopulation> pops;
    private final int[] offset;
    private final int neurons;
    private final CircuitConnection[][] outgoing; // per pre population
    private final List<CircuitConnection> dense;
    private final int[][] matrices;
    private final boolean learning;
    private final int cycle;
    private final int potentiationSteps;
    private final int slots;
    private final int[][] input; // ring of pending input per arrival step
    private final long[] refractoryEnd;
    private final int[] lastV; // membrane of every neuron at the last step
    private final int[][] spiked; // per population: indices that spiked this step
    private final int[] spikedCount;
    private long time;

    private final long[] spikesPerPopulation;
    private final long[] unscheduledPerPopulation;
    private long synapticEvents;
    private long plasticUpdates;
    private long neuronUpdates;
    private long unscheduledSpikes;
    private long steps;

    private CircuitRecord recording;

    /**
     * @param matrices          the weight matrices DENSE connections refer to (kept by reference: the circuit
     *                          changes them when learning)
     * @param potentiationSteps bit mask of the cycle steps whose coincidences potentiate
     */
    public GatedCircuit(List<CircuitPopulation> pops, List<CircuitConnection> connections, int[][] matrices,
                        boolean learning, int cycle, int potentiationSteps) {
        this.pops = List.copyOf(pops);
        this.matrices = matrices;
        this.learning = learning;
        this.cycle = cycle;
        this.potentiationSteps = potentiationSteps;
        offset = new int[pops.size()];
        int n = 0;
        for (int p = 0; p < pops.size(); p++) {
            offset[p] = n;
            n += pops.get(p).size();
        }
        neurons = n;
        int maxDelay = 0;
        List<List<CircuitConnection>> out = new ArrayList<>();
        for (int p = 0; p < pops.size(); p++) out.add(new ArrayList<>());
        dense = new ArrayList<>();
        for (CircuitConnection c : connections) {
            CircuitPopulation pre = pops.get(c.pre());
            CircuitPopulation post = pops.get(c.post());
            switch (c.kind()) {
                case ONE_TO_ONE -> {
                    if (pre.size() != post.size())
                        throw new IllegalArgumentException(c.label() + ": one-to-one needs equal sizes");
                }
                case FROM_ONE -> {
                    if (pre.size() != 1) throw new IllegalArgumentException(c.label() + ": from-one needs a single pre neuron");
                }
                case DENSE -> {
                    if (matrices[c.matrix()].length != pre.size() * post.size())
                        throw new IllegalArgumentException(c.label() + ": matrix is not " + pre.size() + "×" + post.size());
                    dense.add(c);
                }
            }
            maxDelay = Math.max(maxDelay, c.delay());
            out.get(c.pre()).add(c);
        }
        outgoing = new CircuitConnection[pops.size()][];
        for (int p = 0; p < pops.size(); p++) outgoing[p] = out.get(p).toArray(new CircuitConnection[0]);
        slots = maxDelay + 2;
        input = new int[slots][neurons];
        refractoryEnd = new long[neurons];
        lastV = new int[neurons];
        Arrays.fill(refractoryEnd, Long.MIN_VALUE);
        spiked = new int[pops.size()][];
        for (int p = 0; p < pops.size(); p++) spiked[p] = new int[pops.get(p).size()];
        spikedCount = new int[pops.size()];
        spikesPerPopulation = new long[pops.size()];
        unscheduledPerPopulation = new long[pops.size()];
    }

    /** The absolute step the next {@link #step()} simulates. */
    public long time() {
        return time;
    }

    /** Cycle step of the next step: the gate chain starts at absolute step 0, which is cycle step {@code cycle − 1}. */
    public int cycleStep() {
        return (int) Math.floorMod(time - 1, (long) cycle);
    }

    /** A spike-generator input arriving at the next step (generators deliver at their own time stamp). */
    public void inject(int population, int neuron, int weight) {
        input[(int) (time % slots)][offset[population] + neuron] += weight;
        synapticEvents++;
    }

    /** Records every population's spikes and membrane values from the next step until {@link #stopRecording}. */
    public void startRecording(List<String> phaseNames) {
        recording = new CircuitRecord(pops, phaseNames);
    }

    /** The record started by {@link #startRecording}, with the steps run since; null if none. */
    public CircuitRecord stopRecording() {
        CircuitRecord r = recording;
        recording = null;
        return r;
    }

    /** Simulates one step: integrate, spike, learn, deliver. */
    public void step() {
        int c = cycleStep();
        int[] cur = input[(int) (time % slots)];
        int[][] recV = null;
        boolean[][] recS = null;
        if (recording != null) {
            recV = new int[pops.size()][];
            recS = new boolean[pops.size()][];
        }
        for (int p = 0; p < pops.size(); p++) {
            CircuitPopulation pop = pops.get(p);
            int off = offset[p];
            int count = 0;
            int[] list = spiked[p];
            int[] vRow = recV == null ? null : (recV[p] = new int[pop.size()]);
            boolean[] sRow = recS == null ? null : (recS[p] = new boolean[pop.size()]);
            for (int n = 0; n < pop.size(); n++) {
                int v = cur[off + n] + pop.bias();
                lastV[off + n] = v;
                boolean fire = v > THRESHOLD && time >= refractoryEnd[off + n];
                if (vRow != null) vRow[n] = v;
                if (fire) {
                    list[count++] = n;
                    refractoryEnd[off + n] = time + pop.refractory();
                    if (sRow != null) sRow[n] = true;
                }
            }
            spikedCount[p] = count;
            spikesPerPopulation[p] += count;
            if (count > 0 && !pop.scheduledAt(c)) {
                unscheduledSpikes += count;
                unscheduledPerPopulation[p] += count;
            }
        }
        Arrays.fill(cur, 0);
        neuronUpdates += neurons;
        if (recording != null) recording.add(c, recS, recV);
        if (learning) learn(c);
        deliver();
        steps++;
        time++;
    }

    private void learn(int c) {
        int dw = (potentiationSteps >> c & 1) != 0 ? NbpConstants.STEP : -NbpConstants.STEP;
        for (CircuitConnection conn : dense) {
            int np = spikedCount[conn.pre()];
            int nq = spikedCount[conn.post()];
            if (np == 0 || nq == 0) continue;
            int[] m = matrices[conn.matrix()];
            int cols = pops.get(conn.post()).size();
            int[] pre = spiked[conn.pre()];
            int[] post = spiked[conn.post()];
            for (int a = 0; a < np; a++) {
                int row = pre[a] * cols;
                for (int b = 0; b < nq; b++) {
                    int i = row + post[b];
                    m[i] = Math.max(-NbpConstants.WEIGHT_MAX, Math.min(NbpConstants.WEIGHT_MAX, m[i] + dw));
                }
            }
            plasticUpdates += (long) np * nq;
        }
    }

    private void deliver() {
        for (int p = 0; p < pops.size(); p++) {
            int count = spikedCount[p];
            if (count == 0) continue;
            int[] list = spiked[p];
            for (CircuitConnection conn : outgoing[p]) {
                int[] target = input[(int) ((time + 1 + conn.delay()) % slots)];
                int off = offset[conn.post()];
                int size = pops.get(conn.post()).size();
                switch (conn.kind()) {
                    case ONE_TO_ONE -> {
                        for (int a = 0; a < count; a++) target[off + list[a]] += conn.weight();
                        synapticEvents += count;
                    }
                    case FROM_ONE -> {
                        for (int n = 0; n < size; n++) target[off + n] += conn.weight();
                        synapticEvents += size;
                    }
                    case DENSE -> {
                        int[] m = matrices[conn.matrix()];
                        for (int a = 0; a < count; a++) {
                            int row = list[a] * size;
                            for (int n = 0; n < size; n++) target[off + n] += m[row + n];
                        }
                        synapticEvents += (long) count * size;
                    }
                }
            }
        }
    }

    /** Spikes of one population outside its scheduled steps so far. */
    public long unscheduledSpikes(int population) {
        return unscheduledPerPopulation[population];
    }

    /** Membrane value v of a neuron at the last step simulated. */
    public int membrane(int population, int neuron) {
        return lastV[offset[population] + neuron];
    }

    /** Which neurons of a population spiked in the last step simulated. */
    public int[] lastSpikes(int population) {
        return Arrays.copyOf(spiked[population], spikedCount[population]);
    }

    /** Synapses a spike of this population is delivered through: the sum of its connections' fan-outs. */
    public static long fanOut(List<CircuitPopulation> pops, List<CircuitConnection> connections, int population) {
        long f = 0;
        for (CircuitConnection c : connections)
            if (c.pre() == population) f += c.kind() == CircuitConnection.Kind.ONE_TO_ONE ? 1 : pops.get(c.post()).size();
        return f;
    }

    public List<CircuitPopulation> populations() {
        return pops;
    }

    public int neurons() {
        return neurons;
    }

    /** This circuit's counts since construction. */
    public NbpCounters counters() {
        String[] names = pops.stream().map(CircuitPopulation::name).toArray(String[]::new);
        return new NbpCounters(names, spikesPerPopulation.clone(), synapticEvents, plasticUpdates, neuronUpdates,
                steps, unscheduledSpikes);
    }
}
