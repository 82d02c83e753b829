package io.spikeworks.data;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The header of an unsigned-byte IDX file: its dimensions, first (the item count) to last. */
public record IdxHeader(int[] dims) {
    public IdxHeader {
        dims = dims.clone();
    }

    @Override
    public int[] dims() {
        return dims.clone();
    }

    public int dimensionCount() {
        return dims.length;
    }

    public int dim(int i) {
        return dims[i];
    }

    /** Number of items: the first dimension (images or labels). */
    public int count() {
        return dims[0];
    }

    /** Bytes of data after the header; a long because a corrupt header can claim more than fits in an array. */
    public long dataBytes() {
        long n = 1;
        for (int d : dims) n *= d;
        return n;
    }

    /** Header size in bytes: 4 for the magic, 4 per dimension. */
    public int headerBytes() {
        return 4 + 4 * dims.length;
    }

    /** e.g. {@code 60000×28×28}. */
    public String dimsText() {
        return Arrays.stream(dims).mapToObj(Integer::toString).collect(Collectors.joining("×"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdxHeader h && Arrays.equals(dims, h.dims);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims);
    }

    @Override
    public String toString() {
        return "IdxHeader[" + dimsText() + "]";
    }
}
