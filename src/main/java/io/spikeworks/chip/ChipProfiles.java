package io.spikeworks.chip;

import io.spikeworks.model.file.ValidationError;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The chip profiles a user can pick: the ones shipped on the classpath (listed in
 * {@value #INDEX}, read-only, each number cited) and the user's own in a directory
 * ({@link #defaultUserDirectory()}), one {@code NAME.json} per profile. A broken user file does not stop
 * the others from loading; it is listed in {@link #problems()} so the UI can show why it is missing.
 * User profiles cannot shadow a shipped one: duplicating gives a new name instead.
 */
public final class ChipProfiles {

    public static final String RESOURCE_DIR = "/io/spikeworks/chip/profiles/";
    public static final String INDEX = RESOURCE_DIR + "index.txt";

    private final Map<String, ChipProfile> builtIn;
    private final Map<String, ChipProfile> user = new LinkedHashMap<>();
    private final List<ChipProfileException> problems = new ArrayList<>();
    private final Path userDirectory;

    private ChipProfiles(Map<String, ChipProfile> builtIn, Path userDirectory) {
        this.builtIn = builtIn;
        this.userDirectory = userDirectory;
    }

    /** Only the shipped profiles; nothing is read from or written to disk. */
    public static ChipProfiles builtInOnly() {
        return new ChipProfiles(loadBuiltIn(), null);
    }

    /** Shipped profiles plus every {@code *.json} in the directory (which need not exist yet). */
    public static ChipProfiles load(Path userDirectory) {
        ChipProfiles profiles = new ChipProfiles(loadBuiltIn(), userDirectory);
        profiles.loadUser();
        return profiles;
    }

    /** {@code ~/.spikeworks/chips}. */
    public static Path defaultUserDirectory() {
        return Path.of(System.getProperty("user.home"), ".spikeworks", "chips");
    }

    private static Map<String, ChipProfile> loadBuiltIn() {
        Map<String, ChipProfile> out = new LinkedHashMap<>();
        for (String file : resourceLines(INDEX)) {
            String text = resourceText(RESOURCE_DIR + file);
            ChipProfile p = ChipProfileJson.parse(text, file);
            if (!file.equals(p.name() + ".json"))
                throw new IllegalStateException("shipped chip profile " + file + " is named '" + p.name() + "'");
            out.put(p.name(), p);
        }
        if (!out.containsKey(ChipProfile.FLOAT_REFERENCE))
            throw new IllegalStateException("the shipped chip profiles lack '" + ChipProfile.FLOAT_REFERENCE + "'");
        return Collections.unmodifiableMap(out);
    }

    private static List<String> resourceLines(String resource) {
        return resourceText(resource).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static String resourceText(String resource) {
        try (InputStream in = ChipProfiles.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void loadUser() {
        if (userDirectory == null || !Files.isDirectory(userDirectory)) return;
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(userDirectory, "*.json")) {
            dir.forEach(files::add);
        } catch (IOException e) {
            problems.add(new ChipProfileException(userDirectory.toString(),
                    List.of(new ValidationError("$", "cannot list the directory: " + e.getMessage()))));
            return;
        }
        files.sort(null);
        for (Path f : files) {
            String fileName = f.getFileName().toString();
            try {
                ChipProfile p = read(f);
                if (!fileName.equals(p.name() + ".json")) {
                    throw problem(fileName, "$.name", "is '" + p.name() + "' but the file is " + fileName
                            + "; name and file name must match");
                }
                if (builtIn.containsKey(p.name())) {
                    throw problem(fileName, "$.name", "'" + p.name() + "' is a shipped profile; duplicate it under a new name");
                }
                user.put(p.name(), p);
            } catch (ChipProfileException e) {
                problems.add(e);
            } catch (IOException e) {
                problems.add(problem(fileName, "$", "cannot read: " + e.getMessage()));
            }
        }
    }

    private static ChipProfileException problem(String file, String path, String message) {
        return new ChipProfileException(file, List.of(new ValidationError(path, message)));
    }

    /** Reads and validates one profile file. */
    public static ChipProfile read(Path file) throws IOException {
        return ChipProfileJson.read(file);
    }

    /** Shipped profiles first, in index order, then the user's by name. */
    public synchronized List<String> names() {
        List<String> names = new ArrayList<>(builtIn.keySet());
        names.addAll(user.keySet());
        return names;
    }

    public synchronized Optional<ChipProfile> find(String name) {
        ChipProfile p = builtIn.get(name);
        return Optional.ofNullable(p != null ? p : user.get(name));
    }

    /** @throws IllegalArgumentException naming the known profiles */
    public ChipProfile require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no chip profile '" + name + "'; known: "
                + String.join(", ", names())));
    }

    public ChipProfile defaultProfile() {
        return builtIn.get(ChipProfile.FLOAT_REFERENCE);
    }

    public boolean isBuiltIn(String name) {
        return builtIn.containsKey(name);
    }

    /** User files that could not be loaded, each with every problem found in it. */
    public synchronized List<ChipProfileException> problems() {
        return List.copyOf(problems);
    }

    public Optional<Path> userDirectory() {
        return Optional.ofNullable(userDirectory);
    }

    /**
     * Writes a user profile to {@code NAME.json} in the user directory, atomically (temp file + rename, so a
     * crash leaves the old file or the new one), and makes it available. The profile is validated by
     * writing and re-reading it, so what is saved is exactly what will load.
     *
     * @throws IllegalArgumentException for a shipped profile's name or an invalid profile
     */
    public synchronized ChipProfile save(ChipProfile profile) throws IOException {
        if (userDirectory == null) throw new IllegalStateException("no user directory for chip profiles");
        if (builtIn.containsKey(profile.name()))
            throw new IllegalArgumentException("'" + profile.name() + "' is a shipped profile and cannot be changed; duplicate it");
        String text = ChipProfileJson.toJson(profile);
        ChipProfile checked = ChipProfileJson.parse(text, profile.name() + ".json");
        Files.createDirectories(userDirectory);
        writeAtomically(userDirectory.resolve(profile.name() + ".json"), text);
        user.put(checked.name(), checked);
        return checked;
    }

    /** Copies a profile under a new name (saved as a user profile) for the user to edit. */
    public synchronized ChipProfile duplicate(String name, String newName, String newDisplayName) throws IOException {
        if (!ChipProfileJson.NAME.matcher(newName).matches())
            throw new IllegalArgumentException("'" + newName + "' is not a valid profile name: use lower case letters, digits, '-', '_' or '.'");
        if (find(newName).isPresent()) throw new IllegalArgumentException("a chip profile '" + newName + "' exists already");
        return save(require(name).withName(newName, newDisplayName));
    }

    /**
     * Deletes the user file {@code NAME.json}: a user profile, or a broken file listed in {@link #problems()}.
     * Shipped profiles cannot be deleted.
     *
     * @return whether a file was deleted
     * @throws IllegalArgumentException for a shipped profile or a name that is not a plain file name
     */
    public synchronized boolean delete(String name) throws IOException {
        if (userDirectory == null) throw new IllegalStateException("no user directory for chip profiles");
        if (builtIn.containsKey(name))
            throw new IllegalArgumentException("'" + name + "' is a shipped profile and cannot be deleted");
        if (name.isEmpty() || name.startsWith(".") || name.contains("/") || name.contains("\\"))
            throw new IllegalArgumentException("'" + name + "' is not a profile name");
        String fileName = name + ".json";
        boolean deleted = Files.deleteIfExists(userDirectory.resolve(fileName));
        user.remove(name);
        problems.removeIf(p -> fileName.equals(p.sourceName()));
        return deleted;
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Path file = target.toAbsolutePath();
        Path temp = file.resolveSibling("." + file.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
