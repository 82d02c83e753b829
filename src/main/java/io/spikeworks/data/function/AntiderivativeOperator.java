package io.spikeworks.data.function;

import io.spikeworks.data.pde.Arguments;
import io.spikeworks.data.pde.CumulativeSimpson;

import java.util.function.DoubleUnaryOperator;

/** {@code G(f)(x) = integral of f from 0 to x}, x in [0, 1], by cumulative Simpson quadrature (DeepONet's first task). */
public final class AntiderivativeOperator implements FunctionOperator {
    private final int intervals;

    /** Simpson panels on [0, 1]; see {@link CumulativeSimpson} for the accuracy. */
    public AntiderivativeOperator(int intervals) {
        this.intervals = Arguments.atLeast("intervals", intervals, 3);
    }

    public AntiderivativeOperator() {
        this(CumulativeSimpson.DEFAULT_INTERVALS);
    }

    @Override
    public String name() {
        return "antiderivative";
    }

    @Override
    public int queryDims() {
        return 1;
    }

    @Override
    public void apply(DoubleUnaryOperator f, double[] queries, int count, double[] out) {
        CumulativeSimpson antiderivative = new CumulativeSimpson(f, 0, 1, intervals);
        for (int q = 0; q < count; q++) out[q] = antiderivative.applyAsDouble(queries[q]);
    }
}
