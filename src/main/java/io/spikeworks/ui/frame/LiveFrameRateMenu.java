package io.spikeworks.ui.frame;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

import java.util.Locale;

/**
 * View ▸ Live frame rate: how often the live views redraw. Every frame costs the FX thread, the renderer and
 * the X server CPU that training would otherwise use, so the default is a teaching pace, not the display's. While
 * training runs, the clock also keeps the UI threads under a share of the CPU ({@link FrameBudget}); the last item
 * turns that off.
 */
public final class LiveFrameRateMenu {
    static final int[] RATES = {5, 15, 30, 60};

    private LiveFrameRateMenu() {}

    public static Menu create() {
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
        double share = FrameBudget.DEFAULT_SHARE > 0 ? FrameBudget.DEFAULT_SHARE : FrameBudget.STANDARD_SHARE;
        CheckMenuItem limit = new CheckMenuItem(String.format(Locale.ROOT,
                "While training, draw less often to keep drawing under %.0f %% of the CPU", 100 * share));
        limit.setId("liveFrameRateBudget");
        limit.setSelected(FxBridge.cpuBudget() > 0);
        limit.setOnAction(e -> FxBridge.setCpuBudget(limit.isSelected() ? share : 0));
        menu.getItems().addAll(new SeparatorMenuItem(), limit);
        return menu;
    }
}
