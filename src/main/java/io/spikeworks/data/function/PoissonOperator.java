package io.spikeworks.data.function;

import io.spikeworks.data.pde.GridFunction1d;
import io.spikeworks.data.pde.PoissonSolver1d;

import java.util.function.DoubleUnaryOperator;

/** {@code G(f) = u} with {@code -u'' = f} on [0, 1], {@code u(0) = u(1) = 0}, by {@link PoissonSolver1d}. */
public final class PoissonOperator implements FunctionOperator {
    private final PoissonSolver1d solver;

    public PoissonOperator(PoissonSolver1d solver) {
        this.solver = solver;
    }

    public PoissonOperator() {
        this(PoissonSolver1d.standard());
    }

    @Override
    public String name() {
        return "poisson-1d";
    }

    @Override
    public int queryDims() {
        return 1;
    }

    @Override
    public void apply(DoubleUnaryOperator f, double[] queries, int count, double[] out) {
        GridFunction1d u = solver.solve(f);
        for (int q = 0; q < count; q++) out[q] = u.applyAsDouble(queries[q]);
    }
}
