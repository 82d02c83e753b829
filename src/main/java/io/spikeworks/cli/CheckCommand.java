package io.spikeworks.cli;

import io.spikeworks.chip.CheckResult;
import io.spikeworks.chip.ChipProfile;
import io.spikeworks.chip.ChipProfileException;
import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.chip.DesignRuleCheck;
import io.spikeworks.learn.NetworkFactory;
import io.spikeworks.learn.memory.HeapBudget;
import io.spikeworks.learn.memory.RunMemoryEstimate;
import io.spikeworks.learn.state.ProjectWeights;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import io.spikeworks.model.ProjectValidationException;
import io.spikeworks.model.ShapeInference;
import io.spikeworks.model.TensorShape;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code spikeworks check PROJECT.json [--chip NAME]}: maps the project's network onto a chip profile's cores
 * and prints the mapping and every design-rule violation. Exit 0 fits, 3 does not fit, 1 error, 2 usage.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check whether a project's network fits a chip profile, and why not.%n"
                + "Exit codes: 0 fits, 3 does not fit, 1 error, 2 usage.")
final class CheckCommand implements Callable<Integer> {
    /** Exit code when the network does not fit the chip. */
    static final int DOES_NOT_FIT = 3;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "Project file (.json).")
    Path project;

    @Option(names = "--chip", paramLabel = "NAME",
            description = "Chip profile to check against. Default: the project's own chipProfile.")
    String chip;

    @Option(names = "--chips-dir", paramLabel = "DIR",
            description = "Directory of user chip profiles. Default: ~/.spikeworks/chips.")
    Path chipsDirectory;

    @Override
    public Integer call() throws IOException {
        // a folder that does not exist yet is an empty one; a file there would be passed over without a word
        if (chipsDirectory != null && Files.exists(chipsDirectory) && !Files.isDirectory(chipsDirectory))
            throw new ParameterException(spec.commandLine(), "--chips-dir: " + chipsDirectory
                    + " is a file; give the folder holding chip profiles (NAME.json)");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Project p;
        try {
            p = new ProjectFiles().load(project);
        } catch (ProjectValidationException e) {
            err.println("error: " + project + " is not a valid project:");
            e.getMessage().lines().forEach(l -> err.println("  " + l));
            return SpikeworksCli.FAILURE;
        } catch (NoSuchFileException e) {
            err.println("error: no such file: " + project);
            return SpikeworksCli.FAILURE;
        }
        ChipProfiles profiles = ChipProfiles.load(chipsDirectory != null ? chipsDirectory : ChipProfiles.defaultUserDirectory());
        String name = chip != null ? chip : p.chipProfile();
        ChipProfile profile;
        try {
            profile = profiles.require(name);
        } catch (IllegalArgumentException e) {
            // a name from --chip is the user's typing; one from the project is a field of that file, said so
            err.println("error: " + (chip != null ? "" : project + ": $.chipProfile: ") + e.getMessage());
            for (ChipProfileException problem : profiles.problems()) {
                problem.getMessage().lines().forEach(l -> err.println("  unreadable profile: " + l));
            }
            return SpikeworksCli.FAILURE;
        }
        CheckResult result = DesignRuleCheck.check(p, ComponentCatalog.standard(), profile);
        out.println("project: " + p.name() + " (" + project + ")");
        out.print(result.report());
        boolean fitsHeap = memory(p, out);
        if (p.weights() != null && fitsHeap) {
            try {
                checkWeights(p);
            } catch (IllegalArgumentException e) {
                out.flush();
                err.println("error: " + project + " is not a valid project:");
                err.println("  " + e.getMessage());
                return SpikeworksCli.FAILURE;
            }
            out.println("weights: " + Path.of(p.weights()).getFileName() + " fits the network");
        }
        out.flush();
        return result.fits() && fitsHeap ? SpikeworksCli.OK : DOES_NOT_FIT;
    }

    /** Builds the network and puts the weights file's values in, which checks that they fit it. */
    private static void checkWeights(Project p) {
        TensorShape in = ShapeInference.infer(p, ComponentCatalog.standard()).input();
        int[] shape = in.dims().stream().mapToInt(Integer::intValue).toArray();
        ProjectWeights.applyTo(p, NetworkFactory.network(p.network(), shape, SpikeFunction.of(Surrogate.FAST_SIGMOID, 25),
                p.training().seed()));
    }

    /** Prints the run's memory estimate against this JVM's heap; false when it cannot fit. */
    private static boolean memory(Project p, PrintWriter out) {
        Optional<RunMemoryEstimate> estimate = RunMemoryEstimate.of(p, ComponentCatalog.standard());
        if (estimate.isEmpty()) return true;
        long max = HeapBudget.max();
        out.println("memory: training needs " + estimate.get().describe() + " (batch " + p.training().batchSize()
                + ", without the data set); heap " + RunMemoryEstimate.size(max));
        boolean fits = estimate.get().fitsIn(max);
        out.println("fits in memory: " + (fits ? "yes" : "no. " + HeapBudget.advice(estimate.get().largest())));
        return fits;
    }
}
