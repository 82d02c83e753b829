package io.spikeworks.cli;

import io.spikeworks.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** {@code spikeworks version}: product, Java and OS versions, for bug reports. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print the Spikeworks, Java and OS versions.")
final class VersionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        out.println("Spikeworks " + Version.get());
        out.println("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        out.println("OS " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        return SpikeworksCli.OK;
    }
}
