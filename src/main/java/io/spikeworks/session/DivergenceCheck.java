package io.spikeworks.session;

import io.spikeworks.sim.Layer;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;
import io.spikeworks.sim.SpikingLayer;
import io.spikeworks.sim.kernel.Kernels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds NaN and infinity after a batch. The loss alone is not enough: with a spike-count readout infinite weights
 * still give finite counts (NaN never crosses a threshold), so every parameter is checked too — one pass over the
 * weights per batch, cheap next to the batch itself. Only when something is wrong are the membrane histories
 * searched for where, in layer and time step, it began.
 */
final class DivergenceCheck {
    private final Network net;
    private final String[] layerNames;
    private final Param[][] params;

    /** Takes the parameter lists once, so the per-batch check allocates nothing. */
    DivergenceCheck(Network net) {
        this.net = net;
        List<Layer> layers = net.layers();
        layerNames = new String[layers.size()];
        params = new Param[layers.size()][];
        for (int i = 0; i < layers.size(); i++) {
            layerNames[i] = layers.get(i).name();
            params[i] = layers.get(i).params().toArray(new Param[0]);
        }
    }

    static boolean allFinite(float[] a, int length) {
        return Kernels.get().allFinite(a, length);
    }

    /** Null when the batch was fine; otherwise what went wrong and where. */
    SessionProblem afterBatch(double loss, float[] readout, int epoch, int batch, long iteration) {
        String badWeights = firstLayerWithBadParams();
        boolean readoutOk = allFinite(readout, net.batch() * net.outputSize());
        if (Double.isFinite(loss) && badWeights == null && readoutOk) return null;
        return diagnose(loss, badWeights, epoch, batch, iteration);
    }

    /** What went wrong, for a batch already known to have diverged (its loss was not finite). */
    SessionProblem diagnoseBadLoss(int epoch, int batch, long iteration) {
        return diagnose(Double.NaN, firstLayerWithBadParams(), epoch, batch, iteration);
    }

    private SessionProblem diagnose(double loss, String badWeights, int epoch, int batch, long iteration) {
        String badLayer = null;
        int badStep = -1;
        String badValue = null;
        for (SpikingLayer l : net.spikingLayers()) {
            if (l.state() == null) continue;
            float[] mem = l.state().membrane();
            int stride = net.batch() * l.outputSize();
            int steps = Math.min(net.steps(), mem.length / Math.max(1, stride));
            int limit = badLayer == null ? steps : badStep; // a later layer counts only if it went bad earlier
            for (int t = 0; t < limit; t++) {
                int found = firstNonFinite(mem, t * stride, stride);
                if (found >= 0) {
                    badLayer = l.name();
                    badStep = t;
                    badValue = Float.isNaN(mem[found]) ? "NaN" : "infinite";
                    break;
                }
            }
        }
        List<String> facts = new ArrayList<>();
        if (badLayer != null)
            facts.add(String.format(Locale.ROOT, "membranes of layer '%s' became %s at time step %d", badLayer,
                    badValue, badStep));
        if (badWeights != null) facts.add("parameters of layer '" + badWeights + "' hold NaN or infinity");
        if (!Double.isFinite(loss)) facts.add("the loss is not finite");
        if (facts.isEmpty()) facts.add("the readout holds NaN or infinity");
        String message = String.format(Locale.ROOT, "Training diverged in epoch %d, batch %d: %s.", epoch, batch,
                String.join("; ", facts));
        return new SessionProblem(SessionProblem.Kind.DIVERGED, message, badLayer != null ? badLayer : badWeights,
                badStep, epoch, batch, iteration);
    }

    private String firstLayerWithBadParams() {
        for (int i = 0; i < params.length; i++)
            for (Param p : params[i])
                if (!allFinite(p.value, p.size())) return layerNames[i];
        return null;
    }

    private static int firstNonFinite(float[] a, int from, int length) {
        for (int i = from; i < from + length; i++) if (!Float.isFinite(a[i])) return i;
        return -1;
    }
}
