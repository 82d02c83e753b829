package io.spikeworks.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --assets DIR} option shared by commands that read bundled assets. */
final class AssetsOption {
    @Option(names = "--assets", paramLabel = "DIR",
            description = "Assets directory (holding datasets/). Default: -Dspikeworks.assets, $SPIKEWORKS_ASSETS, "
                    + "./assets, then next to the jar.")
    Path directory;
}
