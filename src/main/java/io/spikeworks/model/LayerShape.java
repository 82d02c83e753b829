package io.spikeworks.model;

/** What one layer receives and produces per sample: the two ends of its edge labels ("784 → 256"). */
public record LayerShape(String layerId, String type, TensorShape input, TensorShape output) {
}
