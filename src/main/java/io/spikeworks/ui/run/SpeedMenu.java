package io.spikeworks.ui.run;

import io.spikeworks.session.Speed;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * Run ▸ Training speed: full speed, or a ceiling of N batches a second so a class can follow the raster change
 * (the session's own governor). Item ids {@code #speedFull}, {@code #speed<N>}.
 */
public final class SpeedMenu {
    /** Batches per second offered besides full speed. */
    static final int[] RATES = {10, 5, 2, 1};

    private SpeedMenu() {}

    public static Menu create(ObjectProperty<Speed> speed) {
        Menu menu = new Menu("Training _speed");
        menu.setId("trainingSpeedMenu");
        ToggleGroup group = new ToggleGroup();
        menu.getItems().add(item("speedFull", "Full speed", Speed.FULL, speed, group));
        for (int n : RATES) {
            menu.getItems().add(item("speed" + n, n + " batch" + (n == 1 ? "" : "es") + " a second", Speed.batchesPerSecond(n), speed, group));
        }
        return menu;
    }

    private static RadioMenuItem item(String id, String text, Speed value, ObjectProperty<Speed> speed, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId(id);
        item.setToggleGroup(group);
        item.setSelected(value.equals(speed.get()));
        item.setOnAction(e -> speed.set(value));
        speed.addListener((o, was, is) -> item.setSelected(value.equals(is)));
        return item;
    }
}
