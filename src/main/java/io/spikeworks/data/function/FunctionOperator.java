package io.spikeworks.data.function;

import java.util.function.DoubleUnaryOperator;

/** An operator G mapping an input function f on [0, 1] to an output function G(f) on a box of query points. */
public interface FunctionOperator {
    /** A short name with the parameters, e.g. {@code poisson-1d}. */
    String name();

    /** Coordinates of a query point: 1 for (x), 2 for (x, t). */
    int queryDims();

    /** Lower bound of query coordinate d; 0 unless overridden, as most domains are the unit interval. */
    default double lower(int d) {
        return 0;
    }

    /** Upper bound of query coordinate d: 1 unless overridden. */
    default double upper(int d) {
        return 1;
    }

    /**
     * G(f) at {@code count} query points stored as {@code queries[q * queryDims() + d]}, into
     * {@code out[0..count-1]}. One call solves once for f and evaluates all the points.
     */
    void apply(DoubleUnaryOperator f, double[] queries, int count, double[] out);
}
