package io.spikeworks.data.function;

/** A fixed real function on a box, the target of a function-regression task. */
public interface TargetFunction {
    /** A short name for reports, e.g. {@code sine-1d}. */
    String name();

    /** Number of input coordinates. */
    int inputDims();

    /** Lower bound of coordinate d of the domain; 0 unless overridden, as most domains are the unit interval. */
    default double lower(int d) {
        return 0;
    }

    /** Upper bound of coordinate d of the domain: 1 unless overridden. */
    default double upper(int d) {
        return 1;
    }

    /** The function's value at {@code x} ({@code inputDims()} coordinates). */
    double value(double[] x);
}
