package io.spikeworks.ui.lesson;

import io.spikeworks.model.Project;
import io.spikeworks.model.lesson.Lesson;
import io.spikeworks.model.lesson.LessonStep;
import io.spikeworks.model.lesson.StepEnd;
import io.spikeworks.ui.builder.ControlRestrictions;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Plays a lesson, without nodes: which step is on, what entering a step does to the project, the controls and the
 * views (through {@link Stage}), and when a step that ends by itself is over. FX thread only.
 *
 * <p>Entering a step forwards applies its project only if the step changes settings, so what the class tried in
 * the step before carries on; going back always restores the step's own project, so a step replays as written.
 */
public final class LessonPlayer {

    /** What the player acts on: the builder, the live views and the run. */
    public interface Stage {
        /** Replaces the project (one undoable edit named {@code description}). */
        void apply(Project project, String description);

        void restrict(ControlRestrictions restrictions);

        /** Brings a live view or tab to the front. */
        void show(String viewId);

        /** Pauses training, if it runs. */
        void pauseRun();

        /** Batches trained by the current session so far; 0 without one. */
        long batchesTrained();

        /**
         * Asks the current session, if any, to pause once it has trained {@code batches} batches in all, exactly there
         * (the training side honours it between batches); {@code -1} cancels.
         */
        void pauseAtBatch(long batches);
    }

    private final Stage stage;
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final ReadOnlyBooleanWrapper stepDone = new ReadOnlyBooleanWrapper(this, "stepDone", false);
    private Path file;
    /** Batches the session had trained when the step began. */
    private long batchesAtEntry;

    public LessonPlayer(Stage stage) {
        this.stage = Objects.requireNonNull(stage);
    }

    /** Starts {@code l} at its first step; {@code from} is the lesson's file (for Save as lesson), or null. */
    public void start(Lesson l, Path from) {
        lesson.set(Objects.requireNonNull(l));
        file = from;
        index.set(-1);
        enter(0, true);
    }

    /** Ends the lesson: controls come back, the project stays as it is. */
    public void close() {
        if (lesson.get() == null) return;
        lesson.set(null);
        file = null;
        index.set(-1);
        stepDone.set(false);
        stage.pauseAtBatch(-1);
        stage.restrict(ControlRestrictions.NONE);
    }

    public boolean next() {
        if (!canNext()) return false;
        enter(index.get() + 1, true);
        return true;
    }

    public boolean back() {
        if (!canBack()) return false;
        enter(index.get() - 1, false);
        return true;
    }

    public boolean canNext() {
        return lesson.get() != null && index.get() + 1 < lesson.get().size();
    }

    public boolean canBack() {
        return lesson.get() != null && index.get() > 0;
    }

    private void enter(int i, boolean forwards) {
        Lesson l = lesson.get();
        LessonStep step = l.step(i);
        if (!forwards || !step.set().isEmpty() || i == 0) {
            stage.apply(l.stepProjects().get(i), "Lesson step " + (i + 1) + ": " + step.title());
        }
        stage.restrict(new ControlRestrictions(step.hidden(), step.locked()));
        if (step.show() != null) stage.show(step.show());
        stepDone.set(false);
        batchesAtEntry = stage.batchesTrained();
        index.set(i);
        requestEnd();
    }

    /**
     * Run opened a new session (call before it starts training): a step that ends after N batches counts from its
     * first batch, and the session is asked to pause exactly there.
     */
    public void sessionOpened() {
        if (lesson.get() == null) return;
        batchesAtEntry = 0;
        requestEnd();
    }

    /** A step that ends after N batches asks the session to pause there; any other step cancels such a request. */
    private void requestEnd() {
        StepEnd until = step().until();
        if (until.kind() == StepEnd.Kind.BATCHES && !stepDone.get()) stage.pauseAtBatch(batchesAtEntry + until.batches());
        else stage.pauseAtBatch(-1);
    }

    /**
     * Told how training goes (every few frames while a lesson plays): once the step's end is reached, the step is
     * done and the run pauses (a step that ends after N batches has already paused there, see {@link #requestEnd}).
     * A new session (fewer batches than at entry) counts from zero.
     */
    public void progress(long batchesTrained, double score) {
        Lesson l = lesson.get();
        if (l == null || stepDone.get()) return;
        if (batchesTrained < batchesAtEntry) batchesAtEntry = 0;
        if (l.step(index.get()).until().reached(batchesTrained - batchesAtEntry, score)) {
            stepDone.set(true);
            stage.pauseRun();
        }
    }

    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    public Lesson lesson() {
        return lesson.get();
    }

    /** The lesson's file, or null. */
    public Path file() {
        return file;
    }

    /** The step on, from 0; -1 without a lesson. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public int index() {
        return index.get();
    }

    public LessonStep step() {
        return lesson.get() == null ? null : lesson.get().step(index.get());
    }

    /** Whether a step that ends by itself (batches, score) has ended. */
    public ReadOnlyBooleanProperty stepDoneProperty() {
        return stepDone.getReadOnlyProperty();
    }
}
