package io.spikeworks.sim;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class PlanesToChannelsLastTest {
    @Test
    void channelPlanesBecomePixelsOfChannelsForEverySample() {
        // two samples of 2 channels × 1 × 3 pixels; value = 100·sample + 10·channel + pixel
        float[] planes = {0, 1, 2, 10, 11, 12, 100, 101, 102, 110, 111, 112};
        float[] out = new float[14];
        Shapes.planesToChannelsLast(planes, 0, out, 2, new int[]{2, 1, 3}, 2);
        assertArrayEquals(new float[]{0, 0, 0, 10, 1, 11, 2, 12, 100, 110, 101, 111, 102, 112}, out);
    }

    @Test
    void oneChannelOrAFlatShapeIsCopiedAsItIs() {
        float[] src = {5, 6, 7, 8};
        float[] out = new float[4];
        Shapes.planesToChannelsLast(src, 0, out, 0, new int[]{1, 2, 2}, 1);
        assertArrayEquals(src, out);
        Shapes.planesToChannelsLast(src, 2, out, 0, new int[]{2}, 1);
        assertArrayEquals(new float[]{7, 8, 7, 8}, out);
    }
}
