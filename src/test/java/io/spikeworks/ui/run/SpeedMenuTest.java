package io.spikeworks.ui.run;

import io.spikeworks.session.Speed;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
class SpeedMenuTest {
    private static RadioMenuItem item(Menu m, String id) {
        return (RadioMenuItem) m.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void theItemsSetTheSpeedAndFollowIt(FxRobot robot) {
        SimpleObjectProperty<Speed> speed = new SimpleObjectProperty<>(Speed.FULL);
        Menu[] menu = new Menu[1];
        robot.interact(() -> menu[0] = SpeedMenu.create(speed));
        assertEquals(1 + SpeedMenu.RATES.length, menu[0].getItems().size());
        assertTrue(item(menu[0], "speedFull").isSelected());
        robot.interact(() -> item(menu[0], "speed2").fire());
        assertEquals(Speed.batchesPerSecond(2), speed.get());
        assertFalse(item(menu[0], "speedFull").isSelected());
        robot.interact(() -> speed.set(Speed.batchesPerSecond(10)));
        assertTrue(item(menu[0], "speed10").isSelected(), "set elsewhere, shown here");
        assertEquals("1 batch a second", item(menu[0], "speed1").getText());
    }
}
