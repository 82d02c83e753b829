package io.spikeworks.ui.frame;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Keeps the UI's code (ours, JavaFX's, ControlsFX's, Ikonli's) out of the JIT's optimising compiler C2; C1
 * compiles it instead. At 15 frames a second the UI's methods grow hot slowly, so C2 was still compiling them a
 * minute into a run (some twice, on-stack and then whole): 8.8 s of C2 in the minute after Run (JFR, default
 * layout), on the cores the engine trains on, against 2.2 s with this; headless {@code train} spends 1.4 s in the
 * minute after its first 10 s. C1 compiles in a fraction of the time, and the FX thread's frame took 0.62 ms with
 * its code against 0.66 ms. The per-pixel loops (raster, weight heatmaps, JavaFX's pixel converters) are the
 * exception and stay with C2: C1 made the 4,096-neuron raster's draw twice as slow.
 * Applied through HotSpot's compiler directives ({@value #DIRECTIVES}; the first directive that matches a method
 * applies; the format has no comments), at start-up before JavaFX runs. {@code -Dspikeworks.ui.c2=true} leaves
 * the JIT as it is.
 */
public final class UiC1Only {
    static final String DIRECTIVES = "ui-c1-only.json";
    private static final String DCMD = "com.sun.management:type=DiagnosticCommand";

    private UiC1Only() {}

    /** Adds the directive unless switched off; empty when added, else why not (a JVM without the command). */
    public static Optional<String> apply() {
        if (Boolean.getBoolean("spikeworks.ui.c2")) return Optional.of("switched off by -Dspikeworks.ui.c2=true");
        try {
            String answer = add();
            return answer.matches("(?s)\\s*[1-9]\\d* compiler directives added.*") ? Optional.empty() : Optional.of(answer.strip());
        } catch (JMException | RuntimeException | IOException e) {
            return Optional.of(e.toString());
        }
    }

    /** The JVM's answer to adding the directive. HotSpot reads directives from a file only. */
    static String add() throws IOException, JMException {
        Path file = Files.createTempFile("spikeworks-ui-c1-only", ".json");
        try {
            try (InputStream in = UiC1Only.class.getResourceAsStream(DIRECTIVES)) {
                if (in == null) throw new IOException("missing resource " + DIRECTIVES);
                Files.write(file, in.readAllBytes());
            }
            return dcmd("compilerDirectivesAdd", file.toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Runs one of HotSpot's diagnostic commands (what {@code jcmd} runs) in this JVM. */
    static String dcmd(String operation, String... arguments) throws JMException {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Object answer = server.invoke(new ObjectName(DCMD), operation, new Object[]{arguments},
                new String[]{String[].class.getName()});
        return String.valueOf(answer);
    }
}
