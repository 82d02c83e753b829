package io.spikeworks.data.function;

/**
 * Not a test: a harness that times the default data sets, single-threaded, run from the test classpath:
 * <pre>
 *   mvn -o -q test-compile
 *   java -cp target/classes:target/test-classes io.spikeworks.data.function.OperatorDatasetTiming [repeats]
 * </pre>
 * Each data set is generated {@code repeats} times (default 3) after one warm-up run; the best and the median time
 * are printed, with the targets' root mean square (their scale, for normalising) and a checksum so that a change
 * in the numbers shows.
 */
public final class OperatorDatasetTiming {
    private OperatorDatasetTiming() {
    }

    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        time("sine-1d grid 1000", repeats, () -> RegressionSets.grid(new SineWave(), 1000).targets());
        time("mexican-hat grid 100x100", repeats, () -> RegressionSets.grid(new MexicanHat(), 100).targets());
        time("gp l=0.2 factorisation (257 knots)", repeats, () -> {
            GaussianProcessFunctions gp = GaussianProcessFunctions.standard();
            return new float[]{(float) gp.jitter()};
        });
        time("antiderivative N=1000 m=100 P=100 random", repeats,
                () -> OperatorTasks.antiderivative().generate(1000, QueryPlan.random(100), 1).targets());
        time("poisson N=1000 m=100 P=100 random", repeats,
                () -> OperatorTasks.poisson().generate(1000, QueryPlan.random(100), 1).targets());
        time("poisson N=1000 m=100 grid 100", repeats,
                () -> OperatorTasks.poisson().generate(1000, QueryPlan.grid(100), 1).targets());
        time("diffusion-reaction N=1000 m=100 grid 100x100", repeats,
                () -> OperatorTasks.diffusionReaction().generate(1000, QueryPlan.grid(100, 100), 1).targets());
    }

    private interface Job {
        float[] run();
    }

    private static void time(String name, int repeats, Job job) {
        double checksum = sum(job.run()); // warm-up
        long[] nanos = new long[repeats];
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            float[] out = job.run();
            nanos[r] = System.nanoTime() - start;
            if (sum(out) != checksum) throw new IllegalStateException(name + ": repeated run gave other numbers");
        }
        java.util.Arrays.sort(nanos);
        float[] out = job.run();
        double squares = 0;
        for (float v : out) squares += (double) v * v;
        System.out.printf("%-48s best %8.1f ms  median %8.1f ms  target rms %.4f  checksum %.9g%n", name,
                nanos[0] / 1e6, nanos[repeats / 2] / 1e6, Math.sqrt(squares / out.length), checksum);
    }

    private static double sum(float[] values) {
        double s = 0;
        for (float v : values) s += v;
        return s;
    }
}
