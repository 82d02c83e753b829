package io.spikeworks.model.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line each value of a JSON text starts on, by JSON path, so a problem found in the parsed tree (which keeps no
 * positions) can say where it is in the file. A path with no value of its own (a missing key) gets the line of its
 * nearest ancestor.
 */
public final class JsonLines {
    private static final Pattern SEGMENT = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)|\\['((?:[^'\\\\]|\\\\.)*)'\\]|\\[(\\d+)\\]");

    private final Map<String, Integer> lines = new HashMap<>();

    private JsonLines() {}

    /** Indexes a text that already parsed as JSON; a text that does not gives an index with no lines. */
    public static JsonLines of(String json) {
        JsonLines index = new JsonLines();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) continue;
                JsonStreamContext ctx = p.getParsingContext();
                // a container's own context starts empty; its parent's current name or index points at it
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) ctx = ctx.getParent();
                index.lines.putIfAbsent(ctx == null ? "" : ctx.pathAsPointer().toString(), p.getTokenLocation().getLineNr());
            }
        } catch (IOException e) {
            // the caller reports the syntax error itself, with its own position
        }
        return index;
    }

    /** The line of the value at {@code path} ({@code $.steps[2].until}), or of its nearest ancestor; 0 if unknown. */
    public int lineOf(String path) {
        List<String> segments = segments(path);
        for (int n = segments.size(); n >= 0; n--) {
            StringBuilder pointer = new StringBuilder();
            for (String s : segments.subList(0, n)) pointer.append('/').append(s.replace("~", "~0").replace("/", "~1"));
            Integer line = lines.get(pointer.toString());
            if (line != null) return line;
        }
        return 0;
    }

    /** {@code $.a['b c'][3]} → [a, b c, 3]. */
    public static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        if (path == null || !path.startsWith("$")) return out;
        Matcher m = SEGMENT.matcher(path);
        int at = 1;
        while (at < path.length() && m.find(at) && m.start() == at) {
            if (m.group(1) != null) out.add(m.group(1));
            else if (m.group(2) != null) out.add(m.group(2).replace("\\'", "'"));
            else out.add(m.group(3));
            at = m.end();
        }
        return out;
    }
}
