package io.spikeworks.ui.run;

import io.spikeworks.session.DataSplit;
import io.spikeworks.session.InspectedLayer;
import io.spikeworks.session.SampleInspection;
import javafx.scene.control.Label;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.*;

/** Slow motion reveals exactly one time step of one sample per Step, in the model and in the tab. */
@ExtendWith(ApplicationExtension.class)
class SlowMotionTest {
    static final int T = 5;
    static final int N = 3;
    private SlowMotionView view;

    /** A hidden layer whose neuron n's membrane at step t is 10·t + n, spiking when t is even. */
    static SampleInspection sample() {
        float[] inSpikes = new float[T * 2];
        float[] spikes = new float[T * N];
        float[] mem = new float[T * N];
        for (int t = 0; t < T; t++) {
            for (int n = 0; n < N; n++) {
                mem[t * N + n] = 10 * t + n;
                spikes[t * N + n] = t % 2 == 0 ? 1 : 0;
            }
        }
        return new SampleInspection(DataSplit.TEST, 7, 3, 3, T, 100,
                java.util.List.of(new InspectedLayer("input", new int[]{2}, 2, T, inSpikes, null),
                        new InspectedLayer("hidden1", new int[]{N}, N, T, spikes, mem)), new float[]{0, 1});
    }

    @Start
    void start(Stage stage) {
        view = new SlowMotionView(new SimpleObjectProperty<>(null));
        stage.setScene(new javafx.scene.Scene(view, 800, 500));
        stage.show();
    }

    @Test
    void eachStepRevealsExactlyOneMoreTimeStep() {
        SlowMotion m = new SlowMotion();
        assertFalse(m.stepOnce(), "nothing to step without a sample");
        m.load(sample());
        assertEquals(-1, m.step());
        assertEquals(0, m.tracedMembranes()[0].length, "nothing revealed before the first step");
        for (int t = 0; t < T; t++) {
            assertTrue(m.stepOnce());
            assertEquals(t, m.step());
            float[][] traced = m.tracedMembranes();
            assertEquals(N, traced.length);
            assertEquals(t + 1, traced[0].length, "steps 0.." + t);
            assertEquals(10 * t + 2, traced[2][t], 0);
            assertEquals((t + 1) * N, m.spikesSoFar("hidden1").length);
        }
        assertFalse(m.stepOnce(), "no step after the last");
        assertEquals(T - 1, m.step());
        assertTrue(m.stepBack());
        assertEquals(T - 2, m.step());
        m.restart();
        assertEquals(-1, m.step());
        assertFalse(m.stepBack());
        assertEquals("hidden1", m.followed().name());
    }

    @Test
    void theStepButtonAdvancesTheTabOneTimeStep(FxRobot robot) {
        assertTrue(robot.lookup("#slowSample").query().isDisabled(), "no run, no sample to take");
        robot.interact(() -> view.show(sample()));
        assertEquals(-1, view.motion().step());
        assertTrue(robot.lookup("#slowBack").query().isDisabled());
        robot.clickOn("#slowStep");
        assertEquals(0, view.motion().step());
        assertEquals("Test sample #7 (class 3) · step 1 of 5", robot.lookup("#slowWhere").queryAs(Label.class).getText());
        robot.clickOn("#slowStep");
        assertEquals(1, view.motion().step());
        robot.clickOn("#slowBack");
        assertEquals(0, view.motion().step());
        for (int i = 0; i < T; i++) robot.interact(view::stepOnce);
        assertEquals(T - 1, view.motion().step());
        assertTrue(robot.lookup("#slowStep").query().isDisabled(), "the last step reached");
    }

    @Test
    void aCircuitsStepsAreNamedByTheirPhaseAndItsChipUnitsPrintAsWholeNumbers() {
        SampleInspection plain = sample();
        SampleInspection phases = new SampleInspection(plain.split(), plain.index(), plain.label(), plain.predicted(), T,
                plain.iteration(), plain.layers(), plain.outputs(), java.util.List.of("0 a", "1 b", "2 c", "3 d", "4 e"));
        assertEquals("Test sample #7 (class 3) · step 2 of 5", SlowMotionView.whereText(plain, 1));
        SampleInspection regression = new SampleInspection(plain.split(), 4, -1, 0, T, 0, plain.layers(), plain.outputs());
        assertEquals("Test sample #4 · step 1 of 5", SlowMotionView.whereText(regression, 0), "no class -1");
        assertTrue(SlowMotionView.whereText(phases, 1).startsWith("Test sample #7 (class 3) · step 2 of 5 · phase 1 b\n"),
                SlowMotionView.whereText(phases, 1));
        assertEquals("1 b", phases.stepName(1));
        assertNull(plain.stepName(1));
        assertEquals("1024", SlowMotionView.scaleText(1024));
        assertEquals("-16850", SlowMotionView.scaleText(-16850));
        assertEquals("1.00", SlowMotionView.scaleText(1));
        assertThrows(IllegalArgumentException.class, () -> new SampleInspection(plain.split(), 0, 0, 0, T, 0,
                plain.layers(), plain.outputs(), java.util.List.of("only one")));
    }
}
