package io.spikeworks.cli;

import io.spikeworks.nir.NirFormatException;
import io.spikeworks.nir.SpikeFiles;
import io.spikeworks.nir.SpikeRun;
import io.spikeworks.sim.SpikingLayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code spikeworks simulate MODEL --input SPIKES.h5 --record OUT.h5}: runs the network from rest on one sample of
 * given input spikes and records every spiking layer's spikes, named like the layers' NIR neuron nodes, so that an
 * export can be checked by another simulator (the NIR checker reads this layout).
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Run a network on given input spikes and record every spiking layer's spikes.%n"
                + "Files are HDF5: /input [T][...] 0/1 in, and out /input plus /spikes/<node> [T][...] per layer,%n"
                + "<node> being the layer's NIR neuron node (export-nir's names); trailing dimensions C order.")
final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "Project (.json) or NIR file (.nir).")
    Path model;

    @Option(names = "--input", required = true, paramLabel = "SPIKES", description = "HDF5 file with /input [T][...].")
    Path input;

    @Option(names = "--record", required = true, paramLabel = "OUT", description = "HDF5 file to write.")
    Path record;

    @Option(names = "--dt", paramLabel = "SECONDS", description = "For a .nir model: time step for β = 1 − dt/τ. "
            + "Default: the file's metadata dt, else 1e-4.")
    Double dt;

    @Option(names = "--checkpoint", paramLabel = "FILE", description = "Take the project's weights from this checkpoint.")
    Path checkpoint;

    @Override
    public Integer call() throws IOException {
        NirModelLoading.requireDt(spec, dt);
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        NirModelLoading.Loaded m;
        SpikeFiles.Spikes in;
        try {
            m = NirModelLoading.load(model, checkpoint, dt);
            in = SpikeFiles.readInput(input);
        } catch (NirFormatException e) {
            err.println("error: " + e.getMessage());
            return SpikeworksCli.FAILURE;
        }
        int need = m.network().inputSize();
        if (in.width() != need) {
            err.println("error: " + input + ": /input has " + in.width() + " values per step " + Arrays.toString(in.shape())
                    + ", the network takes " + need + " " + Arrays.toString(m.network().inputShape()));
            return SpikeworksCli.FAILURE;
        }
        Map<String, byte[]> byLayer = SpikeRun.record(m.network(), in.values(), in.steps());
        Map<String, byte[]> byNode = new LinkedHashMap<>();
        Map<String, int[]> shapes = new LinkedHashMap<>();
        for (SpikingLayer l : m.network().spikingLayers()) {
            String node = m.neuronNodes().get(l.name());
            byNode.put(node, byLayer.get(l.name()));
            shapes.put(node, l.outputShape());
        }
        SpikeFiles.write(record, new SpikeFiles.Spikes(in.steps(), m.network().inputShape(), in.values()), byNode, shapes);
        o.println("T = " + in.steps() + ", weights: " + m.weightsFrom());
        for (Map.Entry<String, byte[]> e : byNode.entrySet()) {
            int n = 0;
            for (byte b : e.getValue()) n += b;
            o.println(String.format("  %-12s %s  %d spikes of %d bits", e.getKey(), Arrays.toString(shapes.get(e.getKey())),
                    n, e.getValue().length));
        }
        o.println("wrote " + record);
        o.flush();
        return SpikeworksCli.OK;
    }
}
