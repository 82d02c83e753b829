package io.spikeworks.ui.chip;

import io.spikeworks.chip.ChipProfile;
import io.spikeworks.chip.ChipProfiles;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isDisabled;
import static org.testfx.matcher.base.NodeMatchers.isEnabled;
import static org.testfx.matcher.base.NodeMatchers.isInvisible;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

/** The Chip Profiles dialog, headless, over a temporary user directory. */
@ExtendWith(ApplicationExtension.class)
class ChipProfilesDialogTest {
    static final List<String> SHIPPED = List.of("float-reference", "loihi", "loihi2", "fbp-accelerator");

    @TempDir
    Path dir;
    private Stage stage;
    private ChipProfilesDialog dialog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void closeWindows(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage && w instanceof Stage s) s.close();
            }
        });
    }

    private void open(FxRobot robot) throws Exception {
        robot.interact(() -> dialog = ChipProfilesDialog.open(stage, dir));
        waitFor(robot, "#chipProfileList");
    }

    static void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    static Node cell(FxRobot robot, String name) {
        return robot.lookup(".list-cell").match((Node n) -> n instanceof ListCell<?> c && c.getItem() != null
                && ((ChipProfilesModel.Entry) c.getItem()).name().equals(name)).query();
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void select(FxRobot robot, String name) {
        robot.clickOn(cell(robot, name));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(name, dialog.model().getSelected().name());
    }

    @Test
    void onAScreenSmallerThanTheDialogItIsMadeToFit() {
        // content 1180 × 700 plus the button bar made a 748 px dialog: on a 1280 × 720 screen Close was below the edge
        double[] hd = ChipProfilesDialog.contentSize(new javafx.geometry.Rectangle2D(0, 0, 1280, 720));
        assertTrue(hd[1] + ChipProfilesDialog.BUTTON_BAR_AND_TITLE <= 720, "fits 720 px: " + hd[1]);
        assertTrue(hd[0] <= 1280 - 40, "fits 1280 px: " + hd[0]);
        // a large screen keeps the full size
        double[] full = ChipProfilesDialog.contentSize(new javafx.geometry.Rectangle2D(0, 0, 1920, 1040));
        assertArrayEquals(new double[]{1180, 700}, full);
    }

    @Test
    void showsTheFourShippedProfilesWithEveryFigureAndItsSource(FxRobot robot) throws Exception {
        open(robot);
        ListView<?> list = robot.lookup("#chipProfileList").queryListView();
        assertEquals(SHIPPED, list.getItems().stream().map(e -> ((ChipProfilesModel.Entry) e).name()).toList());
        for (String name : SHIPPED) verifyThat(cell(robot, name), isVisible());

        select(robot, "loihi");
        ChipProfile loihi = ChipProfiles.builtInOnly().require("loihi");
        assertEquals(loihi.displayName(), text(robot, "#chipProfileTitle"));
        assertTrue(text(robot, "#chipProfileBadge").contains("read-only"));
        assertEquals("8", text(robot, "#forwardBitsShown"));
        assertEquals(loihi.forwardWeights().bits().source(), text(robot, "#forwardBitsShownSource"));
        assertEquals("23.6", text(robot, "#energySynapticOpShown"));
        Label transport = robot.lookup("#energyTransportedBitShownSource").queryAs(Label.class);
        assertTrue(transport.getStyleClass().contains("estimate"), "estimates are marked");
        assertTrue(text(robot, "#chipSourceSummary").contains("1 marked estimate"));
        for (ChipField f : ChipField.values()) {
            if (f.kind().sourced()) assertFalse(text(robot, "#" + f.id() + "ShownSource").isBlank(), f + " shows its source");
        }
    }

    @Test
    void shippedProfilesCannotBeEdited(FxRobot robot) throws Exception {
        open(robot);
        for (String name : SHIPPED) {
            select(robot, name);
            verifyThat("#editProfileButton", isDisabled());
            verifyThat("#deleteProfileButton", isDisabled());
            verifyThat("#duplicateProfileButton", isEnabled());
            verifyThat("#saveProfileButton", isInvisible());
            assertTrue(robot.lookup("#forwardBitsValue").tryQuery().isEmpty(), name + ": no editor");
            robot.clickOn("#editProfileButton");
            assertFalse(dialog.model().isEditing());
        }
    }

    @Test
    void duplicateLoihiEditBitsAndSourceSaveAndReload(FxRobot robot) throws Exception {
        open(robot);
        select(robot, "loihi");
        robot.clickOn("#duplicateProfileButton");
        waitFor(robot, "#duplicateNameField");
        TextField newName = robot.lookup("#duplicateNameField").queryAs(TextField.class);
        DialogPane prompt = robot.lookup("#duplicateDialog").queryAs(DialogPane.class);
        Node create = prompt.lookupButton(DuplicateProfileDialog.CREATE);

        robot.interact(newName::clear);
        robot.clickOn(newName).write("My Loihi");
        verifyThat(create, isDisabled());
        assertTrue(text(robot, "#duplicateNameError").contains("lower case"));
        robot.interact(newName::clear);
        robot.clickOn(newName).write("loihi");
        verifyThat(create, isDisabled());
        robot.interact(newName::clear);
        robot.clickOn(newName).write("my-loihi");
        verifyThat(create, isEnabled());
        robot.clickOn(create);
        waitFor(robot, "#forwardBitsValue");

        assertTrue(Files.exists(dir.resolve("my-loihi.json")), "the copy is saved at once");
        assertEquals("my-loihi", dialog.model().getSelected().name());
        assertTrue(dialog.model().isEditing(), "a new copy opens for editing");
        verifyThat("#chipProfileList", isDisabled());
        verifyThat("#saveProfileButton", isDisabled());

        TextField bits = robot.lookup("#forwardBitsValue").queryAs(TextField.class);
        TextField source = robot.lookup("#forwardBitsSource").queryAs(TextField.class);
        robot.interact(bits::clear);
        robot.clickOn(bits).write("4");
        robot.interact(source::clear);
        robot.clickOn(source).write("estimate: what 4-bit weights would do");
        verifyThat("#saveProfileButton", isEnabled());
        robot.clickOn("#saveProfileButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(dialog.model().isEditing());
        assertTrue(text(robot, "#chipMessage").contains("Saved my-loihi.json"));
        assertEquals("4", text(robot, "#forwardBitsShown"));
        ChipProfile saved = ChipProfiles.load(dir).require("my-loihi");
        assertEquals(4, saved.forwardWeights().bitCount());
        assertEquals("estimate: what 4-bit weights would do", saved.forwardWeights().bits().source());
        assertEquals(ChipProfiles.builtInOnly().require("loihi").energy(), saved.energy(), "the rest is Loihi's");
        assertTrue(Files.readString(dir.resolve("my-loihi.json")).contains("estimate: what 4-bit weights would do"));
    }

    @Test
    void negativeEnergyShowsTheErrorAndDisablesSave(FxRobot robot) throws Exception {
        ChipProfiles.load(dir).duplicate("loihi", "my-loihi", "My Loihi");
        open(robot);
        select(robot, "my-loihi");
        verifyThat("#editProfileButton", isEnabled());
        robot.clickOn("#editProfileButton");
        waitFor(robot, "#energySynapticOpValue");
        verifyThat("#energySynapticOpError", isInvisible());

        TextField energy = robot.lookup("#energySynapticOpValue").queryAs(TextField.class);
        robot.interact(() -> energy.setText("-1"));
        verifyThat("#energySynapticOpError", isVisible());
        assertTrue(text(robot, "#energySynapticOpError").contains("must be ≥ 0, got -1"), text(robot, "#energySynapticOpError"));
        assertTrue(energy.getStyleClass().contains("invalid"));
        verifyThat("#saveProfileButton", isDisabled());
        verifyThat("#chipEditorErrors", isVisible());
        assertEquals("1 problem — fix to save: Energy › Per synaptic op", text(robot, "#chipEditorErrors"));

        robot.interact(() -> energy.setText("20"));
        verifyThat("#energySynapticOpError", isInvisible());
        verifyThat("#saveProfileButton", isEnabled());
        robot.interact(() -> energy.setText("-1"));
        verifyThat("#saveProfileButton", isDisabled());
        assertEquals(23.6, ChipProfiles.load(dir).require("my-loihi").energy().perSynapticOp().value(), "nothing written");
    }

    @Test
    void brokenUserFilesAreListedWithTheirErrors(FxRobot robot) throws Exception {
        String loihi = ChipProfileJsonText.shipped("loihi");
        Files.writeString(dir.resolve("broken.json"), loihi.replace("\"name\": \"loihi\"", "\"name\": \"broken\"")
                .replace("\"value\": 120, \"unit\": \"pJ\"", "\"value\": -120, \"unit\": \"pJ\""));
        open(robot);
        select(robot, "broken");
        assertEquals("Does not load", text(robot, "#chipProfileBadge"));
        List<String> texts = robot.from(robot.lookup("#chipProblemList").queryAs(Node.class)).lookup(".label")
                .queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(texts.contains("$.energy.perWeightUpdate"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("must be ≥ 0")), texts.toString());
        verifyThat("#editProfileButton", isDisabled());
        verifyThat("#duplicateProfileButton", isDisabled());
        verifyThat("#deleteProfileButton", isEnabled());
    }

    @Test
    void deleteAsksFirst(FxRobot robot) throws Exception {
        ChipProfiles.load(dir).duplicate("loihi", "my-loihi", "My Loihi");
        open(robot);
        select(robot, "my-loihi");

        robot.clickOn("#deleteProfileButton");
        waitFor(robot, "#chipConfirmDialog");
        robot.clickOn(confirmButton(robot, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.exists(dir.resolve("my-loihi.json")), "cancel keeps the file");

        robot.clickOn("#deleteProfileButton");
        waitFor(robot, "#chipConfirmDialog");
        robot.clickOn(confirmButton(robot, "Delete"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Files.exists(dir.resolve("my-loihi.json")));
        assertTrue(dialog.model().entry("my-loihi").isEmpty());
    }

    @Test
    void cancellingAnEditAsksBeforeDroppingChanges(FxRobot robot) throws Exception {
        ChipProfiles.load(dir).duplicate("loihi", "my-loihi", "My Loihi");
        open(robot);
        select(robot, "my-loihi");
        robot.clickOn("#editProfileButton");
        waitFor(robot, "#stateBitsValue");
        TextField state = robot.lookup("#stateBitsValue").queryAs(TextField.class);
        robot.interact(() -> state.setText("16"));
        robot.clickOn("#cancelEditButton");
        waitFor(robot, "#chipConfirmDialog");
        robot.clickOn(confirmButton(robot, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialog.model().isEditing(), "still editing");
        assertEquals("16", state.getText());
        robot.clickOn("#cancelEditButton");
        waitFor(robot, "#chipConfirmDialog");
        robot.clickOn(confirmButton(robot, "Discard"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.model().isEditing());
        assertEquals("24", text(robot, "#stateBitsShown"));
    }

    @Test
    void closingWithUnsavedChangesAsksFirst(FxRobot robot) throws Exception {
        ChipProfiles.load(dir).duplicate("loihi", "my-loihi", "My Loihi");
        open(robot);
        select(robot, "my-loihi");
        robot.clickOn("#editProfileButton");
        waitFor(robot, "#stepTimeValue");
        robot.interact(() -> robot.lookup("#stepTimeValue").queryAs(TextField.class).setText("100"));
        Button close = (Button) dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CLOSE);
        robot.clickOn(close);
        waitFor(robot, "#chipConfirmDialog");
        robot.clickOn(confirmButton(robot, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialog.isShowing(), "cancel keeps the dialog and the changes");
        assertEquals("100", robot.lookup("#stepTimeValue").queryAs(TextField.class).getText());
        robot.clickOn(close);
        waitFor(robot, "#chipConfirmDialog");
        robot.clickOn(confirmButton(robot, "Discard"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.isShowing());
        assertEquals(125, ChipProfiles.load(dir).require("my-loihi").stepTime().value(), "nothing written");
    }

    static Button confirmButton(FxRobot robot, String label) {
        Node pane = robot.lookup("#chipConfirmDialog").query();
        return robot.from(pane).lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> label.equals(b.getText())).findFirst().orElseThrow();
    }

    /** The shipped files' text, for writing broken variants. */
    static final class ChipProfileJsonText {
        static String shipped(String name) throws IOException {
            try (var in = ChipProfiles.class.getResourceAsStream(ChipProfiles.RESOURCE_DIR + name + ".json")) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
    }
}
