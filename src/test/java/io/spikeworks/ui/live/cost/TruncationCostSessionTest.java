package io.spikeworks.ui.live.cost;

import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.learn.TrainingData;
import io.spikeworks.learn.ttl.TruncationCosts;
import io.spikeworks.model.Component;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.DatasetSpec;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import io.spikeworks.session.SessionOptions;
import io.spikeworks.session.SessionState;
import io.spikeworks.session.TrainingSession;
import io.spikeworks.sim.kernel.TensorRuntime;
import io.spikeworks.ui.live.LiveDashboard;
import io.spikeworks.ui.live.LiveViewSlot;
import io.spikeworks.ui.live.SessionLiveSource;
import io.spikeworks.ui.shell.MainViewModel;
import io.spikeworks.ui.shell.MainWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static io.spikeworks.ui.live.ViewFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** A TTL-BPTT session (MNIST 784-256-10, T = 25, windows of 5, k = 1) shows its savings card; the card follows it. */
@ExtendWith(ApplicationExtension.class)
class TruncationCostSessionTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new MainViewModel());
        window.attach(stage, MainWindow.DEFAULT_WIDTH, MainWindow.DEFAULT_HEIGHT);
        stage.show();
    }

    @Test
    void theCardShowsTheSavingsOfTheRunningSession() throws Exception {
        TensorRuntime.ensureConfigured();
        Project base = new ProjectFiles().load(Path.of("sample-projects/mnist-bptt.json"));
        Component ttl = Component.of(ComponentCatalog.standard().require(ComponentFamily.ALGORITHM, "ttl-bptt"),
                "blockSize", 1, "truncation", 5);
        Project p = base.withAlgorithm(ttl).withDataset(new DatasetSpec("mnist", null, 256, 64))
                .withTraining(base.training().withEpochs(1).withBatchSize(32));
        TrainTestSplit data = TrainingData.load(p.dataset(), Path.of("assets"), null, null);
        LiveDashboard dash = window.dashboard();
        try (TrainingSession s = new TrainingSession(p, data.train(), data.test(), SessionOptions.defaults())) {
            SessionLiveSource source = new SessionLiveSource(s, data.trainImages());
            fxRun(() -> dash.bind(source));
            assertFalse(fx(() -> window.liveViews().isHidden(LiveViewSlot.TRUNCATION_COST)), "TTL-BPTT offers its savings");
            assertTrue(fx(() -> window.liveViews().isHidden(LiveViewSlot.TRANSPORT_COST)), "but no transport");
            fxRun(() -> window.liveViews().select(LiveViewSlot.TRUNCATION_COST));
            assertTrue(s.stepBatch());
            assertTrue(s.awaitState(Duration.ofSeconds(60), SessionState.PAUSED));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> !dash.view(TruncationCostView.class).meters().isEmpty()));
            TruncationCosts c = s.truncatedBptt().costs();
            assertEquals(25, c.steps());
            assertEquals(5, c.window());
            assertEquals(2, c.blocks());
            assertTrue(c.memoryReduction() > 0.7, "windows of 5 of 25 steps hold at most a fifth: " + c.memoryReduction());
            fxRun(() -> dash.unbind());
        }
    }
}
