package io.spikeworks.ui.builder;

import io.spikeworks.model.ParamKind;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

import java.util.Objects;
import java.util.Optional;

/**
 * Editors for {@link FieldItem}s by parameter kind: a text field that checks the value against the metadata on
 * every keystroke and commits on Enter or when it loses focus, a check box, or a drop-down of choices. A
 * problem shows at once under the field (style class {@code invalid}); text that is not a value of the kind is
 * never committed, an out-of-range number is (so the node's badge and Run's reasons name it too).
 */
final class FieldEditors {
    private FieldEditors() {}

    /** The editor's node id: {@code field-layer-units} for field "layer.units". */
    static String nodeId(Field f) {
        return "field-" + f.id().replace('.', '-');
    }

    /**
     * What a text field or picker asks for before its row's spare width is shared out. Asking for their natural width
     * (a 12-column text field, a picker as wide as its longest choice) left the names of the sheet's grid the rest,
     * and the inspector's 275 px at 1280×720 cut them to "Training samp…", "Held-out sam…", "τ (time consta…".
     */
    static final double EDITOR_PREF_WIDTH = 80;

    static PropertyEditor<?> create(PropertySheet.Item item) {
        FieldItem fi = (FieldItem) item;
        Field f = fi.field();
        if (!f.choices().isEmpty()) return choice(fi);
        if (f.spec().kind() == ParamKind.BOOLEAN) return check(fi);
        return text(fi);
    }

    private static PropertyEditor<Object> choice(FieldItem item) {
        ComboBox<Field.Choice> box = new ComboBox<>();
        box.setId(nodeId(item.field()));
        box.getStyleClass().add("field-choice");
        box.getItems().setAll(item.field().choices());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(EDITOR_PREF_WIDTH); // grows to fill the row; see EDITOR_PREF_WIDTH
        boolean[] updating = {false};
        Runnable show = () -> {
            updating[0] = true;
            Object v = item.getValue();
            box.getItems().setAll(item.field().choices());
            box.getSelectionModel().select(item.field().choices().stream()
                    .filter(c -> c.id().equals(v)).findFirst().orElse(null));
            updating[0] = false;
        };
        show.run();
        box.valueProperty().addListener((o, a, b) -> {
            if (!updating[0] && b != null && !Objects.equals(b.id(), item.getValue())) item.setValue(b.id());
        });
        item.getObservableValue().orElseThrow().addListener((o, a, b) -> show.run());
        return simple(box, item);
    }

    private static PropertyEditor<Object> check(FieldItem item) {
        CheckBox box = new CheckBox();
        box.setId(nodeId(item.field()));
        box.setSelected(Boolean.TRUE.equals(item.getValue()));
        box.selectedProperty().addListener((o, a, b) -> {
            if (!Objects.equals(b, item.getValue())) item.setValue(b);
        });
        item.getObservableValue().orElseThrow().addListener((o, a, b) -> box.setSelected(Boolean.TRUE.equals(b)));
        return simple(box, item);
    }

    private static PropertyEditor<Object> text(FieldItem item) {
        TextField tf = new TextField(Values.text(item.getValue()));
        tf.setId(nodeId(item.field()));
        tf.getStyleClass().add("field-text");
        tf.setPrefWidth(EDITOR_PREF_WIDTH); // grows to fill the row; see EDITOR_PREF_WIDTH
        Object def = item.field().spec().defaultValue();
        tf.setPromptText(def != null ? Values.text(def) : item.field().spec().optional() ? "unset" : "required");
        Label message = new Label();
        message.setId("message-" + item.field().id().replace('.', '-'));
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.setManaged(false);
        message.setVisible(false);
        javafx.scene.Node row = tf;
        String unit = item.field().spec().unit();
        if (!unit.isEmpty()) {
            Label u = new Label(unit);
            u.getStyleClass().add("field-unit");
            u.setMinWidth(Region.USE_PREF_SIZE);
            HBox h = new HBox(4, tf, u);
            h.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            HBox.setHgrow(tf, Priority.ALWAYS);
            row = h;
        }
        VBox box = new VBox(2, row, message);
        ChangeListener<String> checkAsTyped = (o, a, b) -> showProblem(tf, message, problem(item, b));
        tf.textProperty().addListener(checkAsTyped);
        showProblem(tf, message, problem(item, tf.getText()));
        tf.setOnAction(e -> commit(item, tf, message));
        tf.focusedProperty().addListener((o, was, is) -> {
            if (!is) commit(item, tf, message);
        });
        tf.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                tf.setText(Values.text(item.getValue()));
                e.consume();
            }
        });
        item.getObservableValue().orElseThrow().addListener((o, a, b) -> {
            String shown = Values.text(b);
            if (!tf.getText().equals(shown)) tf.setText(shown);
        });
        return simple(box, item);
    }

    private static void commit(FieldItem item, TextField tf, Label message) {
        Optional<Object> parsed = Values.parse(item.field().spec().kind(), tf.getText());
        if (parsed.isEmpty()) return;
        Object v = parsed.get() == Values.Unset.INSTANCE ? null : parsed.get();
        if (v == null && item.field().spec().required()) return;
        if (item.field().extraCheck() != null && item.field().extraCheck().apply(v).isPresent()) return;
        Object canonical = item.field().spec().canonical(v);
        if (Objects.equals(canonical, item.getValue())) return;
        item.setValue(canonical);
    }

    /** The problem with the text as typed, or null. */
    static String problem(FieldItem item, String text) {
        Field f = item.field();
        Optional<Object> parsed = Values.parse(f.spec().kind(), text);
        if (parsed.isEmpty()) return "must be " + f.spec().kind().expectation() + ", got '" + text.strip() + "'";
        Object v = parsed.get() == Values.Unset.INSTANCE ? null : parsed.get();
        return f.problemWith(v).orElse(null);
    }

    private static void showProblem(TextField tf, Label message, String problem) {
        boolean bad = problem != null;
        message.setText(bad ? problem : "");
        message.setVisible(bad);
        message.setManaged(bad);
        if (bad && !tf.getStyleClass().contains("invalid")) tf.getStyleClass().add("invalid");
        if (!bad) tf.getStyleClass().remove("invalid");
    }

    private static PropertyEditor<Object> simple(Node node, FieldItem item) {
        return new PropertyEditor<>() {
            @Override
            public Node getEditor() {
                return node;
            }

            @Override
            public Object getValue() {
                return item.getValue();
            }

            @Override
            public void setValue(Object value) {
                // editors follow the item's observable value
            }
        };
    }
}
