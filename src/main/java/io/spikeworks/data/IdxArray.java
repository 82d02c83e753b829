package io.spikeworks.data;

/**
 * The content of an unsigned-byte IDX file: its header and its data, one byte per element, row-major.
 * The array is handed over, not copied: this is a loading intermediate, not a long-lived value.
 */
public record IdxArray(String file, IdxHeader header, byte[] data) {
    public int count() {
        return header.count();
    }

    /** Bytes per item, e.g. 784 for 28×28 images, 1 for labels. */
    public int itemBytes() {
        int n = 1;
        for (int i = 1; i < header.dimensionCount(); i++) n *= header.dim(i);
        return n;
    }
}
