package io.spikeworks.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.spikeworks.model.file.StrictJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 27: broken and extreme files never crash the CLI. Mutates the sample projects, the sample sweep and the shipped
 * chip profiles (wrong types, missing and extra fields, huge, negative and non-finite numbers, truncation, invalid
 * UTF-8, duplicate keys, trailing garbage) a few thousand times with a fixed seed, runs the command that reads each
 * in-process, and asserts: no stack trace or exception class name in the output, no OutOfMemoryError, no hang, and
 * never exit 0 for a file that is not valid JSON.
 */
class BadInputFuzzTest {
    private static final long SEED = 0x27_F022L;
    private static final int MUTATIONS_PER_FILE = 120;
    /** A command reads, validates and maps a file in milliseconds; seconds means something runs that should not. */
    private static final long SLOW_NANOS = 5_000_000_000L;
    private static final Pattern LEAK = Pattern.compile(
            "\\b\\w+(Exception|Error)\\b|\\bat [a-z]+\\.[\\w.$]+\\(|com\\.fasterxml|java\\.(lang|io|util|nio)\\.|picocli\\.|io\\.spikeworks\\.");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @TempDir
    Path tmp;

    private record Mutant(String kind, byte[] bytes, boolean surelyInvalid) {}

    private record Run(int code, String out) {}

    @Test
    void brokenAndExtremeFilesGetMessagesNeverCrashes() throws Exception {
        Random random = new Random(SEED);
        Path chips = Files.createDirectories(tmp.resolve("chips"));
        Path noChips = tmp.resolve("no-chips");
        int cases = 0;
        long start = System.nanoTime();

        List<Path> projects;
        try (var files = Files.list(Path.of("sample-projects"))) {
            projects = files.filter(f -> f.toString().endsWith(".json") && !f.getFileName().toString().contains("sweep"))
                    .sorted().toList();
        }
        for (Path sample : projects) {
            byte[] original = Files.readAllBytes(sample);
            for (int i = 0; i < MUTATIONS_PER_FILE; i++) {
                Mutant m = mutate(original, random);
                Path file = tmp.resolve("project.json");
                Files.write(file, m.bytes());
                check(m, sample.getFileName() + " " + m.kind(), "check", file.toString(), "--chips-dir", noChips.toString());
                cases++;
            }
        }

        System.out.printf("projects: %d in %.1f s%n", cases, (System.nanoTime() - start) / 1e9);
        Path sweepDir = Files.createDirectories(tmp.resolve("sweep"));
        for (String base : List.of("fashion-bp.json", "fashion-bp-ttfs.json"))
            Files.copy(Path.of("sample-projects", base), sweepDir.resolve(base));
        byte[] sweep = Files.readAllBytes(Path.of("sample-projects", "fbp-sweep.json"));
        for (int i = 0; i < 4 * MUTATIONS_PER_FILE; i++) {
            Mutant m = mutate(sweep, random);
            Path file = sweepDir.resolve("sweep.json");
            Files.write(file, m.bytes());
            check(m, "fbp-sweep.json " + m.kind(), "sweep", file.toString(), "--list");
            cases++;
        }

        System.out.printf("sweeps: %d in %.1f s%n", cases, (System.nanoTime() - start) / 1e9);
        for (String profile : List.of("loihi.json", "float-reference.json")) {
            String text;
            try (var in = getClass().getResourceAsStream(io.spikeworks.chip.ChipProfiles.RESOURCE_DIR + profile)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String stem = profile.replace(".json", "");
            byte[] renamed = text.replace("\"name\" : \"" + stem + "\"", "\"name\" : \"fuzzed\"")
                    .replace("\"name\": \"" + stem + "\"", "\"name\": \"fuzzed\"").getBytes(StandardCharsets.UTF_8);
            assertTrue(new String(renamed, StandardCharsets.UTF_8).contains("\"fuzzed\""), profile);
            for (int i = 0; i < 2 * MUTATIONS_PER_FILE; i++) {
                Mutant m = mutate(renamed, random);
                Files.write(chips.resolve("fuzzed.json"), m.bytes());
                check(m, profile + " " + m.kind(), "check", "sample-projects/mnist-bptt.json", "--chip", "fuzzed",
                        "--chips-dir", chips.toString());
                cases++;
            }
        }
        assertTrue(cases >= 2_000, cases + " cases");
        System.out.printf("%d mutated files in %.1f s%n", cases, (System.nanoTime() - start) / 1e9);
    }

    private void check(Mutant m, String what, String... args) {
        long t0 = System.nanoTime();
        Run r;
        try {
            r = run(args);
        } catch (OutOfMemoryError e) {
            fail(what + ": out of memory");
            return;
        }
        long took = System.nanoTime() - t0;
        assertTrue(took < SLOW_NANOS, what + ": took " + took / 1e9 + " s");
        var leak = LEAK.matcher(r.out());
        if (leak.find()) fail(what + ": output shows '" + leak.group() + "':\n" + r.out());
        if (m.surelyInvalid()) assertNotEquals(0, r.code(), what + ": accepted an invalid file:\n" + r.out());
    }

    private final StringWriter output = new StringWriter();
    private final SpikeworksCli.Runner cli = new SpikeworksCli.Runner(new PrintWriter(output), new PrintWriter(output));

    private Run run(String... args) {
        output.getBuffer().setLength(0);
        int code = cli.run(args);
        return new Run(code, output.toString());
    }

    // ---- mutations -------------------------------------------------------------------------------------------

    private static Mutant mutate(byte[] original, Random random) throws IOException {
        return switch (random.nextInt(9)) {
            case 0 -> tree(original, random, "wrong type", BadInputFuzzTest::changeType);
            case 1 -> tree(original, random, "missing field", BadInputFuzzTest::removeField);
            case 2 -> tree(original, random, "extra field", BadInputFuzzTest::addField);
            case 3 -> tree(original, random, "extreme number", BadInputFuzzTest::extremeNumber);
            case 4 -> text(original, random, "NaN", (s, r) -> replaceANumber(s, r, r.nextBoolean() ? "NaN" : "-Infinity"));
            case 5 -> truncated(original, random);
            case 6 -> invalidUtf8(original, random);
            case 7 -> text(original, random, "duplicate key", BadInputFuzzTest::duplicateKey);
            default -> text(original, random, "trailing garbage", (s, r) -> s + List.of(" x", "}", ",", " {}", "\u0000",
                    " // comment", "[1]").get(r.nextInt(7)));
        };
    }

    private interface TreeMutation {
        String apply(JsonNode root, Random random);
    }

    /** Applies a change to a random node of the tree; the result may still be a valid file. */
    private static Mutant tree(byte[] original, Random random, String kind, TreeMutation mutation) throws IOException {
        JsonNode root = StrictJson.parse(original);
        String where = mutation.apply(root, random);
        return new Mutant(kind + " at " + where, root.toString().getBytes(StandardCharsets.UTF_8), false);
    }

    private interface TextMutation {
        String apply(String text, Random random);
    }

    private static Mutant text(byte[] original, Random random, String kind, TextMutation mutation) {
        String text = new String(original, StandardCharsets.UTF_8);
        String changed = mutation.apply(text, random);
        return new Mutant(kind, changed.getBytes(StandardCharsets.UTF_8), !changed.equals(text));
    }

    private static Mutant truncated(byte[] original, Random random) {
        int cut = random.nextInt(original.length - 2);
        byte[] bytes = java.util.Arrays.copyOf(original, cut);
        return new Mutant("truncated at byte " + cut, bytes, true);
    }

    private static Mutant invalidUtf8(byte[] original, Random random) {
        byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};
        byte[] insert = bad[random.nextInt(bad.length)];
        int at = random.nextInt(original.length);
        byte[] bytes = new byte[original.length + insert.length];
        System.arraycopy(original, 0, bytes, 0, at);
        System.arraycopy(insert, 0, bytes, at, insert.length);
        System.arraycopy(original, at, bytes, at + insert.length, original.length - at);
        return new Mutant("invalid UTF-8 at byte " + at, bytes, true);
    }

    private static String replaceANumber(String text, Random random, String replacement) {
        // a number that is a member's value (not one inside a text value): "key": 12, or "key" : 1e-8}
        var numbers = Pattern.compile("(?<=\"\\s?:\\s)-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?(?=\\s*[,}\\]])").matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (numbers.find()) spans.add(new int[]{numbers.start(), numbers.end()});
        if (spans.isEmpty()) return text + "x";
        int[] s = spans.get(random.nextInt(spans.size()));
        return text.substring(0, s[0]) + replacement + text.substring(s[1]);
    }

    /** Repeats one "key": value member of an object right after itself. */
    private static String duplicateKey(String text, Random random) {
        var members = Pattern.compile("\"[A-Za-z0-9_]+\"\\s*:\\s*(\"[^\"]*\"|-?[\\d.eE+-]+|true|false|null)\\s*,").matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (members.find()) spans.add(new int[]{members.start(), members.end()});
        if (spans.isEmpty()) return text + "x";
        int[] s = spans.get(random.nextInt(spans.size()));
        return text.substring(0, s[1]) + " " + text.substring(s[0], s[1]) + text.substring(s[1]);
    }

    /** Every (container, key or index) of the tree below the root. */
    private static List<Object[]> slots(JsonNode root) {
        List<Object[]> out = new ArrayList<>();
        List<JsonNode> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            JsonNode n = todo.remove(todo.size() - 1);
            if (n.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    out.add(new Object[]{n, e.getKey()});
                    todo.add(e.getValue());
                }
            } else if (n.isArray()) {
                for (int i = 0; i < n.size(); i++) {
                    out.add(new Object[]{n, i});
                    todo.add(n.get(i));
                }
            }
        }
        return out;
    }

    private static Object[] pick(JsonNode root, Random random) {
        List<Object[]> all = slots(root);
        return all.get(random.nextInt(all.size()));
    }

    private static void put(Object[] slot, JsonNode value) {
        if (slot[0] instanceof ObjectNode o) o.set((String) slot[1], value);
        else ((ArrayNode) slot[0]).set((Integer) slot[1], value);
    }

    private static String changeType(JsonNode root, Random random) {
        Object[] slot = pick(root, random);
        JsonNode[] others = {NODES.textNode("7"), NODES.numberNode(3), NODES.numberNode(2.5), NODES.booleanNode(true),
                NODES.nullNode(), NODES.arrayNode(), NODES.objectNode(), NODES.arrayNode().add(1).add("a"),
                NODES.objectNode().put("type", "dense")};
        put(slot, others[random.nextInt(others.length)]);
        return String.valueOf(slot[1]);
    }

    private static String removeField(JsonNode root, Random random) {
        Object[] slot = pick(root, random);
        if (slot[0] instanceof ObjectNode o) o.remove((String) slot[1]);
        else ((ArrayNode) slot[0]).remove((Integer) slot[1]);
        return String.valueOf(slot[1]);
    }

    private static String addField(JsonNode root, Random random) {
        List<Object[]> objects = new ArrayList<>();
        for (Object[] s : slots(root)) if (s[0] instanceof ObjectNode) objects.add(s);
        ObjectNode target = objects.isEmpty() ? (ObjectNode) root : (ObjectNode) objects.get(random.nextInt(objects.size()))[0];
        String key = List.of("extra", "unit", "units", "tpye", "layers", "format", "value").get(random.nextInt(7));
        if (!target.has(key)) target.put(key, random.nextBoolean() ? "x" : "1");
        return key;
    }

    private static String extremeNumber(JsonNode root, Random random) {
        List<Object[]> numbers = new ArrayList<>();
        for (Object[] s : slots(root)) {
            JsonNode v = s[0] instanceof ObjectNode o ? o.get((String) s[1]) : s[0].equals(root) ? null
                    : ((ArrayNode) s[0]).get((Integer) s[1]);
            if (v != null && v.isNumber()) numbers.add(s);
        }
        Object[] slot = numbers.isEmpty() ? pick(root, random) : numbers.get(random.nextInt(numbers.size()));
        JsonNode[] extremes = {NODES.numberNode(-1), NODES.numberNode(0), NODES.numberNode(1_000_000_000),
                NODES.numberNode(2_147_483_648L), NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(-1e9),
                NODES.numberNode(1e308), NODES.numberNode(4.9e-324), NODES.numberNode(new java.math.BigInteger("99999999999999999999999")),
                NODES.numberNode(1.5), NODES.numberNode(10_000), NODES.numberNode(100_000)};
        put(slot, extremes[random.nextInt(extremes.length)]);
        return String.valueOf(slot[1]);
    }
}
