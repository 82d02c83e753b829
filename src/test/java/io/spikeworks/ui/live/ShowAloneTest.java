package io.spikeworks.ui.live;

import io.spikeworks.ui.theme.DisplayScale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.*;

/** One live view alone in the centre (a class's full-window view), and cards' least heights following presenter scale. */
@ExtendWith(ApplicationExtension.class)
class ShowAloneTest {
    private LiveViewsArea area;

    @Start
    void start(Stage stage) {
        area = new LiveViewsArea();
        stage.setScene(new Scene(area, 900, 600));
        stage.show();
    }

    @Test
    void oneCardFillsTheAreaAndEverythingComesBackAsItWas(FxRobot robot) {
        LiveViewLayout before = area.currentLayout();
        robot.interact(() -> area.showAlone(LiveViewSlot.WEIGHTS));
        assertSame(area.card(LiveViewSlot.WEIGHTS), area.getCenter());
        assertFalse(area.stack(LiveViewGroup.LEARNING).getItems().contains(area.card(LiveViewSlot.WEIGHTS)));
        assertEquals(LiveViewSlot.WEIGHTS, area.shownAlone().orElseThrow());
        assertEquals(before.orderText(), area.currentLayout().orderText(), "the arrangement is remembered, not changed");
        robot.interact(() -> area.setHidden(java.util.Set.of(LiveViewSlot.WEIGHT_ASYMMETRY)));
        assertSame(area.card(LiveViewSlot.WEIGHTS), area.getCenter(), "hiding other cards leaves the lone card alone");

        robot.interact(() -> area.showAlone(LiveViewSlot.OUTPUT));
        assertSame(area.card(LiveViewSlot.OUTPUT), area.getCenter(), "another card replaces the first");
        assertTrue(area.stack(LiveViewGroup.LEARNING).getItems().contains(area.card(LiveViewSlot.WEIGHTS)));

        robot.interact(area::showAll);
        assertSame(area.getTabPane(), area.getCenter());
        assertTrue(area.shownAlone().isEmpty());
        assertTrue(area.stack(LiveViewGroup.ACTIVITY).getItems().contains(area.card(LiveViewSlot.OUTPUT)));
        assertEquals(before.orderText(), area.currentLayout().orderText());
    }

    @Test
    void cardsNeedMoreHeightAtPresenterScale(FxRobot robot) {
        double normal = area.card(LiveViewSlot.OUTPUT).getMinHeight();
        assertEquals(LiveViewSlot.OUTPUT.minHeight(), normal);
        try {
            robot.interact(() -> DisplayScale.setCanvasScale(1.5));
            assertEquals(1.5 * normal, area.card(LiveViewSlot.OUTPUT).getMinHeight(), 1e-9);
        } finally {
            robot.interact(() -> DisplayScale.setCanvasScale(1));
        }
    }
}
