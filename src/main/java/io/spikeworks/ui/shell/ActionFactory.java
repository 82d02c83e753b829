package io.spikeworks.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Makes menu items and toolbar buttons from {@link StandardAction}s, bound to the {@link ActionCommand}s of a
 * {@link MainViewModel}: same text, icon, accelerator and enabled state everywhere.
 */
final class ActionFactory {
    private final MainViewModel vm;

    ActionFactory(MainViewModel vm) {
        this.vm = vm;
    }

    MenuItem menuItem(StandardAction action) {
        ActionCommand cmd = vm.command(action);
        MenuItem item = new MenuItem(action.text());
        configure(item, action);
        item.disableProperty().bind(cmd.executableProperty().not());
        item.setOnAction(e -> cmd.execute());
        return item;
    }

    /** A check item whose tick mirrors {@code selected}; it toggles the property itself. */
    CheckMenuItem checkMenuItem(StandardAction action, BooleanProperty selected) {
        CheckMenuItem item = new CheckMenuItem(action.text());
        configure(item, action);
        item.selectedProperty().bindBidirectional(selected);
        return item;
    }

    private static void configure(MenuItem item, StandardAction action) {
        item.setId(action.id() + "MenuItem");
        item.setMnemonicParsing(true);
        if (action.accelerator() != null) item.setAccelerator(KeyCombination.valueOf(action.accelerator()));
        if (action.icon() != null) {
            FontIcon icon = new FontIcon(action.icon());
            icon.getStyleClass().add("menu-icon");
            item.setGraphic(icon);
        }
    }

    /** Icon-only toolbar button with a tooltip naming the action and its shortcut. */
    Button toolbarButton(StandardAction action) {
        ActionCommand cmd = vm.command(action);
        Button b = new Button();
        b.setId(action.id() + "Button");
        b.getStyleClass().add("tool-button");
        b.setMnemonicParsing(false);
        b.setFocusTraversable(false);
        if (action.icon() != null) {
            FontIcon icon = new FontIcon(action.icon());
            icon.getStyleClass().add("tool-icon");
            b.setGraphic(icon);
            b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        } else {
            b.setText(action.plainText());
        }
        b.setAccessibleText(action.plainText());
        Tooltip tip = new Tooltip(tooltipText(action));
        tip.setShowDelay(Duration.millis(400));
        b.setTooltip(tip);
        b.disableProperty().bind(cmd.executableProperty().not());
        b.setOnAction(e -> cmd.execute());
        return b;
    }

    /** Toolbar button that shows its label beside the icon (for the primary action). */
    Button labelledToolbarButton(StandardAction action) {
        Button b = toolbarButton(action);
        b.setText(action.plainText());
        b.setContentDisplay(ContentDisplay.LEFT);
        b.getStyleClass().add("labelled");
        return b;
    }

    static String tooltipText(StandardAction action) {
        if (action.accelerator() == null) return action.description();
        return action.description() + "  (" + KeyCombination.valueOf(action.accelerator()).getDisplayText() + ")";
    }
}
