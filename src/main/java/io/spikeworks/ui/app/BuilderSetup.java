package io.spikeworks.ui.app;

import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.data.AssetLocator;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.session.SessionState;
import io.spikeworks.ui.builder.Autosave;
import io.spikeworks.ui.builder.FxPrompts;
import io.spikeworks.ui.builder.ModelBuilder;
import io.spikeworks.ui.builder.SampleProjects;
import io.spikeworks.ui.frame.FrameRateAbDriver;
import io.spikeworks.ui.frame.FxBridge;
import io.spikeworks.ui.lesson.LessonSetup;
import io.spikeworks.ui.live.SessionLiveSource;
import io.spikeworks.ui.live.ViewWarmUp;
import io.spikeworks.ui.nir.NirFileActions;
import io.spikeworks.ui.run.RunReportExport;
import io.spikeworks.ui.run.RunController;
import io.spikeworks.ui.shell.MainWindow;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.prefs.Preferences;

/** Puts the visual model builder and its Run controller into the main window at start-up, and opens {@code --open=FILE}. */
final class BuilderSetup {
    /** How often unsaved work is written to the recovery file. */
    static final Duration AUTOSAVE_EVERY = Duration.ofMinutes(2);

    private BuilderSetup() {}

    /** @param interactive false for scripted runs (snapshot, timed exit): no preferences, recovery or autosave */
    static ModelBuilder install(MainWindow window, Stage stage, AppOptions options, boolean interactive) {
        Path assets = null;
        try {
            assets = AssetLocator.locate();
        } catch (RuntimeException ignored) {
            // no assets: the start page just finds no samples next to them
        }
        Path samples = SampleProjects.locate(assets).orElse(null);
        ModelBuilder.Settings settings = interactive
                ? new ModelBuilder.Settings(Preferences.userNodeForPackage(ModelBuilder.class), Autosave.defaultDirectory(),
                samples, AUTOSAVE_EVERY)
                : ModelBuilder.Settings.none().withSamples(samples);
        ChipProfiles chips;
        try {
            chips = interactive ? ChipProfiles.load(ChipProfiles.defaultUserDirectory()) : ChipProfiles.builtInOnly();
        } catch (RuntimeException e) {
            chips = ChipProfiles.builtInOnly();
        }
        FxPrompts prompts = new FxPrompts(() -> stage);
        ModelBuilder builder = new ModelBuilder(ComponentCatalog.standard(), chips, prompts, settings);
        builder.install(window, stage);
        NirFileActions nir = new NirFileActions(builder, () -> stage, window.viewModel()::setStatusText);
        nir.install(window);
        RunController run = new RunController(window.viewModel(), builder, assets, RunController.defaultOutputDirs(builder));
        run.install();
        new RunReportExport(() -> stage, window.viewModel()::setStatusText).install(window);
        nir.setSession(run.sessionProperty()::get);
        addToRunMenu(window, io.spikeworks.ui.run.SpeedMenu.create(run.speedProperty()));
        window.liveViews().addView(io.spikeworks.ui.run.SlowMotionView.ID, "Slow motion",
                org.kordamp.ikonli.materialdesign2.MaterialDesignS.STEP_FORWARD,
                new io.spikeworks.ui.run.SlowMotionView(run.sessionProperty()));
        new io.spikeworks.ui.run.DuplicateAndChange(builder, run,
                () -> window.dashboard().card(io.spikeworks.ui.live.learning.LearningCurvesCard.class),
                window.viewModel()::setStatusText, () -> stage).install(window);
        LessonSetup lessons = new LessonSetup(window, builder, run.sessionProperty(), prompts, samples);
        if (stage.getScene() != null) lessons.install(stage.getScene());
        // not for one-shot screenshots; -Dspikeworks.warmup=false to measure without
        if (options.snapshot() == null && !"false".equals(System.getProperty("spikeworks.warmup"))) {
            run.warmUpEngineWhenRunnable();
            ViewWarmUp views = ViewWarmUp.start();
            run.sessionProperty().addListener((obs, old, session) -> views.stop());
        }
        // before Run, the cards the open project's run will fill; asked again only when the algorithm or the data set
        // changes (the listener hears every edit, a node dragged included, on the FX thread)
        Object[] shownFor = {null};
        Runnable expect = () -> {
            java.util.List<Object> key = java.util.Arrays.asList(builder.project().algorithm(), builder.project().dataset().name());
            if (run.sessionProperty().get() != null || key.equals(shownFor[0])) return;
            shownFor[0] = key;
            window.dashboard().expect(io.spikeworks.ui.live.AlgorithmCapabilities.of(builder.project()));
        };
        builder.model().addListener(expect);
        run.sessionProperty().addListener((obs, old, session) -> shownFor[0] = null); // a run showed its own cards
        expect.run();
        builder.setOnRun(p -> run.run());
        run.setOnOpening(window.dashboard()::mountAhead);
        // the live views follow whichever session Run opened
        run.sessionProperty().addListener((obs, old, session) -> {
            if (session == null) window.dashboard().unbind();
            else window.dashboard().bind(new SessionLiveSource(session, session.trainingImages()));
            // frames must be cheap only while training wants the cores
            FxBridge.budgetWhile(session == null ? null : () -> session.status().state() == SessionState.RUNNING);
        });
        if (options.open() != null) {
            // after the window is up, so a "cannot open" dialog has its owner on screen; the start page if it fails
            FxBridge.later(() -> {
                if (!builder.openFile(options.open())) builder.showStartPage();
            });
        } else {
            builder.showStartPage();
        }
        FxBridge.later(builder::fitToView);
        if (interactive && options.open() == null) FxBridge.later(builder::offerRecovery);
        if (options.frameRateAb() != null) {
            FrameRateAbDriver ab = new FrameRateAbDriver(run.sessionProperty(), options.frameRateAb());
            // at exit, however the app ends (Platform.exit does not hide the window)
            // the frame costs are read off the FX thread, without a lock: a diagnostic at exit, not worth a hand-off
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println(ab.summary()
                    + System.lineSeparator() + "FX thread " + window.dashboard().meanFrameCost())));
        }
        stage.setOnHidden(e -> {
            lessons.dispose();
            builder.dispose();
            run.dispose();
        });
        return builder;
    }

    /** After Stop, in its own group, so other additions to the Run menu keep their places. */
    private static void addToRunMenu(MainWindow window, javafx.scene.control.MenuItem item) {
        for (javafx.scene.control.Menu m : window.menuBar().getMenus()) {
            if (!"runMenu".equals(m.getId())) continue;
            int at = m.getItems().size();
            for (int i = 0; i < m.getItems().size(); i++) {
                if ((io.spikeworks.ui.shell.StandardAction.STOP.id() + "MenuItem").equals(m.getItems().get(i).getId())) at = i + 1;
            }
            m.getItems().add(at, new javafx.scene.control.SeparatorMenuItem());
            m.getItems().add(at + 1, item);
        }
    }
}
