package io.spikeworks.data.function;

import io.spikeworks.data.pde.Arguments;

import java.util.SplittableRandom;

/**
 * Random {@link FourierSeries}: a_0 ~ N(0, amplitude^2) and a_k, b_k ~ N(0, (amplitude / k^decay)^2) independently
 * for k = 1..modes. The process is stationary and periodic, with covariance
 * {@code amplitude^2 (1 + sum_k k^(-2 decay) cos(2 pi k (x - x')))}. Defaults (ours, not from a paper): 10 modes,
 * unit amplitude, decay 1.
 */
public final class RandomFourierSeries implements InputFunctionFamily {
    public static final int DEFAULT_MODES = 10;

    private final int modes;
    private final double amplitude;
    private final double decay;

    public RandomFourierSeries(int modes, double amplitude, double decay) {
        this.modes = Arguments.atLeast("modes", modes, 1);
        this.amplitude = Arguments.positive("amplitude", amplitude);
        this.decay = Arguments.nonNegative("decay", decay);
    }

    public static RandomFourierSeries standard() {
        return new RandomFourierSeries(DEFAULT_MODES, 1, 1);
    }

    /** Standard deviation of a_k and b_k. */
    public double coefficientScale(int k) {
        return k == 0 ? amplitude : amplitude * Math.pow(k, -decay);
    }

    /** The covariance of f(x) and f(y) over the family. */
    public double covariance(double x, double y) {
        double sum = 0;
        for (int k = 0; k <= modes; k++) {
            double s = coefficientScale(k);
            sum += s * s * Math.cos(2 * Math.PI * k * (x - y));
        }
        return sum;
    }

    @Override
    public String describe() {
        return "fourier(modes=" + modes + ", amplitude=" + amplitude + ", decay=" + decay + ")";
    }

    @Override
    public FourierSeries sample(SplittableRandom random) {
        double[] a = new double[modes + 1];
        double[] b = new double[modes + 1];
        a[0] = amplitude * RandomStreams.standardNormal(random);
        for (int k = 1; k <= modes; k++) {
            a[k] = coefficientScale(k) * RandomStreams.standardNormal(random);
            b[k] = coefficientScale(k) * RandomStreams.standardNormal(random);
        }
        return new FourierSeries(a, b);
    }
}
