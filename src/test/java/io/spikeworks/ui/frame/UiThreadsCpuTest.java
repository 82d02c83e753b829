package io.spikeworks.ui.frame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
class UiThreadsCpuTest {
    @Test
    void countsTheFxThreadsCpuTimeFromAnyThread() throws Exception {
        UiThreadsCpu cpu = new UiThreadsCpu();
        assertEquals(-1, cpu.nanos(), "unknown until the FX thread is named");
        FxBridge.supply(() -> {
            cpu.fxThreadIsCurrent();
            return null;
        }).get(10, TimeUnit.SECONDS);
        long before = cpu.nanos();
        assertTrue(before > 0, "the FX thread has run: " + before);
        // 50 ms of work on the FX thread shows as at least 40 ms more (CPU time, not wall time)
        FxBridge.supply(() -> {
            long until = cpu.nanos() + 50_000_000L;
            long spin = 0;
            while (cpu.nanos() < until) spin++;
            return spin;
        }).get(10, TimeUnit.SECONDS);
        assertTrue(cpu.nanos() - before >= 40_000_000L, "grew by " + (cpu.nanos() - before));
    }
}
