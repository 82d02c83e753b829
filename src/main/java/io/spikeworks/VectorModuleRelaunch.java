package io.spikeworks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The engine's fast kernels need the incubating module jdk.incubator.vector, which a jar manifest cannot
 * add. When the JVM was started without it ({@code java -jar spikeworks.jar}), start the same command
 * again in a child JVM with the module added, and pass its exit code on. Without a usable java binary the
 * run simply continues here on the plain kernels. Set SPIKEWORKS_NO_RELAUNCH=1 to never relaunch.
 */
final class VectorModuleRelaunch {
    static final String MODULE = "jdk.incubator.vector";
    static final String MARKER = "spikeworks.relaunched";

    private VectorModuleRelaunch() {}

    static boolean needed() {
        return ModuleLayer.boot().findModule(MODULE).isEmpty()
                && System.getProperty(MARKER) == null
                && System.getenv("SPIKEWORKS_NO_RELAUNCH") == null;
    }

    /** Runs the child JVM and returns its exit code, or empty when it could not be started. */
    static Optional<Integer> relaunch(String mainClass, String[] args) {
        Optional<String> java = ProcessHandle.current().info().command();
        if (java.isEmpty()) return Optional.empty();
        List<String> cmd = new ArrayList<>();
        cmd.add(java.get());
        cmd.add("--add-modules=" + MODULE);
        // G1 otherwise answers the kernels' warm-up garbage (vector boxing before the JIT compiles them) by
        // growing the heap: config A reached 1.3 GB resident with G1's default ratio (12), 520–620 MB with 4, and
        // 440 MB with 1, which also keeps conv config D below 1 GiB (with 4 it went over in 3 of 30 runs); the
        // engine makes no garbage once compiled, so the GC time this allows is spent in the warm-up only and the
        // speed is the same. Flags given on the command line come after, so they win.
        cmd.add("-XX:GCTimeRatio=1");
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        cmd.add("-D" + MARKER + "=true");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
            return Optional.of(p.waitFor());
        } catch (java.io.IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }
}
