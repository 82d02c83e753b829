package io.spikeworks.chip;

import java.util.Objects;

/**
 * How a chip stores one network's weights: n-bit fixed point, signed or not, and how an update that falls
 * between two levels is rounded (nearest, or stochastic as Loihi's learning engine can). 32 bits means
 * float32, i.e. no quantisation (the float reference).
 */
public record WeightFormat(SourcedValue bits, SourcedFlag signed, Rounding rounding) {

    public static final int FLOAT_BITS = 32;

    public WeightFormat {
        Objects.requireNonNull(bits, "bits");
        Objects.requireNonNull(signed, "signed");
        Objects.requireNonNull(rounding, "rounding");
    }

    /** Nearest rounding. */
    public WeightFormat(SourcedValue bits, SourcedFlag signed) {
        this(bits, signed, Rounding.NEAREST);
    }

    public WeightFormat withRounding(Rounding r) {
        return new WeightFormat(bits, signed, r);
    }

    public int bitCount() {
        return (int) bits.limit();
    }

    public boolean isSigned() {
        return signed.value();
    }

    public boolean isFloat() {
        return bitCount() >= FLOAT_BITS;
    }
}
