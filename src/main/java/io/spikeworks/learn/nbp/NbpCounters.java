package io.spikeworks.learn.nbp;

import java.util.Arrays;
import java.util.List;

/**
 * What a gated nBP run really did, for the energy model: spikes per population (gates included), synaptic events
 * (spike × fan-out actually delivered, plus spike-generator inputs), plastic updates (pre/post coincidences on
 * plastic synapses, each one dw evaluation of ±2), neuron updates (every compartment every step), steps, and
 * unscheduled spikes (neurons that fired outside their gated phase; 0 in a healthy run).
 */
public final class NbpCounters {
    private final String[] populations;
    private final long[] spikes;
    private long synapticEvents;
    private long plasticUpdates;
    private long neuronUpdates;
    private long steps;
    private long unscheduledSpikes;

    public NbpCounters(String[] populations, long[] spikes, long synapticEvents, long plasticUpdates,
                       long neuronUpdates, long steps, long unscheduledSpikes) {
        if (populations.length != spikes.length) throw new IllegalArgumentException("one spike count per population");
        this.populations = populations.clone();
        this.spikes = spikes.clone();
        this.synapticEvents = synapticEvents;
        this.plasticUpdates = plasticUpdates;
        this.neuronUpdates = neuronUpdates;
        this.steps = steps;
        this.unscheduledSpikes = unscheduledSpikes;
    }

    /** All zero, for the given populations. */
    public static NbpCounters zero(List<String> populations) {
        String[] names = populations.toArray(new String[0]);
        return new NbpCounters(names, new long[names.length], 0, 0, 0, 0, 0);
    }

    public List<String> populations() {
        return List.of(populations);
    }

    public long spikes(String population) {
        int i = Arrays.asList(populations).indexOf(population);
        if (i < 0) throw new IllegalArgumentException("no population '" + population + "' among " + Arrays.toString(populations));
        return spikes[i];
    }

    public long totalSpikes() {
        return Arrays.stream(spikes).sum();
    }

    public long synapticEvents() {
        return synapticEvents;
    }

    public long plasticUpdates() {
        return plasticUpdates;
    }

    public long neuronUpdates() {
        return neuronUpdates;
    }

    public long steps() {
        return steps;
    }

    public long unscheduledSpikes() {
        return unscheduledSpikes;
    }

    void addSpikes(int population, long n) {
        spikes[population] += n;
    }

    void add(long synapticEvents, long plasticUpdates, long neuronUpdates, long steps) {
        this.synapticEvents += synapticEvents;
        this.plasticUpdates += plasticUpdates;
        this.neuronUpdates += neuronUpdates;
        this.steps += steps;
    }

    /** This minus an earlier reading of the same counters: what happened in between. */
    public NbpCounters minus(NbpCounters earlier) {
        if (!Arrays.equals(populations, earlier.populations)) throw new IllegalArgumentException("different populations");
        long[] s = spikes.clone();
        for (int i = 0; i < s.length; i++) s[i] -= earlier.spikes[i];
        return new NbpCounters(populations, s, synapticEvents - earlier.synapticEvents,
                plasticUpdates - earlier.plasticUpdates, neuronUpdates - earlier.neuronUpdates, steps - earlier.steps,
                unscheduledSpikes - earlier.unscheduledSpikes);
    }

    /** Null when equal, else the first difference. */
    public String firstDifference(NbpCounters o) {
        if (!Arrays.equals(populations, o.populations)) return "populations differ";
        for (int i = 0; i < spikes.length; i++)
            if (spikes[i] != o.spikes[i]) return "spikes of " + populations[i] + ": " + spikes[i] + " vs " + o.spikes[i];
        if (synapticEvents != o.synapticEvents) return "synaptic events: " + synapticEvents + " vs " + o.synapticEvents;
        if (plasticUpdates != o.plasticUpdates) return "plastic updates: " + plasticUpdates + " vs " + o.plasticUpdates;
        if (neuronUpdates != o.neuronUpdates) return "neuron updates: " + neuronUpdates + " vs " + o.neuronUpdates;
        if (steps != o.steps) return "steps: " + steps + " vs " + o.steps;
        if (unscheduledSpikes != o.unscheduledSpikes) return "unscheduled spikes: " + unscheduledSpikes + " vs " + o.unscheduledSpikes;
        return null;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < populations.length; i++) b.append(populations[i]).append('=').append(spikes[i]).append(' ');
        return b + "synaptic=" + synapticEvents + " plastic=" + plasticUpdates + " neuronUpdates=" + neuronUpdates
                + " steps=" + steps + " unscheduled=" + unscheduledSpikes;
    }
}
