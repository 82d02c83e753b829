package io.spikeworks.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

import java.util.Objects;

/**
 * What a {@link StandardAction} does and whether it can run now. A command without a handler is not executable,
 * so its menu item and toolbar button are disabled: features that are not built yet show as disabled, never as
 * buttons that do nothing.
 *
 * <p>Later features plug in with {@link #setHandler(Runnable, ObservableBooleanValue)}, for example
 * {@code vm.command(StandardAction.RUN).setHandler(session::start, session.canStartProperty())}.
 * Use from the FX thread only.
 */
public final class ActionCommand {
    private final StandardAction action;
    private final ReadOnlyBooleanWrapper executable = new ReadOnlyBooleanWrapper(this, "executable", false);
    private Runnable handler;

    ActionCommand(StandardAction action) {
        this.action = action;
    }

    public StandardAction action() {
        return action;
    }

    /** True when a handler is installed and its condition holds. */
    public ReadOnlyBooleanProperty executableProperty() {
        return executable.getReadOnlyProperty();
    }

    public boolean isExecutable() {
        return executable.get();
    }

    /** Installs a handler that can always run. */
    public void setHandler(Runnable handler) {
        setHandler(handler, null);
    }

    /**
     * Installs a handler that can run while {@code when} is true ({@code null}: always). Replaces any earlier handler.
     */
    public void setHandler(Runnable handler, ObservableBooleanValue when) {
        this.handler = Objects.requireNonNull(handler, "handler");
        executable.unbind();
        if (when == null) {
            executable.set(true);
        } else {
            executable.bind(Bindings.createBooleanBinding(when::get, when));
        }
    }

    /** Removes the handler; the command becomes disabled. */
    public void clearHandler() {
        handler = null;
        executable.unbind();
        executable.set(false);
    }

    public boolean hasHandler() {
        return handler != null;
    }

    /** Runs the handler if the command is executable. Returns whether it ran. */
    public boolean execute() {
        if (!executable.get() || handler == null) return false;
        handler.run();
        return true;
    }

    @Override
    public String toString() {
        return "ActionCommand[" + action + (isExecutable() ? ", executable]" : ", disabled]");
    }
}
