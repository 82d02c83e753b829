package io.spikeworks.spark;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A Spark standalone master and one worker (2 cores) as two JVMs on 127.0.0.1, on free ports, with temp folders.
 * SPARK_HOME is a temp folder with an empty jars/: the worker's executors get the test class path as
 * spark.executor.extraClassPath instead, so this works in a test phase that runs before package writes
 * target/spark-home/jars.
 */
final class StandaloneSparkCluster implements AutoCloseable {
    private final Path dir;
    private final Map<String, String> env;
    private Process master;
    private Process worker;
    private final int masterPort;

    StandaloneSparkCluster(Path dir) throws Exception {
        this.dir = dir;
        Path home = dir.resolve("spark-home");
        Files.createDirectories(home.resolve("jars"));
        Files.createDirectories(workDir());
        env = Map.of("SPARK_HOME", home.toString(), "SPARK_SCALA_VERSION", "2.13", "JAVA_HOME", System.getProperty("java.home"));
        masterPort = freePort();
    }

    String url() {
        return "spark://127.0.0.1:" + masterPort;
    }

    Map<String, String> env() {
        return env;
    }

    Path workDir() {
        return dir.resolve("work");
    }

    /** The -D options a driver needs for this cluster's executors to find the app and log at INFO. */
    List<String> driverOptions() {
        return List.of("-Dspark.master=" + url(), "-Dspark.executor.extraClassPath=" + ChildJvm.classPath(),
                "-Dspark.executor.memory=1g",
                "-Dspark.executor.extraJavaOptions=--add-modules=jdk.incubator.vector -Djava.io.tmpdir=" + workDir() + " "
                        + ChildJvm.INFO_LOGGING);
    }

    /** Starts the master, then the worker, and returns once the master has registered the worker. */
    void start() throws Exception {
        List<String> opts = new ArrayList<>(List.of("-Xmx256m"));
        opts.addAll(List.of(ChildJvm.INFO_LOGGING.split(" ")));
        Path masterLog = dir.resolve("master.log");
        master = ChildJvm.start(opts, "org.apache.spark.deploy.master.Master",
                List.of("--host", "127.0.0.1", "--port", Integer.toString(masterPort), "--webui-port", Integer.toString(freePort())),
                env, masterLog);
        worker = ChildJvm.start(opts, "org.apache.spark.deploy.worker.Worker",
                List.of("--host", "127.0.0.1", "--webui-port", Integer.toString(freePort()), "--cores", "2", "--memory", "2g",
                        "--work-dir", workDir().toString(), url()),
                env, dir.resolve("worker.log"));
        try {
            ChildJvm.await("the master to register the worker", Duration.ofMinutes(2), () -> {
                if (!master.isAlive() || !worker.isAlive()) throw new AssertionError("master or worker died");
                return ChildJvm.read(masterLog).contains("Registering worker");
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nmaster:\n" + ChildJvm.read(masterLog) + "\nworker:\n"
                    + ChildJvm.read(dir.resolve("worker.log")), e);
        }
    }

    /** The executor JVM the worker runs now, if any. */
    Optional<ProcessHandle> executor() {
        return worker.descendants().filter(p -> commandLine(p).contains("CoarseGrainedExecutorBackend")).findFirst();
    }

    /** The whole command line from /proc: ProcessHandle.Info's is cut short when it is long (the class path is). */
    private static String commandLine(ProcessHandle p) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline"))).replace('\0', ' ');
        } catch (IOException e) {
            return p.info().commandLine().orElse("");
        }
    }

    /**
     * The worker's folders of the executors it started for the (one) application, e.g. app-…/0, app-…/1. Only app-…
     * folders count: the work folder is also the executors' java.io.tmpdir, so their temporary folders sit beside it.
     */
    List<Path> executorFolders() throws IOException {
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> apps = Files.list(workDir())) {
            for (Path app : apps.filter(a -> a.getFileName().toString().startsWith("app-")).sorted().toList()) {
                try (Stream<Path> ex = Files.list(app)) {
                    ex.filter(Files::isDirectory).forEach(folders::add);
                }
            }
        }
        folders.sort(null);
        return folders;
    }

    /** The worker's child processes and the end of each executor's log, for a failure message. */
    String diagnostics() {
        StringBuilder b = new StringBuilder("worker's processes:");
        worker.descendants().forEach(p -> b.append("\n  ").append(p.pid()).append(' ')
                .append(commandLine(p).substring(0, Math.min(300, commandLine(p).length()))));
        try {
            for (Path e : executorFolders()) {
                String log = ChildJvm.read(e.resolve("stderr"));
                b.append("\n").append(e).append(":\n").append(log.substring(Math.max(0, log.length() - 3000)));
            }
        } catch (IOException e) {
            b.append("\n").append(e);
        }
        return b.toString();
    }

    @Override
    public void close() {
        ChildJvm.stop(worker == null ? null : worker.toHandle());
        ChildJvm.stop(master == null ? null : master.toHandle());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
