package io.spikeworks.data.pde;

/**
 * Argument checks shared by the solvers and the task generators: each message names the parameter and the value it
 * got, e.g. {@code lengthScale must be a positive finite number, got -0.2}.
 */
public final class Arguments {
    private Arguments() {
    }

    public static int atLeast(String name, int value, int minimum) {
        if (value < minimum) throw new IllegalArgumentException(name + " must be at least " + minimum + ", got " + value);
        return value;
    }

    public static double positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive finite number, got " + value);
        }
        return value;
    }

    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) throw new IllegalArgumentException(name + " must be finite, got " + value);
        return value;
    }

    public static double nonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
        }
        return value;
    }
}
