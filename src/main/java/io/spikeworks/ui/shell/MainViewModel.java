package io.spikeworks.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * State of the main window as plain JavaFX properties, testable without a stage or a running toolkit.
 * {@link MainWindow} binds its nodes to these; features bind their state here, never to nodes.
 *
 * <p>Only commands whose feature exists have a handler: the view toggles and reset layout (handled here) and,
 * once a window is attached, About and Exit. Everything else stays disabled until its feature installs a handler
 * via {@link #command(StandardAction)}.
 */
public final class MainViewModel {
    public static final String APP_NAME = "Spikeworks";
    public static final String UNTITLED = "Untitled";
    public static final String READY = "Ready";
    /** Engine state shown until an engine reports: nothing has been loaded, which is the truth at start-up. */
    public static final String ENGINE_NOT_LOADED = "Simulator not loaded";
    /** Engine state once a run has ended: loaded and waiting, not "not loaded". */
    public static final String ENGINE_IDLE = "Simulator idle";

    private final StringProperty projectName = new SimpleStringProperty(this, "projectName", UNTITLED);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final StringProperty statusText = new SimpleStringProperty(this, "statusText", READY);
    private final StringProperty engineStatus = new SimpleStringProperty(this, "engineStatus", ENGINE_NOT_LOADED);
    private final DoubleProperty statusProgress = new SimpleDoubleProperty(this, "statusProgress", 0);
    private final BooleanProperty modelEditorVisible = new SimpleBooleanProperty(this, "modelEditorVisible", true);
    private final BooleanProperty inspectorVisible = new SimpleBooleanProperty(this, "inspectorVisible", true);
    private final BooleanProperty statusBarVisible = new SimpleBooleanProperty(this, "statusBarVisible", true);
    private final ReadOnlyIntegerWrapper layoutResets = new ReadOnlyIntegerWrapper(this, "layoutResets", 0);
    private final Map<StandardAction, ActionCommand> commands = new EnumMap<>(StandardAction.class);
    private final PresenterMode presenter;

    public MainViewModel() {
        for (StandardAction a : StandardAction.values()) commands.put(a, new ActionCommand(a));
        title.bind(Bindings.createStringBinding(() -> titleFor(projectName.get()), projectName));
        command(StandardAction.TOGGLE_MODEL_EDITOR).setHandler(() -> toggle(modelEditorVisible));
        command(StandardAction.TOGGLE_INSPECTOR).setHandler(() -> toggle(inspectorVisible));
        command(StandardAction.TOGGLE_STATUS_BAR).setHandler(() -> toggle(statusBarVisible));
        command(StandardAction.RESET_LAYOUT).setHandler(this::resetLayout);
        presenter = new PresenterMode(this);
        command(StandardAction.PRESENTER_MODE).setHandler(presenter::toggle);
    }

    /** Window title: {@code "Spikeworks — <project name>"}. */
    static String titleFor(String projectName) {
        String name = projectName == null || projectName.isBlank() ? UNTITLED : projectName.strip();
        return APP_NAME + " — " + name;
    }

    private static void toggle(BooleanProperty p) {
        p.set(!p.get());
    }

    /** Presenter mode and the text size. */
    public PresenterMode presenter() {
        return presenter;
    }

    /** The command behind a menu item and toolbar button; never null. */
    public ActionCommand command(StandardAction action) {
        return commands.get(action);
    }

    public Map<StandardAction, ActionCommand> commands() {
        return Collections.unmodifiableMap(commands);
    }

    /** Shows every pane again and asks the view to restore the default divider positions. */
    public void resetLayout() {
        modelEditorVisible.set(true);
        inspectorVisible.set(true);
        statusBarVisible.set(true);
        layoutResets.set(layoutResets.get() + 1);
    }

    public StringProperty projectNameProperty() { return projectName; }
    public String getProjectName() { return projectName.get(); }
    public void setProjectName(String name) { projectName.set(name); }

    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public String getTitle() { return title.get(); }

    /** Left side of the status bar, e.g. "Ready". */
    public StringProperty statusTextProperty() { return statusText; }
    public String getStatusText() { return statusText.get(); }
    public void setStatusText(String text) { statusText.set(text); }

    /** Right side of the status bar: what the engine is doing (threads, state), as reported by the engine. */
    public StringProperty engineStatusProperty() { return engineStatus; }
    public String getEngineStatus() { return engineStatus.get(); }
    public void setEngineStatus(String text) { engineStatus.set(text); }

    /**
     * Progress shown in the status bar: 0 hides the bar, 0..1 is a fraction, -1
     * ({@link javafx.scene.control.ProgressIndicator#INDETERMINATE_PROGRESS}) is busy without a known end.
     */
    public DoubleProperty statusProgressProperty() { return statusProgress; }
    public double getStatusProgress() { return statusProgress.get(); }
    public void setStatusProgress(double progress) { statusProgress.set(progress); }

    public BooleanProperty modelEditorVisibleProperty() { return modelEditorVisible; }
    public BooleanProperty inspectorVisibleProperty() { return inspectorVisible; }
    public BooleanProperty statusBarVisibleProperty() { return statusBarVisible; }

    /** Increments on every {@link #resetLayout()}; the view restores its dividers when it changes. */
    public ReadOnlyIntegerProperty layoutResetsProperty() { return layoutResets.getReadOnlyProperty(); }

    /** Run controls: executable once an engine session installs handlers for them. */
    public ReadOnlyBooleanProperty canRunProperty() { return command(StandardAction.RUN).executableProperty(); }
    public ReadOnlyBooleanProperty canPauseProperty() { return command(StandardAction.PAUSE).executableProperty(); }
    public ReadOnlyBooleanProperty canStepProperty() { return command(StandardAction.STEP).executableProperty(); }
    public ReadOnlyBooleanProperty canStopProperty() { return command(StandardAction.STOP).executableProperty(); }
}
