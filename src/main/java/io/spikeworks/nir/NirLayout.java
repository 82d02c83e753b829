package io.spikeworks.nir;

/**
 * The index permutations between NIR's layouts and the engine's. NIR holds activations channels first (C×H×W, C
 * order), weights [out][in] and convolution kernels [cout][cin][kh][kw]; the engine holds activations channels last
 * (H×W×C), dense weights [in][out] and kernels [ky][kx][cin][cout].
 */
final class NirLayout {
    private NirLayout() {}

    /** Engine (channels-last) index of NIR (channels-first) index i in a C×H×W tensor; identity for 1-D shapes. */
    static int engineIndex(int[] shape, int i) {
        if (shape.length != 3) return i;
        int c = shape[0], h = shape[1], w = shape[2];
        int ch = i / (h * w);
        int rest = i % (h * w);
        return rest * c + ch;
    }

    /** Values in NIR order (C×H×W) to engine order (H×W×C). */
    static float[] toEngineOrder(int[] shape, float[] nir) {
        float[] out = new float[nir.length];
        for (int i = 0; i < nir.length; i++) out[engineIndex(shape, i)] = nir[i];
        return out;
    }

    /** Values in engine order (H×W×C) to NIR order (C×H×W). */
    static float[] toNirOrder(int[] shape, float[] engine) {
        float[] out = new float[engine.length];
        for (int i = 0; i < engine.length; i++) out[i] = engine[engineIndex(shape, i)];
        return out;
    }

    /**
     * NIR dense weights [out][in], whose inputs are in NIR order of inShape, to the engine's [in][out] with inputs in
     * engine order.
     */
    static float[] denseToEngine(float[] nir, int out, int[] inShape) {
        int in = nir.length / out;
        float[] w = new float[nir.length];
        for (int o = 0; o < out; o++)
            for (int i = 0; i < in; i++) w[engineIndex(inShape, i) * out + o] = nir[o * in + i];
        return w;
    }

    /** The inverse of {@link #denseToEngine}. */
    static float[] denseToNir(float[] engine, int out, int[] inShape) {
        int in = engine.length / out;
        float[] w = new float[engine.length];
        for (int o = 0; o < out; o++)
            for (int i = 0; i < in; i++) w[o * in + i] = engine[engineIndex(inShape, i) * out + o];
        return w;
    }

    /** Kernels [cout][cin][k][k] to the engine's [ky][kx][cin][cout]. */
    static float[] convToEngine(float[] nir, int cout, int cin, int k) {
        float[] w = new float[nir.length];
        for (int o = 0; o < cout; o++)
            for (int c = 0; c < cin; c++)
                for (int y = 0; y < k; y++)
                    for (int x = 0; x < k; x++)
                        w[((y * k + x) * cin + c) * cout + o] = nir[((o * cin + c) * k + y) * k + x];
        return w;
    }

    /** The inverse of {@link #convToEngine}. */
    static float[] convToNir(float[] engine, int cout, int cin, int k) {
        float[] w = new float[engine.length];
        for (int o = 0; o < cout; o++)
            for (int c = 0; c < cin; c++)
                for (int y = 0; y < k; y++)
                    for (int x = 0; x < k; x++)
                        w[((o * cin + c) * k + y) * k + x] = engine[((y * k + x) * cin + c) * cout + o];
        return w;
    }
}
