package io.spikeworks.cli;

import io.spikeworks.learn.state.NetworkValues;
import io.spikeworks.learn.state.NetworkValuesFiles;
import io.spikeworks.model.ProjectFiles;
import io.spikeworks.model.file.AtomicFiles;
import io.spikeworks.nir.NirFormatException;
import io.spikeworks.nir.NirImport;
import io.spikeworks.nir.NirModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code spikeworks import-nir IN.nir OUT.json [--dt S]}: reads a NIR graph, prints what it derived (β from τ and
 * dt, folded gains) and writes the network as a project, with its weights and per-neuron values in the project's
 * weights file next to it. Unmappable nodes are all reported, by name and type.
 */
@Command(name = "import-nir", mixinStandardHelpOptions = true,
        description = "Read a NIR file (.nir) and write its network as a Spikeworks project.%n"
                + "Prints the parameters it derived; reports every node it cannot map.")
final class ImportNirCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The .nir file.")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The project file (.json) to write.")
    Path out;

    @Option(names = "--dt", paramLabel = "SECONDS", description = "Time step for β = 1 − dt/τ. Default: the file's "
            + "metadata dt, else 1e-4 (snnTorch's).")
    Double dt;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (dt != null && !(dt > 0 && dt < Double.POSITIVE_INFINITY)) {
            err.println("error: --dt must be a positive number of seconds, got " + dt);
            return SpikeworksCli.USAGE;
        }
        // before anything is written: the weights file goes first, and would be left behind by a project that cannot be
        AtomicFiles.requireWritableTarget(out);
        NirModel m;
        try {
            m = NirImport.read(in, dt);
        } catch (NirFormatException e) {
            err.println("error: " + e.getMessage());
            return SpikeworksCli.FAILURE;
        }
        o.println("dt = " + m.dtSeconds() + " s, from " + m.dtSource());
        m.derived().forEach(l -> o.println("  " + l));
        m.warnings().forEach(l -> o.println("note: " + l));
        if (!m.projectProblems().isEmpty()) {
            err.println("error: the network was read, but it does not make a valid project; nothing written:");
            m.projectProblems().forEach(l -> err.println("  " + l));
            err.println("(simulate and export-nir take the .nir file directly)");
            return SpikeworksCli.FAILURE;
        }
        // weights first: a project file never names a weights file that is not there yet
        Path weights = NetworkValuesFiles.besideProject(out);
        NetworkValuesFiles.write(weights, NetworkValues.of(m.network()));
        new ProjectFiles().save(m.project().withWeights(weights.toString()), out);
        o.println("wrote " + out + " (" + m.project().network().layers().size() + " layers) and " + weights.getFileName()
                + " (its trained weights and per-neuron values, where simulate and train start from)");
        o.flush();
        return SpikeworksCli.OK;
    }
}
