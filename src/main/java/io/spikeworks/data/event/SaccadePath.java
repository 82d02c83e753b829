package io.spikeworks.data.event;

import java.util.Arrays;

/**
 * Where the image sits on the sensor over a recording: a closed or open polyline of offsets (x, y) in pixels,
 * walked at constant speed per leg, each leg taking an equal share of the recording (one saccade per leg).
 *
 * <p>{@link #triangle()} is the path of the converted sets: three saccades around a triangle, as N-MNIST's sensor
 * moved (Orchard et al. 2015, Front. Neurosci. 9:437). The paper's exact vertices and speed profile are not used
 * here; ours are a triangle spanning the 6 px by which a 34×34 sensor exceeds a 28×28 image: start bottom-left
 * (0, 6), up to the top middle (3, 0), down to the bottom right (6, 6), and back left to the start.
 */
public final class SaccadePath {
    private final double[] xs;
    private final double[] ys;

    /** @param points x0, y0, x1, y1, …: at least two points, one leg between each neighbouring pair */
    public SaccadePath(double... points) {
        if (points.length < 4 || points.length % 2 != 0)
            throw new IllegalArgumentException("a saccade path needs at least two (x, y) points, got "
                    + Arrays.toString(points));
        int n = points.length / 2;
        xs = new double[n];
        ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = points[2 * i];
            ys[i] = points[2 * i + 1];
        }
    }

    /** The three-saccade triangle of the converted sets (see the class comment). */
    public static SaccadePath triangle() {
        return new SaccadePath(0, 6, 3, 0, 6, 6, 0, 6);
    }

    /** Saccades (legs) in the path. */
    public int legs() {
        return xs.length - 1;
    }

    /** Largest offset in x and y, so a sensor can be sized to hold the image wherever the path puts it. */
    public int[] extent() {
        return new int[]{(int) Math.ceil(Arrays.stream(xs).max().orElse(0)),
                (int) Math.ceil(Arrays.stream(ys).max().orElse(0))};
    }

    /** Largest |x| or |y| of any point: how far the path can move the image. */
    public double reach() {
        double r = 0;
        for (int i = 0; i < xs.length; i++) r = Math.max(r, Math.max(Math.abs(xs[i]), Math.abs(ys[i])));
        return r;
    }

    /** Offset at time u in [0, 1] of the recording, into {@code out} as {x, y}. */
    public void position(double u, double[] out) {
        double s = Math.max(0, Math.min(1, u)) * legs();
        int leg = Math.min(legs() - 1, (int) s);
        double f = s - leg;
        out[0] = xs[leg] + f * (xs[leg + 1] - xs[leg]);
        out[1] = ys[leg] + f * (ys[leg + 1] - ys[leg]);
    }
}
