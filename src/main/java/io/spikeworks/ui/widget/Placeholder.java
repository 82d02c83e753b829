package io.spikeworks.ui.widget;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "What will live here" panel for areas whose feature is not built yet: an icon, a title and one sentence.
 * Says what is coming; shows no fake data.
 */
public final class Placeholder extends VBox {
    private final Label title;
    private final Label description;

    public Placeholder(Ikon icon, String title, String description) {
        getStyleClass().add("placeholder");
        setAlignment(Pos.CENTER);
        setFillWidth(true);
        if (icon != null) {
            FontIcon fi = new FontIcon(icon);
            fi.getStyleClass().add("placeholder-icon");
            getChildren().add(fi);
        }
        this.title = new Label(title);
        this.title.getStyleClass().add("placeholder-title");
        this.title.setWrapText(true);
        this.title.setAlignment(Pos.CENTER);
        this.title.setMinHeight(Region.USE_PREF_SIZE);
        this.description = new Label(description);
        this.description.getStyleClass().add("placeholder-description");
        this.description.setWrapText(true);
        this.description.setAlignment(Pos.CENTER);
        this.description.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(this.title, this.description);
    }

    public String getTitle() {
        return title.getText();
    }

    public String getDescription() {
        return description.getText();
    }
}
