package io.spikeworks.learn.symmetry;

import io.spikeworks.learn.PendingUpdate;
import io.spikeworks.sim.Network;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Shared machinery of the rules whose B has W's layout (fBP, FA, sign symmetry, Kolen-Pollack): wires B into the
 * backward pass, counts iterations for the transport meter, measures gradient alignment, and reports transport,
 * asymmetry and alignment columns. Subclasses say how B starts and how it follows W.
 */
public abstract class FeedbackWeightsRule implements WeightSymmetryRule {
    protected final FeedbackSettings settings;
    private final GradientAlignmentMeter alignment;
    protected FeedbackWeights feedback;

    protected FeedbackWeightsRule(FeedbackSettings settings) {
        this.settings = settings;
        this.alignment = new GradientAlignmentMeter(settings.alignmentEvery());
    }

    /** B before the first iteration. */
    protected abstract FeedbackWeights initialFeedback(Network network);

    /** After the optimiser step of {@code iteration}: bring B along as the rule says. */
    protected abstract void updateFeedback(Network network, long iteration);

    /** Before the optimiser step, after backward (Kolen-Pollack snapshots W here). */
    protected void beforeStep(Network network) {
    }

    @Override
    public void attach(Network network) {
        feedback = initialFeedback(network);
        feedback.attachTo(network);
        alignment.attach(network);
    }

    @Override
    public final void beforeUpdate(PendingUpdate update) {
        if (alignment.due(update.iteration())) alignment.measure(update);
        beforeStep(update.network());
    }

    @Override
    public final void afterUpdate(Network network, long iteration) {
        feedback.meter().countIteration();
        updateFeedback(network, iteration);
    }

    @Override
    public String feedbackNote() {
        return "has captured no W − Bᵀ yet";
    }

    /**
     * B per layer ("feedback.&lt;layer&gt;"), the transport counters ("transport") and the gradient-alignment figures
     * ("alignment"); subclasses add what else they carry. Copies.
     */
    @Override
    public Map<String, float[][]> state() {
        Map<String, float[][]> s = new LinkedHashMap<>();
        for (int i = 0; i < feedback.size(); i++) s.put(feedbackKey(i), new float[][]{feedback.snapshot(i)});
        s.put("transport", feedback.meter().state());
        s.put("alignment", alignment.state());
        return s;
    }

    private String feedbackKey(int i) {
        return "feedback." + feedback.layer(i).name();
    }

    /**
     * Puts back B and the counters; call after the network's weights were restored. Everything is checked before
     * anything changes, so a state that does not fit leaves the rule as it was.
     */
    @Override
    public void restore(Map<String, float[][]> state) {
        for (int i = 0; i < feedback.size(); i++) {
            float[][] b = state.get(feedbackKey(i));
            if (b == null || b.length != 1 || b[0].length != feedback.weights(i).length)
                throw new IllegalArgumentException("the saved " + id() + " state has no feedback weights of "
                        + feedback.weights(i).length + " values for layer " + feedback.layer(i).name());
        }
        float[][] transport = state.get("transport");
        float[][] aligned = state.get("alignment");
        if (transport == null || transport.length != 2 + 4 * feedback.size())
            throw new IllegalArgumentException("the saved " + id() + " state has no transport counters for "
                    + feedback.size() + " layers");
        if (aligned == null) throw new IllegalArgumentException("the saved " + id() + " state lacks the gradient alignment");
        alignment.restore(aligned); // checks its rows before it changes anything
        feedback.meter().restore(transport);
        for (int i = 0; i < feedback.size(); i++) {
            float[] b = state.get(feedbackKey(i))[0];
            System.arraycopy(b, 0, feedback.weights(i), 0, b.length);
        }
    }

    @Override
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>(feedback.meter().metrics());
        m.putAll(feedback.asymmetryMetrics());
        m.putAll(alignment.metrics());
        return m;
    }

    @Override
    public TransportMeter transportMeter() {
        return feedback.meter();
    }

    @Override
    public Optional<FeedbackWeights> feedbackWeights() {
        return Optional.ofNullable(feedback);
    }

    @Override
    public GradientAlignmentMeter gradientAlignment() {
        return alignment;
    }
}
