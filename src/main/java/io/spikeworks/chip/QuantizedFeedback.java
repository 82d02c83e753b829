package io.spikeworks.chip;

import io.spikeworks.sim.FeedbackSource;
import io.spikeworks.sim.SpikingLayer;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Feedback weights as a chip's feedback network holds them: whatever the learning rule supplies (exact
 * transpose, frozen copy, random), quantised to the profile's feedback bits with their own per-layer scale.
 * Use: {@code layer.setFeedback(new QuantizedFeedback(rule's source, quantizer))}.
 */
public final class QuantizedFeedback implements FeedbackSource {
    private final FeedbackSource inner;
    private final WeightQuantizer quantizer;
    private final Map<SpikingLayer, float[]> buffers = new IdentityHashMap<>();

    public QuantizedFeedback(FeedbackSource inner, WeightQuantizer quantizer) {
        this.inner = inner;
        this.quantizer = quantizer;
    }

    @Override
    public float[] feedbackWeights(SpikingLayer layer) {
        float[] src = inner.feedbackWeights(layer);
        if (quantizer.isIdentity()) return src;
        float[] buf = buffers.get(layer);
        if (buf == null || buf.length != src.length) {
            buf = new float[src.length];
            buffers.put(layer, buf);
        }
        quantizer.quantize(src, buf);
        return buf;
    }
}
