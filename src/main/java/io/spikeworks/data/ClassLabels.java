package io.spikeworks.data;

import java.util.List;

/** The checks every labelled sample set makes on its labels, with the messages users see. */
public final class ClassLabels {
    private ClassLabels() {}

    /** 1 to 256 class names, and every label (an unsigned byte) below their count. */
    public static void check(String name, byte[] labels, List<String> classNames) {
        if (classNames.isEmpty() || classNames.size() > 256)
            throw new IllegalArgumentException(name + ": need 1 to 256 classes, got " + classNames.size());
        for (int i = 0; i < labels.length; i++)
            if ((labels[i] & 0xFF) >= classNames.size())
                throw new IllegalArgumentException(name + ": label " + (labels[i] & 0xFF) + " of sample " + i
                        + " is not below " + classNames.size() + " classes");
    }
}
