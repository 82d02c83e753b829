package io.spikeworks.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The inner shapes of a {@code deeponet} layer, worked out from its parameters and its input: which row values the
 * branch and each trunk read, and the sizes of their layers. Shape inference, the chip mapper, the memory estimate
 * and the engine's factory all read the layer through this one description.
 *
 * @param sensors     m, the first m values of a row (f at m sensors) go to the branch
 * @param coordinates d, the values after them (the query point)
 * @param separable   SepONet: one trunk per coordinate instead of one trunk on all of them
 * @param branch      the branch's sizes, input first: [m, units…, p]
 * @param trunks      each trunk's sizes, input first: [d or 1, units…, p]
 * @param trunkInputs each trunk's row positions
 */
public record OperatorNetGeometry(int sensors, int coordinates, boolean separable, List<int[]> trunkInputs,
                                  int[] branch, List<int[]> trunks) {

    /** The latent size p. */
    public int latent() {
        return branch[branch.length - 1];
    }

    /** Weights and biases of every stack plus b0 (when the layer has a bias). */
    public long parameters(boolean bias) {
        long n = stackParameters(branch);
        for (int[] t : trunks) n += stackParameters(t);
        return n + (bias ? 1 : 0);
    }

    /** Neurons of every stack (the product unit not counted). */
    public long neurons() {
        long n = 0;
        for (int i = 1; i < branch.length; i++) n += branch[i];
        for (int[] t : trunks) for (int i = 1; i < t.length; i++) n += t[i];
        return n;
    }

    private static long stackParameters(int[] sizes) {
        long n = 0;
        for (int i = 1; i < sizes.length; i++) n += (long) sizes[i - 1] * sizes[i] + sizes[i];
        return n;
    }

    /** The geometry of a validated layer. */
    public static OperatorNetGeometry of(Component c) {
        return of(c.getInt("sensors"), c.getInt("coordinates"), c.getBoolean("separable"), c.getInt("branchLayers"),
                c.getInt("branchUnits"), c.getInt("trunkLayers"), c.getInt("trunkUnits"), c.getInt("latent"));
    }

    static OperatorNetGeometry of(int m, int d, boolean separable, int branchLayers, int branchUnits, int trunkLayers,
                                  int trunkUnits, int p) {
        List<int[]> inputs = new ArrayList<>();
        if (separable) {
            for (int a = 0; a < d; a++) inputs.add(new int[]{m + a});
        } else {
            int[] all = new int[d];
            for (int a = 0; a < d; a++) all[a] = m + a;
            inputs.add(all);
        }
        List<int[]> trunks = new ArrayList<>();
        for (int[] in : inputs) trunks.add(sizes(in.length, trunkLayers, trunkUnits, p));
        return new OperatorNetGeometry(m, d, separable, List.copyOf(inputs), sizes(m, branchLayers, branchUnits, p),
                List.copyOf(trunks));
    }

    private static int[] sizes(int in, int layers, int units, int p) {
        int[] s = new int[layers + 2];
        s[0] = in;
        for (int i = 1; i <= layers; i++) s[i] = units;
        s[layers + 1] = p;
        return s;
    }

    /**
     * Why a row of {@code inputs} values does not suit the layer's sensors and coordinates, or empty. Unset or
     * out-of-range parameters give empty too: the validator reports those.
     */
    static Optional<String> mismatch(String who, Component c, long inputs) {
        Optional<Object> m = c.value("sensors");
        Optional<Object> d = c.value("coordinates");
        if (m.isEmpty() || d.isEmpty() || !(m.get() instanceof Long sensors) || !(d.get() instanceof Long coords)
                || sensors < 1 || coords < 1) {
            return Optional.empty();
        }
        if (sensors >= inputs)
            return Optional.of(who + ": sensors m = " + sensors + " takes the whole row of " + inputs
                    + " values (or more), leaving no coordinates for the trunk; m must be below " + inputs);
        if (sensors + coords != inputs)
            return Optional.of(who + ": " + sensors + " sensors + " + coords + " coordinate" + (coords == 1 ? "" : "s")
                    + " = " + (sensors + coords) + " values per row, but the input has " + inputs + "; set coordinates to "
                    + (inputs - sensors) + " or sensors to " + (inputs - coords));
        return Optional.empty();
    }
}
