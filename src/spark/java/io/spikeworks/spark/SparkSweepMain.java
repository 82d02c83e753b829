package io.spikeworks.spark;

import io.spikeworks.cli.SpikeworksCli;
import io.spikeworks.cli.SweepCommand;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Main class of spikeworks-spark.jar: {@code sweep SWEEP.json --out DIR [--resume] …}, the desktop jar's sweep with
 * its runs trained by Spark. {@code java -jar spikeworks-spark.jar sweep …} runs on {@code local[*]} (or on the
 * master given by -Dspark.master=…), with Spark's jars from spark-home/jars/ next to it (the manifest's Class-Path);
 * {@code spark-submit --master spark://…|k8s://…|yarn spikeworks-spark.jar sweep …} runs it on a cluster.
 */
public final class SparkSweepMain {
    static final String RELAUNCHED = "spikeworks.relaunched";

    private SparkSweepMain() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        if (!sparkPresent()) {
            err.println("error: Spark's classes are missing: run this jar with spark-submit, or keep the spark-home/jars/ "
                    + "folder that mvn -Pspark package writes next to it");
            System.exit(SpikeworksCli.FAILURE);
        }
        if (relaunchNeeded()) System.exit(relaunch(args));
        if (args.length == 0 || !args[0].equals("sweep")) {
            err.println("usage: spikeworks-spark.jar sweep SWEEP.json --out DIR [--resume] [options of spikeworks sweep]; "
                    + "spark settings as -Dspark.master=local[2] or spark-submit --master …");
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

    /**
     * A plain {@code java -jar} lacks the Vector API module the engine's kernels use and the module openings Spark
     * wants, which a manifest cannot add; spark-submit adds both (its JVMs get Spark's JavaModuleOptions).
     */
    private static boolean relaunchNeeded() {
        return System.getProperty(RELAUNCHED) == null && System.getProperty("spark.submit.deployMode") == null
                && System.getenv("SPIKEWORKS_NO_RELAUNCH") == null
                && ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty();
    }

    private static int relaunch(String[] args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(List.of(org.apache.spark.launcher.JavaModuleOptions.defaultModuleOptionArray()));
        cmd.add("--add-modules=jdk.incubator.vector");
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        cmd.add("-D" + RELAUNCHED + "=true");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(SparkSweepMain.class.getName());
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
            return p.waitFor();
        } catch (java.io.IOException e) {
            System.err.println("error: cannot start " + java + " with Spark's module options: " + e.getMessage());
            return SpikeworksCli.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}
