package io.spikeworks.ui.builder;

import io.spikeworks.ui.theme.Theme;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;
import java.util.List;

import static io.spikeworks.ui.live.ViewFixtures.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start page in the model pane's width at 1280 pixels, and wider (headless). */
@ExtendWith(ApplicationExtension.class)
class StartPageTest {
    private static StartPage page(double width) {
        LessonEntry lesson = new LessonEntry(Path.of("sample-projects/lessons/01-spike.lesson.json"), "What a spike and a membrane are",
                "One LIF neuron on a slider: the membrane integrates, leaks, crosses the threshold, spikes and resets.",
                null, null);
        StartPage p = new StartPage(List.of(), List.of(lesson, lesson), List.of(), () -> {}, () -> {}, f -> {}, f -> {},
                () -> {});
        p.setMaxWidth(width);
        p.setPrefWidth(width);
        Scene s = new Scene(new StackPane(p), width + 40, 700);
        Theme.apply(s);
        p.applyCss();
        p.layout();
        s.getRoot().applyCss();
        s.getRoot().layout();
        return p;
    }

    @Test
    void inANarrowPaneTheButtonsKeepTheirWordsAndAPictureGoesBetweenTitleAndWords() throws Exception {
        StartPage narrow = fx(() -> page(240));
        Button open = fx(() -> (Button) narrow.lookup("#startOpen"));
        assertTrue(fx(() -> open.getWidth() >= open.prefWidth(-1) - 0.5), "\"Open…\" is not cut to \"…\"");
        assertEquals(2, fx(() -> narrow.lessonRows().size()));
        assertTrue(fx(() -> narrow.lessonRows().stream().allMatch(StartPage.LessonRow::pictureInline)));

        StartPage wide = fx(() -> page(480));
        assertFalse(fx(() -> wide.lessonRows().stream().anyMatch(StartPage.LessonRow::pictureInline)), "room: beside");
        // and back, as the pane is dragged narrower
        fx(() -> {
            wide.setMaxWidth(240);
            wide.setPrefWidth(240);
            wide.getScene().getRoot().layout();
            return null;
        });
        assertTrue(fx(() -> wide.lessonRows().stream().allMatch(StartPage.LessonRow::pictureInline)));
    }
}
