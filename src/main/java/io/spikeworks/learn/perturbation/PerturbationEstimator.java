package io.spikeworks.learn.perturbation;

import io.spikeworks.sim.Param;
import io.spikeworks.sim.kernel.FastRandom;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * Estimates a gradient from loss values alone (weight perturbation). For each group of parameters (all of them, or
 * one layer's) it draws K directions v with E[v vᵀ] = I, reads the loss's slope along each from perturbed loss
 * values and averages:
 * <pre>
 *   central:    ĝ = (1/K) Σ_k [(L(θ + ε v_k) − L(θ − ε v_k)) / 2ε] · v_k
 *   one-sided:  ĝ = (1/K) Σ_k [(L(θ + ε v_k) − L(θ)) / ε] · v_k
 * </pre>
 * Since E[(∇L·v) v] = E[v vᵀ] ∇L = ∇L, the estimate is unbiased up to the difference's own error (O(ε²) central,
 * O(ε) one-sided) and its spread falls as 1/√K; for a group of n parameters, E‖ĝ − ∇L‖² ≈ (n + 1)‖∇L‖²/K with
 * Gaussian directions (the cosine to ∇L grows like √(K/n) while K ≪ n). ε is the size of the step along v in each
 * coordinate (a Gaussian v moves the group by about ε√n in all).
 *
 * <p>The loss is read through a supplier, so the same estimator runs on a network's batch ({@link WeightPerturbation})
 * and on closed-form losses in tests. Parameters are put back bit for bit from a copy after every direction.
 */
public final class PerturbationEstimator {
    private final FiniteDifference difference;
    private final DirectionDistribution distribution;
    private final double epsilon;
    private final int directions;

    public PerturbationEstimator(FiniteDifference difference, DirectionDistribution distribution, double epsilon,
                                 int directions) {
        if (!(epsilon > 0) || !Double.isFinite(epsilon))
            throw new IllegalArgumentException("perturbation size ε must be a positive number, got " + epsilon);
        if (directions < 1) throw new IllegalArgumentException("directions K must be at least 1, got " + directions);
        this.difference = difference;
        this.distribution = distribution;
        this.epsilon = epsilon;
        this.directions = directions;
    }

    public FiniteDifference difference() {
        return difference;
    }

    public int directions() {
        return directions;
    }

    /** Loss evaluations {@link #estimate} makes for the given groups (not counting the unperturbed one). */
    public int evaluations(int groups) {
        return groups * directions * difference.passesPerDirection();
    }

    /**
     * Leaves the estimate in {@code Param.grad} of every parameter of every group (zeroed first); parameters are
     * unchanged afterwards. Returns the number of times {@code loss} was called.
     *
     * @param groups   parameters perturbed together, one group after another, each with its own K directions
     * @param loss     the loss at the parameters' current values
     * @param baseLoss L(θ) at the unperturbed values (used by the one-sided form only)
     */
    public int estimate(List<List<Param>> groups, DoubleSupplier loss, double baseLoss, FastRandom rng) {
        int calls = 0;
        for (List<Param> group : groups) {
            List<float[]> saved = new ArrayList<>(group.size());
            List<float[]> v = new ArrayList<>(group.size());
            for (Param p : group) {
                saved.add(p.value.clone());
                v.add(new float[p.size()]);
                p.zeroGrad();
            }
            for (int k = 0; k < directions; k++) {
                for (float[] d : v) distribution.fill(d, rng);
                move(group, saved, v, epsilon);
                double up = loss.getAsDouble();
                calls++;
                double slope;
                if (difference == FiniteDifference.CENTRAL) {
                    move(group, saved, v, -epsilon);
                    double down = loss.getAsDouble();
                    calls++;
                    slope = (up - down) / (2 * epsilon);
                } else {
                    slope = (up - baseLoss) / epsilon;
                }
                restore(group, saved);
                if (!Double.isFinite(slope))
                    throw new IllegalStateException("the loss was not finite under a perturbation of size ε = "
                            + epsilon + "; try a smaller ε");
                float weight = (float) (slope / directions);
                for (int i = 0; i < group.size(); i++) {
                    float[] g = group.get(i).grad;
                    float[] d = v.get(i);
                    for (int j = 0; j < g.length; j++) g[j] += weight * d[j];
                }
            }
        }
        return calls;
    }

    /** θ = θ₀ + step · v, from the saved θ₀ (so no rounding piles up over directions). */
    private static void move(List<Param> group, List<float[]> saved, List<float[]> v, double step) {
        float s = (float) step;
        for (int i = 0; i < group.size(); i++) {
            float[] w = group.get(i).value;
            float[] w0 = saved.get(i);
            float[] d = v.get(i);
            for (int j = 0; j < w.length; j++) w[j] = w0[j] + s * d[j];
        }
    }

    private static void restore(List<Param> group, List<float[]> saved) {
        for (int i = 0; i < group.size(); i++) System.arraycopy(saved.get(i), 0, group.get(i).value, 0, saved.get(i).length);
    }
}
