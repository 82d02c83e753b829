package io.spikeworks;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Windows and macOS installer scripts cannot run here, so what can be checked without running them is: they
 * pack what the Linux build packs (the same settings file, nothing of it repeated by hand) and their icons hold
 * the same pictures as the Linux icon.
 */
class InstallerConsistencyTest {
    static final Path INSTALLER = Path.of("installer");
    static final List<Path> BUILDS = List.of(INSTALLER.resolve("build.sh"), INSTALLER.resolve("macos/build.sh"),
            INSTALLER.resolve("windows/build.ps1"));

    static Properties settings() throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(INSTALLER.resolve("package.properties"))));
        return p;
    }

    @Test
    void everyBuildTakesEverySettingFromTheSharedFileAndRepeatsNone() throws IOException {
        Properties p = settings();
        for (String key : List.of("name", "vendor", "description", "copyright", "main-jar", "main-class",
                "java-options", "modules", "assets"))
            assertFalse(p.getProperty(key, "").isBlank(), "package.properties has " + key);
        for (Path build : BUILDS) {
            String script = Files.readString(build);
            assertTrue(script.contains("package.properties"), build + " reads package.properties");
            for (String key : p.stringPropertyNames())
                assertTrue(script.contains("prop " + key + ")") || script.contains("$Pkg['" + key + "']"),
                        build + " uses the setting " + key);
            assertFalse(script.contains("java.base,"), build + " lists modules by hand");
            assertFalse(script.contains("jdk.incubator.vector"), build + " names launcher options by hand");
            assertFalse(script.contains("VERSION=0") || script.contains("$Version = '0"), build + " fixes the version");
            assertTrue(script.contains("pom.xml"), build + " takes the version from the pom");
            assertTrue(script.contains("sample-projects"), build + " bundles the sample projects and lessons");
        }
    }

    static Map<String, byte[]> pngs() throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (var files = Files.list(Path.of("assets/icons"))) {
            for (Path f : files.sorted().toList()) if (f.toString().endsWith(".png")) out.put(f.getFileName().toString(), Files.readAllBytes(f));
        }
        return out;
    }

    static String whichPng(byte[] data, Map<String, byte[]> pngs) {
        for (Map.Entry<String, byte[]> e : pngs.entrySet()) if (Arrays.equals(e.getValue(), data)) return e.getKey();
        return null;
    }

    @Test
    void theWindowsIconHoldsEveryLinuxIconPicture() throws IOException {
        Map<String, byte[]> pngs = pngs();
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(INSTALLER.resolve("windows/spikeworks.ico"))).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, ico.getShort(0));
        assertEquals(1, ico.getShort(2), "type 1: an icon");
        int count = ico.getShort(4);
        assertEquals(pngs.size(), count, "one image per size in assets/icons");
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int size = Byte.toUnsignedInt(ico.get(entry)) == 0 ? 256 : Byte.toUnsignedInt(ico.get(entry));
            int length = ico.getInt(entry + 8), offset = ico.getInt(entry + 12);
            byte[] data = Arrays.copyOfRange(ico.array(), offset, offset + length);
            assertEquals("spikeworks-" + size + ".png", whichPng(data, pngs), "ICO image " + i + " (" + size + " px)");
        }
    }

    @Test
    void theMacIconHoldsLinuxIconPicturesOfTheSizesItsTypesSay() throws IOException {
        Map<String, byte[]> pngs = pngs();
        byte[] icns = Files.readAllBytes(INSTALLER.resolve("macos/spikeworks.icns"));
        ByteBuffer b = ByteBuffer.wrap(icns);
        assertEquals("icns", new String(icns, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(icns.length, b.getInt(4), "the header gives the file's length");
        Map<String, Integer> sizeOfType = Map.of("ic07", 128, "ic08", 256, "ic11", 32, "ic12", 64, "ic13", 256);
        int at = 8, found = 0;
        while (at < icns.length) {
            String type = new String(icns, at, 4, java.nio.charset.StandardCharsets.US_ASCII);
            int length = b.getInt(at + 4);
            byte[] data = Arrays.copyOfRange(icns, at + 8, at + length);
            assertTrue(sizeOfType.containsKey(type), "known type " + type);
            assertEquals("spikeworks-" + sizeOfType.get(type) + ".png", whichPng(data, pngs), type);
            at += length;
            found++;
        }
        assertEquals(5, found);
    }

    @Test
    void theLinuxDesktopEntryPointsAtTheInstalledLauncherAndIcon() throws IOException {
        Properties p = settings();
        String desktop = Files.readString(INSTALLER.resolve("linux/Spikeworks.desktop"));
        assertTrue(desktop.contains("Exec=/opt/spikeworks/bin/" + p.getProperty("name") + "\n"), desktop);
        assertTrue(desktop.contains("Icon=/opt/spikeworks/lib/" + p.getProperty("name") + ".png\n"), desktop);
    }
}
