package io.spikeworks.spark;

import io.spikeworks.cli.SpikeworksCli;
import io.spikeworks.cli.SweepCommand;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Main class of spikeworks-spark.jar: {@code sweep SWEEP.json --out DIR [--resume] …}, the desktop jar's sweep with
 * its runs trained by Spark. {@code spark-submit --master spark://…|k8s://…|yarn spikeworks-spark.jar sweep …} runs
 * it on a cluster, whose Spark is on the class path already. {@code java -jar spikeworks-spark.jar sweep …} runs on
 * {@code local[*]} (or the master given by -Dspark.master=…): the jar then starts itself again with the
 * {@code spark-home/jars/} folder beside it on the class path and the JVM options Spark's own launcher gives its
 * JVMs, which a manifest cannot add (the Vector API module for the engine, module openings for Spark).
 */
public final class SparkSweepMain {
    static final String RELAUNCHED = "spikeworks.relaunched";
    static final String SPARK_HOME_JARS = "spark-home/jars";

    private SparkSweepMain() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        if (System.getProperty(RELAUNCHED) == null && System.getProperty("spark.submit.deployMode") == null
                && System.getenv("SPIKEWORKS_NO_RELAUNCH") == null) {
            System.exit(relaunch(args, err));
        }
        if (!sparkPresent()) {
            err.println("error: Spark's classes are missing: run this jar with spark-submit, or keep the " + SPARK_HOME_JARS
                    + "/ folder that mvn -Pspark package writes next to it");
            System.exit(SpikeworksCli.FAILURE);
        }
        if (args.length == 0 || !args[0].equals("sweep")) {
            err.println("usage: spikeworks-spark.jar sweep SWEEP.json --out DIR [--resume] [options of spikeworks sweep]; "
                    + "Spark settings as java -Dspark.master=local[2] -jar …, or spark-submit --master … --conf …");
            System.exit(SpikeworksCli.USAGE);
        }
        SweepCommand command = new SweepCommand(SparkSweepExecutor::start);
        System.exit(SpikeworksCli.runCommand(command, out, err, Arrays.copyOfRange(args, 1, args.length)));
    }

    private static boolean sparkPresent() {
        try {
            Class.forName("org.apache.spark.SparkContext", false, SparkSweepMain.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Runs this jar again in a child JVM with Spark's jars and options, and returns its exit code. */
    private static int relaunch(String[] args, PrintWriter err) {
        String classPath = System.getProperty("java.class.path");
        List<String> options = new ArrayList<>();
        try {
            Path jar = Path.of(SparkSweepMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path jars = jar.getParent().resolve(SPARK_HOME_JARS);
            if (!sparkPresent()) {
                if (!Files.isDirectory(jars)) {
                    err.println("error: Spark's jars are not in " + jars + ": build with mvn -Pspark package, which writes "
                            + "them there, or run this jar with spark-submit");
                    return SpikeworksCli.FAILURE;
                }
                classPath = classPath + File.pathSeparator + jars + File.separator + "*";
            }
            options.addAll(sparkJvmOptions(jars));
        } catch (Exception e) {
            err.println("error: cannot find Spark's JVM options (" + e.getMessage() + "); run this jar with spark-submit");
            return SpikeworksCli.FAILURE;
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(options);
        cmd.add("--add-modules=jdk.incubator.vector");
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        cmd.add("-D" + RELAUNCHED + "=true");
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(SparkSweepMain.class.getName());
        cmd.addAll(List.of(args));
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
            pb.environment().putIfAbsent("OMP_NUM_THREADS", "1");
            // on one machine, bind to loopback rather than the first interface Spark finds
            String master = System.getProperty("spark.master", "local[*]");
            if (master.startsWith("local")) pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
            Process p = pb.start();
            Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
            return p.waitFor();
        } catch (IOException e) {
            err.println("error: cannot start " + java + ": " + e.getMessage());
            return SpikeworksCli.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** Spark's JavaModuleOptions, asked of the Spark in use (on the class path, or in spark-home/jars/). */
    private static List<String> sparkJvmOptions(Path jars) throws Exception {
        String name = "org.apache.spark.launcher.JavaModuleOptions";
        ClassLoader loader = SparkSweepMain.class.getClassLoader();
        URLClassLoader own = null;
        if (!sparkPresent()) {
            List<URL> urls = new ArrayList<>();
            try (Stream<Path> s = Files.list(jars)) {
                for (Path p : s.filter(p -> p.getFileName().toString().startsWith("spark-launcher")).toList()) urls.add(p.toUri().toURL());
            }
            own = new URLClassLoader(urls.toArray(URL[]::new), null);
            loader = own;
        }
        try {
            String[] options = (String[]) Class.forName(name, true, loader).getMethod("defaultModuleOptionArray").invoke(null);
            return List.of(options);
        } finally {
            if (own != null) own.close();
        }
    }
}
