package io.spikeworks.ui.run;

import io.spikeworks.session.InspectedLayer;
import io.spikeworks.session.SampleInspection;
import io.spikeworks.session.TimeStepCursor;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import java.util.List;

/**
 * Slow motion, without nodes: one sample, revealed one time step at a time, so a class sees membranes integrate,
 * cross the threshold, spike and reset. Holds the sample's {@link TimeStepCursor}; {@link SlowMotionView} draws
 * what is revealed. FX thread only.
 */
public final class SlowMotion {
    /** Membrane traces drawn for the layer followed; more would not be told apart on a projector. */
    public static final int TRACED = 4;

    private SampleInspection sample;
    private TimeStepCursor cursor;
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", -1);

    /** Starts a new sample before its first step. */
    public void load(SampleInspection s) {
        sample = s;
        cursor = s.cursor();
        step.set(-1);
    }

    public SampleInspection sample() {
        return sample;
    }

    /** Reveals exactly one more time step; false at the last one (or without a sample). */
    public boolean stepOnce() {
        if (cursor == null || !cursor.advance()) return false;
        step.set(cursor.step());
        return true;
    }

    /** Hides the last revealed step again; false before the first. */
    public boolean stepBack() {
        if (cursor == null || cursor.step() < 0) return false;
        cursor.moveTo(cursor.step() - 1);
        step.set(cursor.step());
        return true;
    }

    public void restart() {
        if (cursor == null) return;
        cursor.reset();
        step.set(-1);
    }

    /** The last revealed step, -1 before the first. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public int step() {
        return step.get();
    }

    public int steps() {
        return sample == null ? 0 : sample.steps();
    }

    /** The first spiking layer after the input: whose membranes are traced. */
    public InspectedLayer followed() {
        if (sample == null) return null;
        List<InspectedLayer> layers = sample.layers();
        for (InspectedLayer l : layers) if (!l.name().equals("input") && l.spiking()) return l;
        return null;
    }

    /** Revealed membranes of the followed layer's first {@link #TRACED} neurons: [neuron][step 0..t]. */
    public float[][] tracedMembranes() {
        InspectedLayer l = followed();
        if (l == null) return new float[0][];
        float[] soFar = cursor.membranesSoFar(l.name());
        int n = Math.min(TRACED, l.neurons());
        float[][] out = new float[n][step.get() + 1];
        for (int t = 0; t <= step.get(); t++) for (int i = 0; i < n; i++) out[i][t] = soFar[t * l.neurons() + i];
        return out;
    }

    /** Revealed spikes of a layer, [step 0..t][neuron]. */
    public float[] spikesSoFar(String layer) {
        return cursor.spikesSoFar(layer);
    }
}
