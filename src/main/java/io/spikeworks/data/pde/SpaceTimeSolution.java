package io.spikeworks.data.pde;

/**
 * u(x, t) known on a uniform space-time grid, evaluated anywhere in it by tensor-product cubic Lagrange
 * interpolation. Layout: {@code values[n * xGrid.points() + i] = u(x_i, t_n)}, time major, space fastest.
 */
public final class SpaceTimeSolution {
    private final UniformGrid xGrid;
    private final UniformGrid tGrid;
    private final double[] values;

    public SpaceTimeSolution(UniformGrid xGrid, UniformGrid tGrid, double[] values) {
        int expected = xGrid.points() * tGrid.points();
        if (values.length != expected) {
            throw new IllegalArgumentException("values must have " + expected + " entries, got " + values.length);
        }
        this.xGrid = xGrid;
        this.tGrid = tGrid;
        this.values = values;
    }

    public UniformGrid xGrid() {
        return xGrid;
    }

    public UniformGrid tGrid() {
        return tGrid;
    }

    /** u at grid point (x_i, t_n). */
    public double valueAt(int i, int n) {
        return values[n * xGrid.points() + i];
    }

    /** u at an arbitrary (x, t) inside the grid. */
    public double value(double x, double t) {
        xGrid.requireInside("x", x);
        tGrid.requireInside("t", t);
        int i0 = xGrid.stencilStart(x);
        int n0 = tGrid.stencilStart(t);
        double[] wx = new double[4];
        double[] wt = new double[4];
        xGrid.lagrangeWeights(x, i0, wx);
        tGrid.lagrangeWeights(t, n0, wt);
        int width = xGrid.points();
        double sum = 0;
        for (int a = 0; a < 4; a++) {
            int row = (n0 + a) * width + i0;
            double inner = wx[0] * values[row] + wx[1] * values[row + 1] + wx[2] * values[row + 2] + wx[3] * values[row + 3];
            sum += wt[a] * inner;
        }
        return sum;
    }
}
