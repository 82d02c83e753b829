package io.spikeworks.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link Dataset} from a pair of IDX files (images and labels), checking that they belong together. */
public final class IdxDatasets {
    private IdxDatasets() {}

    /**
     * Loads an images file and its labels file.
     *
     * @param classNames names of the classes, or null to number them 0..(largest label)
     */
    public static Dataset load(String name, Path images, Path labels, List<String> classNames) {
        return combine(name, IdxReader.readImages(images), IdxReader.readLabels(labels), classNames, null);
    }

    /**
     * Combines already-read files into a data set of single-channel images.
     *
     * @param imageSize expected rows and columns (e.g. {@code {28, 28}}), or null to take any
     */
    public static Dataset combine(String name, IdxArray images, IdxArray labels, List<String> classNames,
                                  int[] imageSize) {
        IdxHeader ih = images.header();
        if (ih.dimensionCount() != 3) {
            throw new DatasetException(images.file(), "wrong dimensions: images need count×rows×columns, header says "
                    + ih.dimsText());
        }
        if (labels.header().dimensionCount() != 1) {
            throw new DatasetException(labels.file(), "wrong dimensions: labels need a single count, header says "
                    + labels.header().dimsText());
        }
        if (imageSize != null && (ih.dim(1) != imageSize[0] || ih.dim(2) != imageSize[1])) {
            throw new DatasetException(images.file(), "wrong dimensions: expected " + imageSize[0] + "×"
                    + imageSize[1] + " images, header says " + ih.dimsText());
        }
        if (ih.dim(1) == 0 || ih.dim(2) == 0) {
            throw new DatasetException(images.file(), "wrong dimensions: empty images, header says " + ih.dimsText());
        }
        if (images.count() != labels.count()) {
            throw new DatasetException(labels.file(), "image/label count mismatch: " + labels.count()
                    + " labels, but " + images.count() + " images in " + images.file());
        }
        byte[] labelBytes = labels.data();
        List<String> names = classNames != null ? classNames : numberedClasses(labels.file(), labelBytes);
        for (int i = 0; i < labelBytes.length; i++) {
            int label = labelBytes[i] & 0xFF;
            if (label >= names.size()) {
                throw new DatasetException(labels.file(), "label " + label + " at index " + i
                        + " is out of range: " + names.size() + " classes (0.." + (names.size() - 1) + ")");
            }
        }
        return Dataset.of(name, images.data(), labelBytes, new int[]{1, ih.dim(1), ih.dim(2)}, names);
    }

    private static List<String> numberedClasses(String file, byte[] labels) {
        if (labels.length == 0) throw new DatasetException(file, "no labels: cannot tell the classes");
        int max = 0;
        for (byte b : labels) max = Math.max(max, b & 0xFF);
        List<String> names = new ArrayList<>(max + 1);
        for (int c = 0; c <= max; c++) names.add(Integer.toString(c));
        return names;
    }
}
