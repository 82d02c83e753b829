package io.spikeworks.ui.frame;

import io.spikeworks.learn.JitControlLoop;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingStream;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UiC1OnlyTest {
    private static final long DEADLINE_NANOS = 90_000_000_000L;

    /** Not trivial (a loop), so without the directive it would go to C1 with profiling (level 3), then C2 (4). */
    static long uiHotLoop(int[] values, int salt) {
        long s = salt;
        for (int v : values) s = s * 31 + (v ^ salt);
        return s;
    }

    @Test
    void aHotMethodOfTheUiIsCompiledByC1OnlyWhileTheEnginesGoesOnToC2() {
        assertEquals(Optional.empty(), UiC1Only.apply());
        Set<Integer> uiLevels = ConcurrentHashMap.newKeySet();
        Set<Integer> controlLevels = ConcurrentHashMap.newKeySet();
        try (RecordingStream jfr = new RecordingStream()) {
            jfr.enable("jdk.Compilation").withThreshold(Duration.ZERO);
            jfr.setMaxAge(Duration.ofSeconds(10));
            jfr.onEvent("jdk.Compilation", e -> {
                RecordedMethod m = e.getValue("method");
                if (m.getName().equals("uiHotLoop") && m.getType().getName().equals(UiC1OnlyTest.class.getName()))
                    uiLevels.add(level(e));
                if (m.getName().equals("sum") && m.getType().getName().equals(JitControlLoop.class.getName()))
                    controlLevels.add(level(e));
            });
            jfr.startAsync();
            int[] values = new int[64];
            for (int i = 0; i < values.length; i++) values[i] = i * 7919;
            long sink = 0;
            long start = System.nanoTime();
            // run both until the JIT has settled each (events arrive about once a second), or give up
            while (!(uiLevels.contains(1) && controlLevels.contains(4)) && System.nanoTime() - start < DEADLINE_NANOS) {
                for (int i = 0; i < 1000; i++) sink += uiHotLoop(values, i) + JitControlLoop.sum(values, i);
            }
            assertTrue(sink != 42, "keeps the loops alive");
        }
        assertTrue(uiLevels.contains(1), "the UI's method compiled by C1 without profiling, levels seen " + uiLevels);
        assertFalse(uiLevels.contains(4), "the UI's method never compiled by C2, levels seen " + uiLevels);
        assertTrue(controlLevels.contains(4), "a method outside the UI still reaches C2, levels seen " + controlLevels);
    }

    @Test
    void theDirectivesNameTheUisPackagesAndNoneOfTheEngines() throws Exception {
        UiC1Only.apply();
        String directives = UiC1Only.dcmd("compilerDirectivesPrint");
        assertTrue(directives.contains("io/spikeworks/ui/*.*"), directives);
        assertTrue(directives.contains("com/sun/prism/*.*"), directives);
        String file = new String(UiC1Only.class.getResourceAsStream(UiC1Only.DIRECTIVES).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        int kernel = file.indexOf("\"io/spikeworks/ui/live/activity/SpikeRasterView.paintSpikes\"");
        int kept = file.indexOf("Exclude: false");
        int rest = file.indexOf("\"io/spikeworks/ui/*.*\"");
        assertTrue(kernel >= 0 && kernel < kept && kept < rest,
                "the raster's pixel loop is matched first, by a directive that keeps C2: " + file);
        for (String engine : new String[]{"io/spikeworks/sim", "io/spikeworks/learn", "io/spikeworks/session", "io/spikeworks/*."})
            assertFalse(directives.contains(engine), engine + " in " + directives);
    }

    @Test
    void everyMethodTheDirectivesNameExistsSoAMoveCannotSilentlyDropOne() throws Exception {
        String file = new String(UiC1Only.class.getResourceAsStream(UiC1Only.DIRECTIVES).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"(io/spikeworks/[\\w/]+)\\.(\\w+)\"").matcher(file);
        int named = 0;
        while (m.find()) {
            String type = m.group(1).replace('/', '.');
            String method = m.group(2);
            Class<?> c = Class.forName(type);
            assertTrue(java.util.Arrays.stream(c.getDeclaredMethods()).anyMatch(x -> x.getName().equals(method)),
                    type + " has no method " + method + " named in " + UiC1Only.DIRECTIVES);
            named++;
        }
        assertEquals(5, named, "the raster's and the heatmaps' pixel loops: " + file);
    }

    private static int level(RecordedEvent e) {
        return e.getInt("compileLevel");
    }
}
