package io.spikeworks.ui.shell;

import java.util.Locale;

/** The text sizes View ▸ Text Size offers: every text, control and canvas view grows by this factor. */
public enum TextScale {
    NORMAL(1.0), LARGE(1.25), LARGER(1.5), LARGEST(2.0);

    private final double factor;

    TextScale(double factor) {
        this.factor = factor;
    }

    public double factor() {
        return factor;
    }

    /** "125 %". */
    public String label() {
        return String.format(Locale.ROOT, "%d %%", Math.round(factor * 100));
    }
}
