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

    /**
     * Images from channel planes (C×H×W, as data sets hand them out) to channels-last (H×W×C, as the engine holds
     * them), for {@code samples} images of {@code shape} one after another; src and dst must be different arrays.
     * A shape without several channels needs no reordering: it is copied.
     */
    public static void planesToChannelsLast(float[] src, int srcOff, float[] dst, int dstOff, int[] shape, int samples) {
        int len = size(shape);
        if (shape.length != 3 || shape[0] <= 1) {
            System.arraycopy(src, srcOff, dst, dstOff, samples * len);
            return;
        }
        int c = shape[0], plane = shape[1] * shape[2];
        for (int i = 0; i < samples; i++)
            for (int ch = 0; ch < c; ch++)
                for (int p = 0; p < plane; p++) dst[dstOff + i * len + p * c + ch] = src[srcOff + i * len + ch * plane + p];
    }
}
