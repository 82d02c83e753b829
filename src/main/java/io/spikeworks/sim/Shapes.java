package io.spikeworks.sim;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Shape helpers. */
public final class Shapes {
    private Shapes() {}

    public static int size(int[] shape) {
        int n = 1;
        for (int d : shape) n *= d;
        return n;
    }

    /** "1×28×28". */
    public static String format(int[] shape) {
        return Arrays.stream(shape).mapToObj(Integer::toString).collect(Collectors.joining("×"));
    }
}
