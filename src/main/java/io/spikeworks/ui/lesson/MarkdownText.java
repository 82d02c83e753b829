package io.spikeworks.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little Markdown lesson texts use, as runs of styled text: paragraphs (blank line), list items ({@code - }),
 * {@code **bold**}, {@code *italic*} and {@code `code`}. Anything else is shown as written. No JavaFX here, so the
 * parsing is tested without a toolkit; {@link LessonBar} turns runs into text nodes.
 */
final class MarkdownText {
    enum Style { PLAIN, BOLD, ITALIC, CODE, BULLET, BREAK }

    record Run(Style style, String text) {}

    private static final Pattern INLINE = Pattern.compile("\\*\\*(\\S(?:.*?\\S)?)\\*\\*|\\*(\\S(?:.*?\\S)?)\\*|`(.+?)`");

    private MarkdownText() {}

    static List<Run> parse(String markdown) {
        List<Run> out = new ArrayList<>();
        List<String> blocks = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        for (String line : markdown.strip().split("\\R", -1)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("- ")) {
                if (para.length() > 0) blocks.add(para.toString());
                para.setLength(0);
                if (!t.isEmpty()) blocks.add(t);
            } else {
                para.append(para.length() > 0 ? " " : "").append(t);
            }
        }
        if (para.length() > 0) blocks.add(para.toString());
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) out.add(new Run(Style.BREAK, "\n"));
            String b = blocks.get(i);
            if (b.startsWith("- ")) {
                out.add(new Run(Style.BULLET, "•  "));
                b = b.substring(2);
            }
            inline(b, out);
        }
        return out;
    }

    private static void inline(String s, List<Run> out) {
        Matcher m = INLINE.matcher(s);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) out.add(new Run(Style.PLAIN, s.substring(at, m.start())));
            if (m.group(1) != null) out.add(new Run(Style.BOLD, m.group(1)));
            else if (m.group(2) != null) out.add(new Run(Style.ITALIC, m.group(2)));
            else out.add(new Run(Style.CODE, m.group(3)));
            at = m.end();
        }
        if (at < s.length()) out.add(new Run(Style.PLAIN, s.substring(at)));
    }
}
