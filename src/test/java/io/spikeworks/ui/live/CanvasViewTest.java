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

    @Test
    void captionsBreakAtTheirSeparatorsToFitAWidth() {
        java.util.function.ToDoubleFunction<String> tenPerChar = s -> 10.0 * s.length();
        String caption = "mean -0.0011 · sd 0.0248 · 200704 values";
        assertEquals(java.util.List.of(caption), CanvasView.lines(caption, 1000, tenPerChar));
        java.util.List<String> two = CanvasView.lines(caption, 250, tenPerChar);
        assertEquals(java.util.List.of("mean -0.0011 · sd 0.0248", "200704 values"), two);
        for (String line : two) assertTrue(tenPerChar.applyAsDouble(line) <= 250, line);
        // a part wider than the line gets a line of its own, nothing is dropped
        assertEquals(java.util.List.of("mean -0.0011", "sd 0.0248", "200704 values"), CanvasView.lines(caption, 50, tenPerChar));
    }

    /** Draws one red pixel at (1, 1) in drawing units and remembers the size it was given. */
    static final class OnePixel extends CanvasView {
        double drawnW;
        double drawnH;

        OnePixel() {
            super("one-pixel");
        }

        @Override
        protected void draw(javafx.scene.canvas.GraphicsContext g, double w, double h) {
            drawnW = w;
            drawnH = h;
            putPixels(g, 1, 1, 1, 1, new int[]{0xffff0000});
        }

        @Override
        public String exportName() {
            return "one-pixel";
        }

        @Override
        public void writeCsv(java.io.Writer out) {}
    }

    @Test
    void atPresenterScaleTheViewDrawsInSmallerUnitsAndEachPixelBecomesABlock() throws Exception {
        try {
            OnePixel v = fx(OnePixel::new);
            io.spikeworks.ui.live.ViewFixtures.fxRun(() -> v.sizeTo(40, 30));
            assertEquals(40, v.drawnW);
            javafx.scene.image.Image one = fx(() -> v.canvas().snapshot(null, null));
            assertEquals(javafx.scene.paint.Color.RED, one.getPixelReader().getColor(1, 1));
            assertTrue(one.getPixelReader().getColor(2, 2).getRed() < 1 || one.getPixelReader().getColor(2, 2).getGreen() > 0,
                    "at scale 1 the pixel is one pixel");

            io.spikeworks.ui.live.ViewFixtures.fxRun(() -> io.spikeworks.ui.theme.DisplayScale.setCanvasScale(2));
            assertEquals(20, v.drawnW, "redrawn at once, in units twice as large");
            assertEquals(15, v.drawnH);
            javafx.scene.image.Image two = fx(() -> v.canvas().snapshot(null, null));
            for (int x = 2; x <= 3; x++) {
                for (int y = 2; y <= 3; y++) {
                    assertEquals(javafx.scene.paint.Color.RED, two.getPixelReader().getColor(x, y), x + "," + y);
                }
            }
            assertTrue(two.getPixelReader().getColor(1, 1).getGreen() > 0.5, "the block starts at 2·1");
        } finally {
            io.spikeworks.ui.live.ViewFixtures.fxRun(() -> io.spikeworks.ui.theme.DisplayScale.setCanvasScale(1));
        }
    }
}
