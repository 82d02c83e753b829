package io.spikeworks.nir;

import io.spikeworks.learn.NetworkFactory;
import io.spikeworks.model.BuiltInComponents;
import io.spikeworks.model.Component;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.LayerSpec;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.SpikingLayer;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Export → write → read → import gives the same network, value for value, and the same spikes bit for bit. */
class NirRoundTripTest {
    private static final ComponentCatalog CATALOG = ComponentCatalog.standard();

    @Test
    void sampleMnistNetworkWithZeroResetComesBackIdentical(@TempDir Path dir) throws Exception {
        Project p = GoldenImportTest.withZeroReset(new ProjectFiles().load(Path.of("sample-projects/mnist-bptt.json")));
        Network original = network(p);
        scaleWeights(original, 6f); // uniform init alone barely makes the hidden layer fire
        NirExport.Result r = NirExport.export(p, original, 1e-4);
        assertFalse(r.lossy(), r.losses().toString());
        assertRoundTrip(p, original, r, dir, 25, 0.2);
    }

    @Test
    void convNetWithEveryNeuronKindComesBackIdentical(@TempDir Path dir) throws Exception {
        Project p = smallConvNet();
        Network original = network(p);
        scaleWeights(original, 3f);
        NirExport.Result r = NirExport.export(p, original, 1e-4);
        assertFalse(r.lossy(), r.losses().toString());
        List<String> types = r.graph().nodes().values().stream().map(NirNode::type).toList();
        assertEquals(List.of("Input", "Conv2d", "LIF", "AvgPool2d", "Conv2d", "CubaLIF", "Flatten", "Affine", "IF", "Output"),
                types);
        assertRoundTrip(p, original, r, dir, 12, 0.3);
    }

    @Test
    void goldenConvFileSurvivesImportExportImport(@TempDir Path dir) throws Exception {
        NirModel first = NirImport.read(GoldenFiles.nir("d_conv_avgpool"), null);
        Network net = first.network();
        NirExport.Result r = NirExport.export(first.project(), net, first.dtSeconds());
        assertFalse(r.lossy());
        Path file = dir.resolve("again.nir");
        NirWriter.write(r.graph(), file);
        NirModel second = NirImport.read(file, null);
        Map<String, byte[]> spikes = GoldenImportTest.run("d_conv_avgpool", second.network());
        for (String layer : List.of("lif1", "lif2", "lif3")) {
            byte[] want = GoldenFiles.npy(GoldenFiles.folder("d_conv_avgpool").resolve("spikes." + layer + ".npy")).bytes();
            assertEquals(0, GoldenImportTest.mismatches(want, spikes.get(layer)), layer);
        }
        assertEquals("1.0E-4", r.graph().metadata().get("dt"));
        assertEquals(1e-4, second.dtSeconds());
        assertEquals("the file's metadata", second.dtSource());
    }

    @Test
    void subtractResetRefractoryAndMaxPoolAreListedAsLossy() throws Exception {
        Project p = new ProjectFiles().load(Path.of("sample-projects/mnist-bptt.json"));
        NirExport.Result r = NirExport.export(p, network(p), 1e-4);
        assertTrue(r.lossy());
        List<String> spikeLosses = r.losses().stream().filter(NirLoss::changesSpikes).map(NirLoss::where).toList();
        assertEquals(List.of("hidden1", "out"), spikeLosses);
        assertTrue(r.losses().get(0).what().contains("reset by subtraction"));
        assertEquals("true", r.graph().metadata().get("lossy"));
        assertTrue(r.graph().metadata().get("losses").contains("hidden1: reset by subtraction"));

        Project pooled = smallConvNet();
        var layers = new java.util.ArrayList<>(pooled.network().layers());
        layers.set(2, new LayerSpec("pool", CATALOG.create(ComponentFamily.LAYER, BuiltInComponents.MAXPOOL).with("kernel", 2),
                null));
        layers.set(0, layers.get(0).withNeuron(layers.get(0).neuron().with("refractory", 2)));
        pooled = pooled.withNetwork(pooled.network().withLayers(layers));
        NirExport.Result r2 = NirExport.export(pooled, network(pooled), 1e-4);
        assertEquals(List.of("conv1", "pool"), r2.losses().stream().filter(NirLoss::changesSpikes).map(NirLoss::where).toList());
        // encoder and readout are never dropped silently either
        assertTrue(r2.losses().stream().anyMatch(l -> l.where().equals("encoder") && !l.changesSpikes()));
        assertTrue(r2.losses().stream().anyMatch(l -> l.where().equals("readout") && !l.changesSpikes()));
    }

    private static void assertRoundTrip(Project p, Network original, NirExport.Result r, Path dir, int steps,
                                        double density) throws Exception {
        Path file = dir.resolve("net.nir");
        NirWriter.write(r.graph(), file);
        NirModel back = NirImport.read(file, null);
        Network copy = back.network();
        List<SpikingLayer> a = original.spikingLayers(), b = copy.spikingLayers();
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i).weightValues(), b.get(i).weightValues(), a.get(i).name() + " weights");
            assertArrayEquals(a.get(i).outputShape(), b.get(i).outputShape());
            assertEquals((float) a.get(i).neuronModel().beta(), (float) effectiveBeta(b.get(i)), a.get(i).name() + " β");
            assertEquals(a.get(i).neuronModel().alpha(), b.get(i).neuronModel().alpha(), 1e-7, a.get(i).name() + " α");
            assertEquals(a.get(i).neuronModel().threshold(), b.get(i).neuronModel().threshold(), a.get(i).name() + " θ");
        }
        byte[] input = new byte[steps * original.inputSize()];
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < input.length; i++) input[i] = (byte) (rng.nextDouble() < density ? 1 : 0);
        Map<String, byte[]> want = SpikeRun.record(original, input, steps);
        Map<String, byte[]> got = SpikeRun.record(copy, input, steps);
        int spikes = 0;
        for (SpikingLayer l : original.spikingLayers()) {
            String node = r.neuronNodes().get(l.name());
            String importedId = back.neuronNodes().entrySet().stream().filter(e -> e.getValue().equals(node))
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            assertArrayEquals(want.get(l.name()), got.get(importedId), l.name() + " spikes");
            spikes += GoldenImportTest.count(want.get(l.name()));
        }
        assertTrue(spikes > 50, "the check is only worth something if the network fires: " + spikes + " spikes");
    }

    private static double effectiveBeta(SpikingLayer l) {
        return l.neuronValues() != null ? l.neuronValues().beta()[0] : l.neuronModel().beta();
    }

    static Project smallConvNet() {
        Component conv = CATALOG.create(ComponentFamily.LAYER, BuiltInComponents.CONV2D);
        Component lif = CATALOG.create(ComponentFamily.NEURON, BuiltInComponents.LIF).with("beta", 0.85).with("threshold", 0.9)
                .with("reset", "zero");
        Component cuba = CATALOG.create(ComponentFamily.NEURON, BuiltInComponents.CUBA_LIF).with("alpha", 0.6)
                .with("beta", 0.9).with("reset", "zero");
        Component ifNeuron = CATALOG.create(ComponentFamily.NEURON, BuiltInComponents.INTEGRATE_AND_FIRE)
                .with("threshold", 1.2).with("reset", "zero");
        List<LayerSpec> layers = List.of(
                new LayerSpec("conv1", conv.with("channels", 4).with("kernel", 3).with("padding", 1), lif),
                new LayerSpec("pool1", CATALOG.create(ComponentFamily.LAYER, BuiltInComponents.AVGPOOL).with("kernel", 2), null),
                new LayerSpec("conv2", conv.with("channels", 6).with("kernel", 3).with("stride", 2).with("padding", 1), cuba),
                new LayerSpec("flat", CATALOG.create(ComponentFamily.LAYER, BuiltInComponents.FLATTEN), null),
                new LayerSpec("out", CATALOG.create(ComponentFamily.LAYER, BuiltInComponents.DENSE).with("units", 10), ifNeuron));
        Project base = Project.newDefault();
        return base.withNetwork(base.network().withLayers(layers)).withLayout(Map.of());
    }

    static Network network(Project p) {
        return NetworkFactory.network(p.network(), NirModel.inputShape(p), SpikeFunction.of(Surrogate.FAST_SIGMOID, 25),
                p.training().seed());
    }

    private static void scaleWeights(Network n, float k) {
        for (SpikingLayer l : n.spikingLayers()) for (int i = 0; i < l.weightValues().length; i++) l.weightValues()[i] *= k;
    }
}
