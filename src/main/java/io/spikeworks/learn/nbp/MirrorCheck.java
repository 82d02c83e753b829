package io.spikeworks.learn.nbp;

/**
 * How far each mirrored copy of the nBP training circuit is from what it mirrors, as the largest absolute
 * difference over its entries (Loihi weight units): all zero when the copies hold exactly what they should. The
 * copies are never written from their originals; they only receive the same local ±2 updates, so any nonzero value
 * means the circuit's learning broke symmetry.
 *
 * @param w1Lower   max |W1 − (W1 into h<)|, the lower derivative copy
 * @param w1Upper   max |W1 − (W1 into h>)|, the upper derivative copy
 * @param w2Lower   max |W2 − (W2 into o<)|
 * @param w2Upper   max |W2 − (W2 into o>)|
 * @param w2tPlus   max |W2ᵀ − (+copy)|, the backprop copy driven by o
 * @param w2tMinus  max |W2ᵀ + (−copy)|, the negated backprop copy driven by oT−
 */
public record MirrorCheck(int w1Lower, int w1Upper, int w2Lower, int w2Upper, int w2tPlus, int w2tMinus) {
    /** Every copy equal to its original. */
    public static final MirrorCheck EXACT = new MirrorCheck(0, 0, 0, 0, 0, 0);

    /** The largest of the six differences. */
    public int worst() {
        return Math.max(Math.max(Math.max(w1Lower, w1Upper), Math.max(w2Lower, w2Upper)), Math.max(w2tPlus, w2tMinus));
    }

    public boolean exact() {
        return worst() == 0;
    }
}
