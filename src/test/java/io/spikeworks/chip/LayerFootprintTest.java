package io.spikeworks.chip;

import io.spikeworks.model.BuiltInComponents;
import io.spikeworks.model.Component;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.LayerSpec;
import io.spikeworks.model.NetworkSpec;
import io.spikeworks.model.TensorShape;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayerFootprintTest {

    /** Distinct inputs of neurons [start, start+m), enumerated receptive field by receptive field. */
    private static int bruteForceInputs(boolean conv, int cin, int h, int w, int cout, int ho, int wo, int k, int stride,
                                        int pad, int start, int m) {
        Set<Integer> inputs = new HashSet<>();
        for (int n = start; n < start + m; n++) {
            int pos = n / cout;
            int ch = n % cout;
            int oy = pos / wo;
            int ox = pos % wo;
            for (int dy = 0; dy < k; dy++) {
                for (int dx = 0; dx < k; dx++) {
                    int iy = oy * stride - pad + dy;
                    int ix = ox * stride - pad + dx;
                    if (iy < 0 || ix < 0 || iy >= h || ix >= w) continue;
                    if (conv) for (int c = 0; c < cin; c++) inputs.add((iy * w + ix) * cin + c);
                    else inputs.add((iy * w + ix) * cin + ch);
                }
            }
        }
        return inputs.size();
    }

    @Test
    void convInputsPerCoreBoundTheEnumeratedReceptiveFields() {
        // 2×8×8 → conv 3×3, stride 1, padding 1 → 3×8×8
        LayerFootprint l = LayerFootprint.conv("c", 2, 8, 8, 3, 8, 8, 3, 1);
        assertEquals(18, l.fanIn());
        assertEquals(192, l.neurons());
        for (int m = 1; m <= 192; m++) {
            int worst = 0;
            for (int s = 0; s + m <= 192; s++) worst = Math.max(worst, bruteForceInputs(true, 2, 8, 8, 3, 8, 8, 3, 1, 1, s, m));
            assertTrue(worst <= l.inputsFor(m), "m=" + m + ": " + worst + " > bound " + l.inputsFor(m));
            if (m == 1) assertEquals(worst, l.inputsFor(1), "one interior neuron sees exactly its fan-in");
        }
        assertEquals(128, l.inputsFor(192), "the whole layer sees the whole input");
    }

    @Test
    void stridedConvAndPoolBoundsHoldToo() {
        // 1×9×9 → conv 3×3 stride 2, no padding → 4×4×4
        LayerFootprint conv = LayerFootprint.conv("c", 1, 9, 9, 4, 4, 4, 3, 2);
        // 4×8×8 → pool 2×2 stride 2 → 4×4×4
        LayerFootprint pool = LayerFootprint.pool("p", 4, 8, 8, 4, 4, 2, 2);
        assertEquals(4, pool.fanIn());
        for (int m = 1; m <= 64; m++) {
            int worstConv = 0;
            int worstPool = 0;
            for (int s = 0; s + m <= 64; s++) {
                worstConv = Math.max(worstConv, bruteForceInputs(true, 1, 9, 9, 4, 4, 4, 3, 2, 0, s, m));
                worstPool = Math.max(worstPool, bruteForceInputs(false, 4, 8, 8, 4, 4, 4, 2, 2, 0, s, m));
            }
            assertTrue(worstConv <= conv.inputsFor(m), "conv m=" + m);
            assertTrue(worstPool <= pool.inputsFor(m), "pool m=" + m);
        }
        assertEquals(4, pool.inputsFor(1));
        assertEquals(9, conv.inputsFor(1));
    }

    @Test
    void footprintsFollowTheModelShapes() {
        ComponentCatalog cat = ComponentCatalog.standard();
        Component lif = cat.create(ComponentFamily.NEURON, BuiltInComponents.LIF);
        Component conv = Component.of(cat.require(ComponentFamily.LAYER, BuiltInComponents.CONV2D),
                "channels", 8, "kernel", 5, "stride", 1, "padding", 0);
        Component pool = Component.of(cat.require(ComponentFamily.LAYER, BuiltInComponents.MAXPOOL), "kernel", 2);
        Component flatten = cat.create(ComponentFamily.LAYER, BuiltInComponents.FLATTEN);
        Component dense = Component.of(cat.require(ComponentFamily.LAYER, BuiltInComponents.DENSE), "units", 10);
        NetworkSpec net = new NetworkSpec(null, List.of(new LayerSpec("conv1", conv, lif), new LayerSpec("pool1", pool, null),
                new LayerSpec("flat", flatten, null), new LayerSpec("out", dense, lif)),
                cat.create(ComponentFamily.READOUT, BuiltInComponents.SPIKE_COUNT));
        List<LayerFootprint> fp = LayerFootprints.of(net, TensorShape.of(1, 28, 28));
        assertEquals(List.of(LayerFootprint.conv("conv1", 1, 28, 28, 8, 24, 24, 5, 1),
                LayerFootprint.pool("pool1", 8, 24, 24, 12, 12, 2, 2),
                LayerFootprint.dense("out", 8 * 12 * 12, 10)), fp);
    }
}
