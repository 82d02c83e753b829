package io.spikeworks.session;

import io.spikeworks.data.BundledDataset;
import io.spikeworks.data.Split;
import io.spikeworks.data.event.EventStreamSet;
import io.spikeworks.data.event.SaccadeConverter;
import io.spikeworks.data.event.SaccadeEventSets;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static io.spikeworks.session.TinySessions.get;
import static io.spikeworks.session.TinySessions.stepBatches;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An inspected sample of an event set runs on its own events, not on spikes re-encoded from its rates. */
class EventSampleInspectionTest {
    @Test
    void theInspectedInputIsTheSamplesEventsChannelsLast() throws Exception {
        Project p = new ProjectFiles().load(Path.of("sample-projects/fashion-saccade-events-conv.json"));
        p = p.withTraining(p.training().withBatchSize(4).withEpochs(1));
        EventStreamSet events = SaccadeEventSets.convert(
                BundledDataset.FASHION_MNIST.load(Path.of("assets"), Split.TEST).limit(8), "e", 20, 9,
                SaccadeConverter.Settings.standard());
        try (TrainingSession s = new TrainingSession(p, events, events, SessionOptions.defaults())) {
            stepBatches(s, StatusRecorder.on(s), 1);
            SampleInspection in = get(s.inspect(DataSplit.TEST, 6));
            float[] spikes = in.layer("input").spikes();
            int n = events.eventCount(6);
            int[] steps = new int[n], channels = new int[n];
            events.copyEvents(6, steps, channels);
            float[] expected = new float[spikes.length];
            int plane = 34 * 34;
            for (int e = 0; e < n; e++) {
                // planes first (polarity, y, x) → the engine's channels-last (y·34 + x)·2 + polarity
                int polarity = channels[e] / plane, pixel = channels[e] % plane;
                expected[steps[e] * 2 * plane + pixel * 2 + polarity] = 1f;
            }
            int mismatches = 0;
            for (int i = 0; i < spikes.length; i++) if (spikes[i] != expected[i]) mismatches++;
            assertEquals(0, mismatches, "input cells differing from the sample's " + n + " events");
        }
    }
}
