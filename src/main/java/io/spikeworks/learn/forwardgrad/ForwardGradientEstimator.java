package io.spikeworks.learn.forwardgrad;

import io.spikeworks.learn.BatchContext;
import io.spikeworks.learn.perturbation.DirectionDistribution;
import io.spikeworks.learn.perturbation.PerturbationScope;
import io.spikeworks.sim.Layer;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.NetworkTangent;
import io.spikeworks.sim.Param;
import io.spikeworks.sim.SpikingLayer;
import io.spikeworks.sim.kernel.FastRandom;
import io.spikeworks.sim.neuron.SpikeDerivative;
import io.spikeworks.sim.neuron.SpikeFunction;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The randomized forward-mode gradient (Baydin et al. 2022, "Gradients without backpropagation"): for K random
 * directions v_k with E[v vᵀ] = I, the directional derivative ∇L·v_k from a tangent pass ({@link NetworkTangent}),
 * and ĝ = (1/K) Σ_k (∇L·v_k)·v_k, unbiased for the gradient of the linearisation the pass uses. With the surrogate
 * spike derivative that is BPTT's gradient; with {@link SteinSpikeDerivative} it is the gradient of the network
 * whose spike derivative is the Gaussian density of width σ (Stein's lemma), estimated from noise.
 *
 * <p>Scope global: K directions over all parameters; layer-wise: K directions per layer, each moving that layer's
 * parameters only. Up to {@link #MAX_DIRECTIONS_PER_PASS} directions ride one pass (one primal, D tangents); more
 * take several passes. Directions are drawn on the calling thread in a fixed order, so a seed gives the same
 * estimate whatever the slicing. Not thread-safe: one per rule.
 */
public final class ForwardGradientEstimator {
    /** Tangents carried by one pass; bounds the memory a pass holds (D copies of one step's state). */
    public static final int MAX_DIRECTIONS_PER_PASS = 32;

    private final SpikeSlope slope;
    private final DirectionDistribution distribution;
    private final PerturbationScope scope;
    private final DirectionSpace space;
    private final int directions;
    private final double steinSigma;
    private final int steinSamples;
    private final FastRandom rng;
    private final Map<Network, SlicePass> passes = new IdentityHashMap<>();

    /** What the last {@link #estimate} did. */
    private int lastPasses;
    private int lastTangents;
    private long lastStateBytes;
    private long lastDirectionBytes;
    private double lastReadoutDifference;
    private long lastBpttBytes;

    public ForwardGradientEstimator(SpikeSlope slope, DirectionDistribution distribution, PerturbationScope scope,
                                    int directions, double steinSigma, int steinSamples, long seed) {
        this(slope, distribution, scope, DirectionSpace.WEIGHTS, directions, steinSigma, steinSamples, seed);
    }

    /** @param space whether directions move the weights or the layers' currents ({@link DirectionSpace}) */
    public ForwardGradientEstimator(SpikeSlope slope, DirectionDistribution distribution, PerturbationScope scope,
                                    DirectionSpace space, int directions, double steinSigma, int steinSamples, long seed) {
        if (directions < 1) throw new IllegalArgumentException("directions K must be at least 1, got " + directions);
        if (slope == SpikeSlope.STEIN) new SteinSpikeDerivative(steinSigma, steinSamples, 0); // checks σ and M
        this.slope = slope;
        this.distribution = distribution;
        this.scope = scope;
        this.space = space;
        this.directions = directions;
        this.steinSigma = steinSigma;
        this.steinSamples = steinSamples;
        this.rng = new FastRandom(FastRandom.mix(seed ^ 0xF0A2_D6EAL));
    }

    public FastRandom random() {
        return rng;
    }

    public int directions() {
        return directions;
    }

    /**
     * Parameters one direction moves together ({@link PerturbationScope#groups}), each as {layer index, parameter
     * index} in the network's layers.
     */
    static List<int[][]> groups(Network net, PerturbationScope scope) {
        return groups(net, scope, DirectionSpace.WEIGHTS);
    }

    /**
     * The same for directions over currents: each group holds only its layers' biases (a bias tangent is the same
     * current tangent at every step), and every layer with parameters must have one.
     */
    static List<int[][]> groups(Network net, PerturbationScope scope, DirectionSpace space) {
        List<int[][]> out = new ArrayList<>();
        if (space == DirectionSpace.CURRENTS) {
            List<int[]> all = new ArrayList<>();
            for (CurrentLayer c : currentLayers(net)) {
                if (scope == PerturbationScope.GLOBAL) all.add(c.bias);
                else out.add(new int[][]{c.bias});
            }
            if (scope == PerturbationScope.GLOBAL && !all.isEmpty()) out.add(all.toArray(new int[0][]));
            return out;
        }
        Map<Param, int[]> where = positions(net);
        for (List<Param> group : scope.groups(net)) {
            int[][] at = new int[group.size()][];
            for (int i = 0; i < at.length; i++) at[i] = where.get(group.get(i));
            out.add(at);
        }
        return out;
    }

    /** Where each parameter sits: {layer index, parameter index} in the network's layers. */
    private static Map<Param, int[]> positions(Network net) {
        Map<Param, int[]> where = new IdentityHashMap<>();
        List<Layer> layers = net.layers();
        for (int li = 0; li < layers.size(); li++) {
            List<Param> ps = layers.get(li).params();
            for (int pi = 0; pi < ps.size(); pi++) where.put(ps.get(pi), new int[]{li, pi});
        }
        return where;
    }

    /**
     * A layer perturbed through its currents: where its weights and bias sit ({layer, param} in the network's
     * layers; weight null when it has none), its index among the spiking layers, fan-in and fan-out.
     */
    record CurrentLayer(int[] weight, int[] bias, int spiking, int in, int out) {}

    /** @throws IllegalArgumentException naming a layer with weights but no bias */
    static List<CurrentLayer> currentLayers(Network net) {
        Map<Param, int[]> where = positions(net);
        List<CurrentLayer> out = new ArrayList<>();
        List<SpikingLayer> spiking = net.spikingLayers();
        for (int si = 0; si < spiking.size(); si++) {
            SpikingLayer l = spiking.get(si);
            if (l.params().isEmpty()) continue;
            if (l.bias() == null)
                throw new IllegalArgumentException("layer '" + l.name() + "' has no bias: directions over currents "
                        + "enter through each layer's bias; give it one or use directions over weights");
            int[] w = l.weights().size() > 0 ? where.get(l.weights()) : null;
            out.add(new CurrentLayer(w, where.get(l.bias()), si, l.fanIn(), l.fanOut()));
        }
        return out;
    }

    /**
     * Leaves ĝ in Param.grad of the network's parameters. The batch must have run forward once on the current
     * weights ({@link BatchContext#forward()}); its encoded input is what the tangent passes read.
     */
    public void estimate(BatchContext ctx) {
        Network net = ctx.network();
        List<Layer> layers = net.layers();
        List<int[][]> groups = groups(net, scope, space);
        List<CurrentLayer> currents = space == DirectionSpace.CURRENTS ? currentLayers(net) : List.of();
        int total = groups.size() * directions;
        int steps = net.steps();
        // per layer, per parameter: the directions' sum Σ s_j v_j, built up over the passes
        List<List<float[]>> sum = new ArrayList<>();
        for (Layer l : layers) {
            List<float[]> ps = new ArrayList<>();
            for (Param p : l.params()) ps.add(new float[p.size()]);
            sum.add(ps);
        }
        lastPasses = 0;
        lastTangents = total;
        lastStateBytes = 0;
        lastDirectionBytes = 0;
        lastReadoutDifference = 0;
        for (int first = 0; first < total; first += MAX_DIRECTIONS_PER_PASS) {
            int d = Math.min(MAX_DIRECTIONS_PER_PASS, total - first);
            List<List<float[]>> v = drawBlock(layers, groups, first, d);
            Slopes found = directionalDerivatives(ctx, v, d, steps, rng.nextLong(), currents);
            double[] slopes = found.total();
            lastPasses++;
            long bytes = 0;
            for (List<float[]> ps : v) for (float[] a : ps) if (a != null) bytes += 4L * a.length;
            lastDirectionBytes = Math.max(lastDirectionBytes, bytes);
            for (int li = 0; li < layers.size(); li++) {
                List<float[]> dirs = v.get(li);
                for (int pi = 0; pi < dirs.size(); pi++) {
                    float[] a = dirs.get(pi);
                    if (a == null) continue;
                    float[] acc = sum.get(li).get(pi);
                    int n = acc.length;
                    for (int j = 0; j < d; j++) {
                        float s = (float) slopes[j];
                        if (s == 0f) continue;
                        for (int i = 0, o = j * n; i < n; i++, o++) acc[i] += s * a[o];
                    }
                }
            }
            addCurrentWeightGradients(currents, found.weightedInputs(), v, d, sum);
        }
        float inv = 1f / directions;
        for (int li = 0; li < layers.size(); li++) {
            List<Param> ps = layers.get(li).params();
            for (int pi = 0; pi < ps.size(); pi++) {
                float[] g = ps.get(pi).grad;
                float[] acc = sum.get(li).get(pi);
                for (int i = 0; i < g.length; i++) g[i] = acc[i] * inv;
            }
        }
    }

    /**
     * Directions first … first + d − 1 of this update (group-major), as per-layer, per-parameter arrays D × size
     * (null for a parameter no direction of the block moves). Drawn in order from the direction stream.
     */
    private List<List<float[]>> drawBlock(List<Layer> layers, List<int[][]> groups, int first, int d) {
        List<List<float[]>> v = new ArrayList<>();
        for (Layer l : layers) {
            List<float[]> ps = new ArrayList<>();
            for (int i = 0; i < l.params().size(); i++) ps.add(null);
            v.add(ps);
        }
        for (int j = 0; j < d; j++) {
            int[][] group = groups.get((first + j) / directions);
            for (int[] at : group) {
                int li = at[0];
                int pi = at[1];
                int n = layers.get(li).params().get(pi).size();
                float[] a = v.get(li).get(pi);
                if (a == null) {
                    a = new float[d * n];
                    v.get(li).set(pi, a);
                }
                float[] one = new float[n];
                distribution.fill(one, rng);
                System.arraycopy(one, 0, a, j * n, n);
            }
        }
        return v;
    }

    /**
     * Directions over currents: layer c's weights get Σ_j (Σ_b s_{j,b}·x̄_b) ⊗ u_j, with u_j the direction of its
     * currents (its bias tangent) and Σ_b s_{j,b}·x̄_b from the passes (weightedInputs[c], d × fan-in).
     */
    private static void addCurrentWeightGradients(List<CurrentLayer> currents, float[][] weightedInputs,
                                                  List<List<float[]>> v, int d, List<List<float[]>> sum) {
        for (int c = 0; c < currents.size(); c++) {
            CurrentLayer cl = currents.get(c);
            float[] u = v.get(cl.bias()[0]).get(cl.bias()[1]);
            if (cl.weight() == null || u == null) continue;
            float[] a = weightedInputs[c];
            float[] acc = sum.get(cl.weight()[0]).get(cl.weight()[1]);
            int in = cl.in();
            int out = cl.out();
            for (int j = 0; j < d; j++) {
                for (int i = 0; i < in; i++) {
                    float ai = a[j * in + i];
                    if (ai == 0f) continue;
                    for (int o = 0; o < out; o++) acc[i * out + o] += ai * u[j * out + o];
                }
            }
        }
    }

    /**
     * What a block's passes found: ∇L·v_j per direction, and with directions over currents, per such layer,
     * Σ_b s_{j,b}·x̄_b (d × fan-in; null without weights), s_{j,b} sample b's share of ∇L·v_j.
     */
    private record Slopes(double[] total, float[][] weightedInputs) {}

    /** ∇L·v_j for the block's d directions: the slices' tangent passes, summed in slice order. */
    private Slopes directionalDerivatives(BatchContext ctx, List<List<float[]>> v, int d, int steps, long noiseSeed,
                                          List<CurrentLayer> currents) {
        int batch = ctx.batchSize();
        int k = ctx.network().outputSize();
        List<BatchContext.Slice> seen = new ArrayList<>();
        Map<BatchContext.Slice, double[]> bySlice = new java.util.concurrent.ConcurrentHashMap<>();
        Map<BatchContext.Slice, float[][]> weightedBySlice = new java.util.concurrent.ConcurrentHashMap<>();
        ctx.onSlices(slice -> {
            SlicePass pass = pass(slice.network(), slice.size(), d);
            if (pass.stein != null) pass.stein.reseed(FastRandom.mix(noiseSeed ^ slice.first()));
            pass.tangent.run(slice.input(), steps, v);
            float[] r = pass.tangent.readout();
            float[] dr = pass.tangent.readoutTangent();
            int n = slice.size() * k;
            if (pass.grad.length < n) pass.grad = new float[n];
            ctx.loss().compute(r, slice.size(), k, steps, slice.labels(), slice.targets(), pass.grad);
            double share = (double) slice.size() / batch;
            double[] s = new double[d];
            for (int j = 0; j < d; j++) {
                double dot = 0;
                for (int i = 0, o = j * n; i < n; i++, o++) dot += pass.grad[i] * (double) dr[o];
                s[j] = dot * share;
            }
            if (!currents.isEmpty())
                weightedBySlice.put(slice, weightedInputs(currents, pass.tangent.inputSums(), pass.grad, dr,
                        slice.size(), k, d, share / steps));
            float[] engine = slice.readout();
            double diff = 0;
            for (int i = 0; i < n; i++) diff = Math.max(diff, Math.abs(engine[i] - r[i]));
            pass.readoutDifference = diff;
            long history = 4L * steps * slice.size() * slice.network().inputSize();
            for (Layer l : slice.network().layers()) history += l.bytesHeld();
            pass.bpttBytes = history;
            bySlice.put(slice, s);
            synchronized (seen) {
                seen.add(slice);
            }
        });
        seen.sort(java.util.Comparator.comparingInt(BatchContext.Slice::first));
        double[] total = new double[d];
        long bytes = 0;
        long history = 0;
        for (BatchContext.Slice s : seen) {
            double[] part = bySlice.get(s);
            for (int j = 0; j < d; j++) total[j] += part[j];
            SlicePass pass = passes.get(s.network());
            bytes += pass.tangent.bytesHeld();
            lastReadoutDifference = Math.max(lastReadoutDifference, pass.readoutDifference);
            history += pass.bpttBytes;
        }
        lastBpttBytes = history;
        lastStateBytes = Math.max(lastStateBytes, bytes);
        float[][] weighted = new float[currents.size()][];
        for (BatchContext.Slice s : seen) {
            float[][] part = weightedBySlice.get(s);
            if (part == null) continue;
            for (int c = 0; c < part.length; c++) {
                if (part[c] == null) continue;
                if (weighted[c] == null) weighted[c] = new float[part[c].length];
                for (int i = 0; i < part[c].length; i++) weighted[c][i] += part[c][i];
            }
        }
        return new Slopes(total, weighted);
    }

    /**
     * One slice's Σ_b s_{j,b}·x̄_b per layer perturbed through its currents, with s_{j,b} = Σ_k dL/dr_{b,k}·dr_{j,b,k}
     * and x̄_b = Σₜ x_b[t] / T (scale = the slice's share of the batch / T).
     */
    private static float[][] weightedInputs(List<CurrentLayer> currents, List<float[]> inputSums, float[] grad,
                                            float[] dr, int size, int k, int d, double scale) {
        int n = size * k;
        double[] perSample = new double[d * size];
        for (int j = 0; j < d; j++)
            for (int b = 0; b < size; b++) {
                double dot = 0;
                for (int q = 0; q < k; q++) dot += grad[b * k + q] * (double) dr[j * n + b * k + q];
                perSample[j * size + b] = dot * scale;
            }
        float[][] out = new float[currents.size()][];
        for (int c = 0; c < currents.size(); c++) {
            CurrentLayer cl = currents.get(c);
            if (cl.weight() == null) continue;
            float[] xs = inputSums.get(cl.spiking());
            if (xs == null) throw new IllegalStateException("layer " + cl.spiking() + " did not sum its inputs");
            int in = cl.in();
            float[] a = new float[d * in];
            for (int j = 0; j < d; j++)
                for (int b = 0; b < size; b++) {
                    float f = (float) perSample[j * size + b];
                    if (f == 0f) continue;
                    for (int i = 0; i < in; i++) a[j * in + i] += f * xs[b * in + i];
                }
            out[c] = a;
        }
        return out;
    }

    /** The tangent pass of a slice's replica, made again when its batch or direction count changed. */
    private SlicePass pass(Network replica, int batch, int d) {
        synchronized (passes) {
            SlicePass p = passes.get(replica);
            if (p == null || p.tangent.batch() != batch || p.tangent.directions() != d) {
                SteinSpikeDerivative stein = slope == SpikeSlope.STEIN ? new SteinSpikeDerivative(steinSigma, steinSamples, 0) : null;
                SpikeFunction f = replica.outputLayer().spikeFunction();
                SpikeDerivative derivative = stein != null ? stein : SpikeDerivative.surrogate(f);
                p = new SlicePass(new NetworkTangent(replica, batch, d, derivative), stein);
                if (space == DirectionSpace.CURRENTS) p.tangent.sumInputs();
                passes.put(replica, p);
            }
            return p;
        }
    }

    /** One replica's tangent pass and its scratch. */
    private static final class SlicePass {
        final NetworkTangent tangent;
        final SteinSpikeDerivative stein;
        float[] grad = new float[0];
        double readoutDifference;
        long bpttBytes;

        SlicePass(NetworkTangent tangent, SteinSpikeDerivative stein) {
            this.tangent = tangent;
            this.stein = stein;
        }
    }

    /** Tangent passes the last estimate ran (each one primal and up to {@link #MAX_DIRECTIONS_PER_PASS} tangents). */
    public int lastPasses() {
        return lastPasses;
    }

    /** Directions (tangents) the last estimate used: K, or K per layer when layer-wise. */
    public int lastTangents() {
        return lastTangents;
    }

    /** Bytes the last estimate's tangent passes held at once (all slices): one step of state with its tangents. */
    public long lastStateBytes() {
        return lastStateBytes;
    }

    /** Bytes of one pass's block of directions. */
    public long lastDirectionBytes() {
        return lastDirectionBytes;
    }

    /** Largest difference between the tangent pass's readout and the engine's forward pass on the same batch. */
    public double lastReadoutDifference() {
        return lastReadoutDifference;
    }

    /**
     * Bytes BPTT would hold for its backward pass on the same batch: the input and every layer's history, as the
     * engine's forward pass kept them (all slices).
     */
    public long lastBpttBytes() {
        return lastBpttBytes;
    }

    /** Tangent passes an update takes on a network with the given number of groups. */
    public int passesPerUpdate(int groups) {
        int total = groups * directions;
        return (total + MAX_DIRECTIONS_PER_PASS - 1) / MAX_DIRECTIONS_PER_PASS;
    }

    public PerturbationScope scope() {
        return scope;
    }

    public DirectionSpace space() {
        return space;
    }

    public SpikeSlope slope() {
        return slope;
    }
}
