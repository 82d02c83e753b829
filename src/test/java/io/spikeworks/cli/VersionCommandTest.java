package io.spikeworks.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VersionCommandTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SpikeworksCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[]{Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void printsProductJavaAndOs() {
        String[] r = run("version");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].startsWith("Spikeworks "), r[1]);
        assertTrue(r[1].contains("\nJava ") && r[1].contains("\nOS ") && r[1].contains(" cores"), r[1]);
    }

    @Test
    void helpLikeEveryOtherCommand() {
        String[] r = run("version", "--help");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("Usage: spikeworks version") && r[1].contains("--help"), r[1]);
        assertTrue(!r[1].startsWith("Spikeworks "), "help, not the versions");
    }
}
