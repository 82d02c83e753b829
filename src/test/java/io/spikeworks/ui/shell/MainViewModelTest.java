package io.spikeworks.ui.shell;

import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/** The view model without a stage or a running toolkit. */
class MainViewModelTest {
    private final MainViewModel vm = new MainViewModel();

    @Test
    void titleNamesTheProject() {
        assertEquals("Spikeworks — Untitled", vm.getTitle());
        vm.setProjectName("MNIST rate-coded");
        assertEquals("Spikeworks — MNIST rate-coded", vm.getTitle());
        vm.setProjectName("  ");
        assertEquals("Spikeworks — Untitled", vm.getTitle());
        vm.setProjectName(null);
        assertEquals("Spikeworks — Untitled", vm.getTitle());
    }

    @Test
    void statusStartsReadyAndEngineUnloaded() {
        assertEquals("Ready", vm.getStatusText());
        assertEquals(MainViewModel.ENGINE_NOT_LOADED, vm.getEngineStatus());
        vm.setStatusText("Training epoch 1");
        assertEquals("Training epoch 1", vm.statusTextProperty().get());
    }

    @Test
    void onlyBuiltFeaturesAreExecutable() {
        Set<StandardAction> built = EnumSet.of(StandardAction.TOGGLE_MODEL_EDITOR, StandardAction.TOGGLE_INSPECTOR,
                StandardAction.TOGGLE_STATUS_BAR, StandardAction.RESET_LAYOUT, StandardAction.PRESENTER_MODE);
        for (StandardAction a : StandardAction.values()) {
            assertEquals(built.contains(a), vm.command(a).isExecutable(), a.name());
        }
        assertFalse(vm.canRunProperty().get());
        assertFalse(vm.canPauseProperty().get());
        assertFalse(vm.canStepProperty().get());
        assertFalse(vm.canStopProperty().get());
        assertFalse(vm.command(StandardAction.RUN).execute(), "a disabled command does nothing");
    }

    @Test
    void aFeaturePlugsInByInstallingAHandler() {
        AtomicInteger runs = new AtomicInteger();
        SimpleBooleanProperty idle = new SimpleBooleanProperty(false);
        vm.command(StandardAction.RUN).setHandler(runs::incrementAndGet, idle);
        assertFalse(vm.canRunProperty().get());
        assertFalse(vm.command(StandardAction.RUN).execute());
        idle.set(true);
        assertTrue(vm.canRunProperty().get());
        assertTrue(vm.command(StandardAction.RUN).execute());
        assertEquals(1, runs.get());
        vm.command(StandardAction.RUN).clearHandler();
        assertFalse(vm.canRunProperty().get());
        idle.set(false);
        idle.set(true);
        assertFalse(vm.canRunProperty().get(), "a cleared command no longer follows its old condition");
    }

    @Test
    void viewTogglesAndResetLayout() {
        assertTrue(vm.modelEditorVisibleProperty().get());
        assertTrue(vm.inspectorVisibleProperty().get());
        vm.command(StandardAction.TOGGLE_INSPECTOR).execute();
        vm.command(StandardAction.TOGGLE_MODEL_EDITOR).execute();
        vm.command(StandardAction.TOGGLE_STATUS_BAR).execute();
        assertFalse(vm.inspectorVisibleProperty().get());
        assertFalse(vm.modelEditorVisibleProperty().get());
        assertFalse(vm.statusBarVisibleProperty().get());
        int before = vm.layoutResetsProperty().get();
        vm.command(StandardAction.RESET_LAYOUT).execute();
        assertTrue(vm.inspectorVisibleProperty().get());
        assertTrue(vm.modelEditorVisibleProperty().get());
        assertTrue(vm.statusBarVisibleProperty().get());
        assertEquals(before + 1, vm.layoutResetsProperty().get());
    }

    @Test
    void everyActionHasAnIdTextAndTooltip() {
        for (StandardAction a : StandardAction.values()) {
            assertNotNull(a.id());
            assertFalse(a.plainText().contains("_"));
            assertFalse(a.description().isBlank());
            assertSame(a, vm.command(a).action());
        }
        assertEquals(StandardAction.values().length, vm.commands().size());
    }
}
