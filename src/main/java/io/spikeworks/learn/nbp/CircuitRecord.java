package io.spikeworks.learn.nbp;

import java.util.ArrayList;
import java.util.List;

/**
 * Every population's spikes and membrane values (v = input + bias, Loihi weight units) at each step of one chosen
 * sample, with the phase name of each step: the raster with the gate chain stepping through the phases, and the
 * membrane traces. Made only when asked ({@link GatedCircuit#startRecording}).
 */
public final class CircuitRecord {
    private final List<String> populations = new ArrayList<>();
    private final List<Integer> sizes = new ArrayList<>();
    private final List<String> phaseNames;
    private final List<Integer> cycleSteps = new ArrayList<>();
    private final List<boolean[][]> spikes = new ArrayList<>();
    private final List<int[][]> membranes = new ArrayList<>();

    CircuitRecord(List<CircuitPopulation> pops, List<String> phaseNames) {
        for (CircuitPopulation p : pops) {
            populations.add(p.name());
            sizes.add(p.size());
        }
        this.phaseNames = List.copyOf(phaseNames);
    }

    void add(int cycleStep, boolean[][] s, int[][] v) {
        cycleSteps.add(cycleStep);
        spikes.add(s);
        membranes.add(v);
    }

    public List<String> populations() {
        return List.copyOf(populations);
    }

    public int size(String population) {
        return sizes.get(index(population));
    }

    /** Steps recorded. */
    public int steps() {
        return cycleSteps.size();
    }

    /** The cycle step (phase index) of recorded step t. */
    public int cycleStep(int t) {
        return cycleSteps.get(t);
    }

    /** Phase name of recorded step t, e.g. "5 W2 potentiation". */
    public String phaseName(int t) {
        return phaseNames.get(cycleSteps.get(t));
    }

    public boolean spiked(int t, String population, int neuron) {
        return spikes.get(t)[index(population)][neuron];
    }

    public int membrane(int t, String population, int neuron) {
        return membranes.get(t)[index(population)][neuron];
    }

    /** How many neurons of the population spiked at recorded step t. */
    public int spikeCount(int t, String population) {
        int n = 0;
        for (boolean b : spikes.get(t)[index(population)]) if (b) n++;
        return n;
    }

    private int index(String population) {
        int i = populations.indexOf(population);
        if (i < 0) throw new IllegalArgumentException("no population '" + population + "' in the record; there are " + populations);
        return i;
    }
}
