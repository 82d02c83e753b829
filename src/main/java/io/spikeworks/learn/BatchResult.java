package io.spikeworks.learn;

/** Outcome of one training or evaluation batch. */
public record BatchResult(double loss, int correct, int batch) {
    public double accuracy() {
        return batch == 0 ? 0 : (double) correct / batch;
    }
}
