package io.spikeworks.nir;

import io.spikeworks.learn.NetworkFactory;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.LayerSpec;
import io.spikeworks.model.Project;
import io.spikeworks.model.ShapeInference;
import io.spikeworks.sim.Layer;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.SpikingLayer;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A network read from a NIR file: the project that describes it, the values of each spiking layer, and what the
 * import derived and noticed on the way (shown before the project replaces anything).
 *
 * @param values by layer id, one per spiking layer
 * @param neuronNodes the NIR node each spiking layer's neurons came from, by layer id
 * @param dtSeconds the time step used to turn time constants into decays
 * @param dtSource  where dt came from: "given", "the file's metadata" or "the default (snnTorch's)"
 * @param derived   one line per layer: what it became and the parameters derived for it
 * @param warnings  what the import could keep only approximately or chose for the user (e.g. the data set)
 * @param projectProblems why the project cannot be trained as it is (e.g. no data set has its input size); empty
 *                        when it validates
 */
public record NirModel(Project project, Map<String, LayerValues> values, Map<String, String> neuronNodes,
                       double dtSeconds, String dtSource,
                       List<String> derived, List<String> warnings, List<String> projectProblems) {

    public NirModel {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        neuronNodes = Collections.unmodifiableMap(new LinkedHashMap<>(neuronNodes));
        derived = List.copyOf(derived);
        warnings = List.copyOf(warnings);
        projectProblems = List.copyOf(projectProblems);
    }

    /** The engine network with these values: spikes as the NIR graph defines them (Heaviside, zero reset). */
    public Network network() {
        return withValues(project, values);
    }

    /** The project's network with the given values put into its spiking layers. */
    static Network withValues(Project project, Map<String, LayerValues> values) {
        int[] input = inputShape(project);
        Network net = NetworkFactory.network(project.network(), input, SpikeFunction.of(Surrogate.FAST_SIGMOID, 25),
                project.training().seed());
        for (Layer l : net.layers()) {
            if (!(l instanceof SpikingLayer s)) continue;
            LayerValues v = values.get(s.name());
            if (v == null) throw new IllegalArgumentException("no values for layer '" + s.name() + "'");
            if (v.weights().length != s.weights().size())
                throw new IllegalArgumentException("layer '" + s.name() + "': " + v.weights().length + " weights for "
                        + s.weights().size());
            System.arraycopy(v.weights(), 0, s.weights().value, 0, v.weights().length);
            if ((v.bias() == null) != (s.bias() == null))
                throw new IllegalArgumentException("layer '" + s.name() + "': bias present in one of values and network only");
            if (v.bias() != null) System.arraycopy(v.bias(), 0, s.bias().value, 0, v.bias().length);
            s.setNeuronValues(v.neurons());
        }
        return net;
    }

    /** The network's input shape: the declared one, or the data set's. */
    static int[] inputShape(Project project) {
        var shape = ShapeInference.infer(project, ComponentCatalog.standard()).input();
        if (shape == null) throw new IllegalArgumentException("project '" + project.name() + "' has no valid input shape");
        return shape.dims().stream().mapToInt(Integer::intValue).toArray();
    }

    /** The spiking layers' ids, in order. */
    public List<String> spikingLayerIds() {
        return project.network().layers().stream().filter(LayerSpec::isSpiking).map(LayerSpec::id).toList();
    }
}
