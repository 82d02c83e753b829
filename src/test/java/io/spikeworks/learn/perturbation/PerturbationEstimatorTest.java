package io.spikeworks.learn.perturbation;

import io.spikeworks.sim.Param;
import io.spikeworks.sim.kernel.FastRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.function.DoubleSupplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The estimator on losses with closed-form gradients: it converges to the gradient as K grows, its error shrinks as
 * 1/√K, and its per-direction slope errs by O(ε²) central and O(ε) one-sided, as its class comment says.
 */
class PerturbationEstimatorTest {
    /** L(θ) = ½ Σ_i a_i θ_i² + Σ_i b_i θ_i + c·θ_0·θ_1, gradient in closed form. */
    static final class Quadratic {
        final Param theta;
        final double[] a, b;
        final double c = 0.7;

        Quadratic(int n, long seed) {
            theta = new Param("theta", n);
            a = new double[n];
            b = new double[n];
            FastRandom r = new FastRandom(seed);
            for (int i = 0; i < n; i++) {
                theta.value[i] = (float) r.nextGaussian();
                a[i] = 0.5 + r.nextDouble();
                b[i] = r.nextGaussian();
            }
        }

        double loss() {
            float[] t = theta.value;
            double l = c * t[0] * t[1];
            for (int i = 0; i < t.length; i++) l += 0.5 * a[i] * t[i] * t[i] + b[i] * t[i];
            return l;
        }

        double[] gradient() {
            float[] t = theta.value;
            double[] g = new double[t.length];
            for (int i = 0; i < t.length; i++) g[i] = a[i] * t[i] + b[i];
            g[0] += c * t[1];
            g[1] += c * t[0];
            return g;
        }
    }

    static double cosine(double[] exact, float[] estimate) {
        double dot = 0, ne = 0, nx = 0;
        for (int i = 0; i < exact.length; i++) {
            dot += exact[i] * estimate[i];
            ne += estimate[i] * (double) estimate[i];
            nx += exact[i] * exact[i];
        }
        return dot / Math.sqrt(ne * nx);
    }

    static double relativeError(double[] exact, float[] estimate) {
        double d = 0, n = 0;
        for (int i = 0; i < exact.length; i++) {
            d += (estimate[i] - exact[i]) * (estimate[i] - exact[i]);
            n += exact[i] * exact[i];
        }
        return Math.sqrt(d / n);
    }

    @ParameterizedTest
    @EnumSource(DirectionDistribution.class)
    void theMeanOverManyDirectionsIsTheGradient(DirectionDistribution distribution) {
        Quadratic q = new Quadratic(12, 4);
        float[] before = q.theta.value.clone();
        var estimator = new PerturbationEstimator(FiniteDifference.CENTRAL, distribution, 1e-2, 20_000);
        int calls = estimator.estimate(List.of(List.of(q.theta)), q::loss, q.loss(), new FastRandom(9));
        assertEquals(40_000, calls, "two loss values per direction");
        assertArrayEquals(before, q.theta.value, "the parameters are put back exactly");
        double cos = cosine(q.gradient(), q.theta.grad);
        assertTrue(cos > 0.99, "cosine to the exact gradient " + cos);
    }

    @Test
    void theErrorShrinksLikeOneOverRootK() {
        // mean squared relative error over 40 seeds at K and 100 K: the ratio of root-mean-squares should be ≈ 10
        double[] rms = new double[2];
        int[] ks = {8, 800};
        for (int which = 0; which < 2; which++) {
            double sum = 0;
            for (int seed = 0; seed < 40; seed++) {
                Quadratic q = new Quadratic(16, 100 + seed);
                var estimator = new PerturbationEstimator(FiniteDifference.CENTRAL, DirectionDistribution.GAUSSIAN,
                        1e-2, ks[which]);
                estimator.estimate(List.of(List.of(q.theta)), q::loss, q.loss(), new FastRandom(seed));
                double e = relativeError(q.gradient(), q.theta.grad);
                sum += e * e;
            }
            rms[which] = Math.sqrt(sum / 40);
        }
        // Gaussian directions: E‖ĝ − g‖²/‖g‖² ≈ (n + 1)/K, so √(17/8) ≈ 1.46 at K = 8
        assertEquals(Math.sqrt(17.0 / 8), rms[0], 0.35, "spread at K = 8");
        double ratio = rms[0] / rms[1];
        assertTrue(ratio > 7 && ratio < 14, "error ratio from K = 8 to K = 800: " + ratio + " (expected about 10)");
    }

    /** One parameter and a Rademacher direction (v² = 1): the estimate is exactly the finite-difference slope. */
    static double slopeError(FiniteDifference difference, double epsilon) {
        Param theta = new Param("theta", 1);
        theta.value[0] = 0.3f;
        DoubleSupplier loss = () -> Math.exp(theta.value[0]);
        var estimator = new PerturbationEstimator(difference, DirectionDistribution.RADEMACHER, epsilon, 1);
        estimator.estimate(List.of(List.of(theta)), loss, loss.getAsDouble(), new FastRandom(1));
        return Math.abs(theta.grad[0] - Math.exp(0.3f));
    }

    @Test
    void centralDifferencesErrByEpsilonSquaredAndOneSidedByEpsilon() {
        double[] eps = {0.2, 0.1, 0.05};
        for (int i = 0; i + 1 < eps.length; i++) {
            double central = slopeError(FiniteDifference.CENTRAL, eps[i]) / slopeError(FiniteDifference.CENTRAL, eps[i + 1]);
            double oneSided = slopeError(FiniteDifference.ONE_SIDED, eps[i]) / slopeError(FiniteDifference.ONE_SIDED, eps[i + 1]);
            assertEquals(4, central, 0.3, "central: halving ε quarters the error (ε = " + eps[i] + ")");
            assertEquals(2, oneSided, 0.15, "one-sided: halving ε halves the error (ε = " + eps[i] + ")");
        }
        // closed forms of the leading terms: ε²/6·L''' and ε/2·L''
        double l = Math.exp(0.3f);
        assertEquals(0.05 * 0.05 / 6 * l, slopeError(FiniteDifference.CENTRAL, 0.05), 0.05 * 0.05 / 6 * l * 0.05);
        assertEquals(0.05 / 2 * l, slopeError(FiniteDifference.ONE_SIDED, 0.05), 0.05 / 2 * l * 0.05);
    }

    @Test
    void oneSidedUsesOneLossValuePerDirectionAndGroupsHaveTheirOwnDirections() {
        Quadratic q = new Quadratic(6, 3);
        Param other = new Param("other", 4);
        int[] calls = {0};
        DoubleSupplier loss = () -> {
            calls[0]++;
            return q.loss() + other.value[0];
        };
        var estimator = new PerturbationEstimator(FiniteDifference.ONE_SIDED, DirectionDistribution.RADEMACHER, 1e-3, 5);
        int n = estimator.estimate(List.of(List.of(q.theta), List.of(other)), loss, loss.getAsDouble(), new FastRandom(2));
        assertEquals(10, n);
        assertEquals(11, calls[0], "one base value, then one per direction and group");
        assertEquals(10, estimator.evaluations(2));
    }

    @Test
    void badSettingsAreRefusedWithTheirName() {
        var e = assertThrows(IllegalArgumentException.class, () -> new PerturbationEstimator(FiniteDifference.CENTRAL,
                DirectionDistribution.GAUSSIAN, 0, 4));
        assertTrue(e.getMessage().contains("ε"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new PerturbationEstimator(FiniteDifference.CENTRAL,
                DirectionDistribution.GAUSSIAN, 0.1, 0));
        assertTrue(e.getMessage().contains("directions K"), e.getMessage());
    }
}
