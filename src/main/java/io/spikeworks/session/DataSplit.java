package io.spikeworks.session;

/** Which of a session's data sets a sample comes from. */
public enum DataSplit {
    TRAIN, TEST
}
