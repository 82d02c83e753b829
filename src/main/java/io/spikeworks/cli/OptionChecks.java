package io.spikeworks.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * A bad option value is a usage error: exit 2 with the hint to --help, as picocli's own parsing errors are and as the
 * README's exit codes say (it was exit 1 in train, sweep, bench and gradient-quality, 2 in the others).
 */
final class OptionChecks {
    private OptionChecks() {}

    /** The value if it is at least {@code least}; else a usage error naming the option. */
    static int atLeast(CommandSpec spec, String option, int value, int least) {
        if (value < least) throw usage(spec, option + " must be ≥ " + least + ", got " + value);
        return value;
    }

    static ParameterException usage(CommandSpec spec, String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
