package io.spikeworks.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * View ▸ Live frame rate: how often the live views redraw. Every frame costs the FX thread, the renderer and
 * the X server CPU that training would otherwise use, so the default is a teaching pace, not the display's.
 */
final class LiveFrameRateMenu {
    static final int[] RATES = {5, 15, 30, 60};

    private LiveFrameRateMenu() {}

    static Menu create() {
        Menu menu = new Menu("Live _frame rate");
        menu.setId("liveFrameRateMenu");
        ToggleGroup group = new ToggleGroup();
        for (int fps : RATES) {
            RadioMenuItem item = new RadioMenuItem(fps + " frames/s" + (fps == FxBridge.DEFAULT_FPS ? " (default)" : ""));
            item.setId("liveFrameRate" + fps);
            item.setToggleGroup(group);
            item.setSelected(fps == FxBridge.frameRate());
            item.setOnAction(e -> FxBridge.setFrameRate(fps));
            menu.getItems().add(item);
        }
        return menu;
    }
}
