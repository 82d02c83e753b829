package io.spikeworks.data;

/** A data set as published: its training and its test samples, with the same input shape and the same kind of target. */
public record TrainTestSplit(SampleSet train, SampleSet test) {
    /** The training set as images; for image transforms, which only apply to image sets. */
    public Dataset trainImages() {
        return images(train);
    }

    public Dataset testImages() {
        return images(test);
    }

    private static Dataset images(SampleSet s) {
        if (s instanceof Dataset d) return d;
        throw new IllegalArgumentException(s.name() + " holds real-valued samples, not images");
    }
}
