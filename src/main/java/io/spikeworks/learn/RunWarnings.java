package io.spikeworks.learn;

import java.util.List;

/**
 * A rule that can tell, while it trains, that something is going wrong in a way the user should hear about (for
 * nBP: an output unit that can no longer learn). The train command prints new warnings after each evaluation and the
 * dashboard shows them; the rule itself carries on unchanged.
 */
public interface RunWarnings {
    /** The warnings that hold now, one sentence each; empty when there is nothing to say. Any thread may call it. */
    List<String> runWarnings();
}
