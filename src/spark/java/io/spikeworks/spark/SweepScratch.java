package io.spikeworks.spark;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The driver's scratch folder (the data sets packed for the cluster, some 41 MB), named with {@link #PREFIX} in the
 * temp folder and marked with the driver's process id. {@link #close} deletes it; a driver killed before that (kill
 * -9, a lost machine) cannot, so each new driver first deletes the folders whose marked process has ended.
 */
final class SweepScratch implements AutoCloseable {
    static final String PREFIX = "spikeworks-sweep-";
    static final String OWNER = "owner.pid";

    private final Path dir;

    private SweepScratch(Path dir) {
        this.dir = dir;
    }

    /** Deletes what killed drivers left in {@code tmp}, then makes this driver's folder there. */
    static SweepScratch create(Path tmp) throws IOException {
        deleteAbandoned(tmp);
        Path dir = Files.createTempDirectory(tmp, PREFIX);
        Files.writeString(dir.resolve(OWNER), Long.toString(ProcessHandle.current().pid()));
        return new SweepScratch(dir);
    }

    static SweepScratch create() throws IOException {
        return create(Path.of(System.getProperty("java.io.tmpdir")));
    }

    Path dir() {
        return dir;
    }

    /**
     * Deletes the scratch folders in tmp whose marked driver is no longer running; returns how many. A folder without
     * a readable mark (being made right now, or not ours) is left alone.
     */
    static int deleteAbandoned(Path tmp) {
        int deleted = 0;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, PREFIX + "*")) {
            for (Path d : dirs) {
                OptionalLong owner = owner(d);
                if (owner.isEmpty() || ProcessHandle.of(owner.getAsLong()).map(ProcessHandle::isAlive).orElse(false))
                    continue;
                if (deleteTree(d)) deleted++;
            }
        } catch (IOException ignored) {
            // an unreadable temp folder: nothing to tidy
        }
        return deleted;
    }

    private static OptionalLong owner(Path d) {
        try {
            return OptionalLong.of(Long.parseLong(Files.readString(d.resolve(OWNER)).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static boolean deleteTree(Path d) {
        try (Stream<Path> files = Files.walk(d)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            return false;
        }
        return !Files.exists(d);
    }

    @Override
    public void close() {
        deleteTree(dir); // a folder left behind is tidied by the next driver
    }
}
