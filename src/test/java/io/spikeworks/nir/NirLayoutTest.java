package io.spikeworks.nir;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The layout permutations on small tensors with distinct values, against indices worked out by hand. */
class NirLayoutTest {

    @Test
    void channelsFirstToChannelsLastOnA2x3x3Tensor() {
        int[] shape = {2, 3, 3};
        float[] chw = new float[18];
        for (int i = 0; i < 18; i++) chw[i] = i; // value = c·9 + h·3 + w
        float[] hwc = NirLayout.toEngineOrder(shape, chw);
        // engine index (h·3 + w)·2 + c holds c·9 + h·3 + w
        assertEquals(0f, hwc[0]);   // h0 w0 c0
        assertEquals(9f, hwc[1]);   // h0 w0 c1
        assertEquals(1f, hwc[2]);   // h0 w1 c0
        assertEquals(14f, hwc[(1 * 3 + 2) * 2 + 1]); // h1 w2 c1 = 9 + 3 + 2
        assertArrayEquals(chw, NirLayout.toNirOrder(shape, hwc));
        float[] flat = {5, 6, 7};
        assertArrayEquals(flat, NirLayout.toEngineOrder(new int[]{3}, flat));
    }

    @Test
    void denseWeightsAreTransposedAndTheirInputsReordered() {
        int[] in = {2, 1, 2}; // C=2, H=1, W=2: NIR input order c0w0, c0w1, c1w0, c1w1
        int out = 3;
        float[] nir = new float[out * 4];
        for (int o = 0; o < out; o++) for (int i = 0; i < 4; i++) nir[o * 4 + i] = 10 * o + i;
        float[] engine = NirLayout.denseToEngine(nir, out, in);
        // engine input order (w, c): w0c0 = NIR 0, w0c1 = NIR 2, w1c0 = NIR 1, w1c1 = NIR 3; rows [in][out]
        assertArrayEquals(new float[]{0, 10, 20, 2, 12, 22, 1, 11, 21, 3, 13, 23}, engine);
        assertArrayEquals(nir, NirLayout.denseToNir(engine, out, in));
    }

    @Test
    void convKernelsGoFromCoutCinKyKxToKyKxCinCout() {
        int cout = 2, cin = 3, k = 2;
        float[] nir = new float[cout * cin * k * k];
        for (int i = 0; i < nir.length; i++) nir[i] = i;
        float[] engine = NirLayout.convToEngine(nir, cout, cin, k);
        // NIR [o][c][y][x] = ((o·3 + c)·2 + y)·2 + x; engine [y][x][c][o] = ((y·2 + x)·3 + c)·2 + o
        assertEquals(((1 * 3 + 2) * 2 + 1) * 2 + 0, engine[((1 * 2 + 0) * 3 + 2) * 2 + 1]);
        assertEquals(0f, engine[0]);
        assertArrayEquals(nir, NirLayout.convToNir(engine, cout, cin, k));
    }
}
