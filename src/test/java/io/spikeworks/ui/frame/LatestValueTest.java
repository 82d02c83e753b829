package io.spikeworks.ui.frame;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class LatestValueTest {
    @Test
    void latestValueWins() {
        LatestValue<Integer> v = new LatestValue<>();
        List<Integer> seen = new ArrayList<>();
        assertFalse(v.drain(seen::add));
        v.offer(1);
        v.offer(2);
        v.offer(3);
        assertTrue(v.hasPending());
        assertTrue(v.drain(seen::add));
        assertFalse(v.drain(seen::add), "nothing new since the last drain");
        assertEquals(List.of(3), seen);
        assertEquals(3, v.offeredCount());
        assertEquals(1, v.deliveredCount());
    }

    @Test
    void concurrentProducersNeverLoseTheLastValue() throws Exception {
        LatestValue<Long> v = new LatestValue<>();
        Thread producer = new Thread(() -> {
            for (long i = 1; i <= 200_000; i++) v.offer(i);
        });
        producer.start();
        long[] last = {0};
        while (producer.isAlive()) {
            v.drain(x -> {
                assertTrue(x > last[0], "values arrive in order");
                last[0] = x;
            });
        }
        producer.join();
        v.drain(x -> last[0] = x);
        assertEquals(200_000L, last[0]);
    }

    @Test
    void nullIsNotAValue() {
        assertThrows(NullPointerException.class, () -> new LatestValue<String>().offer(null));
    }
}
