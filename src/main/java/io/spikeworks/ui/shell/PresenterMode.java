package io.spikeworks.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Objects;

/**
 * Presenter mode, without JavaFX nodes: one switch that makes the window readable from the back of a lecture room.
 * On, it raises the text size to at least {@link #PRESENTER_SCALE}, asks for presenter contrast and collapses both
 * side panes (Run, Pause and Step stay in the toolbar); off, it puts back the text size and panes it found.
 * The text size can also be changed on its own, in either mode. {@link MainWindow} applies the state to the scene.
 */
public final class PresenterMode {
    /** The text size presenter mode starts at, unless a larger one was chosen. */
    public static final TextScale PRESENTER_SCALE = TextScale.LARGER;

    private final MainViewModel vm;
    private final ReadOnlyBooleanWrapper on = new ReadOnlyBooleanWrapper(this, "on", false);
    private final ObjectProperty<TextScale> textScale = new SimpleObjectProperty<>(this, "textScale", TextScale.NORMAL);
    private TextScale scaleBefore = TextScale.NORMAL;
    private boolean editorBefore = true;
    private boolean inspectorBefore = true;

    PresenterMode(MainViewModel vm) {
        this.vm = Objects.requireNonNull(vm);
        textScale.addListener((o, was, is) -> {
            if (is == null) textScale.set(was == null ? TextScale.NORMAL : was);
        });
    }

    public ReadOnlyBooleanProperty onProperty() {
        return on.getReadOnlyProperty();
    }

    public boolean isOn() {
        return on.get();
    }

    /** The text size now; never null. */
    public ObjectProperty<TextScale> textScaleProperty() {
        return textScale;
    }

    public TextScale textScale() {
        return textScale.get();
    }

    public void toggle() {
        setOn(!on.get());
    }

    public void setOn(boolean wanted) {
        if (wanted == on.get()) return;
        if (wanted) {
            scaleBefore = textScale.get();
            editorBefore = vm.modelEditorVisibleProperty().get();
            inspectorBefore = vm.inspectorVisibleProperty().get();
            if (textScale.get().factor() < PRESENTER_SCALE.factor()) textScale.set(PRESENTER_SCALE);
            vm.modelEditorVisibleProperty().set(false);
            vm.inspectorVisibleProperty().set(false);
            on.set(true);
        } else {
            on.set(false);
            textScale.set(scaleBefore);
            vm.modelEditorVisibleProperty().set(editorBefore);
            vm.inspectorVisibleProperty().set(inspectorBefore);
        }
    }
}
