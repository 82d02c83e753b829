package io.spikeworks.data.function;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class RandomStreamsTest {
    @Test
    void standardNormalsHaveUnitVarianceAndNormalTails() {
        SplittableRandom random = new SplittableRandom(2024);
        int n = 200_000;
        double sum = 0, squares = 0, fourth = 0;
        int beyond196 = 0;
        for (int i = 0; i < n; i++) {
            double z = RandomStreams.standardNormal(random);
            sum += z;
            squares += z * z;
            fourth += z * z * z * z;
            if (Math.abs(z) > 1.96) beyond196++;
        }
        assertEquals(0, sum / n, 0.01);          // sd of the mean 0.0022
        assertEquals(1, squares / n, 0.015);     // sd sqrt(2 / n) = 0.0032
        assertEquals(3, fourth / n, 0.1);        // normal kurtosis; sd about 0.022
        assertEquals(0.05, (double) beyond196 / n, 0.003); // sd 0.0005
    }

    @Test
    void derivedSeedsAreStableAndSeparateStreamsAndItems() {
        assertEquals(RandomStreams.derive(3, 4), RandomStreams.derive(3, 4));
        assertNotEquals(RandomStreams.derive(3, 4), RandomStreams.derive(4, 3));
        assertNotEquals(RandomStreams.derive(3, 4), RandomStreams.derive(3, 5));
        assertEquals(RandomStreams.forItem(1, 2, 3).nextLong(), RandomStreams.forItem(1, 2, 3).nextLong());
        assertNotEquals(RandomStreams.forItem(1, 2, 3).nextLong(), RandomStreams.forItem(1, 2, 4).nextLong());
    }
}
