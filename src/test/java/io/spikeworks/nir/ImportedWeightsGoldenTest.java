package io.spikeworks.nir;

import com.fasterxml.jackson.databind.JsonNode;
import io.spikeworks.learn.NetworkFactory;
import io.spikeworks.learn.state.NetworkValues;
import io.spikeworks.learn.state.NetworkValuesFiles;
import io.spikeworks.learn.state.ProjectWeights;
import io.spikeworks.model.Project;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every exact golden case through a weights file: the imported network's weights and per-neuron α, β and θ written
 * as the project's weights file, a network built from the project alone and that file, and snnTorch's spikes bit for
 * bit (the cases whose input fits no bundled data set included, as the app's import keeps them too).
 */
class ImportedWeightsGoldenTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"a_lif784_zero", "c_cuba", "d_conv_avgpool", "e_conv_sumpool", "f_lif_thresholds"})
    void aNetworkBuiltFromTheProjectAndItsWeightsFileSpikesAsRecorded(String name) throws Exception {
        NirModel model = NirImport.read(GoldenFiles.nir(name), null);
        Path weights = tmp.resolve(name + NetworkValuesFiles.EXTENSION);
        NetworkValuesFiles.write(weights, NetworkValues.of(model.network()));
        Project project = model.project().withWeights(weights.toString());

        Network net = fromProject(project);
        Map<String, byte[]> spikes = GoldenImportTest.run(name, net);
        JsonNode layers = GoldenFiles.expected(name).get("spiking_layers");
        int bits = 0;
        for (Iterator<String> it = layers.fieldNames(); it.hasNext(); ) {
            String layer = it.next();
            byte[] want = GoldenFiles.npy(GoldenFiles.folder(name).resolve("spikes." + layer + ".npy")).bytes();
            assertEquals(0, GoldenImportTest.mismatches(want, spikes.get(layer)), name + " " + layer + " mismatches");
            bits += want.length;
        }
        assertTrue(bits > 0);
        // without the file the same project runs its seed's weights: the comparison above can fail
        Map<String, byte[]> seeded = GoldenImportTest.run(name, fromProject(project.withWeights(null)));
        String last = spikes.keySet().stream().reduce((a, b) -> b).orElseThrow();
        assertNotEquals(0, GoldenImportTest.mismatches(spikes.get(last), seeded.get(last)), name);
    }

    private static Network fromProject(Project p) {
        Network net = NetworkFactory.network(p.network(), NirModel.inputShape(p), SpikeFunction.of(Surrogate.FAST_SIGMOID, 25),
                p.training().seed());
        ProjectWeights.applyTo(p, net);
        return net;
    }
}
