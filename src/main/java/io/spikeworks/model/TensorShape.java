package io.spikeworks.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The shape of one sample's activations, without the batch or time dimension: {@code [C, H, W]} for images
 * and feature maps, {@code [N]} for vectors. Written as "1×28×28" in messages and edge labels.
 */
public record TensorShape(List<Integer> dims) {

    public TensorShape {
        dims = List.copyOf(Objects.requireNonNull(dims, "dims"));
    }

    public static TensorShape of(int... dims) {
        return new TensorShape(Arrays.stream(dims).boxed().toList());
    }

    public int rank() {
        return dims.size();
    }

    public int dim(int index) {
        return dims.get(index);
    }

    public int[] toArray() {
        return dims.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Number of values per sample, C·H·W; long because a bad project can multiply past int range. */
    public long elementCount() {
        long n = 1;
        for (int d : dims) n *= d;
        return n;
    }

    /** "1×28×28", or "784" for a vector. */
    @Override
    public String toString() {
        return dims.stream().map(String::valueOf).collect(Collectors.joining("×"));
    }
}
