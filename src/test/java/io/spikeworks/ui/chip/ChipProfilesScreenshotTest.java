package io.spikeworks.ui.chip;

import io.spikeworks.chip.ChipProfile;
import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.chip.SourcedValue;
import io.spikeworks.chip.WeightFormat;
import io.spikeworks.ui.frame.SnapshotWriter;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renders the dialog to PNG for the docs: {@code xvfb-run -a mvn -B -q test -Dgui
 * -Dtest=ChipProfilesScreenshotTest -Dchipui.screenshots=assets/screenshots} writes chip-profiles.png (a shipped
 * profile) and chip-profiles-editor.png (a user profile being edited, with an error). Skipped unless the
 * property is set.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "chipui.screenshots", matches = ".+")
class ChipProfilesScreenshotTest {
    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void render(FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("chipui.screenshots")).toAbsolutePath();
        ChipProfiles profiles = ChipProfiles.load(dir);
        ChipProfile mine = profiles.duplicate("loihi", "my-loihi", "My Loihi, 4-bit weights");
        WeightFormat w = mine.forwardWeights();
        profiles.save(new ChipProfile(mine.name(), mine.displayName(), "Loihi with 4-bit forward weights: how much "
                + "accuracy does the narrower format cost?", new WeightFormat(SourcedValue.of(4, "bit",
                "estimate: what-if study"), w.signed(), w.rounding()), mine.feedbackWeights(), mine.feedbackNetworkSeparate(),
                mine.state(), mine.cores(), mine.energy(), mine.stepTime()));
        Files.writeString(dir.resolve("old-draft.json"), "{ \"formatVersion\": 1, \"name\": \"old-draft\" }");

        ChipProfilesDialog[] d = new ChipProfilesDialog[1];
        robot.interact(() -> {
            d[0] = ChipProfilesDialog.open(stage, dir);
            d[0].model().select("loihi");
        });
        settle();
        robot.interact(() -> write(d[0], out.resolve("chip-profiles.png")));

        robot.interact(() -> {
            d[0].model().select("my-loihi");
            d[0].model().startEdit();
        });
        settle();
        robot.interact(() -> {
            Node energy = d[0].getDialogPane().lookup("#energySynapticOpValue");
            ((TextField) energy).setText("-1");
            ScrollPane body = (ScrollPane) d[0].getDialogPane().lookup("#chipProfileBody");
            body.setVvalue(0.8);
        });
        settle();
        robot.interact(() -> write(d[0], out.resolve("chip-profiles-editor.png")));
        assertTrue(Files.size(out.resolve("chip-profiles.png")) > 10_000);
    }

    private static void settle() {
        for (int i = 0; i < 5; i++) WaitForAsyncUtils.waitForFxEvents();
    }

    private static void write(ChipProfilesDialog d, Path file) {
        try {
            SnapshotWriter.writeScene(d.getDialogPane().getScene(), file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
