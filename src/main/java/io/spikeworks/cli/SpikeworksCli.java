package io.spikeworks.cli;

import io.spikeworks.Version;
import io.spikeworks.learn.memory.RunMemoryEstimate;
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
                GradientQualityCommand.class,
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
        return new Runner(out, err).run(args);
    }

    /**
     * Runs one command object on its own (the spark profile's jar runs a {@link SweepCommand} built with a cluster
     * executor), with the same error handling: a one-line message, never a stack trace.
     */
    public static int runCommand(Object command, PrintWriter out, PrintWriter err, String... args) {
        return new Runner(new CommandLine(command), out, err).run(args);
    }

    /**
     * The command line set up once and run many times (picocli resets every option before each parse): setting it up
     * costs more than checking a project, which matters to tests that run thousands of commands.
     */
    static final class Runner {
        private final CommandLine cl;
        private final PrintWriter out;
        private final PrintWriter err;

        Runner(PrintWriter out, PrintWriter err) {
            this(new CommandLine(new SpikeworksCli()), out, err);
        }

        Runner(CommandLine cl, PrintWriter out, PrintWriter err) {
            this.cl = cl;
            this.out = out;
            this.err = err;
            cl.setOut(out);
            cl.setErr(err);
            cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
                // a message the user can act on; an exception without one is ours to fix, not a class name to puzzle over
                String msg = ex.getMessage() != null && !ex.getMessage().isBlank() ? ex.getMessage()
                        : "an internal error without a message (-Dspikeworks.debug=true shows where)";
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
        }

        int run(String... args) {
            int code;
            try {
                code = cl.execute(args);
            } catch (OutOfMemoryError e) {
                // picocli passes Errors on; what held the heap is unreachable by now, so there is room to say so
                err.println(outOfMemory());
                if (Boolean.getBoolean("spikeworks.debug")) e.printStackTrace(err);
                code = FAILURE;
            } catch (StackOverflowError e) {
                err.println("error: the input is nested too deeply to handle");
                code = FAILURE;
            }
            out.flush();
            err.flush();
            return code;
        }
    }

    /** One line for a run that ran out of heap despite the estimate (the data set or another part it does not count). */
    static String outOfMemory() {
        return "error: out of memory: the run needed more than the " + RunMemoryEstimate.size(Runtime.getRuntime().maxMemory())
                + " heap Java was given; reduce time steps, batch size or layer sizes, or run with more heap (java -Xmx…)";
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"Spikeworks " + Version.get()};
        }
    }
}
