package io.spikeworks.data.event;

import io.spikeworks.data.SplitMix64;

/**
 * Turns a still grey image into the events a dynamic vision sensor would give while moving over it along a
 * {@link SaccadePath}, the way N-MNIST was recorded (a DVS on a pan-tilt unit looking at MNIST digits on a screen;
 * Orchard et al. 2015). This is a simulation written from the DVS principle, not a recording:
 * <ul>
 *   <li>Sensor pixel (u, v) sees the image bilinearly sampled at (u − x(t), v − y(t)), black outside it.</li>
 *   <li>Its log intensity is L = ln(ε + I), I in [0, 1]; ε ({@code darkLevel}) stands for the screen's black level
 *       and the photodiode's dark current, and bounds the contrast of a black-to-white edge at ln((ε + 1)/ε).</li>
 *   <li>Each pixel keeps a reference level, L at the start (the sensor has adapted to the still scene). When L rises
 *       by its threshold above the reference it fires ON and the reference moves up one threshold; when it falls as
 *       far, OFF and down (as many events as thresholds crossed).</li>
 *   <li>Thresholds vary from pixel to pixel (the mismatch of real sensors): C·(1 + s·(2r − 1)), r uniform, drawn
 *       per sample; background activity adds, per pixel and recording, one event of random polarity and time with
 *       probability {@code noisePerPixel}.</li>
 *   <li>The recording is simulated in {@code subSteps} equal time steps per saccade; an event at time u in [0, 1]
 *       goes to frame ⌊u·T⌋ of T. A frame cell (step, polarity, y, x) holds a spike or none.</li>
 * </ul>
 * Seeded: the same image, path, settings and seed give the same events on every run and JDK.
 */
public final class SaccadeConverter {
    /** Intensity resolution of the log table: finer than a byte image's 1/255 steps, so bilinear mixes keep detail. */
    private static final int LEVELS = 4096;

    /**
     * @param threshold      contrast threshold C in log units
     * @param mismatch       relative spread s of the per-pixel thresholds (0 = all equal)
     * @param darkLevel      ε added to intensities before the log
     * @param noisePerPixel  probability of one background event per pixel per recording
     * @param subSteps       simulation steps per saccade
     */
    public record Settings(double threshold, double mismatch, double darkLevel, double noisePerPixel, int subSteps) {
        public Settings {
            if (!(threshold > 0)) throw new IllegalArgumentException("threshold must be positive: " + threshold);
            if (!(mismatch >= 0 && mismatch < 1)) throw new IllegalArgumentException("mismatch must be in [0, 1): " + mismatch);
            if (!(darkLevel > 0)) throw new IllegalArgumentException("dark level must be positive: " + darkLevel);
            if (!(noisePerPixel >= 0 && noisePerPixel <= 1))
                throw new IllegalArgumentException("noise per pixel must be in [0, 1]: " + noisePerPixel);
            if (subSteps < 1) throw new IllegalArgumentException("need at least one simulation step per saccade");
        }

        /**
         * The converted sets' settings. Ours, chosen so that the frames are about as busy as N-MNIST's (~5 % of
         * cells at T = 20; measured 5.2 % for MNIST, 6.5 % for Fashion-MNIST): C = 0.3 (DVS contrast thresholds
         * are typically 0.15–0.3), 10 % mismatch, ε = 0.25 (a screen's black is far from dark as the sensor sees
         * it; a black-to-white edge is then ln 5 = 1.6 log units, about five thresholds), 3 % background events per
         * pixel, 30 steps per saccade (0.2 px of motion per step on the triangle, 0.22 on its slanted sides).
         */
        public static Settings standard() {
            return new Settings(0.3, 0.10, 0.25, 0.03, 30);
        }

        /** Without mismatch or noise: the bare sensor principle, for checking it. */
        public Settings ideal() {
            return new Settings(threshold, 0, darkLevel, 0, subSteps);
        }

        /** A line naming every setting, stored with a cache so that changed settings convert again. */
        public String describe() {
            return "threshold=" + threshold + " mismatch=" + mismatch + " darkLevel=" + darkLevel + " noisePerPixel="
                    + noisePerPixel + " subSteps=" + subSteps;
        }
    }

    private final Settings settings;
    private final SaccadePath path;
    private final int width;
    private final int height;
    private final float[] logTable = new float[LEVELS + 1];
    private final float[] reference;
    private final float[] threshold;
    private final double[] at = new double[2];

    /** A converter for a sensor of {@code width} × {@code height} pixels. */
    public SaccadeConverter(Settings settings, SaccadePath path, int width, int height) {
        this.settings = settings;
        this.path = path;
        this.width = width;
        this.height = height;
        for (int i = 0; i <= LEVELS; i++) logTable[i] = (float) Math.log(settings.darkLevel() + (double) i / LEVELS);
        this.reference = new float[width * height];
        this.threshold = new float[width * height];
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /**
     * Marks the events of one image into {@code frames} (shape [2, height, width]; polarity 0 = OFF, 1 = ON).
     *
     * @param image intensities in [0, 1], row-major, {@code imageWidth} × {@code imageHeight}
     */
    public void convert(float[] image, int imageWidth, int imageHeight, long seed, EventFrames frames) {
        SplitMix64 rng = new SplitMix64(seed);
        int pixels = width * height;
        double c = settings.threshold();
        for (int p = 0; p < pixels; p++)
            threshold[p] = (float) (c * (1 + settings.mismatch() * (2 * rng.nextDouble() - 1)));
        pad(image, imageWidth, imageHeight);
        path.position(0, at);
        logIntensities(image, imageWidth, imageHeight, at[0], at[1], reference);
        int steps = frames.steps();
        int total = settings.subSteps() * path.legs();
        float[] now = new float[pixels];
        for (int k = 1; k <= total; k++) {
            double u = (double) k / total;
            path.position(u, at);
            logIntensities(image, imageWidth, imageHeight, at[0], at[1], now);
            // an event in the simulation step ending at u belongs to the frame that step lies in
            int t = Math.min(steps - 1, (int) ((u - 0.5 / total) * steps));
            for (int p = 0; p < pixels; p++) {
                float d = now[p] - reference[p];
                float th = threshold[p];
                if (d >= th) {
                    int n = (int) (d / th);
                    reference[p] += n * th;
                    frames.mark(t, 1, p / width, p % width, width);
                } else if (d <= -th) {
                    int n = (int) (-d / th);
                    reference[p] -= n * th;
                    frames.mark(t, 0, p / width, p % width, width);
                }
            }
        }
        double noise = settings.noisePerPixel();
        if (noise > 0) {
            for (int p = 0; p < pixels; p++) {
                if (rng.nextDouble() >= noise) continue;
                int t = rng.nextInt(steps);
                int polarity = rng.nextInt(2);
                frames.mark(t, polarity, p / width, p % width, width);
            }
        }
    }

    /**
     * ln(ε + I) of every sensor pixel with the image's top-left corner at (ox, oy). The offset is the same for every
     * pixel, so are the bilinear weights; the image is read from a copy padded with black wide enough that no
     * sample needs a bounds check.
     */
    private void logIntensities(float[] image, int iw, int ih, double ox, double oy, float[] out) {
        int ix = (int) Math.floor(-ox);
        int iy = (int) Math.floor(-oy);
        float fx = (float) (-ox - ix);
        float fy = (float) (-oy - iy);
        float w00 = (1 - fx) * (1 - fy), w10 = fx * (1 - fy), w01 = (1 - fx) * fy, w11 = fx * fy;
        float[] src = paddedImage;
        int pw = paddedWidth;
        for (int v = 0; v < height; v++) {
            int row = (v + iy + padTop) * pw + ix + padLeft;
            for (int u = 0; u < width; u++) {
                int at = row + u;
                float i = w00 * src[at] + w10 * src[at + 1] + w01 * src[at + pw] + w11 * src[at + pw + 1];
                int level = (int) (Math.max(0f, Math.min(1f, i)) * LEVELS + 0.5f);
                out[v * width + u] = logTable[level];
            }
        }
    }

    private float[] paddedImage = new float[0];
    private int paddedWidth;
    private int padLeft;
    private int padTop;

    /**
     * Copies the image inside a black border wide enough for every offset the path reaches (its largest coordinate
     * plus two pixels on every side), so that no sample needs a bounds check.
     */
    private void pad(float[] image, int iw, int ih) {
        int border = (int) Math.ceil(path.reach()) + 2;
        padLeft = border;
        padTop = border;
        paddedWidth = Math.max(iw, width) + 2 * border + 2;
        int ph = Math.max(ih, height) + 2 * border + 2;
        if (paddedImage.length != paddedWidth * ph) paddedImage = new float[paddedWidth * ph];
        else java.util.Arrays.fill(paddedImage, 0f);
        for (int y = 0; y < ih; y++) System.arraycopy(image, y * iw, paddedImage, (y + padTop) * paddedWidth + padLeft, iw);
    }
}
