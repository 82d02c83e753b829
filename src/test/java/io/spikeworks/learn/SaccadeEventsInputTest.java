package io.spikeworks.learn;

import io.spikeworks.data.BundledDataset;
import io.spikeworks.data.Dataset;
import io.spikeworks.data.Split;
import io.spikeworks.data.event.EventStreamSet;
import io.spikeworks.data.event.SaccadeConverter;
import io.spikeworks.data.event.SaccadeEventSets;
import io.spikeworks.model.Component;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Converted events reach a conv net with their polarity channels where the engine expects them: one time step of
 * events gives the same readout as the same frame handed over as a two-channel image through the pixel route
 * (planes-first bytes, turned channels-last by {@link TrainingRun}) with direct current — two independent paths.
 */
class SaccadeEventsInputTest {
    @Test
    void aFrameOfEventsAndTheSameFrameAsATwoChannelImageGiveTheSameReadout() throws Exception {
        Project conv = new ProjectFiles().load(Path.of("sample-projects/fashion-saccade-events-conv.json"));
        // one step; the sample project's first conv layer straight into its output layer, read by membrane, since an
        // untrained net's spikes rarely cross three layers in one step
        ComponentCatalog catalog = ComponentCatalog.standard();
        var layers = conv.network().layers();
        conv = conv.withTraining(conv.training().withTimeSteps(1)).withNetwork(conv.network()
                .withLayers(List.of(layers.get(0), layers.get(layers.size() - 1)))
                .withReadout(catalog.create(ComponentFamily.READOUT, "membrane-sum")));
        Dataset images = BundledDataset.FASHION_MNIST.load(Path.of("assets"), Split.TEST).limit(16);
        EventStreamSet events = SaccadeEventSets.convert(images, "e", 1, 5, SaccadeConverter.Settings.standard());
        // the same single frame as bytes, planes first (OFF plane, then ON plane): 255 where an event is
        int len = events.sampleLength();
        byte[] pixels = new byte[events.size() * len];
        byte[] labels = new byte[events.size()];
        int active = 0;
        for (int i = 0; i < events.size(); i++) {
            int[] t = new int[events.eventCount(i)], c = new int[t.length];
            events.copyEvents(i, t, c);
            for (int ch : c) pixels[i * len + ch] = (byte) 255;
            active += t.length;
            labels[i] = (byte) events.label(i);
        }
        assertTrue(active > 16 * 100, "the frames hold events: " + active);
        Dataset frames = Dataset.of("f", pixels, labels, new int[]{2, 34, 34}, events.classNames());
        Component direct = catalog.create(ComponentFamily.ENCODER, "direct");

        float[] viaEvents = readout(new TrainingRun(conv, events, events), events);
        float[] viaPixels = readout(new TrainingRun(conv.withEncoder(direct), frames, frames), frames);
        assertEquals(viaPixels.length, viaEvents.length);
        double spread = 0;
        for (int i = 0; i < viaEvents.length; i++) {
            assertEquals(viaPixels[i], viaEvents[i], 1e-4f, "readout " + i);
            spread += Math.abs(viaEvents[i] - viaEvents[0]);
        }
        assertTrue(spread > 0, "the readouts differ between samples and classes, so the comparison means something");
    }

    /** The readouts of the set's samples, evaluated in one batch (the project's batch holds them all). */
    private static float[] readout(TrainingRun run, io.spikeworks.data.SampleSet data) {
        run.evaluate(data);
        return java.util.Arrays.copyOf(run.trainer().lastReadout(), data.size() * run.trainer().network().outputSize());
    }
}
