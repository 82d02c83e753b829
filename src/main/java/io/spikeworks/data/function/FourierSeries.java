package io.spikeworks.data.function;

import java.util.function.DoubleUnaryOperator;

/**
 * {@code f(x) = a_0 + sum_{k=1..K} (a_k cos(2 pi k x) + b_k sin(2 pi k x))} on [0, 1], with its exact antiderivative
 * and the exact solution of {@code -u'' = f, u(0) = u(1) = 0}: the closed forms the numerical operators are checked
 * against.
 */
public final class FourierSeries implements DoubleUnaryOperator {
    private final double[] cosines; // a_0 .. a_K
    private final double[] sines;   // b_0 (unused, 0) .. b_K

    /** Coefficients a_0..a_K and b_0..b_K (b_0 is ignored); both arrays have K + 1 entries. */
    public FourierSeries(double[] cosines, double[] sines) {
        if (cosines.length == 0 || cosines.length != sines.length) {
            throw new IllegalArgumentException("cosines and sines must have the same nonzero length, got "
                    + cosines.length + " and " + sines.length);
        }
        for (int k = 0; k < cosines.length; k++) {
            if (!Double.isFinite(cosines[k]) || !Double.isFinite(sines[k])) {
                throw new IllegalArgumentException("coefficients must be finite, got a_" + k + " = " + cosines[k]
                        + ", b_" + k + " = " + sines[k]);
            }
        }
        this.cosines = cosines.clone();
        this.sines = sines.clone();
        this.sines[0] = 0;
    }

    /** Highest frequency K. */
    public int modes() {
        return cosines.length - 1;
    }

    @Override
    public double applyAsDouble(double x) {
        double sum = cosines[0];
        for (int k = 1; k < cosines.length; k++) {
            double w = 2 * Math.PI * k * x;
            sum += cosines[k] * Math.cos(w) + sines[k] * Math.sin(w);
        }
        return sum;
    }

    /** {@code integral of f from 0 to x}, exactly. */
    public double antiderivative(double x) {
        double sum = cosines[0] * x;
        for (int k = 1; k < cosines.length; k++) {
            double omega = 2 * Math.PI * k;
            sum += (cosines[k] * Math.sin(omega * x) + sines[k] * (1 - Math.cos(omega * x))) / omega;
        }
        return sum;
    }

    /** The solution of {@code -u'' = f} with {@code u(0) = u(1) = 0}, exactly. */
    public double poissonSolution(double x) {
        double sum = cosines[0] * x * (1 - x) / 2;
        for (int k = 1; k < cosines.length; k++) {
            double omega = 2 * Math.PI * k;
            sum += (cosines[k] * (Math.cos(omega * x) - 1) + sines[k] * Math.sin(omega * x)) / (omega * omega);
        }
        return sum;
    }
}
