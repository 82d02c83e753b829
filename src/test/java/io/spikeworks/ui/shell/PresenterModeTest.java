package io.spikeworks.ui.shell;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Presenter mode's state, without a window. */
class PresenterModeTest {
    private MainViewModel vm;
    private PresenterMode presenter;

    @BeforeEach
    void setUp() {
        vm = new MainViewModel();
        presenter = vm.presenter();
    }

    @Test
    void switchingOnRaisesTheTextSizeAndCollapsesBothSidePanes() {
        assertFalse(presenter.isOn());
        assertEquals(TextScale.NORMAL, presenter.textScale());
        assertTrue(vm.command(StandardAction.PRESENTER_MODE).execute());
        assertTrue(presenter.isOn());
        assertEquals(PresenterMode.PRESENTER_SCALE, presenter.textScale());
        assertFalse(vm.modelEditorVisibleProperty().get());
        assertFalse(vm.inspectorVisibleProperty().get());
        assertTrue(vm.statusBarVisibleProperty().get(), "the status bar stays");
    }

    @Test
    void switchingOffPutsBackWhatItFound() {
        vm.inspectorVisibleProperty().set(false);
        presenter.textScaleProperty().set(TextScale.LARGE);
        presenter.setOn(true);
        assertEquals(TextScale.LARGER, presenter.textScale(), "125 % rises to presenter's 150 %");
        vm.modelEditorVisibleProperty().set(true); // the lecturer opens the editor for a moment
        presenter.setOn(false);
        assertEquals(TextScale.LARGE, presenter.textScale());
        assertTrue(vm.modelEditorVisibleProperty().get());
        assertFalse(vm.inspectorVisibleProperty().get(), "hidden before, hidden after");
    }

    @Test
    void aLargerChosenSizeIsKeptAndTheSizeCanChangeWhileOn() {
        presenter.textScaleProperty().set(TextScale.LARGEST);
        presenter.setOn(true);
        assertEquals(TextScale.LARGEST, presenter.textScale());
        presenter.textScaleProperty().set(TextScale.LARGE);
        assertEquals(TextScale.LARGE, presenter.textScale());
        assertTrue(presenter.isOn());
        presenter.setOn(false);
        assertEquals(TextScale.LARGEST, presenter.textScale(), "back to the size before presenter mode");
    }

    @Test
    void textSizeIsNeverNullAndSwitchingTwiceIsHarmless() {
        presenter.textScaleProperty().set(null);
        assertEquals(TextScale.NORMAL, presenter.textScale());
        presenter.setOn(true);
        presenter.setOn(true);
        presenter.setOn(false);
        assertTrue(vm.modelEditorVisibleProperty().get());
        assertEquals(TextScale.NORMAL, presenter.textScale());
        assertEquals("150 %", TextScale.LARGER.label());
    }

    @Test
    void theShortcutListHasEveryAcceleratorAndTheKeysOutsideMenus() {
        var all = Shortcuts.all();
        for (StandardAction a : StandardAction.values()) {
            if (a.accelerator() == null) continue;
            assertTrue(all.stream().anyMatch(s -> s.what().equals(a.plainText().replace("…", ""))), a.name());
        }
        assertTrue(all.stream().anyMatch(s -> s.keys().equals("F1") && s.what().equals("Keyboard Shortcuts")));
        assertTrue(all.stream().anyMatch(s -> s.keys().equals("Space")));
        assertTrue(all.stream().anyMatch(s -> s.keys().startsWith("Page Down")));
        assertEquals(all.size(), all.stream().map(Shortcuts.Shortcut::keys).distinct().count(), "no key listed twice");
    }
}
