package io.spikeworks.ui.builder;

import io.spikeworks.model.file.ValidationError;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static io.spikeworks.ui.live.ViewFixtures.fx;
import static io.spikeworks.ui.live.ViewFixtures.fxRun;
import static org.junit.jupiter.api.Assertions.*;

/** The reason a file cannot be opened is read in full: it wraps in its column instead of ending in "…". */
@ExtendWith(ApplicationExtension.class)
class LoadErrorDialogTest {
    @Test
    void aLongProblemWrapsInItsColumnAndItsRowGrows() throws Exception {
        String longReason = "expected 'spikeworks-project', got 'spikeworks-sweep': not a Spikeworks project but a sweep "
                + "of runs: run it from the command line, spikeworks sweep FILE --out DIR";
        LoadErrorDialog d = fx(() -> {
            LoadErrorDialog dialog = new LoadErrorDialog(null, Path.of("fbp-sweep.json"),
                    List.of(new ValidationError("$.format", longReason), new ValidationError("$.name", "must not be empty")),
                    null);
            dialog.show();
            return dialog;
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            double[] heights = fx(() -> {
                TableView<?> table = (TableView<?>) d.getDialogPane().lookup("#loadErrorTable");
                table.layout();
                double longRow = 0, shortRow = 0, width = 0;
                for (Node n : table.lookupAll(".table-cell")) {
                    if (!(n instanceof LoadErrorDialog.WrappedCell c) || c.getItem() == null) continue;
                    assertNull(c.getText(), "the text is the wrapped graphic's, not the cell's own (which would be cut)");
                    assertSame(c.wrapped(), c.getGraphic());
                    if (c.getItem().equals(longReason)) {
                        longRow = c.getHeight();
                        width = c.wrapped().getLayoutBounds().getWidth();
                        assertTrue(width <= c.getTableColumn().getWidth(), "wrapped inside the column: " + width);
                    } else {
                        shortRow = c.getHeight();
                    }
                }
                return new double[]{longRow, shortRow, width};
            });
            assertTrue(heights[1] > 0 && heights[2] > 0, "both rows shown");
            assertTrue(heights[0] > 1.5 * heights[1], "the long reason takes more lines: " + heights[0] + " vs " + heights[1]);
        } finally {
            fxRun(d::close);
        }
    }
}
