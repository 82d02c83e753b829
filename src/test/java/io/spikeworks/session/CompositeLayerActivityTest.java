package io.spikeworks.session;

import io.spikeworks.data.RealValuedSet;
import io.spikeworks.data.ScientificRegression;
import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import io.spikeworks.sim.DeepOnetLayer;
import io.spikeworks.sim.Layer;
import io.spikeworks.sim.SpikingLayer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.spikeworks.session.TinySessions.get;
import static io.spikeworks.session.TinySessions.stepBatches;
import static org.junit.jupiter.api.Assertions.*;

/**
 * A DeepONet block is one layer to the engine, but its spikes are in its branch and trunk: the raster, the traces and
 * slow motion show its inner layers (before, one band of the block's single output, with nothing to trace).
 */
class CompositeLayerActivityTest {
    @Test
    void theRasterAndSlowMotionShowADeepOnetsBranchAndTrunkLayers() throws Exception {
        Project p = new ProjectFiles().load(Path.of("sample-projects/poisson1d-deeponet-bptt.json"));
        p = p.withTraining(p.training().withEpochs(1));
        TrainTestSplit data = ScientificRegression.poisson1d();
        RealValuedSet train = ((RealValuedSet) data.train()).limit(128); // four batches: the run pauses between them
        RealValuedSet test = ((RealValuedSet) data.test()).limit(16);
        try (TrainingSession s = new TrainingSession(p, train, test, SessionOptions.defaults())) {
            stepBatches(s, StatusRecorder.on(s), 1);
            RasterFrame f = new RasterFrame();
            assertTrue(s.telemetry().readRaster(f));
            List<String> expected = new ArrayList<>(List.of("input"));
            expected.addAll(List.of("onet.branch.1", "onet.branch.out", "onet.trunk.1", "onet.trunk.2", "onet.trunk.out",
                    "onet.product"));
            assertEquals(expected, f.layers().stream().map(LayerRaster::name).toList());
            LayerRaster hidden = f.layer("onet.trunk.1");
            assertTrue(hidden.spiking());
            assertEquals(128, hidden.neurons());
            assertEquals(32, hidden.steps());
            assertEquals(16, hidden.tracedNeurons().length);
            assertEquals(1.0, hidden.threshold(), "the block's IF neurons fire at θ = 1");
            assertTrue(Double.isNaN(f.layer("onet.trunk.out").threshold()), "leaky integrators never fire: no θ");
            assertTrue(Double.isNaN(f.layer("input").threshold()));

            // the raster holds the trunk's own spikes of the batch's first sample
            DeepOnetLayer onet = (DeepOnetLayer) s.network().layers().get(0);
            SpikingLayer trunk1 = (SpikingLayer) onet.trunks().get(0).layers().get(0);
            int batch = s.network().batch();
            float[] out = trunk1.output();
            int spikes = 0;
            for (int t = 0; t < 32; t++)
                for (int n = 0; n < 128; n++) {
                    boolean fired = out[(t * batch) * 128 + n] >= 0.5f;
                    assertEquals(fired, hidden.spike(t, n), "step " + t + " neuron " + n);
                    if (fired) spikes++;
                }
            assertTrue(spikes > 0, "the trunk's IF neurons fire");

            // an inner layer can be traced like any other
            s.telemetry().traceNeurons("onet.trunk.1", 3, 4);
            stepBatches(s, StatusRecorder.on(s), 1);
            assertTrue(s.telemetry().readRaster(f));
            assertArrayEquals(new int[]{3, 4}, f.layer("onet.trunk.1").tracedNeurons());

            SampleInspection in = get(s.inspect(DataSplit.TEST, 2));
            assertEquals(expected, in.layers().stream().map(InspectedLayer::name).toList());
            assertTrue(in.layer("onet.branch.1").spiking(), "slow motion follows the first inner spiking layer");
            assertEquals(1.0, in.layer("onet.branch.1").threshold(), "the block's IF threshold");
        }
    }

    @Test
    void aNetworkWithoutCompositesShowsItsOwnLayers() {
        Project p = TinySessions.project();
        try (TrainingSession s = TinySessions.open(p)) {
            assertEquals(s.network().layers(), RasterCapture.shownLayers(s.network()));
            for (Layer l : RasterCapture.shownLayers(s.network())) assertFalse(l.name().contains("."));
        }
    }
}
