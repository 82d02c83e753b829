package io.spikeworks.ui.builder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The most recently opened or saved project files, newest first, remembered in {@link Preferences} (or only in memory). */
public final class RecentFiles {
    public static final int MAX = 8;
    private static final String KEY = "recent.";

    private final Preferences prefs;
    private final List<Path> files = new ArrayList<>();

    /** @param prefs where to remember them; null keeps them in memory only */
    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
        if (prefs != null) {
            for (int i = 0; i < MAX; i++) {
                String s = prefs.get(KEY + i, null);
                if (s != null && !s.isBlank()) files.add(Path.of(s));
            }
        }
    }

    public List<Path> list() {
        return List.copyOf(files);
    }

    public void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        files.remove(abs);
        files.add(0, abs);
        while (files.size() > MAX) files.remove(files.size() - 1);
        store();
    }

    public void remove(Path file) {
        files.remove(file.toAbsolutePath().normalize());
        store();
    }

    private void store() {
        if (prefs == null) return;
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) prefs.put(KEY + i, files.get(i).toString());
            else prefs.remove(KEY + i);
        }
        try {
            prefs.flush();
        } catch (BackingStoreException ignored) {
            // a recent-files list is a convenience
        }
    }
}
