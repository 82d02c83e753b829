package io.spikeworks.data.function;

/** {@code y = sin(2 pi x)} on [0, 1]: one full period, the 1-D regression task. */
public final class SineWave implements TargetFunction {
    @Override
    public String name() {
        return "sine-1d";
    }

    @Override
    public int inputDims() {
        return 1;
    }

    @Override
    public double value(double[] x) {
        return Math.sin(2 * Math.PI * x[0]);
    }
}
