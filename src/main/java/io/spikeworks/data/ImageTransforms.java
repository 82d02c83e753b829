package io.spikeworks.data;

import java.util.List;

/** Derived data sets made once at load time, so training reads them as fast as the originals. */
public final class ImageTransforms {
    private ImageTransforms() {}

    /**
     * Crops {@code border} pixels from every side and thresholds: a pixel becomes 255 when its raw value is
     * above {@code threshold} (0..255), else 0. Renner et al.'s Loihi network reads MNIST this way at 20×20.
     */
    public static Dataset cropAndBinarize(Dataset src, int border, int threshold) {
        int[] s = src.sampleShape();
        int c = s[0];
        int h = s[1] - 2 * border;
        int w = s[2] - 2 * border;
        if (h < 1 || w < 1) throw new IllegalArgumentException("cannot crop " + border + " px from " + s[1] + "×" + s[2]);
        int n = src.size();
        byte[] raw = new byte[src.sampleLength()];
        byte[] out = new byte[n * c * h * w];
        byte[] labels = new byte[n];
        int o = 0;
        for (int i = 0; i < n; i++) {
            src.copyRawSample(i, raw, 0);
            labels[i] = (byte) src.label(i);
            for (int ch = 0; ch < c; ch++)
                for (int y = 0; y < h; y++)
                    for (int x = 0; x < w; x++) {
                        int v = raw[(ch * s[1] + y + border) * s[2] + x + border] & 0xFF;
                        out[o++] = (byte) (v > threshold ? 255 : 0);
                    }
        }
        return Dataset.of(src.name() + "/crop" + border + "-bin" + threshold, out, labels, new int[]{c, h, w},
                List.copyOf(src.classNames()));
    }
}
