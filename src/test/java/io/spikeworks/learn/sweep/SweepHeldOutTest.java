package io.spikeworks.learn.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spikeworks.learn.TrainingData;
import io.spikeworks.learn.output.RunFiles;
import io.spikeworks.model.DatasetSpec;
import io.spikeworks.model.NetworkSpec;
import io.spikeworks.model.Project;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A sweep's run holds its project's held-out samples out, as train and the app do, and names its choice. */
class SweepHeldOutTest {
    static Project small(Integer holdOut) {
        Project p = Project.newDefault();
        NetworkSpec net = p.network().withLayer(0, p.network().layers().get(0).withParam("units", 16));
        return p.withNetwork(net).withDataset(new DatasetSpec("mnist", null, 256, 64, holdOut))
                .withTraining(p.training().withEpochs(1).withBatchSize(32).withTimeSteps(4));
    }

    static JsonNode summary(Project p) throws Exception {
        SweepOutcome o = SweepConfigurationRun.run(new SweepEntry("rate", "held", p),
                () -> TrainingData.load(p, Path.of("assets"), null, null), SweepConfigurationRun.NONE);
        assertEquals(SweepStatus.OK, o.result().status(), o.result().toString());
        return new ObjectMapper().readTree(o.files().get(RunFiles.SUMMARY));
    }

    @Test
    void theProjectsHeldOutSamplesAreHeldOutOfEachRun() throws Exception {
        JsonNode held = summary(small(64));
        assertEquals(192, held.get("samples_seen").asInt(), "256 less the 64 held out");
        assertEquals(64, held.get("chosen_by_validation").get("held_out_samples").asInt());
        assertEquals(1, held.get("chosen_by_validation").get("chosen_epoch").asInt());
        JsonNode plain = summary(small(null));
        assertEquals(256, plain.get("samples_seen").asInt());
        assertNull(plain.get("chosen_by_validation"));
    }
}
