package io.spikeworks.chip;

import io.spikeworks.sim.Param;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StraightThroughWeightsTest {

    private static Param param(float... values) {
        Param p = new Param("w", values.length);
        System.arraycopy(values, 0, p.value, 0, values.length);
        return p;
    }

    @Test
    void forwardSeesQuantisedWeightsAndTheUpdateSeesTheFloatShadow() {
        Param p = param(1.5f, 0.1f, -0.4f);
        StraightThroughWeights ste = new StraightThroughWeights(List.of(p),
                new WeightQuantizer(3, true, Rounding.NEAREST, 1));
        ste.quantizeForForward();
        // scale = 1.5 / 3 = 0.5: levels 3, 0 (0.2), −1 (−0.8)
        assertArrayEquals(new float[]{1.5f, 0f, -0.5f}, p.value);
        ste.restoreForUpdate();
        assertArrayEquals(new float[]{1.5f, 0.1f, -0.4f}, p.value);
        assertThrows(IllegalStateException.class, ste::restoreForUpdate);
    }

    /** Small steps accumulate in the shadow until they cross half a level; updating q(w) directly never would. */
    @Test
    void smallUpdatesAccumulateInTheShadow() {
        Param p = param(1.5f, 0.0625f);
        StraightThroughWeights ste = new StraightThroughWeights(List.of(p), new WeightQuantizer(3, true, Rounding.NEAREST, 1));
        ste.freezeScales();                 // scale 0.5 for good
        long[] changed = new long[4];
        float[] seen = new float[4];
        for (int step = 0; step < 4; step++) {
            ste.quantizeForForward();
            changed[step] = ste.changedWeights();
            seen[step] = p.value[1];
            ste.restoreForUpdate();
            p.value[1] += 0.0625f;          // the optimiser's step on the shadow
        }
        // shadow 0.0625, 0.125, 0.1875, 0.25 → levels 0, 0, 0, 1 (0.5 is a tie, away from zero)
        assertArrayEquals(new float[]{0f, 0f, 0f, 0.5f}, seen);
        assertArrayEquals(new long[]{2, 0, 0, 1}, changed, "first time every weight is written, then only changed levels");
        assertEquals(3, ste.takeWeightWrites());
        assertEquals(0, ste.takeWeightWrites());

        // the same steps applied to the quantised value itself are always rounded away
        WeightQuantizer q = new WeightQuantizer(3, true, Rounding.NEAREST, 1);
        float direct = 0f;
        for (int step = 0; step < 10; step++) direct = q.level(direct + 0.0625f, 0.5f) * 0.5f;
        assertEquals(0f, direct);
    }

    @Test
    void floatProfileLeavesWeightsAlone() {
        Param p = param(0.123f, -4.56f);
        StraightThroughWeights ste = new StraightThroughWeights(List.of(p), new WeightQuantizer(32, true, Rounding.NEAREST, 1));
        ste.quantizeForForward();
        assertArrayEquals(new float[]{0.123f, -4.56f}, p.value);
        ste.restoreForUpdate();
        assertEquals(2, ste.weightCount());
        assertEquals(0, ste.changedWeights());
    }
}
