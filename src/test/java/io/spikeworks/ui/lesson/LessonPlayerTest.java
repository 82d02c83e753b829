package io.spikeworks.ui.lesson;

import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.Project;
import io.spikeworks.model.lesson.Lesson;
import io.spikeworks.model.lesson.LessonFiles;
import io.spikeworks.model.lesson.LessonJson;
import io.spikeworks.model.lesson.StepEnd;
import io.spikeworks.ui.builder.ControlRestrictions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Stepping through a shipped lesson with a recording stage: projects, restrictions, views, and steps that end themselves. */
class LessonPlayerTest {
    /** Records what the player asked for. */
    static final class RecordingStage implements LessonPlayer.Stage {
        Project project;
        final List<String> edits = new ArrayList<>();
        ControlRestrictions restrictions = ControlRestrictions.NONE;
        final List<String> shown = new ArrayList<>();
        int pauses;
        long batches;
        /** Every pauseAtBatch request, in order. */
        final List<Long> pauseAt = new ArrayList<>();
        /** The real session requests go to, or null. */
        io.spikeworks.session.TrainingSession session;

        @Override public void apply(Project p, String description) {
            project = p;
            edits.add(description);
        }
        @Override public void restrict(ControlRestrictions r) { restrictions = r; }
        @Override public void show(String viewId) { shown.add(viewId); }
        @Override public void pauseRun() { pauses++; }
        @Override public long batchesTrained() { return session == null ? batches : session.telemetry().metrics().count(); }
        @Override public void pauseAtBatch(long b) {
            pauseAt.add(b);
            if (session != null) session.pauseAtBatch(b);
        }
    }

    private final RecordingStage stage = new RecordingStage();
    private final LessonPlayer player = new LessonPlayer(stage);
    private Lesson lesson;

    @BeforeEach
    void load() throws Exception {
        lesson = new LessonFiles(new LessonJson(ComponentCatalog.standard(), LessonSetup.vocabulary()))
                .load(Path.of("sample-projects/lessons/02-rate-vs-latency.lesson.json"));
    }

    @Test
    void walksForwardAndBackApplyingEachStepsProjectRestrictionsAndView() {
        player.start(lesson, null);
        assertEquals(0, player.index());
        assertEquals(lesson.stepProjects().get(0), stage.project);
        assertTrue(stage.restrictions.hidesPaletteEntry("dense"));
        assertTrue(stage.restrictions.locks("encoder.gain"));
        assertFalse(stage.restrictions.locks("training.epochs"));
        assertEquals(List.of("spikeRaster"), stage.shown);
        assertFalse(player.canBack());

        assertTrue(player.next());
        assertEquals(1, stage.edits.size(), "step 2 sets nothing, so the class's own changes stay");
        assertEquals("costMeters", stage.shown.get(1));
        assertTrue(player.next());
        assertEquals("ttfs", stage.project.encoder().type(), "step 3 switches to latency coding");
        assertTrue(player.next());
        assertFalse(player.canNext());
        assertFalse(player.next(), "no step after the last");

        assertTrue(player.back());
        assertTrue(player.back());
        assertEquals("poisson", stage.project.encoder().type(), "going back restores the step's own project");
        assertEquals(lesson.stepProjects().get(1), stage.project);
        player.close();
        assertEquals(ControlRestrictions.NONE, stage.restrictions);
        assertNull(player.lesson());
    }

    @Test
    void aStepThatEndsAfterBatchesPausesTheRunOnceAndCountsFromItsStart() {
        stage.batches = 7; // a session left over from before the lesson
        player.start(lesson, null); // step 1 ends after 20 batches
        player.progress(26, 0.1);
        assertFalse(player.stepDoneProperty().get(), "19 batches into the step");
        player.progress(27, 0.1);
        assertTrue(player.stepDoneProperty().get());
        assertEquals(1, stage.pauses);
        player.progress(40, 0.1);
        assertEquals(1, stage.pauses, "paused once");

        stage.batches = 40;
        player.next(); // ends when the user says
        player.progress(1000, 1.0);
        assertFalse(player.stepDoneProperty().get());

        player.next(); // step 3: 20 batches, and a new run starts from 0
        assertEquals(60L, stage.pauseAt.get(stage.pauseAt.size() - 1), "asked of the session left running");
        player.sessionOpened();
        assertEquals(20L, stage.pauseAt.get(stage.pauseAt.size() - 1), "asked of the new session before it trains");
        player.progress(3, 0.1);
        assertFalse(player.stepDoneProperty().get(), "a new session counts from zero");
        player.progress(20, 0.1);
        assertTrue(player.stepDoneProperty().get());
        assertEquals(2, stage.pauses);
    }

    @Test
    void eachStepAsksTheSessionToPauseWhereItEndsAndOnlyThen() {
        player.start(lesson, null);
        assertEquals(List.of(20L), stage.pauseAt, "step 1 ends after 20 batches");
        player.next(); // ends when the user says: the request is cancelled
        assertEquals(-1L, stage.pauseAt.get(1));
        player.sessionOpened();
        assertEquals(-1L, stage.pauseAt.get(2), "a new run in such a step is not paused");
        player.back();
        assertEquals(20L, stage.pauseAt.get(3));
        player.close();
        assertEquals(-1L, stage.pauseAt.get(4), "closing the lesson cancels it");
    }

    @Test
    void aStepOfNBatchesEndsAtExactlyNOnARealSession() throws Exception {
        // the lesson's own project does not matter here: a tiny one trains the 20 batches quickly
        try (io.spikeworks.session.TrainingSession s = io.spikeworks.session.TinySessions.open(
                io.spikeworks.session.TinySessions.project(1_000, 1e-2))) {
            player.start(lesson, null); // step 1: 20 batches, before any run
            stage.session = s; // Run opens a session, tells the player, then starts it
            player.sessionOpened();
            assertTrue(s.start());
            assertTrue(s.awaitState(io.spikeworks.session.TinySessions.WAIT, io.spikeworks.session.SessionState.PAUSED));
            assertEquals(20, s.telemetry().metrics().count(), "not one batch more");
            player.progress(s.telemetry().metrics().count(), 0.5);
            assertTrue(player.stepDoneProperty().get());

            assertEquals(-1, s.pauseAtBatchRequested(), "used up: Run after the step trains on");
        }
    }

    @Test
    void theBarSaysHowEachKindOfStepEnds() {
        assertEquals("Press Run: training pauses by itself after 20 batches.",
                LessonBar.endText(io.spikeworks.model.lesson.StepEnd.afterBatches(20), true));
        assertEquals("Press Run: training pauses by itself once the score reaches 80 %. This is the last step.",
                LessonBar.endText(io.spikeworks.model.lesson.StepEnd.atScore(0.8), false));
        assertEquals("Press Next when you are ready.", LessonBar.endText(StepEnd.USER, true));
    }

    @Test
    void restrictionsMatchExactIdsAndWholeSections() {
        ControlRestrictions r = new ControlRestrictions(List.of("algorithm.*", "palette.conv2d"), List.of("training.epochs"));
        assertTrue(r.hides("algorithm.type"));
        assertTrue(r.hides("algorithm.lr"));
        assertFalse(r.hides("algorithmx.lr"));
        assertTrue(r.hidesPaletteEntry("conv2d"));
        assertFalse(r.hidesPaletteEntry("dense"));
        assertTrue(r.locks("training.epochs"));
        assertFalse(r.locks("training.epochsX"));
    }
}
