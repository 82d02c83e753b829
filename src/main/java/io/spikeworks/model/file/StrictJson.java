package io.spikeworks.model.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * The one reader for every JSON file Spikeworks opens (projects, sweeps, chip profiles, checkpoints' project,
 * recovery drafts, run summaries). It refuses, with a position a user can find in an editor: bytes that are not
 * UTF-8 (byte offset and line), text that is not JSON (line and column), a key given twice in one object, anything
 * after the value, numbers too large for a double, an empty file and files too big to be one of ours. What the
 * values mean is each format's own reader's business.
 */
public final class StrictJson {
    /** Larger than any project, sweep or profile could be (a project with 10,000 layers is ~6 MB), small enough to
     *  hold in memory without thought. */
    public static final long MAX_FILE_BYTES = 32L << 20;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private StrictJson() {}

    /** Reads and checks a whole file; see {@link #parse(byte[])}. */
    public static JsonNode read(Path file) throws IOException {
        requireNotFolder(file);
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES)
            throw fail(JsonPaths.ROOT, String.format(Locale.ROOT, "the file is %,d bytes; a Spikeworks JSON file is at "
                    + "most %,d bytes, so this is not one", size, MAX_FILE_BYTES));
        return parse(Files.readAllBytes(file));
    }

    /**
     * A folder where a file is expected is the user's slip, not a read error: refused at {@code $} like an empty file,
     * instead of the system's bare "Is a directory", which names neither the file nor what was expected.
     */
    public static void requireNotFolder(Path file) {
        if (Files.isDirectory(file)) throw fail(JsonPaths.ROOT, "is a folder, not a file; expected a JSON file");
    }

    /** Decodes UTF-8 strictly (a leading byte order mark is skipped: some Windows editors write one) and parses. */
    public static JsonNode parse(byte[] bytes) {
        return parse(decode(bytes));
    }

    /** The text as UTF-8, or an error naming the first byte that is not. */
    public static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw fail(JsonPaths.ROOT, String.format(Locale.ROOT, "not valid UTF-8 at byte offset %d (line %d, byte %d of the "
                    + "line, value 0x%02X); save the file as UTF-8", at, line, at - lineStart + 1, bytes[at] & 0xFF));
        }
        return out.flip().toString();
    }

    /** Parses text already decoded; a leading byte order mark is skipped. */
    public static JsonNode parse(String text) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        }
        if (root == null || root.isMissingNode())
            throw fail(JsonPaths.ROOT, "the file is empty (or only white space); expected a JSON object");
        checkNumbers(root, JsonPaths.ROOT);
        return root;
    }

    /** Numbers such as 1e999 parse to infinity: refused here, so no reader takes one for a value. */
    private static void checkNumbers(JsonNode node, String path) {
        if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
            throw fail(path, "the number " + node.asText() + " is too large (beyond ±1.8e308)");
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                checkNumbers(e.getValue(), JsonPaths.child(path, e.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) checkNumbers(node.get(i), JsonPaths.index(path, i));
        }
    }

    private static JsonSyntaxException syntaxError(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String original = String.valueOf(e.getOriginalMessage());
        // a bad number is the value of the field the parser stands at, so that field is the path; other syntax errors
        // (a missing comma, a bad key) lie between values, so their container is
        boolean badValue = original.startsWith("Non-standard token");
        String path = e.getProcessor() instanceof JsonParser p ? path(p.getParsingContext(), badValue) : JsonPaths.ROOT;
        String why = original
                .replaceAll("\\(start marker at \\[Source:[^;]*; line: (\\d+), column: (\\d+)\\]\\)",
                        "(opened at line $1, column $2)")
                .replaceAll("\\[Source:[^\\]]*\\]", "")
                .replaceAll("Trailing token.*", "more content after the end of the JSON value")
                .replaceAll("Duplicate field '(.*)'", "the key '$1' is given twice in one object")
                // Jackson's advice is for programmers (a parser switch); the user needs to hear that JSON has no NaN
                .replaceAll("Non-standard token '([^']*)': enable `JsonReadFeature\\.ALLOW_NON_NUMERIC_NUMBERS` to allow",
                        "'$1' is not a number JSON allows; give a finite number")
                .replaceAll("\\s+", " ")
                .trim();
        return fail(path, "invalid JSON" + where + ": " + why);
    }

    /**
     * The JSON path of where the parser stood: the container ({@code $.network.layers[2]}), or with {@code atValue}
     * the value it was reading ({@code $.network.layers[2].neuron.beta}).
     */
    private static String path(JsonStreamContext context, boolean atValue) {
        java.util.ArrayDeque<JsonStreamContext> chain = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) chain.push(c);
        String path = JsonPaths.ROOT;
        JsonStreamContext last = chain.peekLast();
        for (JsonStreamContext c : chain) {
            boolean in = c != last || atValue;
            if (c.inArray() && in) {
                path = JsonPaths.index(path, Math.max(0, c.getCurrentIndex()));
            } else if (c.inObject() && in && c.getCurrentName() != null) {
                path = JsonPaths.child(path, c.getCurrentName());
            }
        }
        return path;
    }

    private static JsonSyntaxException fail(String path, String message) {
        return new JsonSyntaxException(new ValidationError(path, message));
    }
}
