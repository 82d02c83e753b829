package io.spikeworks.ui.builder;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The builder's inspector: one ControlsFX {@link PropertySheet} per section (so every section stays open), the
 * rows generated from parameter metadata by {@link FieldEditors}, and the selected node's problems on top.
 * Rebuilt only when what is shown changes shape (another selection or type); otherwise the values are updated in
 * place, so undo and redo show in open editors. Id {@code #builderInspector}.
 */
final class InspectorView extends ScrollPane {
    private final VBox body = new VBox();
    private final VBox problems = new VBox(4);
    private final Map<String, FieldItem> items = new LinkedHashMap<>();
    private String signature = "";
    private ControlRestrictions restrictions = ControlRestrictions.NONE;

    InspectorView() {
        setId("builderInspector");
        getStyleClass().add("builder-inspector");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        body.getStyleClass().add("inspector-body");
        problems.getStyleClass().add("inspector-problems");
        problems.setId("inspectorProblems");
        setContent(body);
    }

    /** Hides and locks fields from the next {@link #show} on. */
    void setRestrictions(ControlRestrictions r) {
        restrictions = r == null ? ControlRestrictions.NONE : r;
        signature = ""; // rebuild: which rows exist has changed
    }

    void show(List<InspectorContent.Section> all, List<String> nodeProblems, String emptyText) {
        List<InspectorContent.Section> sections = new ArrayList<>();
        for (InspectorContent.Section s : all) {
            List<Field> shown = s.fields().stream().filter(f -> !restrictions.hides(f.id())).toList();
            if (!shown.isEmpty()) sections.add(new InspectorContent.Section(s.title(), s.icon(), shown));
        }
        String sig = signatureOf(sections);
        if (!sig.equals(signature)) {
            signature = sig;
            items.clear();
            body.getChildren().clear();
            body.getChildren().add(problems);
            if (sections.isEmpty() && emptyText != null) {
                Label l = new Label(emptyText);
                l.getStyleClass().add("inspector-empty");
                l.setWrapText(true);
                body.getChildren().add(l);
            }
            for (InspectorContent.Section s : sections) {
                FontIcon icon = new FontIcon(s.icon());
                icon.getStyleClass().add("section-icon");
                Label head = new Label(s.title(), icon);
                head.getStyleClass().add("inspector-section");
                List<FieldItem> sectionItems = new ArrayList<>();
                for (Field f : s.fields()) {
                    FieldItem item = new FieldItem(s.title(), f);
                    item.setEditable(!restrictions.locks(f.id()));
                    items.put(f.id(), item);
                    sectionItems.add(item);
                }
                PropertySheet sheet = new PropertySheet();
                sheet.getStyleClass().add("builder-sheet");
                sheet.setModeSwitcherVisible(false);
                sheet.setSearchBoxVisible(false);
                sheet.setMode(PropertySheet.Mode.NAME);
                sheet.setPropertyEditorFactory(FieldEditors::create);
                sheet.getItems().setAll(sectionItems);
                body.getChildren().addAll(head, sheet);
            }
        } else {
            for (InspectorContent.Section s : sections) {
                for (Field f : s.fields()) {
                    FieldItem item = items.get(f.id());
                    if (item != null) item.update(f);
                }
            }
        }
        problems.getChildren().clear();
        for (String p : nodeProblems) {
            FontIcon icon = new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE);
            icon.getStyleClass().add("problem-icon");
            Label l = new Label(p, icon);
            l.setWrapText(true);
            l.getStyleClass().add("inspector-problem");
            HBox row = new HBox(l);
            row.setAlignment(Pos.CENTER_LEFT);
            problems.getChildren().add(row);
        }
        problems.setVisible(!nodeProblems.isEmpty());
        problems.setManaged(!nodeProblems.isEmpty());
    }

    FieldItem item(String fieldId) {
        return items.get(fieldId);
    }

    private static String signatureOf(List<InspectorContent.Section> sections) {
        StringBuilder sb = new StringBuilder();
        for (InspectorContent.Section s : sections) {
            sb.append('[').append(s.title());
            for (Field f : s.fields()) {
                sb.append('|').append(f.id());
                f.choices().forEach(c -> sb.append(',').append(c.id()));
            }
            sb.append(']');
        }
        return sb.toString();
    }
}
