package io.spikeworks.learn.symmetry;

import io.spikeworks.model.Component;
import io.spikeworks.sim.Network;

import java.util.Map;

/**
 * Frozen backpropagation (Goupy, Tirilly, Bilasco, arXiv 2505.13741): W is updated every iteration with errors sent
 * back through B; B stays frozen and is refreshed from W after every Φ-th update, fully or partially
 * ({@link TransportScheme}). B starts equal to W (both networks are programmed with the same initial weights).
 * Φ = 1 with full transport is exact BP, bit for bit.
 */
public final class FrozenBackprop extends FeedbackWeightsRule implements TransportSchedule {
    public static final String ID = "fbp";
    static final String SCHEME_STATE = "transport.scheme";

    private final int phi;
    private final TransportScheme scheme;

    public FrozenBackprop(int phi, TransportScheme scheme, FeedbackSettings settings) {
        super(settings);
        if (phi < 1) throw new IllegalArgumentException("phi must be ≥ 1, got " + phi);
        this.phi = phi;
        this.scheme = scheme;
    }

    public static FrozenBackprop from(Component c) {
        FeedbackSettings s = FeedbackSettings.from(c);
        return new FrozenBackprop(c.getInt("phi"), TransportScheme.of(c.getString("transport"), c.getDouble("fraction"),
                s.feedbackSeed()), s);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int period() {
        return phi;
    }

    @Override
    public String schemeName() {
        return scheme.id();
    }

    @Override
    public Double fraction() {
        return scheme.fraction();
    }

    public int phi() {
        return phi;
    }

    public TransportScheme scheme() {
        return scheme;
    }

    @Override
    protected FeedbackWeights initialFeedback(Network network) {
        return FeedbackWeights.copyOf(network, settings.bitsPerWeight(), settings.energyPerBitPj());
    }

    /**
     * When B is next refreshed follows from the trainer's iteration count, which the checkpoint's position restores;
     * the partial schemes' own state (round-robin cursors, the random subset's generator and permutations) is kept
     * here, under "transport.scheme".
     */
    @Override
    protected void updateFeedback(Network network, long iteration) {
        if (iteration % phi == 0) feedback.transport(scheme, iteration);
    }

    @Override
    public Map<String, float[][]> state() {
        Map<String, float[][]> s = super.state();
        s.put(SCHEME_STATE, scheme.state());
        return s;
    }

    @Override
    public void restore(Map<String, float[][]> state) {
        float[][] schemeState = state.get(SCHEME_STATE);
        if (schemeState == null)
            throw new IllegalArgumentException("the saved fbp state lacks the " + scheme.id() + " transport's state");
        super.restore(state);
        scheme.restore(schemeState);
    }
}
