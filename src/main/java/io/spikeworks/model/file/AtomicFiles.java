package io.spikeworks.model.file;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file so that readers — and a crash — see either the old content or the new, never a mix:
 * write a temp file beside the target, force it to disk, rename it over the target.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Produces the new content; if it throws, the target is left untouched. */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Produces the new content as a file of its own at {@code temp} (which does not exist yet), for libraries that
     * write to a path rather than a stream (jHDF); if it throws, the target is left untouched.
     */
    @FunctionalInterface
    public interface FileWriter {
        void writeTo(Path temp) throws IOException;
    }

    /** Writes text as UTF-8, atomically. */
    public static void writeString(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    /**
     * Refuses, naming the path the user gave (in words that also read after a caller's "cannot write X: "), a
     * target that is a folder or that lies under a file (e.g. {@code --out
     * notes.txt/run.json}); the system would say "Is a directory" about a hidden temp file, or just the path. Folders
     * that do not exist yet are left to the caller, which may create them.
     */
    public static void requireWritableTarget(Path target) throws IOException {
        Path file = target.toAbsolutePath();
        if (Files.isDirectory(file)) throw new IOException(target + " is a folder, not a file");
        for (Path p = file.getParent(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p)) return;
            if (Files.exists(p)) throw new IOException(p + " is a file, not a folder, so it cannot hold " + target);
        }
    }

    /**
     * {@link #requireWritableTarget} and then makes the folders the target is to go in, for writers that create them
     * (run folders, checkpoints, reports, NIR and spike files).
     */
    public static void makeFolderFor(Path target) throws IOException {
        requireWritableTarget(target);
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
    }

    public static void write(Path target, ContentWriter content) throws IOException {
        writeFile(target, temp -> {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
        });
    }

    /** Replaces the target with the file {@code content} writes beside it, as {@link #write} does with a stream. */
    public static void writeFile(Path target, FileWriter content) throws IOException {
        requireWritableTarget(target);
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        if (!Files.isDirectory(dir))
            throw new NoSuchFileException(dir.toString(), null, "no such folder; cannot write " + file.getFileName());
        // Same directory, so the rename never crosses file systems; created by the writer, so it keeps the user's
        // umask, unlike createTempFile's owner-only permissions.
        Path temp = dir.resolve("." + file.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        boolean moved = false;
        try {
            content.writeTo(temp);
            keepPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            syncDirectory(dir);
        } finally {
            if (!moved) Files.deleteIfExists(temp);
        }
    }

    /** A saved-over file keeps its permissions (e.g. group-writable shared projects). */
    private static void keepPermissions(Path original, Path replacement) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(original, PosixFileAttributeView.class);
            if (view == null || !Files.exists(original)) return;
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            Files.setPosixFilePermissions(replacement, permissions);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort: the content is what matters
        }
    }

    /** Makes the rename itself durable; not possible on every platform, hence best effort. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open directories; the rename is still atomic there
        }
    }
}
