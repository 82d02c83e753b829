package io.spikeworks.learn.memory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.learn.Trainer;
import io.spikeworks.learn.TrainingData;
import io.spikeworks.learn.TrainingListener;
import io.spikeworks.learn.TrainingRun;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectJson;
import io.spikeworks.model.file.StrictJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The estimate against the heap a run really holds after training and evaluating, measured after full collections. */
class RunMemoryEstimateTest {

    private static long heapUsed() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    private static Project sample(String file, int steps, int batch, int units) throws IOException {
        ObjectNode root = (ObjectNode) StrictJson.read(Path.of("sample-projects", file));
        ObjectNode training = (ObjectNode) root.get("training");
        training.put("timeSteps", steps);
        training.put("batchSize", batch);
        training.put("epochs", 1);
        ((ObjectNode) ((ArrayNode) root.get("network").get("layers")).get(0)).put("units", units);
        return new ProjectJson().parse(root.toString(), file);
    }

    /** The MNIST sample with a convolution and max pooling in front of its output layer. */
    private static Project conv(int steps, int batch, int channels) throws IOException {
        ObjectNode root = (ObjectNode) StrictJson.read(Path.of("sample-projects", "mnist-bptt.json"));
        ObjectNode training = (ObjectNode) root.get("training");
        training.put("timeSteps", steps);
        training.put("batchSize", batch);
        training.put("epochs", 1);
        ArrayNode layers = (ArrayNode) root.get("network").get("layers");
        ObjectNode neuron = (ObjectNode) layers.get(0).get("neuron");
        ObjectNode c = layers.insertObject(0);
        c.put("id", "conv1").put("type", "conv2d").put("channels", channels).put("kernel", 5).put("stride", 1)
                .put("padding", 0).put("bias", true).put("init", "uniform").set("neuron", neuron.deepCopy());
        layers.insertObject(1).put("id", "pool1").put("type", "maxpool").put("kernel", 2).putNull("stride");
        layers.remove(2); // the sample's hidden layer: conv1 → pool1 → out
        ((ObjectNode) root.get("layout")).removeAll();
        return new ProjectJson().parse(root.toString(), "conv");
    }

    /**
     * Trains two batches and evaluates the test set once, then compares the heap the run keeps with the estimate. The
     * heap is measured after the run, when each replica holds what its last pass needed; so the test set is one
     * evaluation pass (the trainer's rounds, when a sample's history is large, all of one size), whose history is
     * then still held.
     */
    private static double estimateOverMeasured(Project p, int testSamples) {
        int batch = p.training().batchSize();
        TrainTestSplit data = TrainingData.load(p, null, 2 * batch, testSamples);
        RunMemoryEstimate estimate = RunMemoryEstimate.of(p, ComponentCatalog.standard(), Math.min(batch, data.train().size()),
                Math.min(batch, data.test().size()), Trainer.DEFAULT_SLICES).orElseThrow();
        long before = heapUsed();
        TrainingRun run = new TrainingRun(p, data.train(), data.test());
        run.run(new TrainingListener() {});
        long used = heapUsed() - before;
        java.lang.ref.Reference.reachabilityFence(run);
        return (double) estimate.totalBytes() / used;
    }

    @Test
    void withinAQuarterOfTheHeapARunHolds() throws IOException {
        record Case(Project project, int testSamples) {}
        // spike input (Poisson), a wide and a narrow hidden layer, a feedback rule, direct-current input, and two whose
        // samples' history is large enough for evaluation in rounds: 600 steps (6 samples per evaluation replica and
        // round, 24 a round) and a convolution of 8 × 24 × 24 neurons (11 per replica, 44 a round)
        List<Case> cases = List.of(new Case(sample("mnist-bptt.json", 25, 128, 256), 128),
                new Case(sample("mnist-bptt.json", 25, 64, 1024), 64), new Case(sample("fashion-fbp.json", 25, 128, 256), 128),
                new Case(sample("sine-bptt.json", 100, 128, 256), 128), new Case(sample("mnist-bptt.json", 600, 32, 128), 24),
                new Case(conv(25, 64, 8), 44));
        for (Case c : cases) {
            Project p = c.project();
            double ratio = estimateOverMeasured(p, c.testSamples());
            System.out.printf("memory estimate / measured heap: %.3f for %s, T = %d, batch %d, first layer %s%n", ratio,
                    p.dataset().name(), p.training().timeSteps(), p.training().batchSize(),
                    p.network().layers().get(0).component().params());
            assertTrue(ratio > 0.75 && ratio < 1.25, p.name() + ": estimate / measured = " + ratio);
        }
    }

    @Test
    void sizesUseLongArithmeticAndNameTheLargestPart() throws IOException {
        // past the validator's limits on purpose: the estimate must not overflow whatever it is given
        Project valid = sample("mnist-bptt.json", 10_000, 128, 256);
        var layers = new java.util.ArrayList<>(valid.network().layers());
        var first = layers.get(0);
        layers.set(0, new io.spikeworks.model.LayerSpec(first.id(), first.component().with("units", 1_000_000_000L), first.neuron()));
        Project huge = valid.withNetwork(new io.spikeworks.model.NetworkSpec(valid.network().inputShape(), layers,
                valid.network().readout()));
        RunMemoryEstimate e = RunMemoryEstimate.of(huge, ComponentCatalog.standard(), 128, 128, 2,
                new HeapRegions(0)).orElseThrow();
        // 784 × 10⁹ weights alone are 3.1·10¹² bytes per copy: far past int range, and no negative number
        assertTrue(e.totalBytes() > 784L * 1_000_000_000L * 4, e.describe());
        assertTrue(e.largest().toString().startsWith("hidden1 keeps 10,000 steps × 1,000,000,000 neurons × 132 samples"),
                e.largest().toString());
    }

    @Test
    void historyFollowsTheFormulaWithoutRegions() throws IOException {
        // sine: 1 input (direct current, no spike lists), hidden1 64 LIF fed currents, so no currents summed ahead
        Project p = sample("sine-bptt.json", 10, 8, 64);
        RunMemoryEstimate e = RunMemoryEstimate.of(p, ComponentCatalog.standard(), 8, 8, 2, new HeapRegions(0)).orElseThrow();
        MemoryPart hidden1 = e.parts().stream().filter(m -> "hidden1".equals(m.layer()) && m.what().startsWith("keeps"))
                .findFirst().orElseThrow();
        // 2 training replicas of 4 samples and 4 evaluation replicas of 2: each holds membrane and spikes (4 + 4 bytes)
        // and a spike list (2 bytes) per step and neuron, each array with a 16-byte header
        long expected = 2 * (2 * (10 * 64 * 4 * 4 + 16) + (10 * 64 * 4 * 2 + 16))
                + 4 * (2 * (10 * 64 * 2 * 4 + 16) + (10 * 64 * 2 * 2 + 16));
        assertEquals(expected, hidden1.bytes());
    }

    @Test
    void sizesReadAsPeopleWriteThem() {
        assertEquals("512 bytes", RunMemoryEstimate.size(512));
        assertEquals("9.8 GiB", RunMemoryEstimate.size((long) (9.8 * (1L << 30))));
        assertEquals("more than 8 EiB", RunMemoryEstimate.size(Long.MAX_VALUE));
    }

    @Test
    void theAppsLiveViewsAddWeightCopiesAndOneSamplesHistory() throws IOException {
        Project p = sample("sine-bptt.json", 10, 8, 64);
        RunMemoryEstimate headless = RunMemoryEstimate.of(p, ComponentCatalog.standard(), 8, 8, 2, new HeapRegions(0)).orElseThrow();
        // sine 1-64-64-1 with biases: 128 + 4,160 + 65 weights; 10 steps of 1 input and 64 + 64 + 1 neurons
        long weights = 128 + 4160 + 65;
        long sampleSteps = 10 * (1 + 129);
        assertEquals(headless.totalBytes() + 16 * weights + 10 * sampleSteps, headless.withLiveViews().totalBytes());
    }

    @Test
    void evaluationOfLargeSamplesIsCountedInRoundsAsTheTrainerRunsIt() throws IOException {
        // 10,000 steps of 784 inputs and 256 + 10 neurons: 4·10⁴·784 + 10·10⁴·266 bytes a sample, past the 16 MiB an
        // evaluation replica may hold, so each of the 4 evaluation replicas runs one sample at a time
        Project p = sample("mnist-bptt.json", 10_000, 128, 256);
        RunMemoryEstimate e = RunMemoryEstimate.of(p, ComponentCatalog.standard(), 128, 128, 2, new HeapRegions(0)).orElseThrow();
        assertTrue(e.parts().stream().anyMatch(m -> m.toString().startsWith("hidden1 keeps 10,000 steps × 256 neurons × 132 samples")),
                e.parts().toString());
        // a small net's evaluation replicas take their whole share: 128 training + 128 evaluation samples
        Project small = sample("mnist-bptt.json", 25, 128, 256);
        RunMemoryEstimate s = RunMemoryEstimate.of(small, ComponentCatalog.standard(), 128, 128, 2, new HeapRegions(0)).orElseThrow();
        assertTrue(s.parts().stream().anyMatch(m -> m.toString().startsWith("hidden1 keeps 25 steps × 256 neurons × 256 samples")),
                s.parts().toString());
    }
}
