package io.spikeworks.data.function;

import io.spikeworks.data.pde.Arguments;

/**
 * The 2-D Mexican-hat (Ricker) wavelet on [-1, 1]^2:
 * <pre>
 *   f(x1, x2) = 1 / (pi sigma^4) * (1 - r^2 / (2 sigma^2)) * exp(-r^2 / (2 sigma^2)),   r^2 = x1^2 + x2^2
 * </pre>
 * This is the normalisation that makes f the negative Laplacian of the unit-mass Gaussian
 * {@code exp(-r^2 / (2 sigma^2)) / (2 pi sigma^2)}, so f integrates to 0 over the plane; its peak is
 * {@code f(0, 0) = 1 / (pi sigma^4)}, 0.777 for the default sigma = 0.8. The same formula and sigma are used by
 * ruyinw/From-LIF-to-QIF (ricker/regression.py), by the first author of the randomized-forward-gradient paper; that
 * the paper itself uses them is not known (seeds-gaps.md 2.2), so they are our plausible default.
 */
public final class MexicanHat implements TargetFunction {
    public static final double DEFAULT_SIGMA = 0.8;

    private final double sigma;

    public MexicanHat(double sigma) {
        this.sigma = Arguments.positive("sigma", sigma);
    }

    public MexicanHat() {
        this(DEFAULT_SIGMA);
    }

    public double sigma() {
        return sigma;
    }

    /** {@code f(0, 0) = 1 / (pi sigma^4)}. */
    public double peak() {
        return 1 / (Math.PI * Math.pow(sigma, 4));
    }

    @Override
    public String name() {
        return "mexican-hat-2d";
    }

    @Override
    public int inputDims() {
        return 2;
    }

    @Override
    public double lower(int d) {
        return -1;
    }

    @Override
    public double upper(int d) {
        return 1;
    }

    @Override
    public double value(double[] x) {
        double q = (x[0] * x[0] + x[1] * x[1]) / (2 * sigma * sigma);
        return peak() * (1 - q) * Math.exp(-q);
    }
}
