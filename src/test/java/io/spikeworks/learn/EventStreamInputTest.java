package io.spikeworks.learn;

import io.spikeworks.data.Batch;
import io.spikeworks.data.EpochBatches;
import io.spikeworks.data.MiniBatches;
import io.spikeworks.data.event.EventStreamSet;
import io.spikeworks.data.event.MovingBars;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import io.spikeworks.sim.EngineCounters;
import io.spikeworks.sim.Network;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Data that are spikes already reach the network as they are: the trainer's event route gives the same readout as
 * the engine's dense route fed with the events written out by hand as a 0/1 tensor, and the sample project learns.
 */
class EventStreamInputTest {
    @Test
    void theEventRouteEqualsTheDenseTensorOfTheSameSpikes() throws Exception {
        Project p = new ProjectFiles().load(Path.of("sample-projects/moving-bars-events.json"));
        EventStreamSet test = (EventStreamSet) MovingBars.split().test().limit(40);
        TrainingRun run = new TrainingRun(p, MovingBars.split().train().limit(64), test);
        Trainer trainer = run.trainer();
        MiniBatches batches = MiniBatches.inOrder(test, 40);
        Batch b = batches.newBatch();
        EpochBatches it = batches.epoch(0);
        assertTrue(it.next(b));
        trainer.evaluateBatch(b.features(), b.labels(), null, b.events(), b.size(), 1);
        float[] viaEvents = trainer.lastReadout().clone();

        int in = test.sampleLength();
        int steps = p.training().timeSteps();
        float[] tensor = new float[steps * b.size() * in];
        int events = 0;
        for (int s = 0; s < b.size(); s++)
            for (int e = b.events().start(s); e < b.events().end(s); e++) {
                tensor[(b.events().step(e) * b.size() + s) * in + b.events().channel(e)] = 1f;
                events++;
            }
        assertTrue(events > 40 * 16, "every sample has its bar's events");
        Network net = trainer.network().replicate();
        float[] dense = new float[b.size() * net.outputSize()];
        net.setDenseReference(true);
        net.forward(tensor, true, null, b.size(), steps, dense, new EngineCounters());
        for (int i = 0; i < dense.length; i++) assertEquals(dense[i], viaEvents[i], 1e-4f, "readout " + i);
    }

    @Test
    void theEventSampleProjectLearnsTheDirectionFromTimingAlone() throws Exception {
        Project p = new ProjectFiles().load(Path.of("sample-projects/moving-bars-events.json"));
        p = p.withTraining(p.training().withEpochs(1));
        var data = MovingBars.split();
        // the sum of each sample's events is the same filled square whatever the direction (noise aside)
        float[] a = new float[256], c = new float[256];
        data.train().copySample(0, a, 0);
        int other = 1;
        while (data.train().label(other) == data.train().label(0)) other++;
        data.train().copySample(other, c, 0);
        int bothOn = 0;
        for (int i = 0; i < 256; i++) if (a[i] > 0 && c[i] > 0) bothOn++;
        assertTrue(bothOn > 200, "two directions cover the same pixels: " + bothOn);
        TrainingRun run = new TrainingRun(p, data.train().limit(800), data.test().limit(200));
        run.run(TrainingListener.NONE);
        assertTrue(run.rows().get(0).testAccuracy() > 0.8, "accuracy " + run.rows().get(0).testAccuracy() + " (chance 0.25)");
    }
}
