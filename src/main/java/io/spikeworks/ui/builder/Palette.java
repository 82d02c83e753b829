package io.spikeworks.ui.builder;

import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.ComponentSpec;
import io.spikeworks.model.Project;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The layer palette: the input and readout (always on the canvas; clicking selects them) and one entry per layer
 * type in the catalog, so types registered later appear without UI changes. Drag an entry onto the canvas to add
 * it there; double-click appends it to the end of the chain. Entry ids {@code #palette-<type>}.
 */
final class Palette extends VBox {

    /** What a drag from the palette ends in: the type and the scene point where the mouse was released. */
    interface DropHandler extends BiConsumer<String, Point2D> {}

    private final Pane overlay;
    private Label ghost;
    private final java.util.Map<String, Label> entries = new java.util.LinkedHashMap<>();

    Palette(ComponentCatalog catalog, Pane overlay, DropHandler onDrop, Consumer<String> onAppend,
            Consumer<String> onSelectFixed) {
        this.overlay = overlay;
        setId("builderPalette");
        getStyleClass().add("builder-palette");
        Label head = new Label("Layers");
        head.getStyleClass().add("palette-heading");
        getChildren().add(head);
        getChildren().add(fixed(Project.INPUT_NODE, "Input", LayerIcons.forNode(Project.INPUT_NODE, ""),
                "Dataset and spike encoder; select it to pick them", onSelectFixed));
        for (ComponentSpec spec : catalog.list(ComponentFamily.LAYER)) {
            Label item = entry("palette-" + spec.type(), spec.displayName(), LayerIcons.forType(spec.type()),
                    spec.help() + "\nDrag onto the canvas (onto a connection to insert it there), or double-click to append.");
            item.setOnMousePressed(e -> {
                if (e.getButton() != MouseButton.PRIMARY) return;
                ghost = new Label(spec.displayName(), icon(LayerIcons.forType(spec.type())));
                ghost.getStyleClass().add("palette-ghost");
                ghost.setMouseTransparent(true);
                ghost.setManaged(false);
                ghost.setVisible(false);
                overlay.getChildren().add(ghost);
                e.consume();
            });
            item.setOnMouseDragged(e -> {
                if (ghost == null) return;
                Point2D p = overlay.sceneToLocal(e.getSceneX(), e.getSceneY());
                ghost.autosize();
                ghost.relocate(p.getX() - 12, p.getY() - 12);
                ghost.setVisible(true);
                e.consume();
            });
            item.setOnMouseReleased(e -> {
                if (ghost == null) return;
                overlay.getChildren().remove(ghost);
                boolean wasDragged = ghost.isVisible();
                ghost = null;
                if (wasDragged) onDrop.accept(spec.type(), new Point2D(e.getSceneX(), e.getSceneY()));
                e.consume();
            });
            item.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() >= 2 && e.getClickCount() % 2 == 0) {
                    onAppend.accept(spec.type());
                }
            });
            getChildren().add(item);
            entries.put(spec.type(), item);
        }
        getChildren().add(fixed(Project.READOUT_NODE, "Readout", LayerIcons.forNode(Project.READOUT_NODE, ""),
                "How the last layer becomes class scores, and the loss; select it to pick them", onSelectFixed));
    }

    /** Hides the layer entries a lesson step hides (and shows the rest). */
    void restrict(ControlRestrictions r) {
        entries.forEach((type, item) -> {
            boolean hidden = r.hidesPaletteEntry(type);
            item.setVisible(!hidden);
            item.setManaged(!hidden);
        });
    }

    private Label fixed(String node, String text, Ikon ikon, String help, Consumer<String> onSelect) {
        Label l = entry("palette-" + node, text, ikon, help);
        l.getStyleClass().add("fixed");
        l.setOnMouseClicked(e -> onSelect.accept(node));
        return l;
    }

    private static Label entry(String id, String text, Ikon ikon, String help) {
        Label l = new Label(text, icon(ikon));
        l.setId(id);
        l.getStyleClass().add("palette-item");
        l.setMaxWidth(Double.MAX_VALUE);
        l.setAlignment(Pos.CENTER_LEFT);
        Tooltip t = new Tooltip(help);
        t.setShowDelay(Duration.millis(400));
        t.setWrapText(true);
        t.setMaxWidth(320);
        l.setTooltip(t);
        return l;
    }

    private static FontIcon icon(Ikon ikon) {
        FontIcon fi = new FontIcon(ikon);
        fi.getStyleClass().add("palette-icon");
        return fi;
    }
}
