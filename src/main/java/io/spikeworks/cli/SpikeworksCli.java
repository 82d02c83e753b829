package io.spikeworks.cli;

import io.spikeworks.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** Headless runner: {@code java -jar spikeworks.jar <subcommand>}. Exit codes: 0 ok, 1 failure, 2 usage. */
@Command(name = "spikeworks",
        mixinStandardHelpOptions = true,
        versionProvider = SpikeworksCli.VersionProvider.class,
        description = "Train spiking neural networks the way neuromorphic chips must train them.%n"
                + "Run with no arguments to open the desktop app.",
        subcommands = {
                VersionCommand.class,
                DatasetsCommand.class,
                TrainCommand.class,
                SweepCommand.class,
                BenchCommand.class,
                CheckCommand.class,
                ExportNirCommand.class,
                ImportNirCommand.class,
                SimulateCommand.class,
                ReportCommand.class,
                CommandLine.HelpCommand.class
        })
public final class SpikeworksCli implements Runnable {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs with the given streams; failures become a one-line message, never a stack trace. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new SpikeworksCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            String msg = ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
            commandLine.getErr().println("error: " + msg);
            if (Boolean.getBoolean("spikeworks.debug")) ex.printStackTrace(commandLine.getErr());
            return FAILURE;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("error: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
            return USAGE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"Spikeworks " + Version.get()};
        }
    }
}
