package io.spikeworks.ui.chip;

import io.spikeworks.chip.ChipProfile;
import io.spikeworks.model.file.ValidationError;
import io.spikeworks.ui.theme.Theme;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Run ▸ Chip Profiles…: every chip profile with every figure, its unit and its source. Shipped profiles are
 * read-only; the user's (in the injectable directory, {@code ~/.spikeworks/chips} in the app) can be duplicated,
 * edited with immediate validation, saved atomically and deleted; user files that fail to load are listed with
 * their errors. State lives in {@link ChipProfilesModel}.
 *
 * <p>Node ids: {@code #chipProfilesDialog}, {@code #chipProfileList}, {@code #chipProfileTitle},
 * {@code #chipProfileName}, {@code #chipProfileBadge}, {@code #chipSourceSummary}, {@code #chipProblemList},
 * {@code #chipEditorErrors}, {@code #chipMessage}, buttons {@code #duplicateProfileButton},
 * {@code #deleteProfileButton}, {@code #reloadProfilesButton}, {@code #editProfileButton},
 * {@code #saveProfileButton}, {@code #cancelEditButton}; fields as in {@link FieldGrid}.
 */
public final class ChipProfilesDialog extends Dialog<ButtonType> {
    /** This feature's stylesheet, layered on the app theme; it uses only the theme's {@code -sw-*} colours. */
    public static final String STYLESHEET = "/io/spikeworks/ui/chip/chip-profiles.css";

    private final ChipProfilesModel model;
    private final ListView<ChipProfilesModel.Entry> list = new ListView<>();
    private final Label title = new Label();
    private final Label name = new Label();
    private final Label badge = new Label();
    private final Label description = new Label();
    private final Label summary = new Label();
    private final Label editorErrors = new Label();
    private final Label message = new Label();
    private final ScrollPane body = new ScrollPane();
    private final Button duplicate = button("duplicateProfileButton", "Duplicate…", MaterialDesignC.CONTENT_DUPLICATE);
    private final Button delete = button("deleteProfileButton", "Delete…", MaterialDesignD.DELETE_OUTLINE);
    private final Button reload = button("reloadProfilesButton", null, MaterialDesignR.RELOAD);
    private final Button edit = button("editProfileButton", "Edit", MaterialDesignP.PENCIL_OUTLINE);
    private final Button save = button("saveProfileButton", "Save", MaterialDesignC.CONTENT_SAVE_OUTLINE);
    private final Button cancel = button("cancelEditButton", "Cancel", null);

    /** The dialog over the user profiles in {@code directory}. */
    public ChipProfilesDialog(Window owner, Path directory) {
        this(owner, new ChipProfilesModel(directory));
    }

    public ChipProfilesDialog(Window owner, ChipProfilesModel model) {
        this.model = Objects.requireNonNull(model, "model");
        if (owner != null) initOwner(owner);
        setTitle("Chip Profiles");
        setResizable(true);
        getDialogPane().setId("chipProfilesDialog");
        getDialogPane().getProperties().put(ChipProfilesDialog.class, this);
        getDialogPane().getStyleClass().add("chip-profiles-dialog");
        if (owner != null && owner.getScene() != null && !owner.getScene().getStylesheets().isEmpty()) {
            getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        } else {
            Theme.apply(getDialogPane());
        }
        getDialogPane().getStylesheets().add(stylesheetUrl());
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);

        SplitPane split = new SplitPane(buildList(), buildDetail());
        split.getStyleClass().add("chip-profiles-split");
        split.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        double[] size = contentSize(screenArea(owner));
        split.setPrefSize(size[0], size[1]);
        getDialogPane().setContent(split);
        getDialogPane().setHeader(null);
        getDialogPane().setGraphic(null);

        model.selectedProperty().addListener((obs, was, is) -> showSelected());
        model.draftProperty().addListener((obs, was, is) -> showSelected());
        showSelected();

        setOnShown(e -> keepOnScreen());

        setOnCloseRequest(e -> {
            ChipProfileDraft d = model.getDraft();
            if (d != null && d.isDirty() && !confirm("Discard changes?", "Your changes to " + d.original().name()
                    + " are not saved.", "Discard")) {
                e.consume();
            }
        });
    }

    /** Opens the dialog (non-blocking) and returns it. */
    public static ChipProfilesDialog open(Window owner, Path directory) {
        ChipProfilesDialog d = new ChipProfilesDialog(owner, directory);
        d.show();
        return d;
    }

    /**
     * The menu item that opens the dialog: {@code #chipProfilesMenuItem}, "Chip _Profiles…".
     *
     * @param owner     the window to open over (may supply null)
     * @param directory the user's profile directory, asked each time the item is used
     */
    public static MenuItem menuItem(Supplier<Window> owner, Supplier<Path> directory) {
        return menuItem(owner, directory, null);
    }

    /**
     * Like {@link #menuItem(Supplier, Supplier)}; {@code afterChange} (may be null) runs when the dialog closes
     * after profiles were saved, duplicated or deleted, e.g. to refresh a chip picker.
     */
    public static MenuItem menuItem(Supplier<Window> owner, Supplier<Path> directory, Runnable afterChange) {
        MenuItem item = new MenuItem("Chip _Profiles…");
        item.setId("chipProfilesMenuItem");
        item.setMnemonicParsing(true);
        FontIcon icon = new FontIcon(MaterialDesignC.CHIP);
        icon.getStyleClass().add("menu-icon");
        item.setGraphic(icon);
        item.setOnAction(e -> {
            ChipProfilesDialog d = open(owner.get(), directory.get());
            if (afterChange != null) {
                d.setOnHidden(h -> {
                    if (d.model().changesProperty().get() > 0) afterChange.run();
                });
            }
        });
        return item;
    }

    public ChipProfilesModel model() { return model; }

    /** The dialog a {@code #chipProfilesDialog} pane belongs to (for tests and callers that found the pane). */
    public static ChipProfilesDialog of(DialogPane pane) {
        return (ChipProfilesDialog) pane.getProperties().get(ChipProfilesDialog.class);
    }

    static String stylesheetUrl() {
        URL url = Objects.requireNonNull(ChipProfilesDialog.class.getResource(STYLESHEET), "missing " + STYLESHEET);
        return url.toExternalForm();
    }

    // ---- left: the list -------------------------------------------------------------------------------

    private Node buildList() {
        Label heading = new Label("Profiles");
        heading.getStyleClass().add("chip-pane-title");
        reload.setTooltip(new Tooltip("Read the profile files again"));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(heading, grow, reload);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("chip-pane-header");

        list.setId("chipProfileList");
        list.getStyleClass().add("chip-profile-list");
        list.setItems(model.entries());
        list.setCellFactory(v -> new EntryCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (is != null && !model.isEditing() && !is.equals(model.getSelected())) model.select(is.name());
        });
        list.disableProperty().bind(model.editingProperty());
        VBox.setVgrow(list, Priority.ALWAYS);

        Label folder = new Label("Your profiles: " + model.directory());
        folder.setId("chipUserDirectory");
        folder.getStyleClass().add("chip-hint");
        folder.setWrapText(true);
        folder.setMinHeight(Region.USE_PREF_SIZE);
        folder.setTooltip(new Tooltip(model.directory().toString()));

        BooleanBinding idle = model.editingProperty().not();
        duplicate.disableProperty().bind(idle.not().or(ChipProfilesModel.isOrigin(model.selectedProperty(),
                ChipProfilesModel.Origin.BROKEN)).or(model.selectedProperty().isNull()));
        duplicate.setTooltip(new Tooltip("Copy this profile under a new name, as a profile you can edit"));
        duplicate.setOnAction(e -> duplicateSelected());
        delete.disableProperty().bind(idle.not().or(model.selectedProperty().isNull())
                .or(ChipProfilesModel.isOrigin(model.selectedProperty(), ChipProfilesModel.Origin.SHIPPED)));
        delete.setOnAction(e -> deleteSelected());
        reload.disableProperty().bind(idle.not());
        reload.setOnAction(e -> model.reload());
        HBox buttons = new HBox(duplicate, delete);
        buttons.getStyleClass().add("chip-button-row");

        VBox left = new VBox(head, list, buttons, folder);
        left.getStyleClass().add("chip-list-pane");
        left.setMinWidth(280);
        return left;
    }

    private final class EntryCell extends ListCell<ChipProfilesModel.Entry> {
        EntryCell() {
            setPrefWidth(0); // as wide as the list: long names end in "…" instead of scrolling sideways
        }

        @Override
        protected void updateItem(ChipProfilesModel.Entry e, boolean empty) {
            super.updateItem(e, empty);
            getStyleClass().removeAll("shipped", "user", "broken");
            if (empty || e == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            getStyleClass().add(originClass(e.origin()));
            Label main = new Label(e.origin() == ChipProfilesModel.Origin.BROKEN ? e.fileName() : e.displayName());
            main.getStyleClass().add("chip-cell-title");
            Label sub = new Label(switch (e.origin()) {
                case SHIPPED -> e.name() + " · shipped, read-only";
                case USER -> e.name() + " · yours";
                case BROKEN -> e.problem().errors().size() + (e.problem().errors().size() == 1 ? " problem" : " problems")
                        + " · does not load";
            });
            sub.getStyleClass().add("chip-cell-subtitle");
            VBox text = new VBox(main, sub);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            setTooltip(new Tooltip(main.getText() + "\n" + sub.getText()));
            HBox box = new HBox(icon(originIcon(e.origin()), "chip-cell-icon"), text);
            box.getStyleClass().add("chip-cell");
            box.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(box);
            setAccessibleText(main.getText() + ", " + sub.getText());
        }
    }

    private static String originClass(ChipProfilesModel.Origin o) {
        return switch (o) {
            case SHIPPED -> "shipped";
            case USER -> "user";
            case BROKEN -> "broken";
        };
    }

    private static Ikon originIcon(ChipProfilesModel.Origin o) {
        return switch (o) {
            case SHIPPED -> MaterialDesignL.LOCK_OUTLINE;
            case USER -> MaterialDesignA.ACCOUNT_EDIT_OUTLINE;
            case BROKEN -> MaterialDesignA.ALERT_CIRCLE_OUTLINE;
        };
    }

    // ---- right: the detail / editor ---------------------------------------------------------------------

    private Node buildDetail() {
        title.setId("chipProfileTitle");
        title.getStyleClass().add("chip-title");
        title.setMinWidth(0);
        name.setId("chipProfileName");
        name.getStyleClass().add("chip-name");
        badge.setId("chipProfileBadge");
        badge.getStyleClass().add("chip-badge");
        description.setId("chipProfileDescription");
        description.getStyleClass().add("chip-description");
        description.setWrapText(true);
        description.setMinHeight(Region.USE_PREF_SIZE);
        summary.setId("chipSourceSummary");
        summary.getStyleClass().add("chip-source-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);

        edit.setOnAction(e -> model.startEdit());
        edit.disableProperty().bind(model.editingProperty().or(Bindings.createBooleanBinding(
                () -> model.getSelected() == null || !model.getSelected().editable(), model.selectedProperty())));
        edit.visibleProperty().bind(model.editingProperty().not());
        edit.managedProperty().bind(edit.visibleProperty());
        save.setOnAction(e -> model.save());
        save.setDefaultButton(true);
        save.getStyleClass().add("chip-primary");
        save.disableProperty().bind(model.canSaveProperty().not());
        cancel.setOnAction(e -> cancelEdit());
        for (Button b : new Button[]{save, cancel}) {
            b.visibleProperty().bind(model.editingProperty());
            b.managedProperty().bind(b.visibleProperty());
        }
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox.setHgrow(title, Priority.SOMETIMES);
        HBox top = new HBox(title, grow, edit, cancel, save);
        top.getStyleClass().add("chip-title-row");
        top.setAlignment(Pos.CENTER_LEFT);
        HBox sub = new HBox(name, badge);
        sub.getStyleClass().add("chip-subtitle-row");
        sub.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(top, sub, description, summary);
        header.getStyleClass().add("chip-detail-header");

        editorErrors.setId("chipEditorErrors");
        editorErrors.getStyleClass().add("chip-editor-errors");
        editorErrors.setWrapText(true);
        editorErrors.setMinHeight(Region.USE_PREF_SIZE);
        editorErrors.setMaxWidth(Double.MAX_VALUE);
        message.setId("chipMessage");
        message.getStyleClass().add("chip-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setMaxWidth(Double.MAX_VALUE);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        model.messageIsErrorProperty().addListener((obs, was, is) -> setClass(message, "error", is));
        VBox footer = new VBox(editorErrors, message);
        footer.getStyleClass().add("chip-detail-footer");

        body.setId("chipProfileBody");
        body.getStyleClass().add("chip-detail-body");
        body.setFitToWidth(true);
        body.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        BorderPane right = new BorderPane(body, header, null, footer, null);
        right.getStyleClass().add("chip-detail-pane");
        return right;
    }

    private void showSelected() {
        ChipProfilesModel.Entry e = model.getSelected();
        if (e != null && list.getSelectionModel().getSelectedItem() != e) {
            list.getSelectionModel().select(e);
            list.scrollTo(e);
        }
        ChipProfileDraft draft = model.getDraft();
        editorErrors.textProperty().unbind();
        editorErrors.visibleProperty().unbind();
        editorErrors.managedProperty().unbind();
        editorErrors.setText("");
        editorErrors.setVisible(false);
        editorErrors.setManaged(false);
        badge.getStyleClass().removeAll("shipped", "user", "broken", "editing");
        if (e == null) {
            title.setText("No profile selected");
            name.setText("");
            badge.setText("");
            description.setText("");
            summary.setText("");
            body.setContent(null);
            return;
        }
        badge.getStyleClass().add(draft != null ? "editing" : originClass(e.origin()));
        name.setText(e.fileName());
        if (e.origin() == ChipProfilesModel.Origin.BROKEN) {
            title.setText(e.fileName());
            badge.setText("Does not load");
            description.setText("This file in " + model.directory() + " could not be read as a chip profile. "
                    + "Fix it in a text editor and press Reload, or delete it.");
            summary.setText("");
            body.setContent(problemList(e));
            return;
        }
        ChipProfile p = e.profile();
        title.setText(p.displayName());
        description.setText(p.description());
        summary.setText(sourceSummary(p));
        if (draft != null) {
            badge.setText("Editing");
            editorErrors.textProperty().bind(Bindings.createStringBinding(() -> editorSummary(draft), draft.errorsProperty()));
            editorErrors.visibleProperty().bind(draft.validProperty().not());
            editorErrors.managedProperty().bind(editorErrors.visibleProperty());
            body.setContent(FieldGrid.editor(draft));
        } else {
            badge.setText(e.origin() == ChipProfilesModel.Origin.SHIPPED ? "Shipped · read-only — duplicate it to change"
                    : "Your profile · editable");
            body.setContent(FieldGrid.detail(p));
        }
        body.setVvalue(0);
    }

    /** "17 figures: 15 cited, 2 marked estimate." */
    static String sourceSummary(ChipProfile p) {
        int total = 0;
        int estimates = 0;
        for (ChipField f : ChipField.values()) {
            if (!f.kind().sourced()) continue;
            Object v = f.get(p);
            String source = v instanceof io.spikeworks.chip.SourcedValue sv ? sv.source()
                    : ((io.spikeworks.chip.SourcedFlag) v).source();
            total++;
            if (FieldGrid.isEstimate(source)) estimates++;
        }
        return total + " figures, each with its source: " + (total - estimates) + " cited, " + estimates
                + (estimates == 1 ? " marked estimate." : " marked estimates.");
    }

    /** "2 problems — fix to save: Energy › Per synaptic op, Timing › Time per step", so they can be found when scrolled away. */
    static String editorSummary(ChipProfileDraft d) {
        int n = d.getErrors().size();
        if (n == 0) return "";
        List<String> where = new ArrayList<>();
        for (ValidationError e : d.getErrors()) {
            ChipField f = ChipField.forPath(e.path());
            String w = f == null ? e.toString() : f.group().title() + " › " + f.label();
            if (!where.contains(w)) where.add(w);
        }
        return (n == 1 ? "1 problem" : n + " problems") + " — fix to save: " + String.join(", ", where);
    }

    private static Node problemList(ChipProfilesModel.Entry e) {
        VBox box = new VBox();
        box.setId("chipProblemList");
        box.getStyleClass().add("chip-problem-list");
        for (ValidationError err : e.problem().errors()) {
            Label path = new Label(err.path());
            path.getStyleClass().add("chip-problem-path");
            Label text = new Label(err.message());
            text.getStyleClass().add("chip-problem-message");
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            VBox row = new VBox(path, text);
            row.getStyleClass().add("chip-problem");
            box.getChildren().add(row);
        }
        return box;
    }

    // ---- actions ------------------------------------------------------------------------------------------

    private void duplicateSelected() {
        ChipProfilesModel.Entry e = model.getSelected();
        if (e == null || e.origin() == ChipProfilesModel.Origin.BROKEN) return;
        DuplicateProfileDialog d = new DuplicateProfileDialog(getDialogPane().getScene().getWindow(),
                getDialogPane().getStylesheets(), model, e);
        Optional<DuplicateProfileDialog.Request> r = d.showAndWait();
        if (r.isPresent() && model.duplicate(e.name(), r.get().name(), r.get().displayName())) model.startEdit();
    }

    private void deleteSelected() {
        ChipProfilesModel.Entry e = model.getSelected();
        if (e == null || e.origin() == ChipProfilesModel.Origin.SHIPPED) return;
        if (confirm("Delete " + e.fileName() + "?", "The file " + model.directory().resolve(e.fileName())
                + " will be deleted. This cannot be undone.", "Delete")) {
            model.deleteSelected();
        }
    }

    private void cancelEdit() {
        ChipProfileDraft d = model.getDraft();
        if (d != null && d.isDirty() && !confirm("Discard changes?", "Your changes to " + d.original().name()
                + " are not saved.", "Discard")) {
            return;
        }
        model.cancelEdit();
    }

    /** A yes/no question over this dialog; {@code #chipConfirmDialog}, the yes button is labelled {@code yes}. */
    private boolean confirm(String header, String text, String yes) {
        ButtonType ok = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, ok, ButtonType.CANCEL);
        a.initOwner(getDialogPane().getScene() == null ? null : getDialogPane().getScene().getWindow());
        a.setTitle("Chip Profiles");
        a.setHeaderText(header);
        a.getDialogPane().setId("chipConfirmDialog");
        a.getDialogPane().getStylesheets().setAll(getDialogPane().getStylesheets());
        Theme.apply(a.getDialogPane()); // the window's text size and contrast
        return a.showAndWait().filter(b -> b == ok).isPresent();
    }

    /** Dialogs centre on their owner, which can put a tall one's title bar above the screen: move it back. */
    private void keepOnScreen() {
        Window w = getDialogPane().getScene() == null ? null : getDialogPane().getScene().getWindow();
        if (w == null) return;
        javafx.geometry.Rectangle2D area = javafx.stage.Screen.getScreensForRectangle(w.getX(), w.getY(),
                        Math.max(1, w.getWidth()), Math.max(1, w.getHeight())).stream().findFirst()
                .orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        double x = Math.max(area.getMinX(), Math.min(w.getX(), area.getMaxX() - w.getWidth()));
        double y = Math.max(area.getMinY(), Math.min(w.getY(), area.getMaxY() - w.getHeight()));
        if (x != w.getX()) w.setX(x);
        if (y != w.getY()) w.setY(y);
    }

    /** The usable area of the screen the owner is on (the primary screen without one). */
    private static javafx.geometry.Rectangle2D screenArea(Window owner) {
        if (owner != null && owner.getWidth() > 0 && owner.getHeight() > 0) {
            var on = javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                    owner.getHeight());
            if (!on.isEmpty()) return on.get(0).getVisualBounds();
        }
        return javafx.stage.Screen.getPrimary().getVisualBounds();
    }

    /**
     * The list and detail's preferred size on a screen with this usable area: 1180 × 700, less where the screen is
     * smaller, leaving room for the Close button's bar and a title bar. At 1180 × 700 the dialog was 748 px high, and
     * on a 1280 × 720 screen its Close button was below the bottom edge.
     */
    static double[] contentSize(javafx.geometry.Rectangle2D area) {
        return new double[]{Math.max(600, Math.min(1180, area.getWidth() - 40)),
                Math.max(360, Math.min(700, area.getHeight() - BUTTON_BAR_AND_TITLE))};
    }

    /** Height the dialog adds around its content: the button bar and a window title bar. */
    static final double BUTTON_BAR_AND_TITLE = 48 + 40;

    // ---- helpers ------------------------------------------------------------------------------------------

    private static Button button(String id, String text, Ikon ikon) {
        Button b = new Button(text);
        b.setId(id);
        b.setMnemonicParsing(false);
        if (ikon != null) b.setGraphic(icon(ikon, "chip-button-icon"));
        return b;
    }

    private static FontIcon icon(Ikon ikon, String styleClass) {
        FontIcon fi = new FontIcon(ikon);
        fi.getStyleClass().add(styleClass);
        return fi;
    }

    private static void setClass(Node n, String styleClass, boolean on) {
        n.getStyleClass().remove(styleClass);
        if (on) n.getStyleClass().add(styleClass);
    }
}
