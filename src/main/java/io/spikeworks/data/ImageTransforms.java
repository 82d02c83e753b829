package io.spikeworks.data;

import java.util.List;

/** Derived data sets made once at load time, so training reads them as fast as the originals. */
public final class ImageTransforms {
    private ImageTransforms() {}

    /**
     * The binarisation threshold of Renner et al.'s nBP code (lanl/spikingBackprop, {@code input_data.py}): a
     * pixel is on when its raw value is above 128. Worked out exactly: their loader divides by 255 twice (skimage's
     * {@code resize} already returns pixel/255, then {@code / 255.}; the resize is the identity at 20×20 after the
     * 4-px crop and at 28×28), multiplies by 256 and rounds to two decimals, then keeps {@code 0.5 < value}. Pixel
     * 127 gives 0.49999 → 0.50, pixel 128 gives 0.50393 → 0.50 (not above 0.5), pixel 129 gives 0.50787 → 0.51.
     * So exactly the raw values 129..255 are on.
     */
    public static final int NBP_BINARY_THRESHOLD = 128;

    /** MNIST as the nBP paper reads it: 4 px cropped from every side (20×20 = 400 inputs), pixels above 128 on. */
    public static Dataset nbpMnist20(Dataset mnist) {
        return cropAndBinarize(mnist, 4, NBP_BINARY_THRESHOLD);
    }

    /** Fashion-MNIST as the nBP code reads it ({@code FMNIST28}): no crop (784 inputs), pixels above 128 on. */
    public static Dataset nbpFashion28(Dataset fashion) {
        return cropAndBinarize(fashion, 0, NBP_BINARY_THRESHOLD);
    }

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
