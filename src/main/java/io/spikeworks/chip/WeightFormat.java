package io.spikeworks.chip;

import java.util.Objects;

/**
 * How a chip stores one network's weights: n-bit fixed point, signed or not. 32 bits means float32,
 * i.e. no quantisation (the float reference).
 */
public record WeightFormat(SourcedValue bits, SourcedFlag signed) {

    public static final int FLOAT_BITS = 32;

    public WeightFormat {
        Objects.requireNonNull(bits, "bits");
        Objects.requireNonNull(signed, "signed");
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
