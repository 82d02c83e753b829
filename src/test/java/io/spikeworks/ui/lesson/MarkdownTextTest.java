package io.spikeworks.ui.lesson;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.spikeworks.ui.lesson.MarkdownText.Style.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkdownTextTest {
    private static MarkdownText.Run r(MarkdownText.Style s, String t) {
        return new MarkdownText.Run(s, t);
    }

    @Test
    void paragraphsListsAndInlineStyles() {
        List<MarkdownText.Run> runs = MarkdownText.parse("A **spike** is *brief*\nand `u ≥ θ`.\n\n- one\n- two **b**");
        assertEquals(List.of(r(PLAIN, "A "), r(BOLD, "spike"), r(PLAIN, " is "), r(ITALIC, "brief"), r(PLAIN, " and "),
                r(CODE, "u ≥ θ"), r(PLAIN, "."), r(BREAK, "\n"), r(BULLET, "•  "), r(PLAIN, "one"), r(BREAK, "\n"),
                r(BULLET, "•  "), r(PLAIN, "two "), r(BOLD, "b")), runs);
    }

    @Test
    void unmatchedMarkersStayAsWritten() {
        assertEquals(List.of(r(PLAIN, "2 * 3 = 6, a ** b")), MarkdownText.parse("2 * 3 = 6, a ** b"));
    }
}
