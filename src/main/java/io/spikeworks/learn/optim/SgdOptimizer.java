package io.spikeworks.learn.optim;

import io.spikeworks.sim.Param;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** SGD with (heavy-ball) momentum and L2 weight decay: v ← μ·v + g + λ·w; w ← w − η·v. */
public final class SgdOptimizer implements Optimizer {
    private final float momentum;
    private final float weightDecay;
    private final Map<String, float[]> velocity = new HashMap<>();

    public SgdOptimizer(double momentum, double weightDecay) {
        this.momentum = (float) momentum;
        this.weightDecay = (float) weightDecay;
    }

    @Override
    public void step(List<Param> params, double learningRate) {
        float lr = (float) learningRate;
        for (Param p : params) {
            float[] v = velocity.computeIfAbsent(p.name(), k -> new float[p.size()]);
            float[] w = p.value;
            float[] g = p.grad;
            for (int i = 0; i < w.length; i++) {
                v[i] = momentum * v[i] + g[i] + weightDecay * w[i];
                w[i] -= lr * v[i];
            }
        }
    }

    @Override
    public Map<String, float[][]> state() {
        Map<String, float[][]> s = new HashMap<>();
        velocity.forEach((k, v) -> s.put(k, new float[][]{v.clone()}));
        return s;
    }

    @Override
    public void restore(Map<String, float[][]> state) {
        velocity.clear();
        state.forEach((k, v) -> velocity.put(k, v[0].clone()));
    }
}
