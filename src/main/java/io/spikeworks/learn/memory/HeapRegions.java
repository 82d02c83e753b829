package io.spikeworks.learn.memory;

import com.sun.management.HotSpotDiagnosticMXBean;

import java.lang.management.ManagementFactory;

/**
 * How the JVM's heap holds an array: G1 (the default collector) puts an array of half a region or more into whole
 * regions of its own ("humongous"), so a 2.1 MiB array takes 4 MiB of a heap with 4 MiB regions. Other collectors
 * pack arrays; only the object header is added.
 *
 * @param regionBytes G1's region size, or 0 when another collector runs
 */
record HeapRegions(long regionBytes) {
    private static final long HEADER = 16;

    private static final HeapRegions CURRENT = read();

    /** The running JVM's (read once: the collector and region size do not change while it runs). */
    static HeapRegions current() {
        return CURRENT;
    }

    private static HeapRegions read() {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (!Boolean.parseBoolean(hotspot.getVMOption("UseG1GC").getValue())) return new HeapRegions(0);
            return new HeapRegions(Long.parseLong(hotspot.getVMOption("G1HeapRegionSize").getValue()));
        } catch (RuntimeException e) {
            return new HeapRegions(0); // not HotSpot: count the arrays as they are
        }
    }

    /** Heap taken by {@code count} arrays of {@code bytes} each (saturating at Long.MAX_VALUE). */
    long arrays(long count, long bytes) {
        if (count == 0 || bytes == 0) return 0;
        long each = RunMemoryEstimate.add(bytes, HEADER);
        if (regionBytes > 0 && each >= regionBytes / 2) {
            long regions = each / regionBytes + (each % regionBytes == 0 ? 0 : 1);
            each = RunMemoryEstimate.mul(regions, regionBytes);
        }
        return RunMemoryEstimate.mul(count, each);
    }
}
