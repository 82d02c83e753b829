package io.spikeworks.ui.live;

import io.spikeworks.ui.live.activity.OutputView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import static io.spikeworks.ui.live.ViewFixtures.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The text-width cache every canvas view shares, measured through a concrete view. */
@ExtendWith(ApplicationExtension.class)
class CanvasViewTest {
    @Test
    void rememberedTextWidthsMatchAMeasuredTextAndDependOnTheFont() throws Exception {
        OutputView v = fx(OutputView::new);
        String s = "True 3 · predicted ";
        double regular = fx(() -> v.textWidth(s, v.font));
        double bold = fx(() -> v.textWidth(s, v.fontBold));
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.setFont(v.fontBold);
        assertEquals(t.getLayoutBounds().getWidth(), bold, 1e-9);
        assertTrue(bold > regular, "bold is wider: " + bold + " vs " + regular);
        assertEquals(bold, fx(() -> v.textWidth(s, v.fontBold)), "asked again");
        assertEquals(regular, fx(() -> v.textWidth(s, v.font)), "the other font's entry is its own");
    }
}
