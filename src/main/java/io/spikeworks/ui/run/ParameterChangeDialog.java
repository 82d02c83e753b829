package io.spikeworks.ui.run;

import io.spikeworks.ui.builder.ParameterChange;
import io.spikeworks.ui.theme.Theme;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;

/**
 * Asks which one parameter to change and to what: the inspector's parameters in a list (section · name (value now)),
 * the new value typed or picked, checked as you type; Run stays disabled while the value is not allowed. Ids
 * {@code #parameterChangeDialog}, {@code #changedParameter}, {@code #changedValue}, {@code #changedValueChoice},
 * {@code #changeProblem}.
 */
final class ParameterChangeDialog extends Dialog<DuplicateAndChange.Choice> {
    private final ParameterChange change;
    private final ComboBox<ParameterChange.Parameter> parameter = new ComboBox<>();
    private final TextField value = new TextField();
    private final ComboBox<String> choice = new ComboBox<>();
    private final Label help = new Label();
    private final Label problem = new Label();

    ParameterChangeDialog(Window owner, ParameterChange change, List<ParameterChange.Parameter> parameters,
                          ParameterChange.Parameter preselected) {
        this.change = change;
        if (owner != null) initOwner(owner);
        setTitle("Duplicate and change one parameter");
        getDialogPane().setId("parameterChangeDialog");
        getDialogPane().setHeaderText("The run shown now stays as a dashed ghost; a copy with one parameter changed runs in front of it.");
        Theme.apply(getDialogPane());
        parameter.setId("changedParameter");
        parameter.getItems().setAll(parameters);
        parameter.setVisibleRowCount(14);
        value.setId("changedValue");
        choice.setId("changedValueChoice");
        help.getStyleClass().add("muted");
        help.setWrapText(true);
        problem.setId("changeProblem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label("Parameter"), parameter);
        Label newValue = new Label("New value");
        g.addRow(1, newValue, value);
        g.add(choice, 1, 1);
        g.add(help, 1, 2);
        g.add(problem, 1, 3);
        GridPane.setHgrow(parameter, Priority.ALWAYS);
        parameter.setMaxWidth(Double.MAX_VALUE);
        getDialogPane().setContent(g);
        ButtonType run = new ButtonType("Run the copy", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(run, ButtonType.CANCEL);
        Node runButton = getDialogPane().lookupButton(run);
        runButton.setId("runCopyButton");
        parameter.valueProperty().addListener((o, was, is) -> parameterChosen(is));
        value.textProperty().addListener((o, was, is) -> check());
        choice.valueProperty().addListener((o, was, is) -> check());
        runButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !problem.getText().isEmpty()
                || parameter.getValue() == null, problem.textProperty(), parameter.valueProperty()));
        setResultConverter(b -> b == run && parameter.getValue() != null
                ? new DuplicateAndChange.Choice(parameter.getValue(), text()) : null);
        parameter.setValue(preselected != null ? preselected : parameters.isEmpty() ? null : parameters.get(0));
        if (parameter.getValue() == null) check();
    }

    private void parameterChosen(ParameterChange.Parameter p) {
        boolean picks = p != null && !p.choices().isEmpty();
        value.setVisible(!picks);
        value.setManaged(!picks);
        choice.setVisible(picks);
        choice.setManaged(picks);
        if (p == null) return;
        String range = p.spec().rangeText();
        String unit = p.spec().unit();
        help.setText((p.spec().help() == null ? "" : p.spec().help())
                + (range.isEmpty() ? "" : (p.spec().help() == null || p.spec().help().isEmpty() ? "" : " · ") + "range " + range)
                + (unit.isEmpty() ? "" : " · unit " + unit));
        if (picks) {
            choice.getItems().setAll(p.choices());
            choice.setValue(p.choices().stream().filter(c -> !c.equals(p.valueText())).findFirst().orElse(null));
        } else {
            value.setText(p.valueText());
        }
        check();
    }

    private String text() {
        ParameterChange.Parameter p = parameter.getValue();
        if (p != null && !p.choices().isEmpty()) return choice.getValue() == null ? "" : choice.getValue();
        return value.getText();
    }

    private void check() {
        ParameterChange.Parameter p = parameter.getValue();
        if (p == null) {
            problem.setText("Choose a parameter.");
            return;
        }
        Optional<String> why = change.problemWith(p, text());
        problem.setText(why.map(s -> "✗ " + s).orElse(""));
    }
}
