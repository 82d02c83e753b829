package io.spikeworks.learn.nbp;

import io.spikeworks.model.LayerSpec;
import io.spikeworks.model.Project;

import java.util.ArrayList;
import java.util.List;

/**
 * What the gated nBP circuit can run, checked on a project before training: a binary data set, inputs presented
 * as they are (the {@code direct} encoder: one binary spike per pixel, no rate or latency code), and exactly two
 * dense layers (hidden, output) with nothing else but an optional flatten in front. Each problem is one sentence
 * that names the layer or setting and says why.
 */
public final class NbpProjectCheck {
    private NbpProjectCheck() {}

    /** Empty when the circuit can run the project. */
    public static List<String> problems(Project project) {
        List<String> problems = new ArrayList<>();
        String data = project.dataset().name();
        if (!data.equals(NbpDataset.MNIST20.id()) && !data.equals(NbpDataset.FASHION28.id()))
            problems.add("data set '" + data + "': nBP's input layer is binary, use 'mnist20-binary' or 'fashion-binary'");
        String encoder = project.encoder().type();
        if (!encoder.equals("direct"))
            problems.add("encoder '" + encoder + "': the gated circuit presents each binary pixel once as one spike in "
                    + "phase 1; use the 'direct' encoder");
        List<LayerSpec> dense = new ArrayList<>();
        for (LayerSpec layer : project.network().layers()) {
            switch (layer.type()) {
                case "dense" -> dense.add(layer);
                case "flatten" -> {
                    if (!dense.isEmpty())
                        problems.add("layer '" + layer.id() + "' (flatten): only allowed before the first dense layer");
                }
                default -> problems.add("layer '" + layer.id() + "' (" + layer.type() + "): the nBP circuit has only "
                        + "fully connected layers, hidden and output; remove it");
            }
        }
        if (dense.size() != 2)
            problems.add("network has " + dense.size() + " dense layers: the nBP circuit is exactly one hidden and one "
                    + "output layer (e.g. 400-400-10)");
        return problems;
    }
}
