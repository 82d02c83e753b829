package io.spikeworks.learn.optim;

import io.spikeworks.sim.Param;
import io.spikeworks.sim.kernel.Kernels;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Adam (Kingma &amp; Ba) with bias correction and optional L2 weight decay added to the gradient. */
public final class AdamOptimizer implements Optimizer {
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final float weightDecay;
    private final Map<String, float[][]> moments = new HashMap<>();
    private long t;

    public AdamOptimizer(double beta1, double beta2, double epsilon, double weightDecay) {
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.weightDecay = (float) weightDecay;
    }

    @Override
    public void step(List<Param> params, double learningRate) {
        t++;
        float b1 = (float) beta1;
        float b2 = (float) beta2;
        float c1 = (float) (1 - Math.pow(beta1, t));
        float c2 = (float) (1 - Math.pow(beta2, t));
        float lr = (float) learningRate;
        float eps = (float) epsilon;
        for (Param p : params) {
            float[][] mv = moments.computeIfAbsent(p.name(), k -> new float[][]{new float[p.size()], new float[p.size()]});
            float[] m = mv[0];
            float[] v = mv[1];
            Kernels.get().adamStep(p.value, p.grad, m, v, p.value.length, b1, b2, c1, c2, lr, eps, weightDecay);
        }
    }

    @Override
    public Map<String, float[][]> state() {
        Map<String, float[][]> s = new HashMap<>();
        moments.forEach((k, v) -> s.put(k, new float[][]{v[0].clone(), v[1].clone()}));
        s.put("__step", new float[][]{{t}});
        return s;
    }

    @Override
    public void restore(Map<String, float[][]> state) {
        moments.clear();
        state.forEach((k, v) -> {
            if (k.equals("__step")) t = (long) v[0][0];
            else moments.put(k, new float[][]{v[0].clone(), v[1].clone()});
        });
    }
}
