package io.spikeworks.ui.lesson;

import io.spikeworks.edit.Draft;
import io.spikeworks.edit.DraftEdits;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.LayerSpec;
import io.spikeworks.model.Project;
import io.spikeworks.model.lesson.Lesson;
import io.spikeworks.model.lesson.LessonFiles;
import io.spikeworks.model.lesson.LessonJson;
import io.spikeworks.model.lesson.LessonStep;
import io.spikeworks.model.lesson.LessonValidationException;
import io.spikeworks.model.lesson.StepEnd;
import io.spikeworks.session.BatchMetrics;
import io.spikeworks.session.TrainingSession;
import io.spikeworks.ui.builder.ControlRestrictions;
import io.spikeworks.ui.builder.LessonEntry;
import io.spikeworks.ui.builder.ModelBuilder;
import io.spikeworks.ui.builder.Prompts;
import io.spikeworks.ui.frame.FxBridge;
import io.spikeworks.ui.frame.PulseSubscription;
import io.spikeworks.ui.live.LiveViewGroup;
import io.spikeworks.ui.live.LiveViewRegistry;
import io.spikeworks.ui.live.LiveViewSlot;
import io.spikeworks.ui.live.LiveViewsArea;
import io.spikeworks.ui.shell.MainWindow;
import io.spikeworks.ui.shell.StandardAction;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.value.ObservableValue;

/**
 * Puts lessons into the window: lesson files open from the start page, File ▸ Open and recent files; a
 * {@link LessonPlayer} plays them through the builder (project, hidden and locked controls), the live views (tab in
 * front, the LIF neuron demo) and the run (a step that ends by itself pauses training); its {@link LessonBar} sits
 * above the views; Page Up/Down and Alt+Left/Right step; File ▸ Save as Lesson… writes the layout and restrictions.
 */
public final class LessonSetup {
    /** Lessons live in this folder of the sample projects, one {@code *.lesson.json} each. */
    public static final String FOLDER = "lessons";
    static final Duration POLL = Duration.ofMillis(250);

    private final MainWindow window;
    private final ModelBuilder builder;
    private final ObservableValue<TrainingSession> session;
    private final Prompts prompts;
    private final LessonFiles files;
    private final LessonPlayer player;
    private final LessonBar bar;
    private PulseSubscription poll;

    /**
     * @param session the run's current training session (null without one)
     * @param samples the sample-projects folder holding {@value #FOLDER}, or null
     */
    public LessonSetup(MainWindow window, ModelBuilder builder, ObservableValue<TrainingSession> session, Prompts prompts,
                       Path samples) {
        this.window = window;
        this.builder = builder;
        this.session = session;
        this.prompts = prompts;
        this.files = new LessonFiles(new LessonJson(ComponentCatalog.standard(), vocabulary()));
        BuilderStage stage = new BuilderStage();
        this.player = new LessonPlayer(stage);
        this.bar = new LessonBar(player);
        Path dir = samples == null ? null : samples.resolve(FOLDER);
        builder.setLessons(() -> list(dir), this::openFile);
        player.lessonProperty().addListener((o, was, is) -> lessonChanged(is));
        // presenter mode switched on or off during a step: its view goes alone, or back among the others
        window.viewModel().presenter().onProperty().addListener((o, was, is) -> {
            if (player.step() != null && player.step().show() != null) stage.show(player.step().show());
        });
        // Run sets a new session before starting it, so the step's end is asked for before its first batch
        session.addListener((o, was, is) -> {
            if (is != null) player.sessionOpened();
        });
    }

    /** The views and tabs a step may show: every tab, every registered view and the lessons' own views. */
    public static LessonJson.Vocabulary vocabulary() {
        Set<String> ids = new HashSet<>();
        for (LiveViewGroup g : LiveViewGroup.values()) ids.add(g.id());
        for (LiveViewSlot s : LiveViewRegistry.standard().slots()) ids.add(s.id());
        ids.add(LifNeuronView.ID);
        ids.add(io.spikeworks.ui.run.SlowMotionView.ID);
        return new LessonJson.Vocabulary(ids);
    }

    /** Adds the menu item and keys; call once the window has its scene. */
    public void install(Scene scene) {
        for (Menu m : window.menuBar().getMenus()) {
            if (!"fileMenu".equals(m.getId())) continue;
            int at = 0;
            for (int i = 0; i < m.getItems().size(); i++) {
                if ((StandardAction.SAVE_AS.id() + "MenuItem").equals(m.getItems().get(i).getId())) at = i + 1;
            }
            MenuItem saveLesson = new MenuItem("Save as _Lesson…", new FontIcon(MaterialDesignS.SCHOOL_OUTLINE));
            saveLesson.setId("saveAsLessonMenuItem");
            saveLesson.setMnemonicParsing(true);
            saveLesson.setOnAction(e -> saveAsLesson());
            m.getItems().add(at, saveLesson);
        }
        // a filter: a focused scroll pane would take Page Up/Down for itself
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (player.lesson() == null || scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl) return;
            boolean nextKey = e.getCode() == KeyCode.PAGE_DOWN || (e.isAltDown() && e.getCode() == KeyCode.RIGHT);
            boolean backKey = e.getCode() == KeyCode.PAGE_UP || (e.isAltDown() && e.getCode() == KeyCode.LEFT);
            if (nextKey) player.next();
            else if (backKey) player.back();
            else return;
            e.consume();
        });
    }

    public LessonPlayer player() {
        return player;
    }

    public LessonBar bar() {
        return bar;
    }

    /**
     * Opens a lesson file: on success the builder holds its project and the first step is on; on failure every
     * problem is shown and the open project stays as it was. Returns whether it opened.
     */
    public boolean openFile(Path file) {
        Lesson lesson;
        try {
            lesson = files.load(file);
        } catch (LessonValidationException e) {
            prompts.openFailed(file, e.errors(), null);
            return false;
        } catch (IOException | RuntimeException e) {
            prompts.openFailed(file, List.of(), "Cannot read the file: " + e.getMessage());
            return false;
        }
        play(lesson, file);
        return true;
    }

    /** Plays a lesson already read. */
    public void play(Lesson lesson, Path file) {
        builder.setRestrictions(ControlRestrictions.NONE);
        builder.openProject(lesson.project(), "Lesson: " + lesson.title());
        if (usesNeuronDemo(lesson)) window.liveViews().addView(LifNeuronView.ID, "LIF neuron",
                MaterialDesignS.SINE_WAVE, new LifNeuronView(demoNeuron(lesson.project())));
        player.start(lesson, file);
    }

    private static boolean usesNeuronDemo(Lesson l) {
        return l.steps().stream().anyMatch(s -> LifNeuronView.ID.equals(s.show()));
    }

    /** The lesson project's first LIF layer's neuron, so the slider's neuron is the one the network uses. */
    static LifDemoNeuron demoNeuron(Project p) {
        for (LayerSpec l : p.network().layers()) {
            if (l.neuron() == null || !"lif".equals(l.neuron().type())) continue;
            Object beta = l.neuron().params().get("beta");
            Object theta = l.neuron().params().get("threshold");
            Object reset = l.neuron().params().get("reset");
            if (beta instanceof Number b && theta instanceof Number t) {
                return new LifDemoNeuron(b.doubleValue(), t.doubleValue(), !"zero".equals(reset));
            }
        }
        return new LifDemoNeuron(0.9, 1.0, true);
    }

    private void lessonChanged(Lesson now) {
        if (poll != null) {
            poll.close();
            poll = null;
        }
        if (now == null) {
            if (aloneByLesson) window.liveViews().showAll();
            aloneByLesson = false;
            window.setGuide(null);
            window.liveViews().removeView(LifNeuronView.ID);
            return;
        }
        window.setGuide(bar);
        poll = FxBridge.every(POLL, this::pollProgress);
    }

    private void pollProgress() {
        TrainingSession s = session.getValue();
        if (s == null) return;
        BatchMetrics m = s.telemetry().metrics().latest();
        player.progress(s.telemetry().metrics().count(), m == null ? 0 : m.accuracy());
    }

    /** The lessons in a folder, by file name; one that cannot be read is listed with the reason. */
    List<LessonEntry> list(Path dir) {
        List<LessonEntry> out = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) return out;
        try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, "*.lesson.json")) {
            for (Path f : found) {
                String stem = f.getFileName().toString().replaceFirst("\\.lesson\\.json$", "");
                try {
                    Lesson l = files.load(f);
                    Path thumb = l.thumbnail() == null ? null : dir.resolve(l.thumbnail());
                    out.add(new LessonEntry(f, l.title(), l.summary(), thumb, null));
                } catch (LessonValidationException e) {
                    String first = e.errors().get(0).message().replaceFirst(" \\(line \\d+\\)$", "");
                    out.add(new LessonEntry(f, titleOf(f, stem), "", null, first));
                } catch (IOException | RuntimeException e) {
                    out.add(new LessonEntry(f, stem, "", null, "cannot be read: " + e.getMessage()));
                }
            }
        } catch (IOException e) {
            return out;
        }
        out.sort((a, b) -> a.file().getFileName().toString().compareTo(b.file().getFileName().toString()));
        return out;
    }

    /** The title of a lesson that does not load, read leniently for the start page. */
    private static String titleOf(Path f, String fallback) {
        try {
            var t = new com.fasterxml.jackson.databind.ObjectMapper().readTree(f.toFile()).path("title");
            return t.isTextual() ? t.asText() : fallback;
        } catch (IOException | RuntimeException e) {
            return fallback;
        }
    }

    /**
     * File ▸ Save as Lesson…: the open lesson with the current step showing the tab now in front, or a one-step
     * lesson of the current project with the tab in front and the controls hidden and locked now.
     */
    public boolean saveAsLesson() {
        Lesson lesson = lessonToSave();
        Path dir = player.file() != null ? player.file().toAbsolutePath().getParent()
                : builder.currentFile() != null ? builder.currentFile().toAbsolutePath().getParent() : null;
        String name = ModelBuilder.fileNameFor(lesson.title()).replaceFirst("\\.json$", "") + ".lesson.json";
        Path f = prompts.chooseSave(dir, name);
        if (f == null) return false;
        try {
            files.save(lesson, f);
        } catch (IOException | RuntimeException e) {
            window.viewModel().setStatusText("Cannot save the lesson: " + e.getMessage());
            return false;
        }
        window.viewModel().setStatusText("Saved lesson " + f.getFileName());
        return true;
    }

    Lesson lessonToSave() {
        String shown = selectedTab();
        Lesson open = player.lesson();
        if (open != null) {
            List<LessonStep> steps = new ArrayList<>(open.steps());
            steps.set(player.index(), steps.get(player.index()).withShow(shown));
            return new Lesson(open.title(), open.summary(), open.thumbnail(), open.project(), steps, open.stepProjects());
        }
        Project p = builder.project();
        ControlRestrictions r = builder.restrictions();
        String text = p.description() == null || p.description().isBlank() ? "Explore " + p.name() + "." : p.description();
        LessonStep step = new LessonStep(p.name(), text, java.util.Map.of(), shown, r.hidden(), r.locked(), null, StepEnd.USER);
        return new Lesson(p.name(), text, null, p, List.of(step), List.of(p));
    }

    private String selectedTab() {
        Tab t = window.liveViews().getTabPane().getSelectionModel().getSelectedItem();
        return t == null ? null : t.getId();
    }

    /** Stops polling (window closing). */
    public void dispose() {
        if (poll != null) poll.close();
    }

    /** Whether the lesson put a view alone in the centre (presenter mode), to be put back when it moves on or ends. */
    private boolean aloneByLesson;

    /** The player's stage: the real builder, views and run. */
    private final class BuilderStage implements LessonPlayer.Stage {
        @Override
        public void apply(Project project, String description) {
            if (Objects.equals(builder.project(), project)) return;
            builder.edit(description, null, d -> {
                Draft next = Draft.of(project);
                return next.nodeIds().stream().allMatch(project.layout()::containsKey) ? next : DraftEdits.autoLayout(next);
            });
        }

        @Override
        public void restrict(ControlRestrictions restrictions) {
            builder.setRestrictions(restrictions);
        }

        /**
         * In presenter mode a step's view fills the centre alone (on a 720-row projector a view sharing its tab is
         * too low to read: the raster's layers became bands a few pixels high); a tab, or normal mode, brings the
         * tab to the front. The next step's view, or the lesson's end, puts the cards back.
         */
        @Override
        public void show(String viewId) {
            LiveViewsArea views = window.liveViews();
            var slot = LiveViewRegistry.standard().slot(viewId);
            if (aloneByLesson) {
                views.showAll();
                aloneByLesson = false;
            }
            if (slot.isPresent()) {
                if (window.viewModel().presenter().isOn()) {
                    views.showAlone(slot.get());
                    aloneByLesson = true;
                } else {
                    views.select(slot.get());
                }
                // a view the run does not feed (say, predictions of test functions on a classification run) has no card
                if (views.isHidden(slot.get()))
                    window.viewModel().setStatusText("This step shows “" + slot.get().title()
                            + "”, which the current run has nothing for: " + slot.get().description());
            } else {
                views.select(viewId);
            }
        }

        @Override
        public void pauseRun() {
            var pause = window.viewModel().command(StandardAction.PAUSE);
            if (pause.isExecutable()) pause.execute();
        }

        @Override
        public long batchesTrained() {
            TrainingSession s = session.getValue();
            return s == null ? 0 : s.telemetry().metrics().count();
        }

        @Override
        public void pauseAtBatch(long batches) {
            TrainingSession s = session.getValue();
            if (s != null) s.pauseAtBatch(batches);
        }
    }
}
