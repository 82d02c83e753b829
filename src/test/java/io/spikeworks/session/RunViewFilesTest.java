package io.spikeworks.session;

import io.spikeworks.learn.state.NetworkValues;
import io.spikeworks.learn.state.NetworkValuesFiles;
import io.spikeworks.learn.output.RunFiles;
import io.spikeworks.learn.output.SpikeRaster;
import io.spikeworks.learn.output.SpikeRasterCsv;
import io.spikeworks.learn.output.SpikeRasterRecorder;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.spikeworks.session.TinySessions.WAIT;
import static io.spikeworks.session.TinySessions.get;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A session's run folder holds the final weights and a spike raster of the first test samples. The raster, recorded
 * in one batch of three, is checked against the session's own sample inspection (each sample alone, a network of
 * its own); latency coding makes the input the same in both, so every spike must agree.
 */
class RunViewFilesTest {
    @TempDir
    Path tmp;

    @Test
    void finishedSessionWritesItsWeightsAndARasterThatAgreesWithInspectingEachSampleAlone() throws Exception {
        Project p = TinySessions.project(2, 1e-2)
                .withEncoder(ComponentCatalog.standard().create(ComponentFamily.ENCODER, "ttfs"));
        try (TrainingSession s = TinySessions.open(p, SessionOptions.defaults().withOutputDir(tmp))) {
            assertTrue(s.start());
            assertTrue(s.awaitState(WAIT, SessionState.FINISHED), "trained to the end");

            Checkpoint end = get(s.checkpoint());
            NetworkValues saved = NetworkValuesFiles.read(tmp.resolve(RunFiles.WEIGHTS));
            assertEquals(end.params().keySet(), saved.params().keySet());
            for (Map.Entry<String, float[]> e : end.params().entrySet())
                assertArrayEquals(e.getValue(), saved.params().get(e.getKey()), e.getKey() + " as trained, bit for bit");

            SpikeRaster raster = SpikeRasterCsv.read(Files.readString(tmp.resolve(RunFiles.RASTER)), "raster.csv");
            assertEquals(5, raster.steps());
            assertEquals(SpikeRasterRecorder.SAMPLES, raster.samples().size());
            int spikes = 0;
            for (SpikeRaster.Sample sample : raster.samples()) {
                SampleInspection alone = get(s.inspect(DataSplit.TEST, sample.index()));
                assertEquals(alone.label(), sample.label(), "label of sample " + sample.index());
                assertEquals(alone.predicted(), sample.predicted(), "prediction of sample " + sample.index());
                assertEquals(alone.layers().stream().map(InspectedLayer::name).toList(),
                        sample.layers().stream().map(SpikeRaster.LayerRows::layer).toList());
                for (SpikeRaster.LayerRows rows : sample.layers()) {
                    InspectedLayer l = alone.layer(rows.layer());
                    assertEquals(l.neurons(), rows.neurons());
                    assertEquals(Math.min(l.neurons(), SpikeRasterRecorder.ROWS), rows.rowNeurons().length);
                    for (int r = 0; r < rows.rowNeurons().length; r++) {
                        List<Integer> want = new ArrayList<>();
                        for (int t = 0; t < l.steps(); t++) if (l.spike(t, rows.rowNeurons()[r]) != 0f) want.add(t);
                        assertArrayEquals(want.stream().mapToInt(Integer::intValue).toArray(), rows.spikeSteps()[r],
                                "sample " + sample.index() + ", " + rows.layer() + " neuron " + rows.rowNeurons()[r]);
                    }
                    spikes += rows.spikes();
                }
            }
            assertTrue(spikes > 50, "a raster with spikes in it: " + spikes);
        }
    }
}
