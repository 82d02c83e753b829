package io.spikeworks.learn.nbp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Watches for output units the published rule can no longer train. An output unit gets an error signal only while
 * its lower derivative copy o&lt; fires (a_o &gt; 0): d2+ needs it, and d2− needs o itself (a_o &gt; 512). A unit
 * whose net input stays at or below 0 on every sample therefore never has its W2 column changed again, and its class
 * is never predicted by spikes. This counts, per output unit, the training samples since a_o was last above 0 and
 * names the units past a limit. It only watches: the rule is left as the authors wrote it.
 */
public final class SilentOutputWatch {
    /** About one sixth of an MNIST epoch: some 1,000 samples of the unit's own class went by without a signal. */
    public static final long DEFAULT_LIMIT = 10_000;

    private final long limit;
    private final long[] silentFor;

    public SilentOutputWatch(int outputs, long limit) {
        if (outputs < 1 || limit < 1)
            throw new IllegalArgumentException("need ≥ 1 output and a limit ≥ 1 sample, got " + outputs + ", " + limit);
        this.limit = limit;
        this.silentFor = new long[outputs];
    }

    /** One training sample's output net inputs (before it learned). */
    public void add(int[] outNet) {
        for (int k = 0; k < silentFor.length; k++) {
            if (outNet[k] > NbpConstants.LOWER_KNEE) silentFor[k] = 0;
            else silentFor[k]++;
        }
    }

    /** Training samples in a row for which output k's net input stayed at or below 0. */
    public long silentFor(int k) {
        return silentFor[k];
    }

    /** The output units silent for at least the limit, ascending. */
    public List<Integer> silentUnits() {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < silentFor.length; k++) if (silentFor[k] >= limit) out.add(k);
        return out;
    }

    /** One sentence per silent unit, for the run's log and dashboard; empty when all units can learn. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        for (int k : silentUnits())
            out.add(String.format(Locale.ROOT, "output unit %d has not fired, nor come above 0, for %,d training "
                    + "samples: it gets no error signal, so it can no longer learn and class %d is never predicted by "
                    + "spikes — a limitation of the published nBP rule, not a fault of this run", k, silentFor[k], k));
        return out;
    }
}
