package io.spikeworks.model.file;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrictJsonTest {
    @TempDir
    Path tmp;

    private static ValidationError errorOf(byte[] bytes) {
        return assertThrows(JsonSyntaxException.class, () -> StrictJson.parse(bytes)).error();
    }

    private static ValidationError errorOf(String text) {
        return errorOf(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void invalidUtf8GivesTheByteOffsetAndLine() {
        byte[] latin1 = "{\"a\": 1,\n \"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        ValidationError e = errorOf(latin1);
        assertEquals("$", e.path());
        // offset 22 (from 0, as hex editors count) is the é written as the single byte 0xE9: the 14th byte of line 2
        assertEquals("not valid UTF-8 at byte offset 22 (line 2, byte 14 of the line, value 0xE9); save the file as UTF-8",
                e.message());
    }

    @Test
    void aCharacterCutOffAtTheEndIsInvalidUtf8() {
        byte[] euro = "{\"a\": \"\u20ac".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(euro, euro.length - 1);
        assertTrue(errorOf(cut).message().startsWith("not valid UTF-8 at byte offset 7 (line 1"), errorOf(cut).message());
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        byte[] withBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
        assertTrue(StrictJson.parse(withBom).isObject());
    }

    @Test
    void duplicateKeysNameTheKeyTheObjectAndThePosition() {
        ValidationError e = errorOf("{\"dataset\": {\"name\": \"mnist\",\n \"name\": \"x\"}}");
        assertEquals("$.dataset", e.path());
        assertEquals("invalid JSON at line 2, column 8: the key 'name' is given twice in one object", e.message());
    }

    @Test
    void duplicateKeysInsideListsGetTheIndex() {
        ValidationError e = errorOf("{\"layers\": [{}, {\"id\": 1, \"id\": 2}]}");
        assertEquals("$.layers[1]", e.path());
    }

    @Test
    void trailingContentIsRefused() {
        assertTrue(errorOf("{\"a\": 1} {\"b\": 2}").message().contains("more content after the end of the JSON value"),
                errorOf("{\"a\": 1} {\"b\": 2}").message());
        assertTrue(errorOf("{\"a\": 1} garbage").message().startsWith("invalid JSON at line 1, column"));
    }

    @Test
    void emptyTruncatedAndNonNumbersAreRefused() {
        assertEquals("the file is empty (or only white space); expected a JSON object", errorOf(" \n ").message());
        assertTrue(errorOf("{\"a\": [1, 2").message().startsWith("invalid JSON at line 1"), errorOf("{\"a\": [1, 2").message());
        assertTrue(errorOf("{\"a\": NaN}").message().startsWith("invalid JSON"), errorOf("{\"a\": NaN}").message());
    }

    @Test
    void nanAndInfinityAreRefusedInPlainWordsWithTheirPosition() {
        ValidationError nan = errorOf("{\"neuron\":\n {\"beta\": NaN}}");
        assertEquals("invalid JSON at line 2, column 14: 'NaN' is not a number JSON allows; give a finite number",
                nan.message());
        assertEquals("$.neuron.beta", nan.path(), "the field that holds the bad number");
        ValidationError inf = errorOf("{\"a\": {\"b\": [1, -Infinity]}}");
        assertEquals("invalid JSON at line 1, column 26: '-Infinity' is not a number JSON allows; give a finite number",
                inf.message());
        assertEquals("$.a.b[1]", inf.path());
    }

    @Test
    void aSyntaxErrorBetweenValuesNamesTheirContainer() {
        assertEquals("$.a", errorOf("{\"a\": {\"b\": 1 \"c\": 2}}").path());
    }

    @Test
    void numbersBeyondDoubleRangeAreRefusedWithTheirPath() {
        ValidationError e = errorOf("{\"training\": {\"learningRate\": [0.1, -1e999]}}");
        assertEquals("$.training.learningRate[1]", e.path());
        assertEquals("the number -Infinity is too large (beyond ±1.8e308)", e.message());
    }

    @Test
    void filesFarLargerThanAnyOfOursAreRefusedBeforeReading() throws IOException {
        Path big = tmp.resolve("big.json");
        try (var out = Files.newOutputStream(big)) {
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) ' ');
            for (int i = 0; i <= StrictJson.MAX_FILE_BYTES >> 20; i++) out.write(block);
        }
        JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> StrictJson.read(big));
        assertTrue(e.error().message().startsWith("the file is 34,603,008 bytes; a Spikeworks JSON file is at most"),
                e.error().message());
    }

    @Test
    void aFolderWhereTheFileShouldBeIsRefusedAsSuch() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("project.json"));
        ValidationError e = assertThrows(JsonSyntaxException.class, () -> StrictJson.read(folder)).error();
        assertEquals("$", e.path());
        assertEquals("is a folder, not a file; expected a JSON file", e.message());
    }

    @Test
    void validTextParses() {
        assertEquals(3, StrictJson.parse("{\"a\": [1, 2.5, \"x\"]}").get("a").size());
    }
}
