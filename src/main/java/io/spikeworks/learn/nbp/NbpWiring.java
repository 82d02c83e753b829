package io.spikeworks.learn.nbp;

/**
 * Which inhibition the training circuit's gate chain applies.
 *
 * <p>Nothing stops a neuron that no gate opens from spiking when its synaptic input alone exceeds 9216 (bias
 * −8192, threshold 1024); the authors' parameter file says the input "should never exceed this value". Two
 * deliveries through the plastic matrices arrive in a step no gate covers: W2ᵀh from the d1+ replay at step 7
 * reaches o, o<, o> at step 8, and W1ᵀx from the depression replay at step 11 reaches h, h<, h> at step 0 of the
 * next sample. Their topology file has exactly these inhibitions commented out ({@code ('g08', 'o', 'gi')},
 * {@code ('g00', 'h1', 'gi')}). A spurious o spike at step 8 is not harmless: o is refractory at step 9 and
 * feeds W2ᵀ into h1T at step 9, so the depression of W2 and of the ±W2ᵀ copies is missed or misplaced and the
 * copies drift apart (the circuit test shows it on MNIST).
 */
public enum NbpWiring {
    /** The authors' wiring with those two inhibitions restored: no neuron is ever left ungated under input. */
    GUARDED,
    /** The authors' wiring exactly as their topology file has it (for comparison; may drift as described). */
    AUTHORS
}
