package io.spikeworks.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.spikeworks.learn.Trainer;
import io.spikeworks.learn.sweep.SweepConfigurationRun;
import io.spikeworks.learn.sweep.SweepData;
import io.spikeworks.learn.sweep.SweepEntry;
import io.spikeworks.learn.sweep.SweepOutcome;
import io.spikeworks.learn.sweep.SweepResult;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectJson;
import io.spikeworks.model.file.StrictJson;
import org.apache.spark.SparkFiles;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One configuration of a sweep as a Spark task: JSON text in (label, coding, the project as it trains, data
 * limits), JSON text out ({@link SweepOutcome}). Text both ways, so nothing of the engine has to be Serializable.
 * The task trains with the cores Spark gave it, reads its data from the archive the driver shipped, and catches
 * every failure of the run itself ({@link SweepConfigurationRun}): Spark retries only what kills the executor.
 */
final class SweepTask implements Function<String, String> {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Loaded data sets per executor JVM, shared by the tasks it runs: one copy, not one per configuration. */
    private static final Map<List<Object>, SweepData> DATA = new ConcurrentHashMap<>();

    /** @param archive the shipped datasets' archive name, null when the runs need no bundled data */
    static String input(SweepEntry e, String archive, Integer limitTrain, Integer limitTest) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("label", e.label());
        n.put("coding", e.coding());
        n.set("project", StrictJson.parse(new ProjectJson().toJson(e.project())));
        n.put("archive", archive);
        n.put("limitTrain", limitTrain);
        n.put("limitTest", limitTest);
        return n.toString();
    }

    @Override
    public String call(String input) throws Exception {
        JsonNode n = StrictJson.parse(input);
        String label = n.get("label").asText();
        Project project = new ProjectJson().read(n.get("project"), label);
        SweepEntry entry = new SweepEntry(n.get("coding").asText(), label, project);
        try {
            capThreads();
            Path assets = n.get("archive").isNull() ? null : Path.of(SparkFiles.get(n.get("archive").asText()));
            Integer limitTrain = n.get("limitTrain").isNull() ? null : n.get("limitTrain").asInt();
            Integer limitTest = n.get("limitTest").isNull() ? null : n.get("limitTest").asInt();
            SweepData data = DATA.computeIfAbsent(java.util.Arrays.asList(assets, limitTrain, limitTest),
                    k -> new SweepData(assets, limitTrain, limitTest));
            return SweepConfigurationRun.run(entry, () -> data.load(project), SweepConfigurationRun.NONE).toJson();
        } catch (RuntimeException e) {
            // before the run's own guard (the archive missing): still this configuration's row, not a retry
            return new SweepOutcome(SweepResult.failed(entry, "on " + host() + ": " + e.getMessage()), Map.of()).toJson();
        }
    }

    /**
     * The engine and ND4J use the task's cores, not the machine's: an executor runs several tasks side by side.
     * Every task of a job asks for the same spark.task.cpus, so a JVM-wide setting is right for all of them.
     */
    private static void capThreads() {
        TaskContext t = TaskContext.get();
        int cpus = t == null ? 1 : Math.max(1, t.cpus());
        if (System.getProperty(Trainer.THREADS_PROPERTY) == null) System.setProperty(Trainer.THREADS_PROPERTY, Integer.toString(cpus));
        if (System.getProperty("spikeworks.nd4j.threads") == null) System.setProperty("spikeworks.nd4j.threads", Integer.toString(cpus));
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "an executor";
        }
    }
}
