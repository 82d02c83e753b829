package io.spikeworks.ui.live.learning;

import java.util.List;

/** A copy of the trainable tensors for the weight view, taken at some iteration. Immutable by contract. */
public record WeightData(long version, long iteration, List<Tensor> tensors) {
    /** One parameter: dense weights are [in][out]. */
    public record Tensor(String name, int[] shape, float[] values) {
        /** Rows × columns for a heatmap: the first dimension by all the others. */
        public int rows() {
            return shape.length == 0 ? 1 : shape[0];
        }

        public int columns() {
            return rows() == 0 ? 0 : values.length / rows();
        }
    }

    public WeightData {
        tensors = List.copyOf(tensors);
    }

    public Tensor tensor(String name) {
        for (Tensor t : tensors) if (t.name().equals(name)) return t;
        return null;
    }
}
