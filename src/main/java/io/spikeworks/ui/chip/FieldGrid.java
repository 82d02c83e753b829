package io.spikeworks.ui.chip;

import io.spikeworks.chip.ChipProfile;
import io.spikeworks.chip.Rounding;
import io.spikeworks.chip.SourcedFlag;
import io.spikeworks.chip.SourcedValue;
import io.spikeworks.chip.Units;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The field table ({@link ChipField}) as a grid: one section per group, one row per field with value, unit and
 * source. {@link #detail} shows a profile read-only, with estimates marked; {@link #editor} binds editors to a
 * {@link ChipProfileDraft} and shows each field's problems under it. Both are generated from the table: no
 * hand-written form per field.
 *
 * <p>Node ids (editor): {@code #<field id>Value}, {@code #<field id>Unit}, {@code #<field id>Source},
 * {@code #<field id>Error}; (detail) {@code #<field id>Shown}, {@code #<field id>ShownSource}.
 */
final class FieldGrid {
    static final String NO_LIMIT = "no limit";
    /** Unit words for counts that the file format accepts; any non-scaling word works. */
    private static final List<String> COUNT_UNITS = List.of("", "bit", "cores", "neurons", "inputs", "edges");

    private FieldGrid() {}

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.getStyleClass().add("chip-field-grid");
        ColumnConstraints field = new ColumnConstraints(150, 170, 220);
        ColumnConstraints value = new ColumnConstraints(70, Region.USE_COMPUTED_SIZE, 140);
        ColumnConstraints unit = new ColumnConstraints(50, Region.USE_COMPUTED_SIZE, 110);
        ColumnConstraints source = new ColumnConstraints(200, 420, Double.MAX_VALUE);
        source.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(field, value, unit, source);
        return g;
    }

    private static int header(GridPane g, int row, String title, boolean withColumns) {
        Label h = new Label(title);
        h.getStyleClass().add("chip-group-title");
        g.add(h, 0, row, 4, 1);
        row++;
        if (withColumns) {
            String[] names = {"Field", "Value", "Unit", "Source"};
            for (int c = 0; c < names.length; c++) {
                Label l = new Label(names[c]);
                l.getStyleClass().add("chip-column-title");
                g.add(l, c, row);
            }
            row++;
        }
        return row;
    }

    private static Label fieldLabel(ChipField f) {
        Label l = new Label(f.label());
        l.getStyleClass().add("chip-field-label");
        l.setTooltip(new Tooltip(f.help() + "\n" + f.jsonPath()));
        l.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(l, VPos.TOP);
        return l;
    }

    // ---- read-only -------------------------------------------------------------------------------------

    /** Every sourced field of {@code p} (display name and description are in the dialog's header). */
    static GridPane detail(ChipProfile p) {
        GridPane g = grid();
        int row = 0;
        for (ChipField.Group group : ChipField.Group.values()) {
            if (group == ChipField.Group.GENERAL) continue;
            row = header(g, row, group.title(), row == 0);
            for (ChipField f : ChipField.of(group)) {
                Object v = f.get(p);
                Label value = new Label(valueText(v));
                value.setId(f.id() + "Shown");
                value.getStyleClass().add("chip-value");
                Label unit = new Label(v instanceof SourcedValue sv && sv.unit() != null ? sv.unit() : "");
                unit.getStyleClass().add("chip-unit");
                Node source = sourceCell(f, v);
                for (Node n : List.of(value, unit)) GridPane.setValignment(n, VPos.TOP);
                g.addRow(row++, fieldLabel(f), value, unit, source);
            }
        }
        return g;
    }

    static String valueText(Object v) {
        if (v instanceof SourcedValue sv) return sv.isUnlimited() ? NO_LIMIT : ChipProfileDraft.formatNumber(sv.value());
        if (v instanceof SourcedFlag sf) return sf.value() ? "yes" : "no";
        if (v instanceof Rounding r) return r.id();
        return String.valueOf(v);
    }

    private static Node sourceCell(ChipField f, Object v) {
        String text = v instanceof SourcedValue sv ? sv.source() : v instanceof SourcedFlag sf ? sf.source() : null;
        Label source = new Label(text == null ? "— (not sourced in the file format)" : text);
        source.setId(f.id() + "ShownSource");
        source.getStyleClass().add("chip-source");
        source.setWrapText(true);
        source.setMinHeight(Region.USE_PREF_SIZE);
        if (text == null) source.getStyleClass().add("unsourced");
        if (text != null && isEstimate(text)) {
            source.getStyleClass().add("estimate");
            FontIcon icon = new FontIcon(MaterialDesignA.ALERT_OUTLINE);
            icon.getStyleClass().add("chip-estimate-icon");
            source.setGraphic(icon);
            source.setTooltip(new Tooltip("An estimate, not a measured or published figure"));
        }
        GridPane.setValignment(source, VPos.TOP);
        GridPane.setHgrow(source, Priority.ALWAYS);
        return source;
    }

    static boolean isEstimate(String source) {
        return source.strip().toLowerCase(Locale.ROOT).startsWith("estimate");
    }

    // ---- editor ----------------------------------------------------------------------------------------

    /** Every field of the draft, with an editor each, bound both ways. */
    static GridPane editor(ChipProfileDraft draft) {
        GridPane g = grid();
        int row = 0;
        for (ChipField.Group group : ChipField.Group.values()) {
            row = header(g, row, group.title(), group == ChipField.Group.FORWARD_WEIGHTS);
            for (ChipField f : ChipField.of(group)) {
                ChipProfileDraft.Input in = draft.input(f);
                g.add(fieldLabel(f), 0, row);
                List<TextInputControl> marked = new ArrayList<>();
                switch (f.kind()) {
                    case TEXT, LONG_TEXT -> {
                        TextInputControl t = f.kind() == ChipField.Kind.TEXT ? new TextField() : area();
                        t.setId(f.id() + "Value");
                        t.textProperty().bindBidirectional(in.textProperty());
                        g.add(t, 1, row, 3, 1);
                        marked.add(t);
                    }
                    case NUMBER -> {
                        TextField v = new TextField();
                        v.setId(f.id() + "Value");
                        v.getStyleClass().add("chip-number-field");
                        v.setPrefColumnCount(7);
                        if (f.nullable()) v.setPromptText(NO_LIMIT);
                        v.textProperty().bindBidirectional(in.textProperty());
                        g.add(v, 1, row);
                        g.add(unitBox(f, in), 2, row);
                        TextField s = sourceField(f, in);
                        g.add(s, 3, row);
                        marked.add(v);
                        marked.add(s);
                    }
                    case FLAG -> {
                        CheckBox c = new CheckBox("yes");
                        c.setId(f.id() + "Value");
                        c.selectedProperty().bindBidirectional(in.flagProperty());
                        g.add(c, 1, row);
                        TextField s = sourceField(f, in);
                        g.add(s, 3, row);
                        marked.add(s);
                    }
                    case ROUNDING -> {
                        ComboBox<Rounding> r = new ComboBox<>(FXCollections.observableArrayList(Rounding.values()));
                        r.setId(f.id() + "Value");
                        r.setConverter(new StringConverter<>() {
                            @Override public String toString(Rounding x) { return x == null ? "" : x.id(); }
                            @Override public Rounding fromString(String s) { return Rounding.fromId(s); }
                        });
                        r.valueProperty().bindBidirectional(in.roundingProperty());
                        g.add(r, 1, row, 2, 1);
                        Label none = new Label("not sourced in the file format");
                        none.getStyleClass().addAll("chip-source", "unsourced");
                        g.add(none, 3, row);
                    }
                }
                row++;
                Label error = new Label();
                error.setId(f.id() + "Error");
                error.getStyleClass().add("chip-field-error");
                error.setWrapText(true);
                error.setMinHeight(Region.USE_PREF_SIZE);
                error.textProperty().bind(in.errorProperty());
                error.visibleProperty().bind(in.errorProperty().isNotEmpty());
                error.managedProperty().bind(error.visibleProperty());
                g.add(error, 1, row, 3, 1);
                row++;
                in.errorProperty().addListener((obs, was, is) -> markInvalid(marked, in, is));
                markInvalid(marked, in, in.getError());
            }
        }
        return g;
    }

    /** Marks the inputs an error is about: the source box for source problems, the value box otherwise. */
    private static void markInvalid(List<TextInputControl> controls, ChipProfileDraft.Input in, String error) {
        for (TextInputControl c : controls) c.getStyleClass().remove("invalid");
        if (error == null || error.isEmpty()) return;
        boolean sourceProblem = error.lines().anyMatch(l -> l.startsWith("Source:"));
        boolean valueProblem = error.lines().anyMatch(l -> !l.startsWith("Source:"));
        for (TextInputControl c : controls) {
            boolean isSource = c.getId() != null && c.getId().endsWith("Source");
            if ((isSource && sourceProblem) || (!isSource && valueProblem)) c.getStyleClass().add("invalid");
        }
    }

    private static TextArea area() {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(3);
        return a;
    }

    private static TextField sourceField(ChipField f, ChipProfileDraft.Input in) {
        TextField s = new TextField();
        s.setId(f.id() + "Source");
        s.getStyleClass().add("chip-source-field");
        s.setPromptText("paper, datasheet or code — or \"estimate: why\"");
        s.textProperty().bindBidirectional(in.sourceProperty());
        // the full citation on hover: most are longer than the box
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(in.sourceProperty());
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        s.setTooltip(tip);
        s.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("estimate"), isEstimate(in.sourceProperty().get()));
        in.sourceProperty().addListener((obs, was, is) ->
                s.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("estimate"), is != null && isEstimate(is)));
        GridPane.setHgrow(s, Priority.ALWAYS);
        return s;
    }

    private static Node unitBox(ChipField f, ChipProfileDraft.Input in) {
        ComboBox<String> u = new ComboBox<>();
        u.setId(f.id() + "Unit");
        u.getStyleClass().add("chip-unit-box");
        if (f.unitKind() == Units.Kind.COUNT) {
            u.setEditable(true);
            u.getItems().setAll(COUNT_UNITS);
            if (!COUNT_UNITS.contains(in.unitProperty().get())) u.getItems().add(in.unitProperty().get());
        } else {
            u.getItems().setAll(f.unitKind().names());
            if (!u.getItems().contains(in.unitProperty().get())) u.getItems().add(0, in.unitProperty().get());
        }
        u.valueProperty().bindBidirectional(in.unitProperty());
        u.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHalignment(u, HPos.LEFT);
        // an editable box commits typed text on focus loss; make it commit as typed, so validation is immediate
        if (u.isEditable()) {
            u.getEditor().textProperty().addListener((obs, was, is) -> {
                if (u.isFocused() || u.getEditor().isFocused()) in.unitProperty().set(is);
            });
        }
        u.disableProperty().bind(Bindings.createBooleanBinding(
                () -> f.nullable() && (in.textProperty().get() == null || in.textProperty().get().isBlank()),
                in.textProperty()));
        return u;
    }
}
