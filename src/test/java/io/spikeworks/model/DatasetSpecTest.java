package io.spikeworks.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The data set's settings by key, as the inspector's generated editors read and write them. */
class DatasetSpecTest {
    @Test
    void everySettingReadsAndWritesByKey() {
        DatasetSpec d = DatasetSpec.of("mnist");
        for (ParamSpec s : DatasetSpec.PARAMS) {
            assertNull(d.get(s.key()), s.key() + " unset by default");
            Object value = s.kind() == ParamKind.STRING ? "data/x" : (Object) 7L;
            DatasetSpec changed = d.with(s.key(), value);
            assertEquals(value, changed.get(s.key()), s.key());
            for (ParamSpec other : DatasetSpec.PARAMS)
                if (other != s) assertNull(changed.get(other.key()), "only " + s.key() + " changed");
            assertNull(changed.with(s.key(), null).get(s.key()), "null unsets " + s.key());
        }
        assertEquals(300, d.with(DatasetSpec.HOLD_OUT, 300.0).holdOut(), "a whole double is a count");
        assertEquals("mnist", d.withHoldOut(5).withName("mnist").name());
        assertEquals(5, d.withHoldOut(5).withLimitTrain(10).holdOut(), "withers keep the held-out count");
        assertThrows(IllegalArgumentException.class, () -> d.with(DatasetSpec.HOLD_OUT, 2.5));
        assertThrows(IllegalArgumentException.class, () -> d.get("nope"));
    }
}
