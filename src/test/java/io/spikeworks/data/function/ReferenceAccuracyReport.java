package io.spikeworks.data.function;

import io.spikeworks.data.pde.DiffusionReactionSolver;
import io.spikeworks.data.pde.GridFunction1d;
import io.spikeworks.data.pde.PoissonSolver1d;
import io.spikeworks.data.pde.SpaceTimeSolution;

import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Not a test: measures the reference solvers' accuracy by grid refinement on the default Gaussian-process inputs
 * (length scale 0.2), the figures quoted in the solvers' documentation:
 * <pre>
 *   java -cp target/classes:target/test-classes io.spikeworks.data.function.ReferenceAccuracyReport [functions]
 * </pre>
 * Diffusion-reaction (D = k = 0.01) against the extrapolated solution on 1024 intervals (itself checked against
 * plain Crank–Nicolson on 2048, printed last): max abs error on DeepONet's 100 x 100 query grid, max abs and
 * relative L2 error at 10,000 uniformly random (x, t), and time per function. Poisson: the default against 8192.
 */
public final class ReferenceAccuracyReport {
    private ReferenceAccuracyReport() {
    }

    public static void main(String[] args) {
        int functions = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        GaussianProcessFunctions gp = GaussianProcessFunctions.standard();
        String[] names = {"CN 100 x 100", "CN 200 x 200", "CN 400 x 400",
                "CN 99 extrapolated with 198 (default)", "CN 198 extrapolated with 396",
                "CN 2048 x 2048 (checks the reference)"};
        java.util.List<Function<NaturalCubicSpline, SpaceTimeSolution>> solvers = java.util.List.of(
                f -> DiffusionReactionSolver.deepOnet(100).solve(f),
                f -> DiffusionReactionSolver.deepOnet(200).solve(f),
                f -> DiffusionReactionSolver.deepOnet(400).solve(f),
                f -> DiffusionReactionSolver.deepOnet(DiffusionReactionOperator.DEFAULT_INTERVALS).solveExtrapolated(f),
                f -> DiffusionReactionSolver.deepOnet(198).solveExtrapolated(f),
                f -> DiffusionReactionSolver.deepOnet(2048).solve(f));
        int c = names.length;
        double[] gridMax = new double[c], randomMax = new double[c], errorSquares = new double[c];
        long[] nanos = new long[c];
        double scale = 0, referenceSquares = 0, poissonMax = 0;
        for (int s = 0; s < functions; s++) {
            NaturalCubicSpline f = gp.sample(new SplittableRandom(1000 + s));
            SpaceTimeSolution reference = DiffusionReactionSolver.deepOnet(1024).solveExtrapolated(f);
            SplittableRandom points = new SplittableRandom(77 + s);
            double[] xs = new double[10_000], ts = new double[10_000], refs = new double[10_000];
            for (int q = 0; q < xs.length; q++) {
                xs[q] = points.nextDouble();
                ts[q] = points.nextDouble();
                refs[q] = reference.value(xs[q], ts[q]);
                referenceSquares += refs[q] * refs[q];
            }
            for (int k = 0; k < c; k++) {
                long start = System.nanoTime();
                SpaceTimeSolution u = solvers.get(k).apply(f);
                nanos[k] += System.nanoTime() - start;
                for (int i = 0; i < 100; i++) {
                    for (int n = 0; n < 100; n++) {
                        double r = reference.value(i / 99.0, n / 99.0);
                        scale = Math.max(scale, Math.abs(r));
                        gridMax[k] = Math.max(gridMax[k], Math.abs(u.value(i / 99.0, n / 99.0) - r));
                    }
                }
                for (int q = 0; q < xs.length; q++) {
                    double e = u.value(xs[q], ts[q]) - refs[q];
                    randomMax[k] = Math.max(randomMax[k], Math.abs(e));
                    errorSquares[k] += e * e;
                }
            }
            GridFunction1d u = PoissonSolver1d.standard().solve(f);
            GridFunction1d fine = new PoissonSolver1d(8192).solve(f);
            for (int i = 0; i <= 1000; i++) {
                poissonMax = Math.max(poissonMax, Math.abs(u.applyAsDouble(i / 1000.0) - fine.applyAsDouble(i / 1000.0)));
            }
        }
        System.out.printf("diffusion-reaction, %d GP inputs, max |u| = %.4f%n", functions, scale);
        System.out.printf("  %-40s %12s %12s %12s %10s%n", "solver", "max grid100", "max random", "rel L2", "ms/fn");
        for (int k = 0; k < c; k++) {
            System.out.printf("  %-40s %12.3e %12.3e %12.3e %10.1f%n", names[k], gridMax[k], randomMax[k],
                    Math.sqrt(errorSquares[k] / referenceSquares), nanos[k] / 1e6 / functions);
        }
        System.out.printf("poisson, default (512 extrapolated with 1024) vs 8192: max abs error %.3e%n", poissonMax);
    }
}
