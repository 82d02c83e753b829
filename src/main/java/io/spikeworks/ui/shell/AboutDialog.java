package io.spikeworks.ui.shell;

import io.spikeworks.Version;
import io.spikeworks.ui.theme.Theme;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.io.InputStream;

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
        Theme.apply(getDialogPane()); // the window's text size and contrast

        Node logo = logo();
        Label name = new Label("Spikeworks");
        name.getStyleClass().add("about-name");
        Label version = new Label("Version " + Version.get());
        version.setId("aboutVersion");
        version.getStyleClass().add("about-version");
        Label tagline = new Label("Train spiking neural networks the way neuromorphic chips must train them.");
        tagline.getStyleClass().add("about-tagline");
        tagline.setWrapText(true);
        tagline.setMinHeight(Region.USE_PREF_SIZE);
        VBox titles = new VBox(2, name, version);
        HBox head = new HBox(14, logo, titles);
        head.setAlignment(Pos.CENTER_LEFT);

        Label dataHeading = new Label("Bundled data sets");
        dataHeading.getStyleClass().add("about-heading");
        VBox attributions = new VBox(10);
        attributions.setId("aboutAttributions");
        for (Attributions.DataSet ds : Attributions.DATA_SETS) {
            Label dsName = new Label(ds.name());
            dsName.getStyleClass().add("about-dataset-name");
            Label credit = new Label(ds.authors() + ". Licence: " + ds.licence() + ".");
            credit.getStyleClass().add("about-attribution");
            credit.setWrapText(true);
            credit.setMinHeight(Region.USE_PREF_SIZE);
            Label source = new Label(ds.source());
            source.getStyleClass().add("about-dataset-source");
            source.setWrapText(true);
            source.setMinHeight(Region.USE_PREF_SIZE);
            VBox entry = new VBox(dsName, credit, source);
            entry.getStyleClass().add("about-dataset");
            attributions.getChildren().add(entry);
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

    /** The app icon; the bare glyph if the image is missing. */
    private static Node logo() {
        try (InputStream in = AboutDialog.class.getResourceAsStream("/io/spikeworks/ui/icons/spikeworks-128.png")) {
            if (in != null) {
                ImageView v = new ImageView(new Image(in, 56, 56, true, true));
                v.getStyleClass().add("about-logo");
                return v;
            }
        } catch (java.io.IOException ignored) {
            // fall through to the glyph
        }
        FontIcon glyph = new FontIcon(MaterialDesignP.PULSE);
        glyph.getStyleClass().add("about-logo");
        return glyph;
    }
}
