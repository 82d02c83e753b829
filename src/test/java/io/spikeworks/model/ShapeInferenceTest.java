package io.spikeworks.model;

import io.spikeworks.model.file.ValidationError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShapeInferenceTest {

    private final ComponentCatalog catalog = ComponentCatalog.withBuiltIns();
    private final Component lif = catalog.create(ComponentFamily.NEURON, "lif");
    private final Component readout = catalog.create(ComponentFamily.READOUT, "spike-count");

    private LayerSpec conv(String id, int channels, int kernel, int stride, int padding) {
        return new LayerSpec(id, Component.of(catalog.require(ComponentFamily.LAYER, "conv2d"),
                "channels", channels, "kernel", kernel, "stride", stride, "padding", padding), lif);
    }

    private LayerSpec pool(String type, String id, int kernel, Integer stride) {
        Component c = Component.of(catalog.require(ComponentFamily.LAYER, type), "kernel", kernel);
        return new LayerSpec(id, stride == null ? c : c.with("stride", stride), null);
    }

    private LayerSpec dense(String id, int units) {
        return new LayerSpec(id, Component.of(catalog.require(ComponentFamily.LAYER, "dense"), "units", units), lif);
    }

    private LayerSpec flatten(String id) {
        return new LayerSpec(id, catalog.create(ComponentFamily.LAYER, "flatten"), null);
    }

    private ShapeReport infer(TensorShape input, LayerSpec... layers) {
        return ShapeInference.infer(new NetworkSpec(null, List.of(layers), readout), input);
    }

    @Test
    void convAndPoolStackWithStrideAndPadding() {
        ShapeReport report = infer(TensorShape.of(3, 32, 32),
                conv("c1", 16, 3, 1, 1),        // (32 + 2 - 3) / 1 + 1 = 32
                pool("maxpool", "p1", 2, null), // stride = kernel: (32 - 2) / 2 + 1 = 16
                conv("c2", 32, 5, 2, 2),        // (16 + 4 - 5) / 2 + 1 = 8 (7.5 floors to 7)
                pool("avgpool", "p2", 3, 2),    // (8 - 3) / 2 + 1 = 3
                conv("c3", 8, 3, 1, 0),         // (3 - 3) / 1 + 1 = 1
                flatten("flat"),                // 8 * 1 * 1
                dense("out", 10));
        assertEquals(List.of(), report.errors());
        assertTrue(report.complete());
        assertEquals(List.of(
                        new LayerShape("c1", "conv2d", TensorShape.of(3, 32, 32), TensorShape.of(16, 32, 32)),
                        new LayerShape("p1", "maxpool", TensorShape.of(16, 32, 32), TensorShape.of(16, 16, 16)),
                        new LayerShape("c2", "conv2d", TensorShape.of(16, 16, 16), TensorShape.of(32, 8, 8)),
                        new LayerShape("p2", "avgpool", TensorShape.of(32, 8, 8), TensorShape.of(32, 3, 3)),
                        new LayerShape("c3", "conv2d", TensorShape.of(32, 3, 3), TensorShape.of(8, 1, 1)),
                        new LayerShape("flat", "flatten", TensorShape.of(8, 1, 1), TensorShape.of(8)),
                        new LayerShape("out", "dense", TensorShape.of(8), TensorShape.of(10))),
                report.layers());
        assertEquals(TensorShape.of(10), report.output().orElseThrow());
    }

    @Test
    void nonSquareInputAndOverlappingPool() {
        ShapeReport report = infer(TensorShape.of(2, 20, 11),
                conv("c", 4, 4, 3, 1),          // H: (20 + 2 - 4) / 3 + 1 = 7; W: (11 + 2 - 4) / 3 + 1 = 4
                pool("maxpool", "p", 3, 1));    // H: 7 - 3 + 1 = 5; W: 4 - 3 + 1 = 2
        assertEquals(TensorShape.of(4, 7, 4), report.layers().get(0).output());
        assertEquals(TensorShape.of(4, 5, 2), report.output().orElseThrow());
    }

    @Test
    void denseFlattensImplicitlyAndTheSummaryShowsIt() {
        ShapeReport report = infer(TensorShape.of(1, 28, 28), dense("hidden1", 256), dense("out", 10));
        assertEquals(TensorShape.of(1, 28, 28), report.layers().get(0).input());
        assertEquals("1×28×28 → 784 → 256 → 10", report.summary());
    }

    @Test
    void convAfterDenseNamesBothLayersAndShapes() {
        ShapeReport report = infer(TensorShape.of(1, 28, 28), dense("hidden1", 256), conv("c2", 8, 3, 1, 0));
        assertFalse(report.complete());
        assertEquals(List.of(new ValidationError("$.network.layers[1]",
                "conv2d 'c2' needs a 3-D input C×H×W but 'hidden1' outputs 256")), report.errors());
        assertEquals(1, report.layers().size(), "shapes up to the mismatch stay available for edge labels");
    }

    @Test
    void firstLayerMismatchNamesTheNetworkInput() {
        ShapeReport report = infer(TensorShape.of(784), pool("avgpool", "p", 2, null));
        assertEquals(List.of(new ValidationError("$.network.layers[0]",
                "avgpool 'p' needs a 3-D input C×H×W but the network input is 784")), report.errors());
    }

    @Test
    void emptyOutputIsAnError() {
        ShapeReport report = infer(TensorShape.of(1, 4, 4), conv("c", 2, 7, 1, 1));
        assertEquals(List.of(new ValidationError("$.network.layers[0]",
                "conv2d 'c': kernel 7 does not fit its input, the network input is 1×4×4 (6×6 with padding 1);"
                        + " the output would be empty")), report.errors());
        assertTrue(infer(TensorShape.of(1, 5, 5), conv("c", 2, 7, 1, 1)).complete(), "5 + 2 = 7 just fits");
    }

    @Test
    void outOfRangeParametersStopInferenceQuietly() {
        ShapeReport report = infer(TensorShape.of(1, 8, 8), conv("c", 2, 3, 0, 0));
        assertFalse(report.complete());
        assertEquals(List.of(), report.errors(), "the validator reports stride 0 itself");
    }
}
