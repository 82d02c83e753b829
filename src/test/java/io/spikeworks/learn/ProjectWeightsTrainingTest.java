package io.spikeworks.learn;

import io.spikeworks.data.Dataset;
import io.spikeworks.learn.state.NetworkValues;
import io.spikeworks.learn.state.NetworkValuesFiles;
import io.spikeworks.model.Project;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;
import io.spikeworks.sim.SpikingLayer;
import io.spikeworks.sim.neuron.NeuronValues;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A training run of a project that names a weights file starts from that file, not from its seed. */
class ProjectWeightsTrainingTest {
    @TempDir
    Path tmp;

    private static final int[] SHAPE = {1, 28, 28};

    private static Dataset tiny() {
        byte[] pixels = new byte[4 * 28 * 28];
        for (int i = 0; i < pixels.length; i++) pixels[i] = (byte) (i * 37);
        return Dataset.of("tiny", pixels, new byte[]{0, 1, 2, 3}, SHAPE,
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
    }

    private static Network seeded(Project p, long seed) {
        return NetworkFactory.network(p.network(), SHAPE, SpikeFunction.of(Surrogate.FAST_SIGMOID, 25), seed);
    }

    @Test
    void theRunStartsFromTheFilesWeightsAndNeuronValues() throws Exception {
        Project p = Project.newDefault();
        Network other = seeded(p, 7);
        for (Param b : other.params()) if (b.name().endsWith(".bias")) Arrays.fill(b.value, 0.05f); // the seed's are 0
        float[] theta = new float[10];
        Arrays.fill(theta, 0.75f);
        theta[3] = 2f;
        other.spikingLayers().get(1).setNeuronValues(new NeuronValues(new float[10], filled(10, 0.8f), theta));
        Path file = tmp.resolve("w" + NetworkValuesFiles.EXTENSION);
        NetworkValuesFiles.write(file, NetworkValues.of(other));

        TrainingRun run = new TrainingRun(p.withWeights(file.toString()), tiny(), tiny());
        Network net = run.trainer().network();
        List<Param> mine = net.params(), want = other.params(), initial = seeded(p, p.training().seed()).params();
        for (int i = 0; i < mine.size(); i++) {
            assertArrayEquals(want.get(i).value, mine.get(i).value, mine.get(i).name());
            assertFalse(Arrays.equals(initial.get(i).value, mine.get(i).value), "differs from the seed's " + mine.get(i).name());
        }
        SpikingLayer out = net.spikingLayers().get(1);
        assertArrayEquals(theta, out.neuronValues().threshold());
        assertSame(null, net.spikingLayers().get(0).neuronValues());
    }

    @Test
    void aFileForAnotherNetworkStopsTheRunWithTheFieldAndFile() throws Exception {
        Project p = Project.newDefault();
        Path file = tmp.resolve("w" + NetworkValuesFiles.EXTENSION);
        NetworkValuesFiles.write(file, new NetworkValues(Map.of("hidden1.weight", new float[3]), Map.of()));
        String msg = assertThrows(IllegalArgumentException.class,
                () -> new TrainingRun(p.withWeights(file.toString()), tiny(), tiny())).getMessage();
        assertTrue(msg.startsWith("$.weights (" + file + ") does not fit the project's network: ")
                && msg.contains("parameter 'hidden1.weight' holds 3 values, the network needs 100352")
                && msg.contains("no values for parameter 'out.weight'"), msg);
    }

    private static float[] filled(int n, float v) {
        float[] a = new float[n];
        Arrays.fill(a, v);
        return a;
    }
}
