package io.spikeworks.data;

/** Which of CIFAR-100's two labels to train on. */
public enum CifarLabels {
    /** The 100 classes. */
    FINE,
    /** The 20 superclasses. */
    COARSE
}
