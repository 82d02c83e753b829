package io.spikeworks.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricsTableTest {
    @Test
    void readsColumnsByNameAndFindsTheAlgorithmsOwn() {
        MetricsTable t = MetricsTable.parse("epoch,train_loss,transport_bits\n1,2.5,10\n2,1.25,nan\n", "m.csv");
        assertEquals(2, t.rows());
        assertArrayEquals(new double[]{2.5, 1.25}, t.column("train_loss"));
        assertTrue(Double.isNaN(t.column("transport_bits")[1]));
        assertEquals(List.of("transport_bits"), t.othersThan(List.of("epoch", "train_loss")));
        assertFalse(t.hasValues("missing"));
        assertEquals(0, t.column("missing").length);
    }

    @Test
    void aShortLineIsNamedByFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MetricsTable.parse("a,b\n1,2\n3\n", "run/metrics.csv"));
        assertEquals("run/metrics.csv: line 3 has 1 cells, the header has 2", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MetricsTable.parse("\n", "x.csv"));
    }
}
