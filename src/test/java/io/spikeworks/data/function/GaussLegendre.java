package io.spikeworks.data.function;

import java.util.function.DoubleUnaryOperator;

/** Test helper: 3-point Gauss–Legendre on each of n equal panels, exact for polynomials of degree 5 per panel. */
final class GaussLegendre {
    private static final double NODE = Math.sqrt(0.6);

    private GaussLegendre() {
    }

    static double integrate(DoubleUnaryOperator g, double a, double b, int panels) {
        double width = (b - a) / panels;
        double sum = 0;
        for (int p = 0; p < panels; p++) {
            double mid = a + (p + 0.5) * width;
            double half = width / 2;
            sum += half * (5.0 / 9 * g.applyAsDouble(mid - half * NODE) + 8.0 / 9 * g.applyAsDouble(mid)
                    + 5.0 / 9 * g.applyAsDouble(mid + half * NODE));
        }
        return sum;
    }
}
