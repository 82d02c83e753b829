package io.spikeworks.ui.theme;

import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/** View ▸ Colours: the standard data colours or the colour-blind-safe ones ({@link DataPalette}). */
public final class DataPaletteMenu {
    private DataPaletteMenu() {}

    public static Menu create() {
        Menu menu = new Menu("_Colours");
        menu.setId("dataPaletteMenu");
        ToggleGroup group = new ToggleGroup();
        for (DataPalette p : DataPalette.values()) {
            RadioMenuItem item = new RadioMenuItem(p.label());
            item.setMnemonicParsing(false);
            item.setId(p == DataPalette.STANDARD ? "dataPaletteStandard" : "dataPaletteColourBlindSafe");
            item.setToggleGroup(group);
            item.setSelected(DataPalette.current() == p);
            item.setOnAction(e -> DataPalette.setCurrent(p));
            // set elsewhere too (preferences at start-up, tests): the check mark follows
            DataPalette.currentProperty().addListener((o, was, is) -> item.setSelected(is == p));
            menu.getItems().add(item);
        }
        return menu;
    }
}
