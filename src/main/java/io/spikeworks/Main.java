package io.spikeworks;

import io.spikeworks.cli.SpikeworksCli;

/**
 * Entry point of the jar. Not an {@code Application} subclass on purpose: with JavaFX on the class path
 * the launcher refuses such a main class ("JavaFX runtime components are missing").
 * No arguments start the desktop app; any argument is a CLI subcommand.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (VectorModuleRelaunch.needed()) {
            var code = VectorModuleRelaunch.relaunch(Main.class.getName(), args);
            if (code.isPresent()) System.exit(code.get());
        }
        if (args.length == 0 || isGuiOption(args)) {
            io.spikeworks.ui.app.SpikeworksApp.launchApp(args);
            return;
        }
        System.exit(SpikeworksCli.run(args));
    }

    /** GUI-only options such as {@code --snapshot=out.png} go to the app, not to the CLI. */
    private static boolean isGuiOption(String[] args) {
        for (String a : args) if (!io.spikeworks.ui.app.AppOptions.isAppOption(a)) return false;
        return true;
    }
}
