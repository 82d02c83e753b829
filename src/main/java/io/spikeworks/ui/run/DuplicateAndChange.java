package io.spikeworks.ui.run;

import io.spikeworks.session.SessionStatus;
import io.spikeworks.ui.builder.ModelBuilder;
import io.spikeworks.ui.builder.ParameterChange;
import io.spikeworks.ui.live.learning.LearningCurvesCard;
import io.spikeworks.ui.shell.MainWindow;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Run ▸ Duplicate and Change One Parameter… (also on the learning-curves card): the run shown now is pinned as the
 * dashed ghost, one parameter of the project is changed (chosen from the inspector's metadata, one undoable edit),
 * and the changed copy runs in front of the ghost on the same axes; the ghost's legend then names the change
 * ({@code ProjectDifference}). A ghost already there (pinned or loaded) serves when the current run has no
 * evaluation yet. Not while training runs: that run would be cut short. FX thread only.
 */
public final class DuplicateAndChange {
    /** The parameter and its new value as typed or picked. */
    public record Choice(ParameterChange.Parameter parameter, String value) {}

    private final ModelBuilder builder;
    private final RunController run;
    private final Supplier<LearningCurvesCard> curves;
    private final Consumer<String> status;
    private final Supplier<Window> owner;
    /** Asks for the parameter and value; empty when cancelled. Tests replace it. */
    private BiFunction<ParameterChange, List<ParameterChange.Parameter>, Optional<Choice>> chooser = this::ask;
    private ParameterChange.Parameter lastChosen;

    public DuplicateAndChange(ModelBuilder builder, RunController run, Supplier<LearningCurvesCard> curves,
                              Consumer<String> status, Supplier<Window> owner) {
        this.builder = Objects.requireNonNull(builder);
        this.run = Objects.requireNonNull(run);
        this.curves = Objects.requireNonNull(curves);
        this.status = Objects.requireNonNull(status);
        this.owner = Objects.requireNonNull(owner);
    }

    /** Adds the Run menu item (after Stop's group) and the learning-curves card's button. */
    public void install(MainWindow window) {
        for (Menu m : window.menuBar().getMenus()) {
            if (!"runMenu".equals(m.getId())) continue;
            MenuItem item = new MenuItem("_Duplicate and Change One Parameter…", new FontIcon(MaterialDesignC.CONTENT_DUPLICATE));
            item.setId("duplicateAndChangeMenuItem");
            item.setMnemonicParsing(true);
            item.setOnAction(e -> start());
            m.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), item);
        }
        curves.get().setDuplicateAction(this::start);
    }

    /** Replaces the dialog, for tests. */
    public void setChooser(BiFunction<ParameterChange, List<ParameterChange.Parameter>, Optional<Choice>> chooser) {
        this.chooser = Objects.requireNonNull(chooser);
    }

    /** Pins, asks, changes and runs; false (with a status line saying why) when it does not get to run. */
    public boolean start() {
        SessionStatus st = run.statusProperty().get();
        if (run.openingProperty().get() || (st != null && st.state().training())) {
            status.accept("Pause or stop the run first: duplicating starts a new run, which would cut this one short");
            return false;
        }
        LearningCurvesCard card = curves.get();
        if (!card.pin() && card.view().ghost() == null) {
            status.accept("Nothing to compare with yet: run until the first evaluation (an epoch's end), or Load run… on the learning curves");
            return false;
        }
        ParameterChange change = builder.parameterChange();
        Optional<Choice> chosen = chooser.apply(change, change.parameters());
        if (chosen.isEmpty()) return false;
        Choice c = chosen.get();
        lastChosen = c.parameter();
        Optional<String> problem = change.apply(c.parameter(), c.value());
        if (problem.isPresent()) {
            status.accept("Cannot change " + c.parameter().label() + ": " + problem.get());
            return false;
        }
        if (!builder.runnableProperty().get()) {
            status.accept("Changed " + c.parameter().label() + " to " + c.value().strip()
                    + ", but the project cannot run now: see the builder's list (Undo takes the change back)");
            return false;
        }
        run.run();
        status.accept("Running the copy with " + c.parameter().label() + " " + c.parameter().valueText() + " → "
                + c.value().strip() + "; the dashed ghost is the run before");
        return true;
    }

    private Optional<Choice> ask(ParameterChange change, List<ParameterChange.Parameter> parameters) {
        // the parameter changed last time, else the learning rate: what a class most often tries first
        String wanted = lastChosen == null ? "training.learningRate" : lastChosen.id();
        ParameterChange.Parameter again = parameters.stream().filter(p -> p.id().equals(wanted)).findFirst().orElse(null);
        return new ParameterChangeDialog(owner.get(), change, parameters, again).showAndWait();
    }
}
