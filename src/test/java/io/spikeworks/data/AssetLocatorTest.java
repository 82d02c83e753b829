package io.spikeworks.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AssetLocatorTest {
    @TempDir
    Path tmp;

    private Path assetsAt(String relative) throws IOException {
        Path assets = tmp.resolve(relative);
        Files.createDirectories(assets.resolve("datasets"));
        return assets.toAbsolutePath().normalize();
    }

    private AssetLocator locator(Map<String, String> props, Map<String, String> env, Path workDir, Path code) {
        return new AssetLocator(props::get, env::get, workDir, code);
    }

    @Test
    void explicitDirectoryWinsOverEverything() throws IOException {
        Path explicit = assetsAt("explicit");
        Path prop = assetsAt("prop");
        AssetLocator l = locator(Map.of(AssetLocator.PROPERTY, prop.toString()), Map.of(), tmp, null);
        assertEquals(explicit, l.find(explicit));
        assertEquals(prop, l.find(null));
    }

    @Test
    void propertyThenEnvironmentThenWorkingDirectory() throws IOException {
        Path prop = assetsAt("prop");
        Path env = assetsAt("env");
        Path work = tmp.resolve("work");
        Path local = assetsAt("work/assets");
        Map<String, String> envMap = Map.of(AssetLocator.ENV, env.toString());
        assertEquals(prop, locator(Map.of(AssetLocator.PROPERTY, prop.toString()), envMap, work, null).find(null));
        assertEquals(env, locator(Map.of(), envMap, work, null).find(null));
        assertEquals(local, locator(Map.of(), Map.of(), work, null).find(null));
    }

    @Test
    void namedDirectoryThatDoesNotExistIsAnErrorNotAFallback() throws IOException {
        assetsAt("work/assets");
        Path missing = tmp.resolve("missing");
        AssetLocator l = locator(Map.of(AssetLocator.PROPERTY, missing.toString()), Map.of(), tmp.resolve("work"), null);
        DatasetException e = assertThrows(DatasetException.class, () -> l.find(null));
        assertEquals(missing.toString(), e.file());
        assertTrue(e.problem().contains("system property spikeworks.assets"), e.getMessage());
    }

    @Test
    void besideTheJarForBuildAndInstalledLayouts() throws IOException {
        Path work = Files.createDirectories(tmp.resolve("elsewhere"));
        Path buildAssets = assetsAt("project/assets");
        Path buildJar = Files.createDirectories(tmp.resolve("project/target")).resolve("spikeworks.jar");
        Files.write(buildJar, new byte[]{0});
        assertEquals(buildAssets, locator(Map.of(), Map.of(), work, buildJar).find(null));

        Path installedAssets = assetsAt("opt/app/assets");
        Path installedJar = tmp.resolve("opt/app/spikeworks.jar");
        Files.write(installedJar, new byte[]{0});
        assertEquals(installedAssets, locator(Map.of(), Map.of(), work, installedJar).find(null));
    }

    @Test
    void aDirectoryWithoutDatasetsIsSkipped() throws IOException {
        Path work = Files.createDirectories(tmp.resolve("work/assets")).getParent();
        Path jarAssets = assetsAt("app/assets");
        Path jar = tmp.resolve("app/spikeworks.jar");
        Files.write(jar, new byte[]{0});
        assertEquals(jarAssets, locator(Map.of(), Map.of(), work, jar).find(null));
    }

    @Test
    void notFoundListsEveryPlaceLooked() throws IOException {
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path jar = Files.createDirectories(tmp.resolve("dist/lib")).resolve("spikeworks.jar");
        Files.write(jar, new byte[]{0});
        DatasetException e = assertThrows(DatasetException.class,
                () -> locator(Map.of(), Map.of(), work, jar).find(null));
        String m = e.getMessage();
        assertTrue(m.startsWith("assets: directory not found; looked in "), m);
        assertTrue(m.contains(work.resolve("assets").toAbsolutePath().toString()), m);
        assertTrue(m.contains(tmp.resolve("dist/assets").toAbsolutePath().toString()), m);
        assertTrue(m.contains(tmp.resolve("dist/lib/assets").toAbsolutePath().toString()), m);
        assertTrue(m.contains("spikeworks.assets") && m.contains("SPIKEWORKS_ASSETS"), m);
    }

    @Test
    void thisProcessFindsTheProjectAssets() {
        // Surefire runs with the project root as working directory.
        assumeTrue(System.getProperty(AssetLocator.PROPERTY) == null && System.getenv(AssetLocator.ENV) == null,
                "assets location overridden in this environment");
        assertEquals(Path.of("assets").toAbsolutePath().normalize(), AssetLocator.locate());
    }
}
