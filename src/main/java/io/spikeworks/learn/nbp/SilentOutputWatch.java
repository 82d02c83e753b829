package io.spikeworks.learn.nbp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Watches for output units that have stopped working. An output unit that never fires never predicts its class by
 * spikes, and the published rule trains it only through d2+, which needs its own class as target and its lower
 * derivative copy o&lt; firing (net input a_o &gt; 0); d2− needs the unit to fire. While a_o stays at or below 0 the
 * unit gets no error signal, and it comes back only if the hidden layer, trained by the other units' errors, happens
 * to lift it (seed 3 through the workbench: unit 5 silent for 11,524 samples in epoch 1, back in epoch 2; seed 2: never).
 * This counts, per output unit, the training samples since it last fired, how many of them were its own class and on
 * how many of those it got an error signal, and names the units that have not fired for the limit. It only watches:
 * the rule is left as the authors wrote it.
 */
public final class SilentOutputWatch {
    /** One MNIST epoch: some 6,000 samples of the unit's own class without a single spike. */
    public static final long DEFAULT_LIMIT = 60_000;

    private final long limit;
    private final long[] quietFor;
    private final long[] ownClass;
    private final long[] signals;

    public SilentOutputWatch(int outputs, long limit) {
        if (outputs < 1 || limit < 1)
            throw new IllegalArgumentException("need ≥ 1 output and a limit ≥ 1 sample, got " + outputs + ", " + limit);
        this.limit = limit;
        this.quietFor = new long[outputs];
        this.ownClass = new long[outputs];
        this.signals = new long[outputs];
    }

    /** One training sample's output net inputs (before it learned) and its label. */
    public void add(int[] outNet, int label) {
        for (int k = 0; k < quietFor.length; k++) {
            if (outNet[k] > NbpConstants.BINARY_THRESHOLD) { // fired
                quietFor[k] = 0;
                ownClass[k] = 0;
                signals[k] = 0;
                continue;
            }
            quietFor[k]++;
            if (k == label) {
                ownClass[k]++;
                if (outNet[k] > NbpConstants.LOWER_KNEE) signals[k]++; // d2+: the only error a silent unit can get
            }
        }
    }

    /** Training samples since output k last fired. */
    public long quietFor(int k) {
        return quietFor[k];
    }

    /** Of those, the samples of class k. */
    public long ownClassSamples(int k) {
        return ownClass[k];
    }

    /** Of those, the ones on which unit k got an error signal (a_o &gt; 0, so d2+). */
    public long errorSignals(int k) {
        return signals[k];
    }

    /** The output units that have not fired for at least the limit, ascending. */
    public List<Integer> silentUnits() {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < quietFor.length; k++) if (quietFor[k] >= limit) out.add(k);
        return out;
    }

    /** One sentence per silent unit, for the run's log and dashboard; empty when every unit fires now and then. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        for (int k : silentUnits())
            out.add(String.format(Locale.ROOT, "output unit %d has not fired for %,d training samples (%,d of them its "
                    + "class, with an error signal on %,d): class %d is never predicted by spikes. The published nBP rule "
                    + "gives a silent unit an error signal only where its net input is above 0, so it comes back only if "
                    + "the hidden layer happens to lift it — a limitation of the rule, not a fault of this run", k,
                    quietFor[k], ownClass[k], signals[k], k));
        return out;
    }
}
