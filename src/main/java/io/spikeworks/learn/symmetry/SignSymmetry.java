package io.spikeworks.learn.symmetry;

import io.spikeworks.model.Component;
import io.spikeworks.sim.Network;

import java.util.Map;

/**
 * Sign symmetry (Liao, Leibo, Poggio, 2016): B = s·sign(W), refreshed after every update. Only signs travel: each
 * refresh is counted as N weights of 1 bit. The per-layer scale s = mean |W| is fixed when training starts (the
 * initial programming), so it never needs transporting.
 */
public final class SignSymmetry extends FeedbackWeightsRule implements TransportSchedule {
    public static final String ID = "sign-symmetry";

    private float[] scales;

    public SignSymmetry(FeedbackSettings settings) {
        super(settings);
    }

    public static SignSymmetry from(Component c) {
        return new SignSymmetry(FeedbackSettings.from(c));
    }

    @Override
    public String id() {
        return ID;
    }

    /** Only signs travel, after every update. */
    @Override
    public int period() {
        return 1;
    }

    @Override
    public String schemeName() {
        return "signs";
    }

    @Override
    public Double fraction() {
        return null;
    }

    @Override
    protected FeedbackWeights initialFeedback(Network network) {
        FeedbackWeights fb = FeedbackWeights.copyOf(network, settings.bitsPerWeight(), settings.energyPerBitPj());
        scales = new float[fb.size()];
        for (int i = 0; i < fb.size(); i++) {
            float[] w = fb.layer(i).weightValues();
            double s = 0;
            for (float v : w) s += Math.abs(v);
            scales[i] = (float) (s / w.length);
            setSigns(fb.layer(i).weightValues(), fb.weights(i), scales[i]);
        }
        return fb;
    }

    private static void setSigns(float[] w, float[] b, float scale) {
        for (int k = 0; k < w.length; k++) b[k] = Math.signum(w[k]) * scale;
    }

    /** The scales too: they come from the initial weights, which another seed would make differently. */
    @Override
    public Map<String, float[][]> state() {
        Map<String, float[][]> s = super.state();
        s.put("scales", new float[][]{scales.clone()});
        return s;
    }

    @Override
    public void restore(Map<String, float[][]> state) {
        float[][] saved = state.get("scales");
        if (saved == null || saved.length != 1 || saved[0].length != scales.length)
            throw new IllegalArgumentException("the saved sign-symmetry state has no scales for " + scales.length + " layers");
        super.restore(state);
        System.arraycopy(saved[0], 0, scales, 0, scales.length);
    }

    @Override
    protected void updateFeedback(Network network, long iteration) {
        TransportMeter meter = feedback.meter();
        meter.countEvent();
        for (int i = 0; i < feedback.size(); i++) {
            float[] w = feedback.layer(i).weightValues();
            setSigns(w, feedback.weights(i), scales[i]);
            meter.record(iteration, i, w.length, 1, 0);
        }
    }
}
