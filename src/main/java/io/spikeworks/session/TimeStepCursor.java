package io.spikeworks.session;

import java.util.Arrays;

/**
 * Reveals an inspected sample one time step at a time, as a teacher would: after {@link #advance()} to step t,
 * spikes and membranes of steps 0..t are visible and later ones are not. Not thread-safe; one per view.
 */
public final class TimeStepCursor {
    private final SampleInspection inspection;
    private int t = -1;

    TimeStepCursor(SampleInspection inspection) {
        this.inspection = inspection;
    }

    public SampleInspection inspection() {
        return inspection;
    }

    /** The last revealed step, -1 before the first. */
    public int step() {
        return t;
    }

    public boolean hasNext() {
        return t + 1 < inspection.steps();
    }

    /** Reveals the next step; false, staying put, when all steps are revealed. */
    public boolean advance() {
        if (!hasNext()) return false;
        t++;
        return true;
    }

    /** Goes back to before step 0. */
    public void reset() {
        t = -1;
    }

    /** Jumps to step t (-1 … T−1). */
    public void moveTo(int step) {
        if (step < -1 || step >= inspection.steps())
            throw new IndexOutOfBoundsException("step " + step + " of " + inspection.steps());
        t = step;
    }

    /** The layer's outputs of steps 0..t, [t+1][n]. */
    public float[] spikesSoFar(String layer) {
        InspectedLayer l = inspection.layer(layer);
        return Arrays.copyOf(l.spikes(), (t + 1) * l.neurons());
    }

    /** The layer's membranes of steps 0..t, [t+1][n]; spiking layers only. */
    public float[] membranesSoFar(String layer) {
        InspectedLayer l = inspection.layer(layer);
        if (!l.spiking()) throw new IllegalStateException("layer '" + layer + "' has no membranes");
        return Arrays.copyOf(l.membranes(), (t + 1) * l.neurons());
    }

    /** Spikes of each neuron over steps 0..t: the readout of a spike-count network so far. */
    public int[] spikeCountsSoFar(String layer) {
        InspectedLayer l = inspection.layer(layer);
        int[] counts = new int[l.neurons()];
        for (int s = 0; s <= t; s++)
            for (int n = 0; n < counts.length; n++) if (l.spikes()[s * l.neurons() + n] >= 0.5f) counts[n]++;
        return counts;
    }
}
