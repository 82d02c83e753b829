package io.spikeworks.ui.live.symmetry;

import java.util.List;

/**
 * W − Bᵀ of every feedback layer at one iteration, for the weight-asymmetry heatmap. Immutable by contract.
 *
 * @param lastTransportIteration the iteration after which B was last refreshed from W, -1 if never
 * @param algorithm              the rule's id (fbp, fa, sign-symmetry, kolen-pollack)
 */
public record DivergenceMapData(long version, long iteration, long lastTransportIteration, String algorithm,
                                List<Layer> layers, String feedbackNote) {
    /**
     * One layer, W seen as rows × columns (columns = W's last axis: output neurons or filters).
     *
     * @param cells       gridRows × gridColumns, row-major; a block of weights shows its value of largest magnitude
     * @param maxAbs      largest |W − Bᵀ| in the layer now
     * @param colourScale the colour scale's end: the largest |W − Bᵀ| this layer has had in the run, so a transport
     *                    shows as the map fading to white rather than the scale shrinking to fit
     * @param inSync      weights whose W and B are exactly equal
     */
    public record Layer(String name, int rows, int columns, int gridRows, int gridColumns, float[] cells, double maxAbs,
                        double colourScale, long inSync) {
        public Layer {
            if (cells.length != gridRows * gridColumns)
                throw new IllegalArgumentException(name + ": " + cells.length + " cells for a " + gridRows + " × "
                        + gridColumns + " grid");
        }

        public long weights() {
            return (long) rows * columns;
        }

        /** Whether the grid shows blocks of weights rather than single weights. */
        public boolean reduced() {
            return gridRows < rows || gridColumns < columns;
        }
    }

    public DivergenceMapData {
        layers = List.copyOf(layers);
    }

    public Layer layer(String name) {
        for (Layer l : layers) if (l.name().equals(name)) return l;
        return null;
    }
}
