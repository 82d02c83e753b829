package io.spikeworks.spark;

import org.apache.spark.launcher.JavaModuleOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * JVMs a cluster test starts (master, worker, driver): this test JVM's class path, Spark's module options, loopback
 * only, output to a log file the test polls. Each is stopped by its own process id.
 */
final class ChildJvm {
    private ChildJvm() {}

    /** The test class path (surefire may hide it behind a manifest-only jar in java.class.path). */
    static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Options every child JVM needs: the ones spark-submit gives its JVMs, and the engine's Vector API. */
    static List<String> jvmOptions() {
        List<String> o = new ArrayList<>(List.of(JavaModuleOptions.defaultModuleOptionArray()));
        o.add("--add-modules=jdk.incubator.vector");
        return o;
    }

    /**
     * Logging at INFO through slf4j-simple (the test class path holds two slf4j providers; this one is named, and its
     * level raised from the project's warn), so master, worker and executor log the lines the tests wait for.
     */
    static final String INFO_LOGGING = "-Dslf4j.provider=org.slf4j.simple.SimpleServiceProvider "
            + "-Dorg.slf4j.simpleLogger.defaultLogLevel=info";

    /**
     * Starts {@code java OPTIONS -cp TEST_CLASSPATH MAIN ARGS} in the project folder, stdout and stderr to {@code log},
     * its temp files (Spark's, the sweep's scratch) in a folder beside the log: a JVM killed with SIGKILL cleans up
     * nothing, and the test's temp folder goes away with the test.
     */
    static Process start(List<String> options, String main, List<String> args, Map<String, String> env, Path log) throws IOException {
        Path tmp = Files.createTempDirectory(log.getParent(), "tmp-");
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(jvmOptions());
        cmd.add("-Djava.io.tmpdir=" + tmp);
        cmd.addAll(options);
        cmd.addAll(List.of("-cp", classPath(), main));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().put("OMP_NUM_THREADS", "1");
        pb.environment().putAll(env);
        return pb.start();
    }

    /** Kills a process and everything it started, each by its own id, and waits for them. */
    static void stop(ProcessHandle p) {
        if (p == null) return;
        List<ProcessHandle> children = p.descendants().toList();
        List<ProcessHandle> all = new ArrayList<>(List.of(p));
        all.addAll(children);
        for (ProcessHandle h : all) h.destroyForcibly();
        for (ProcessHandle h : all) {
            try {
                h.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("process " + h.pid() + " did not end after SIGKILL", e);
            }
        }
    }

    /** Polls a condition until it holds; fails with {@code what} when it does not within the timeout. */
    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            Thread.sleep(50); // a polling interval, not a wait for something to happen
        }
    }

    /** A file's text, or "" while it does not exist yet. */
    static String read(Path f) {
        try {
            return Files.exists(f) ? Files.readString(f) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
