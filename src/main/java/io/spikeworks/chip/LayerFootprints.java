package io.spikeworks.chip;

import io.spikeworks.model.BuiltInComponents;
import io.spikeworks.model.Component;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.DerivedParams;
import io.spikeworks.model.LayerShape;
import io.spikeworks.model.LayerSpec;
import io.spikeworks.model.NetworkSpec;
import io.spikeworks.model.OperatorNetGeometry;
import io.spikeworks.model.Project;
import io.spikeworks.model.ShapeInference;
import io.spikeworks.model.ShapeReport;
import io.spikeworks.model.TensorShape;

import java.util.ArrayList;
import java.util.List;

/**
 * Footprints of a project's layers, from the model and its shape inference alone, so the builder can check
 * a design on every edit without building the network. Flatten layers have no neurons and are skipped.
 */
public final class LayerFootprints {
    private LayerFootprints() {}

    /** @throws IllegalArgumentException if shapes cannot be inferred for every layer */
    public static List<LayerFootprint> of(Project project, ComponentCatalog catalog) {
        return of(project.network(), ShapeInference.infer(project, catalog));
    }

    public static List<LayerFootprint> of(NetworkSpec network, TensorShape input) {
        return of(network, ShapeInference.infer(network, input));
    }

    private static List<LayerFootprint> of(NetworkSpec network, ShapeReport shapes) {
        if (!shapes.complete() || !shapes.errors().isEmpty()) {
            throw new IllegalArgumentException("layer shapes are not known: "
                    + (shapes.errors().isEmpty() ? "fix the layer parameters first" : shapes.errors().get(0).message()));
        }
        List<LayerFootprint> out = new ArrayList<>();
        for (int i = 0; i < shapes.layers().size(); i++) {
            LayerShape s = shapes.layers().get(i);
            LayerSpec spec = network.layers().get(i);
            Component c = spec.component();
            TensorShape in = s.input();
            TensorShape o = s.output();
            switch (s.type()) {
                case BuiltInComponents.DENSE -> out.add(LayerFootprint.dense(s.layerId(), in.elementCount(), o.elementCount()));
                case BuiltInComponents.CONV2D -> out.add(LayerFootprint.conv(s.layerId(), in.dim(0), in.dim(1), in.dim(2),
                        o.dim(0), o.dim(1), o.dim(2), c.getInt("kernel"), c.getInt("stride")));
                case BuiltInComponents.MAXPOOL, BuiltInComponents.AVGPOOL -> out.add(LayerFootprint.pool(s.layerId(),
                        in.dim(0), in.dim(1), in.dim(2), o.dim(1), o.dim(2), c.getInt("kernel"), DerivedParams.poolStride(c)));
                case BuiltInComponents.FLATTEN -> { }
                case BuiltInComponents.DEEPONET -> deepOnet(s.layerId(), OperatorNetGeometry.of(c), out);
                default -> throw new IllegalArgumentException("layer '" + s.layerId() + "': the chip mapper has no rule for type '"
                        + s.type() + "'");
            }
        }
        return out;
    }

    /**
     * A DeepONet's stacks as dense layers, branch first, then each trunk, in the engine's order. The mapper reads a
     * list as a chain, so the fan-out of a stack's last layer is counted towards the next stack's first: an
     * overestimate (the stacks are parallel and feed the product unit, which has no synapses and is not mapped).
     */
    private static void deepOnet(String id, OperatorNetGeometry g, List<LayerFootprint> out) {
        stack(id + ".branch", g.branch(), out);
        for (int a = 0; a < g.trunks().size(); a++)
            stack(id + (g.separable() ? ".trunk" + (a + 1) : ".trunk"), g.trunks().get(a), out);
    }

    private static void stack(String name, int[] sizes, List<LayerFootprint> out) {
        for (int i = 1; i < sizes.length; i++)
            out.add(LayerFootprint.dense(i == sizes.length - 1 ? name + ".out" : name + "." + i, sizes[i - 1], sizes[i]));
    }
}
