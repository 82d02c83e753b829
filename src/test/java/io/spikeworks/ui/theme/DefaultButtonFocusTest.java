package io.spikeworks.ui.theme;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A dialog's default button keeps readable text when it has the focus (it went white on white). */
@ExtendWith(ApplicationExtension.class)
class DefaultButtonFocusTest {
    private Button ok;
    private Button other;
    private Scene scene;

    @Start
    void start(Stage stage) {
        ok = new Button("Run the copy");
        ok.setDefaultButton(true);
        other = new Button("Cancel");
        scene = new Scene(new HBox(8, other, ok), 300, 80);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theFocusedDefaultButtonsTextStandsOutFromWhatIsBehindIt(FxRobot robot) {
        for (boolean presenter : new boolean[]{false, true}) {
            robot.interact(() -> Theme.present(scene, presenter ? 1.5 : 1, presenter));
            robot.interact(ok::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(ok.isFocused());
            assertTrue(PresenterContrastTest.contrast(text(ok), behindText(ok)) >= 4.5,
                    "focused default button: " + text(ok) + " on " + behindText(ok) + (presenter ? " (presenter)" : ""));
            robot.interact(other::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(PresenterContrastTest.contrast(text(ok), behindText(ok)) >= 4.5, "unfocused too");
            assertTrue(PresenterContrastTest.contrast(text(other), behindText(other)) >= 4.5, "a plain focused button");
        }
        robot.interact(() -> Theme.present(scene, 1, false));
    }

    private static Color text(Button b) {
        return (Color) b.getTextFill();
    }

    /** The innermost fill: the one the text is drawn on. */
    private static Color behindText(Button b) {
        List<BackgroundFill> fills = b.getBackground().getFills();
        return (Color) fills.get(fills.size() - 1).getFill();
    }
}
