package io.spikeworks.cli;

import io.spikeworks.nir.NirExport;
import io.spikeworks.nir.NirFormatException;
import io.spikeworks.nir.NirLoss;
import io.spikeworks.nir.NirImport;
import io.spikeworks.nir.NirModel;
import io.spikeworks.nir.NirWriter;
import io.spikeworks.nir.SpikeFiles;
import io.spikeworks.nir.SpikeRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code spikeworks export-nir MODEL OUT.nir [--allow-lossy] [--dt S] [--checkpoint FILE]}: writes the network as a
 * NIR graph. Everything NIR cannot hold is listed; if any of it changes the spikes the export is refused unless
 * {@code --allow-lossy}, and then written marked lossy.
 */
@Command(name = "export-nir", mixinStandardHelpOptions = true,
        description = "Write a project's network as a NIR file (.nir, HDF5) for snnTorch, Norse, Lava and others.%n"
                + "Lists everything NIR cannot hold; refuses when that changes the spikes, unless --allow-lossy.")
final class ExportNirCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "Project (.json) or NIR file (.nir).")
    Path model;

    @Parameters(index = "1", paramLabel = "OUT", description = "The .nir file to write.")
    Path out;

    @Option(names = "--allow-lossy", description = "Write even when NIR changes the network's spikes (e.g. reset by "
            + "subtraction), marked lossy in the graph metadata.")
    boolean allowLossy;

    @Option(names = "--dt", paramLabel = "SECONDS", description = "Time step for τ = dt/(1 − β). Default: 1e-4 "
            + "(snnTorch's), or the .nir file's own.")
    Double dt;

    @Option(names = "--checkpoint", paramLabel = "FILE", description = "Take the weights from this checkpoint "
            + "(.swckpt) of the project. Default: the project's initial weights.")
    Path checkpoint;

    @Option(names = "--input", paramLabel = "SPIKES", description = "Input spikes (HDF5 /input [T][...], as simulate "
            + "takes): also count how many spike bits the written graph gets different from Spikeworks.")
    Path input;

    @Override
    public Integer call() throws IOException {
        NirModelLoading.requireDt(spec, dt);
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        NirModelLoading.Loaded m;
        try {
            m = NirModelLoading.load(model, checkpoint, dt);
        } catch (NirFormatException e) {
            err.println("error: " + e.getMessage());
            return SpikeworksCli.FAILURE;
        }
        NirExport.Result r = NirExport.export(m.project(), m.network(), m.dtSeconds());
        for (NirLoss l : r.losses()) (l.changesSpikes() ? err : o).println((l.changesSpikes() ? "lossy: " : "note: ") + l);
        if (input != null) {
            try {
                compare(m, r, o);
            } catch (NirFormatException e) {
                err.println("error: " + e.getMessage());
                return SpikeworksCli.FAILURE;
            }
        }
        if (r.lossy() && !allowLossy) {
            err.println("error: " + model + " cannot be written to NIR without changing its spikes (lossy lines above); "
                    + "nothing written. Use --allow-lossy to write it anyway, marked lossy in the graph metadata.");
            return SpikeworksCli.FAILURE;
        }
        NirWriter.write(r.graph(), out);
        o.println("wrote " + out + ": " + r.graph().nodes().size() + " nodes, dt = " + m.dtSeconds() + " s, weights: "
                + m.weightsFrom() + (r.lossy() ? "; marked LOSSY" : ""));
        o.flush();
        return SpikeworksCli.OK;
    }

    /** Runs the network and the graph as NIR defines it (imported back) on the input; prints where they differ. */
    private void compare(NirModelLoading.Loaded m, NirExport.Result r, PrintWriter o) throws NirFormatException {
        SpikeFiles.Spikes in = SpikeFiles.readInput(input);
        if (in.width() != m.network().inputSize())
            throw new NirFormatException(input + ": /input has " + in.width() + " values per step, the network takes "
                    + m.network().inputSize());
        NirModel asNir = NirImport.map(r.graph(), m.dtSeconds(), out.getFileName().toString());
        Map<String, byte[]> own = SpikeRun.record(m.network(), in.values(), in.steps());
        Map<String, byte[]> graph = SpikeRun.record(asNir.network(), in.values(), in.steps());
        Map<String, String> layerOfNode = new LinkedHashMap<>();
        asNir.neuronNodes().forEach((layer, node) -> layerOfNode.put(node, layer));
        long differ = 0, bits = 0;
        StringBuilder per = new StringBuilder();
        for (Map.Entry<String, String> e : r.neuronNodes().entrySet()) {
            byte[] a = own.get(e.getKey()), b = graph.get(layerOfNode.get(e.getValue()));
            long d = 0;
            for (int i = 0; i < a.length; i++) if (a[i] != b[i]) d++;
            differ += d;
            bits += a.length;
            per.append(per.length() == 0 ? "" : ", ").append(d).append(" in ").append(e.getKey());
        }
        o.println("spikes on " + input.getFileName() + " (T = " + in.steps() + "): the NIR graph differs from Spikeworks in "
                + differ + " of " + bits + " bits (" + per + ")");
    }
}
