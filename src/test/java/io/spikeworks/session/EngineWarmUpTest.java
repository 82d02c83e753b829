package io.spikeworks.session;

import io.spikeworks.model.DatasetSpec;
import io.spikeworks.model.Project;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

class EngineWarmUpTest {
    @Test
    void trainsItsBatchesOnTheProjectsDataAndStopsThere() throws Exception {
        Project p = SessionSetupTest.smallMnist().withTraining(SessionSetupTest.smallMnist().training().withEpochs(5));
        EngineWarmUp w = EngineWarmUp.start(p, SessionSetupTest.ASSETS);
        assertEquals(EngineWarmUp.BATCHES, w.done().get(2, TimeUnit.MINUTES), "two epochs of twelve batches, then stops");
        assertEquals(EngineWarmUp.BATCHES, w.batches());
    }

    @Test
    void aOneEpochProjectEndsAfterItsEpoch() throws Exception {
        EngineWarmUp w = EngineWarmUp.start(SessionSetupTest.smallMnist(), SessionSetupTest.ASSETS);
        assertEquals(EngineWarmUp.BATCHES / 2, w.done().get(2, TimeUnit.MINUTES));
    }

    @Test
    void cancelledBeforeTrainingItTrainsNothing() throws Exception {
        EngineWarmUp w = EngineWarmUp.start(SessionSetupTest.smallMnist(), SessionSetupTest.ASSETS);
        w.cancel(); // the data set takes ~1 s to load; the flag is read before the first batch
        int trained = w.done().get(2, TimeUnit.MINUTES);
        assertTrue(trained <= 1, "stopped at once, trained " + trained);
    }

    @Test
    void aProjectThatCannotLoadItsDataFailsQuietlyInItsFuture() {
        Project p = SessionSetupTest.smallMnist().withDataset(new DatasetSpec("cifar10", null, null, null));
        EngineWarmUp w = EngineWarmUp.start(p, SessionSetupTest.ASSETS);
        ExecutionException e = assertThrows(ExecutionException.class, () -> w.done().get(2, TimeUnit.MINUTES));
        assertNotNull(e.getCause().getMessage());
        assertEquals(0, w.batches());
    }
}
