package io.spikeworks.sim;

import io.spikeworks.sim.neuron.SpikeDerivative;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link DeepOnetLayer} (DeepONet and SepONet) in tangent mode. Each step, the row's sensor values and coordinates go
 * to the branch's and the trunks' own tangent passes ({@link NetworkTangent}, stepped one step at a time), which read
 * their p outputs as T-means with tangents. G = Σₖ bₖ·Πₐ tᵃₖ + b0 needs every step's means, so its value and tangent
 * come at the end of the pass: {@link #finish} applies the product rule
 * <pre>
 *   dG = Σₖ (ḃₖ·Πₐ tᵃₖ + bₖ·Σₐ ṫᵃₖ·Π_{a'≠a} tᵃ'ₖ) + ḃ0
 * </pre>
 * and {@link #replay} steps the product unit's neuron on that current as the engine does at every step.
 */
final class DeepOnetTangentStepper implements TangentStepper {
    private final DeepOnetLayer layer;
    private final int batch;
    private final int directions;
    private final int width;
    private final int latent;
    private final NetworkTangent branch;
    private final NetworkTangent[] trunks;
    /** How many of the layer's params() each stack's layers take, in order: per stack, per layer. */
    private final int[][] paramCounts;
    private final float[] branchIn;
    private final float[][] trunkIn;
    private final float[] drive;
    private final float[] driveTangent;
    private final float[] current;
    private final float[] currentTangent;
    private final NeuronTangent product;
    private int steps;
    private float[] biasTangent;

    DeepOnetTangentStepper(DeepOnetLayer layer, int batch, int directions, SpikeDerivative derivative) {
        this.layer = layer;
        this.batch = batch;
        this.directions = directions;
        this.width = layer.inputSize();
        this.latent = layer.latent();
        this.branch = new NetworkTangent(layer.branch(), batch, directions, derivative);
        List<Network> stacks = layer.trunks();
        this.trunks = new NetworkTangent[stacks.size()];
        this.trunkIn = new float[stacks.size()][];
        for (int a = 0; a < trunks.length; a++) {
            trunks[a] = new NetworkTangent(stacks.get(a), batch, directions, derivative);
            trunkIn[a] = new float[batch * layer.trunkInputs(a).length];
        }
        this.paramCounts = new int[1 + trunks.length][];
        paramCounts[0] = counts(layer.branch());
        for (int a = 0; a < trunks.length; a++) paramCounts[1 + a] = counts(stacks.get(a));
        this.branchIn = new float[batch * layer.sensors()];
        this.drive = new float[batch];
        this.driveTangent = new float[directions * batch];
        this.current = new float[batch];
        this.currentTangent = new float[directions * batch];
        ProductUnit unit = layer.product();
        this.product = new NeuronTangent(unit.neuronModel(), unit.neuronValues(), unit.spikeFunction(), derivative,
                batch, 1, directions);
    }

    private static int[] counts(Network stack) {
        List<Layer> layers = stack.layers();
        int[] n = new int[layers.size()];
        for (int i = 0; i < n.length; i++) n[i] = layers.get(i).params().size();
        return n;
    }

    @Override
    public void begin(int steps) {
        this.steps = steps;
    }

    @Override
    public void step(int t, float[] in, int inOff, float[] inTangent, List<float[]> paramTangents) {
        if (inTangent != null)
            throw new IllegalStateException(layer.name() + ": a DeepONet must be the network's first layer; its input "
                    + "cannot depend on the parameters");
        if (steps < 1) throw new IllegalStateException(layer.name() + ": begin(steps) was not called before step " + t);
        int sensors = layer.sensors();
        float gb = layer.branchGain();
        float gt = layer.trunkGain();
        for (int b = 0; b < batch; b++) {
            int row = inOff + b * width;
            for (int i = 0; i < sensors; i++) branchIn[b * sensors + i] = gb * in[row + i];
            for (int a = 0; a < trunks.length; a++) {
                int[] pick = layer.trunkInputs(a);
                for (int j = 0; j < pick.length; j++) trunkIn[a][b * pick.length + j] = gt * in[row + pick[j]];
            }
        }
        int next = 0;
        next = stepStack(branch, t, branchIn, paramCounts[0], paramTangents, next);
        for (int a = 0; a < trunks.length; a++) next = stepStack(trunks[a], t, trunkIn[a], paramCounts[1 + a], paramTangents, next);
        biasTangent = next < paramTangents.size() ? paramTangents.get(next) : null;
    }

    /** Steps one stack on its share of the layer's parameter directions; returns the index after that share. */
    private int stepStack(NetworkTangent stack, int t, float[] x, int[] counts, List<float[]> paramTangents, int first) {
        List<List<float[]>> perLayer = new ArrayList<>(counts.length);
        int i = first;
        for (int n : counts) {
            perLayer.add(paramTangents.isEmpty() ? nulls(n) : paramTangents.subList(i, i + n));
            i += n;
        }
        stack.step(t, steps, x, 0, perLayer);
        return i;
    }

    private static List<float[]> nulls(int n) {
        List<float[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(null);
        return out;
    }

    @Override
    public boolean outputsAtEnd() {
        return true;
    }

    /** G and its tangents from the stacks' T-means, by the product rule; the product unit's current and its tangent. */
    @Override
    public void finish() {
        float[][] t = new float[trunks.length][];
        float[][] dt = new float[trunks.length][];
        for (int a = 0; a < trunks.length; a++) {
            t[a] = trunks[a].readout();
            dt[a] = trunks[a].readoutTangent();
        }
        DeepOnetLayer.combine(branch.readout(), t, batch, latent, drive);
        DeepOnetLayer.combineTangent(branch.readout(), t, branch.readoutTangent(), dt, batch, latent, directions,
                driveTangent);
        Param bias = layer.product().bias();
        // the engine's order: the bias first, then the drive added to it
        for (int b = 0; b < batch; b++) current[b] = (bias == null ? 0f : bias.value[0]) + drive[b];
        for (int d = 0; d < directions; d++)
            for (int b = 0; b < batch; b++)
                currentTangent[d * batch + b] = (biasTangent == null ? 0f : biasTangent[d]) + driveTangent[d * batch + b];
    }

    @Override
    public void replay(int t) {
        if (t == 0) product.reset();
        product.step(t, current, currentTangent);
    }

    @Override
    public void sumInputs() {
        branch.sumInputs();
        for (NetworkTangent s : trunks) s.sumInputs();
    }

    /** The branch's layers, each trunk's, then the product unit (no synaptic weights: null). */
    @Override
    public void inputSums(List<float[]> out) {
        out.addAll(branch.inputSums());
        for (NetworkTangent s : trunks) out.addAll(s.inputSums());
        out.add(null);
    }

    @Override
    public float[] output() {
        return product.spikes;
    }

    @Override
    public float[] outputTangent() {
        return product.spikeTangent;
    }

    @Override
    public float[] membrane() {
        return product.mem;
    }

    @Override
    public float[] membraneTangent() {
        return product.memTangent;
    }

    @Override
    public long bytesHeld() {
        long n = branch.bytesHeld() + product.bytesHeld();
        for (NetworkTangent s : trunks) n += s.bytesHeld();
        n += 4L * branchIn.length;
        for (float[] x : trunkIn) n += 4L * x.length;
        return n + 4L * (drive.length + driveTangent.length + current.length + currentTangent.length);
    }
}
