package io.spikeworks.data;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the {@code assets/} directory that holds the bundled data sets. In order:
 * <ol>
 *   <li>a directory the caller names explicitly (e.g. a {@code --assets} option);</li>
 *   <li>system property {@value #PROPERTY};</li>
 *   <li>environment variable {@value #ENV};</li>
 *   <li>{@code ./assets} in the working directory (a source checkout);</li>
 *   <li>next to the running jar: {@code <jar dir>/../assets} (for {@code target/spikeworks.jar}) and
 *       {@code <jar dir>/assets} (installed layouts); for a class directory such as {@code target/classes},
 *       {@code ../../assets}.</li>
 * </ol>
 * A directory named explicitly, by property or by variable must exist, or that is an error: silently falling back
 * elsewhere would load data the user did not ask for. A discovered directory counts only if it holds
 * {@code datasets/}, so an unrelated {@code assets} folder is skipped.
 */
public final class AssetLocator {
    public static final String PROPERTY = "spikeworks.assets";
    public static final String ENV = "SPIKEWORKS_ASSETS";
    /** Sub-directory of the assets directory holding one directory per bundled data set. */
    public static final String DATASETS = "datasets";

    private final Function<String, String> properties;
    private final Function<String, String> environment;
    private final Path workingDirectory;
    private final Path codeLocation;

    /** A locator with explicit sources, for tests and embedding; {@code codeLocation} may be null. */
    public AssetLocator(Function<String, String> properties, Function<String, String> environment,
                        Path workingDirectory, Path codeLocation) {
        this.properties = properties;
        this.environment = environment;
        this.workingDirectory = workingDirectory;
        this.codeLocation = codeLocation;
    }

    /** The locator of this process: real system properties, environment, working directory and jar. */
    public static AssetLocator ofThisProcess() {
        return new AssetLocator(System::getProperty, System::getenv, Path.of(""), codeLocationOf(AssetLocator.class));
    }

    /** Finds the assets directory of this process. */
    public static Path locate() {
        return ofThisProcess().find(null);
    }

    /** {@code explicit} if given (it must be a directory), else as {@link #locate()}. */
    public static Path locate(Path explicit) {
        return ofThisProcess().find(explicit);
    }

    /** Finds the assets directory, starting with {@code explicit} when it is not null. */
    public Path find(Path explicit) {
        if (explicit != null) return requireDirectory(explicit, "given explicitly");
        String property = properties.apply(PROPERTY);
        if (property != null && !property.isBlank()) {
            return requireDirectory(toPath(property, "system property " + PROPERTY), "system property " + PROPERTY);
        }
        String env = environment.apply(ENV);
        if (env != null && !env.isBlank()) {
            return requireDirectory(toPath(env, "environment variable " + ENV), "environment variable " + ENV);
        }
        List<Path> looked = discoveryCandidates();
        for (Path candidate : looked) {
            if (Files.isDirectory(candidate.resolve(DATASETS))) return candidate;
        }
        List<String> places = new ArrayList<>();
        for (Path p : looked) places.add(p.toString());
        throw new DatasetException("assets", "directory not found; looked in " + String.join(", ", places)
                + " (none holds " + DATASETS + "/). Set -D" + PROPERTY + "=DIR or " + ENV + "=DIR");
    }

    /** Places searched when nothing names the directory, in order, without duplicates. */
    public List<Path> discoveryCandidates() {
        Set<Path> candidates = new LinkedHashSet<>();
        candidates.add(normalize(workingDirectory.resolve("assets")));
        if (codeLocation != null) {
            if (Files.isDirectory(codeLocation)) {
                Path up = codeLocation.toAbsolutePath().normalize().getParent();
                if (up != null && up.getParent() != null) candidates.add(normalize(up.getParent().resolve("assets")));
            } else {
                Path jarDir = codeLocation.toAbsolutePath().normalize().getParent();
                if (jarDir != null) {
                    if (jarDir.getParent() != null) candidates.add(normalize(jarDir.getParent().resolve("assets")));
                    candidates.add(normalize(jarDir.resolve("assets")));
                }
            }
        }
        return List.copyOf(candidates);
    }

    private static Path requireDirectory(Path dir, String how) {
        Path p = normalize(dir);
        if (!Files.isDirectory(p)) {
            throw new DatasetException(p.toString(), "assets directory " + how + " does not exist or is not a directory");
        }
        return p;
    }

    private static Path toPath(String value, String source) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new DatasetException(value, "not a valid path (from " + source + ")");
        }
    }

    private static Path normalize(Path p) {
        return p.toAbsolutePath().normalize();
    }

    /** The jar or class directory {@code type} was loaded from, or null if the runtime does not tell. */
    static Path codeLocationOf(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) return null;
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }
}
