package io.spikeworks.ui.widget;

import io.spikeworks.ui.frame.FxBridge;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Objects;

/**
 * A titled area of the main window (the model editor on the left, the inspector on the right, each live-view
 * card in the centre): a header with an optional icon, a title and optional tool nodes, and a body that shows
 * either content or a {@link Placeholder}.
 * FX thread only.
 */
public final class TitledPanel extends BorderPane {
    private final String defaultTitle;
    private final Label title;
    private final HBox tools = new HBox();
    private final Placeholder placeholder;
    private final ReadOnlyObjectWrapper<Node> content = new ReadOnlyObjectWrapper<>(this, "content");

    public TitledPanel(String id, String styleClass, Ikon icon, String defaultTitle, Placeholder placeholder) {
        setId(id);
        getStyleClass().addAll("titled-panel", styleClass);
        this.defaultTitle = defaultTitle;
        this.placeholder = Objects.requireNonNull(placeholder);
        title = new Label(defaultTitle);
        title.setId(id + "Title");
        title.getStyleClass().add("panel-title");
        if (icon != null) {
            FontIcon fi = new FontIcon(icon);
            fi.getStyleClass().add("panel-icon");
            title.setGraphic(fi);
        }
        tools.getStyleClass().add("panel-tools");
        tools.setAlignment(Pos.CENTER_RIGHT);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(title, grow, tools);
        header.getStyleClass().add("panel-header");
        header.setAlignment(Pos.CENTER_LEFT);
        setTop(header);
        setCenter(placeholder);
    }

    /** Shows {@code node} in the body under {@code heading} (null keeps the default heading). */
    public void setContent(String heading, Node node) {
        FxBridge.requireFxThread();
        Objects.requireNonNull(node, "node");
        title.setText(heading != null ? heading : defaultTitle);
        content.set(node);
        setCenter(node);
    }

    /** Shows {@code node} in the body under the default heading. */
    public void setContent(Node node) {
        setContent(null, node);
    }

    /** Back to the placeholder and the default heading. */
    public void clear() {
        FxBridge.requireFxThread();
        title.setText(defaultTitle);
        content.set(null);
        setCenter(placeholder);
    }

    /** The content shown, or null while the placeholder is up. */
    public ReadOnlyObjectProperty<Node> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public String getHeading() {
        return title.getText();
    }

    public Placeholder getPlaceholder() {
        return placeholder;
    }

    /** Small nodes (e.g. icon buttons) at the right of the header. */
    public HBox getHeaderTools() {
        return tools;
    }
}
