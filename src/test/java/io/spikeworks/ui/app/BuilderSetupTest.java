package io.spikeworks.ui.app;

import io.spikeworks.model.BuiltInComponents;
import io.spikeworks.model.Project;
import io.spikeworks.ui.builder.ModelBuilder;
import io.spikeworks.ui.live.LiveViewSlot;
import io.spikeworks.ui.shell.MainViewModel;
import io.spikeworks.ui.shell.MainWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import static io.spikeworks.ui.live.ViewFixtures.fx;
import static io.spikeworks.ui.live.ViewFixtures.fxRun;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The main window as the app puts it together, before any Run (headless). */
@ExtendWith(ApplicationExtension.class)
class BuilderSetupTest {
    private MainWindow window;
    private ModelBuilder builder;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new MainViewModel());
        window.attach(stage);
        // a snapshot path only keeps the engine warm-up from starting; nothing here takes the snapshot
        AppOptions options = new AppOptions(Path.of("never-written.png"), null, Path.of("sample-projects/mnist-bptt.json"), null);
        builder = BuilderSetup.install(window, stage, options, false);
        stage.show();
    }

    private boolean hidden(LiveViewSlot slot) throws Exception {
        return fx(() -> window.liveViews().isHidden(slot));
    }

    private void edit(UnaryOperator<Project> change) throws Exception {
        fxRun(() -> builder.model().edit("test edit", null, d -> d.withProject(change.apply(d.project()))));
    }

    @Test
    void beforeRunTheCardsFollowTheAlgorithmAndTheDataSetAsTheyAreEdited() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> builder.model().project().name()).startsWith("MNIST"));
        assertTrue(hidden(LiveViewSlot.PREDICTIONS), "classes: no test-function card");
        assertTrue(hidden(LiveViewSlot.GATED_CIRCUIT));
        assertFalse(hidden(LiveViewSlot.SPIKE_RASTER));

        // a real-valued data set (the network no longer fits it; the cards follow the data all the same)
        edit(p -> p.withDataset(p.dataset().withName(BuiltInComponents.POISSON_1D)));
        assertFalse(hidden(LiveViewSlot.PREDICTIONS), "the operator task's predictions are expected");

        edit(p -> p.withAlgorithm(io.spikeworks.model.Component.defaults(io.spikeworks.model.ComponentCatalog.standard()
                .find(io.spikeworks.model.ComponentFamily.ALGORITHM, io.spikeworks.learn.nbp.OnChipBackprop.ID).orElseThrow())));
        assertFalse(hidden(LiveViewSlot.GATED_CIRCUIT), "nBP's circuit");
        assertTrue(hidden(LiveViewSlot.SPIKE_RASTER), "nBP never runs the network");

        fxRun(() -> builder.model().undo());
        fxRun(() -> builder.model().undo());
        assertTrue(hidden(LiveViewSlot.PREDICTIONS), "undone: back to MNIST");
        assertFalse(hidden(LiveViewSlot.SPIKE_RASTER));
    }
}
