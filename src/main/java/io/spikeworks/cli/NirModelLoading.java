package io.spikeworks.cli;

import io.spikeworks.learn.NetworkFactory;
import io.spikeworks.learn.state.ProjectWeights;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.LayerSpec;
import io.spikeworks.model.Project;
import io.spikeworks.model.ShapeInference;
import io.spikeworks.model.TensorShape;
import io.spikeworks.nir.NirExport;
import io.spikeworks.nir.NirFormatException;
import io.spikeworks.nir.NirImport;
import io.spikeworks.nir.NirModel;
import io.spikeworks.session.Checkpoint;
import io.spikeworks.session.CheckpointFiles;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The MODEL argument of the NIR commands: a project (.json), whose weights are its seed's initial ones or a
 * checkpoint's, or a .nir file, imported with its own weights.
 */
final class NirModelLoading {
    private NirModelLoading() {}

    /**
     * @param neuronNodes the NIR neuron node of each spiking layer, by layer id: what spike files are keyed by
     * @param weightsFrom where the weights came from, for the user
     * @param dtSeconds   the NIR time step: given, or the .nir file's, or the default
     */
    record Loaded(Project project, Network network, Map<String, String> neuronNodes, String weightsFrom,
                  double dtSeconds) {}

    static boolean isNir(Path model) {
        return model.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".nir");
    }

    /** A bad --dt is a usage error (exit 2), as import-nir has it, found before any file is read. */
    static void requireDt(picocli.CommandLine.Model.CommandSpec spec, Double dtSeconds) {
        if (dtSeconds != null && !(dtSeconds > 0 && dtSeconds < Double.POSITIVE_INFINITY))
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--dt must be a positive number of seconds, got " + dtSeconds);
    }

    static Loaded load(Path model, Path checkpoint, Double dtSeconds) throws NirFormatException, IOException {
        if (dtSeconds != null && !(dtSeconds > 0 && dtSeconds < Double.POSITIVE_INFINITY))
            throw new IllegalArgumentException("--dt must be a positive number of seconds, got " + dtSeconds);
        if (isNir(model)) {
            if (checkpoint != null) throw new IllegalArgumentException("--checkpoint goes with a project file; " + model
                    + " holds its own weights");
            NirModel m = NirImport.read(model, dtSeconds);
            return new Loaded(m.project(), m.network(), m.neuronNodes(), model.getFileName() + " (NIR)", m.dtSeconds());
        }
        Project p = ProjectLoading.load(model);
        TensorShape in = ShapeInference.infer(p, ComponentCatalog.standard()).input();
        int[] shape = in.dims().stream().mapToInt(Integer::intValue).toArray();
        Network net = NetworkFactory.network(p.network(), shape, SpikeFunction.of(Surrogate.FAST_SIGMOID, 25),
                p.training().seed());
        String from = "initial weights drawn from seed " + p.training().seed() + " (the project names no weights file)";
        if (p.weights() != null) {
            ProjectWeights.applyTo(p, net);
            from = "the project's weights file " + Path.of(p.weights()).getFileName();
        }
        if (checkpoint != null) {
            restore(net, CheckpointFiles.read(checkpoint), checkpoint);
            from = "checkpoint " + checkpoint.getFileName();
        }
        Map<String, String> nodes = new LinkedHashMap<>();
        for (LayerSpec l : p.network().layers()) if (l.isSpiking()) nodes.put(l.id(), NirExport.nodeName(l.id()));
        return new Loaded(p, net, nodes, from, dtSeconds != null ? dtSeconds : NirImport.DEFAULT_DT);
    }

    private static void restore(Network net, Checkpoint c, Path file) {
        for (Param p : net.params()) {
            float[] v = c.params().get(p.name());
            if (v == null) throw new IllegalArgumentException(file + ": no values for '" + p.name()
                    + "'; is it a checkpoint of this project?");
            if (v.length != p.size()) throw new IllegalArgumentException(file + ": '" + p.name() + "' holds " + v.length
                    + " values, the project's network needs " + p.size());
            System.arraycopy(v, 0, p.value, 0, v.length);
        }
    }
}
