package io.spikeworks.session;

import java.util.List;

/**
 * The fixed facts of a session, for laying out views before any telemetry arrives.
 *
 * @param layers every layer in network order (the input not included)
 */
public record SessionOutline(String projectName, int[] inputShape, int steps, int epochs, int batchSize,
                             int batchesPerEpoch, int trainSamples, int testSamples, List<String> classNames,
                             List<Layer> layers) {
    /**
     * @param shape   output shape as the model describes it (C×H×W or N)
     * @param spiking whether it has neurons with membranes (false for pooling)
     */
    public record Layer(String name, int[] shape, int neurons, boolean spiking) {
        public Layer {
            shape = shape.clone();
        }

        @Override
        public int[] shape() {
            return shape.clone();
        }
    }

    public SessionOutline {
        inputShape = inputShape.clone();
        classNames = List.copyOf(classNames);
        layers = List.copyOf(layers);
    }

    @Override
    public int[] inputShape() {
        return inputShape.clone();
    }
}
