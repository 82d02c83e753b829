package io.spikeworks.data.function;

/** A fixed real function on a box, the target of a function-regression task. */
public interface TargetFunction {
    /** A short name for reports, e.g. {@code sine-1d}. */
    String name();

    /** Number of input coordinates. */
    int inputDims();

    /** Lower bound of coordinate d of the domain. */
    double lower(int d);

    /** Upper bound of coordinate d of the domain. */
    double upper(int d);

    /** The function's value at {@code x} ({@code inputDims()} coordinates). */
    double value(double[] x);
}
