package io.spikeworks.model.file;

import java.util.regex.Pattern;

/** Builds the JSON paths that errors carry: {@code $.network.layers[2].units}, {@code $.layout['my node']}. */
public final class JsonPaths {
    private JsonPaths() {}

    public static final String ROOT = "$";
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public static String child(String path, String key) {
        return PLAIN_KEY.matcher(key).matches() ? path + "." + key : path + "['" + key.replace("'", "\\'") + "']";
    }

    public static String index(String path, int i) {
        return path + "[" + i + "]";
    }
}
