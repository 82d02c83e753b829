package io.spikeworks.ui;

import io.spikeworks.Version;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;

/**
 * Help ▸ About: product name, version ({@link Version#get()}), runtime, and the attributions of the bundled data
 * sets. Node ids: {@code #aboutDialog}, {@code #aboutVersion}, {@code #aboutAttributions}, {@code #aboutRuntime}.
 */
final class AboutDialog extends Dialog<ButtonType> {

    AboutDialog(Window owner) {
        if (owner != null) initOwner(owner);
        setTitle("About Spikeworks");
        getDialogPane().setId("aboutDialog");
        getDialogPane().getStyleClass().add("about-dialog");
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (owner != null && owner.getScene() != null) {
            getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        } else {
            Theme.apply(getDialogPane());
        }

        FontIcon logo = new FontIcon(MaterialDesignB.BRAIN);
        logo.getStyleClass().add("about-logo");
        Label name = new Label("Spikeworks");
        name.getStyleClass().add("about-name");
        Label version = new Label("Version " + Version.get());
        version.setId("aboutVersion");
        version.getStyleClass().add("about-version");
        Label tagline = new Label("Train spiking neural networks the way neuromorphic chips must train them.");
        tagline.getStyleClass().add("about-tagline");
        tagline.setWrapText(true);
        VBox titles = new VBox(2, name, version);
        HBox head = new HBox(14, logo, titles);
        head.setAlignment(Pos.CENTER_LEFT);

        Label dataHeading = new Label("Bundled data sets");
        dataHeading.getStyleClass().add("about-heading");
        VBox attributions = new VBox(8);
        attributions.setId("aboutAttributions");
        for (Attributions.DataSet ds : Attributions.DATA_SETS) {
            Label l = new Label(ds.text());
            l.getStyleClass().add("about-attribution");
            l.setWrapText(true);
            attributions.getChildren().add(l);
        }

        Label runtime = new Label("Java " + System.getProperty("java.version")
                + " · JavaFX " + System.getProperty("javafx.runtime.version", "?")
                + " · " + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        runtime.setId("aboutRuntime");
        runtime.getStyleClass().add("about-runtime");

        VBox body = new VBox(12, head, tagline, new Separator(), dataHeading, attributions, new Separator(), runtime);
        body.getStyleClass().add("about-body");
        body.setPrefWidth(480);
        getDialogPane().setContent(body);
        getDialogPane().setHeader(null);
        getDialogPane().setGraphic(null);
    }
}
