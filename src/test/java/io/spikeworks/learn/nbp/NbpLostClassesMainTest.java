package io.spikeworks.learn.nbp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NbpLostClassesMainTest {
    @Test
    void consecutiveEpochsAreWrittenAsRanges() {
        assertEquals("1-3, 7, 9-10", NbpLostClassesMain.ranges(List.of(1, 2, 3, 7, 9, 10)));
        assertEquals("4", NbpLostClassesMain.ranges(List.of(4)));
        assertEquals("", NbpLostClassesMain.ranges(List.of()));
    }
}
