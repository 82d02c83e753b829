package io.spikeworks.sim;

import io.spikeworks.sim.kernel.SpikeEvents;
import io.spikeworks.sim.neuron.SpikeDerivative;
import io.spikeworks.sim.neuron.SpikeFunction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A spiking DeepONet (Lu et al. 2021, arXiv 1910.03193) as one layer, and its separable form SepONet (Yu et al. 2024,
 * arXiv 2407.11253). Each input row
 * is [f at m sensors, y₁ … y_d]: the branch network reads the m sensor values, each trunk network reads its
 * coordinates (DeepONet: one trunk on all d; SepONet: one trunk per axis, on yₐ alone). Every stack is a spiking
 * network ending in p non-spiking leaky integrators read as their mean membrane over the T steps, giving bₖ and tᵃₖ,
 * and the layer's output is
 * <pre>
 *   G(f)(y) = Σₖ bₖ · Πₐ tᵃₖ + b0
 * </pre>
 * (one trunk: Σₖ bₖ tₖ + b0), held by a {@link ProductUnit} as its membrane at every step. Backward, dL/dG (summed
 * over the steps by the unit) goes to the stacks by the product rule, dL/dbₖ = dL/dG · Πₐ tᵃₖ and
 * dL/dtᵃₖ = dL/dG · bₖ · Π_{a'≠a} tᵃ'ₖ, and each stack runs its own BPTT from there.
 *
 * <p>Because G needs every step of every stack, the layer runs all steps at once and must be a network's first
 * layer (its input gradient would only be known after the last step); the project validator makes it the only one.
 * A forward-mode (tangent) pass follows the same split ({@link DeepOnetTangentStepper}): tangents of bₖ and tᵃₖ from
 * the stacks' own tangent passes, then the product rule on them at the end of the pass ({@link #combineTangent});
 * {@link #spreadGradient} is the same rule backward.
 */
public final class DeepOnetLayer implements CompositeLayer, TangentLayer {
    private final String name;
    private final int[] inShape;
    private final int sensors;
    /** trunkInputs[a] = the row positions trunk a reads. */
    private final int[][] trunkInputs;
    private final float branchGain;
    private final float trunkGain;
    private final Network branch;
    private final Network[] trunks;
    private final ProductUnit product;
    private final int latent;

    private int batch;
    private int steps;
    private float[] branchIn;
    private float[][] trunkIn;
    private float[] branchOut;
    private float[][] trunkOut;
    private float[] drive;
    private float[] branchGrad;
    private float[][] trunkGrad;
    private boolean backwardPending;
    private final EngineCounters inner = new EngineCounters();

    /**
     * @param sensors     m: the first m values of a row go to the branch
     * @param trunkInputs for each trunk, the row positions (all ≥ m) it reads, in order
     * @param branch      a network on m inputs ending in p units read as a mean membrane
     * @param trunks      one network per entry of trunkInputs, each on as many inputs, each ending in p units
     * @param bias        whether G has a learned constant b0
     */
    public DeepOnetLayer(String name, int[] inShape, int sensors, int[][] trunkInputs, double branchGain,
                         double trunkGain, Network branch, List<Network> trunks, boolean bias, SpikeFunction f) {
        this(name, inShape, sensors, trunkInputs, branchGain, trunkGain, branch, trunks.toArray(new Network[0]),
                new ProductUnit(name + ".product", inShape, branch.outputSize(), bias, f));
        int inputs = Shapes.size(inShape);
        if (sensors < 1 || sensors >= inputs)
            throw new IllegalArgumentException(name + ": " + sensors + " sensors leave no coordinates in a row of "
                    + inputs + " values; the branch needs 1 to " + (inputs - 1));
        if (branch.inputSize() != sensors)
            throw new IllegalArgumentException(name + ": the branch takes " + branch.inputSize() + " inputs, the rows "
                    + "have " + sensors + " sensor values");
        if (trunkInputs.length == 0 || trunkInputs.length != trunks.size())
            throw new IllegalArgumentException(name + ": " + trunks.size() + " trunk networks for "
                    + trunkInputs.length + " coordinate groups");
        for (int a = 0; a < trunkInputs.length; a++) {
            Network trunk = trunks.get(a);
            if (trunk.inputSize() != trunkInputs[a].length)
                throw new IllegalArgumentException(name + ": trunk " + a + " takes " + trunk.inputSize()
                        + " inputs but is given " + trunkInputs[a].length + " coordinates");
            for (int i : trunkInputs[a])
                if (i < sensors || i >= inputs)
                    throw new IllegalArgumentException(name + ": trunk " + a + " reads row position " + i
                            + ", outside the coordinates " + sensors + " to " + (inputs - 1));
            if (trunk.outputSize() != latent)
                throw new IllegalArgumentException(name + ": the branch ends in p = " + latent + " units but trunk "
                        + a + " in " + trunk.outputSize() + "; both must give the same p");
        }
    }

    private DeepOnetLayer(String name, int[] inShape, int sensors, int[][] trunkInputs, double branchGain,
                          double trunkGain, Network branch, Network[] trunks, ProductUnit product) {
        this.name = name;
        this.inShape = inShape.clone();
        this.sensors = sensors;
        this.trunkInputs = new int[trunkInputs.length][];
        for (int a = 0; a < trunkInputs.length; a++) this.trunkInputs[a] = trunkInputs[a].clone();
        this.branchGain = (float) branchGain;
        this.trunkGain = (float) trunkGain;
        this.branch = branch;
        this.trunks = trunks.clone();
        this.product = product;
        this.latent = branch.outputSize();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int[] inputShape() {
        return inShape.clone();
    }

    @Override
    public int[] outputShape() {
        return new int[]{1};
    }

    /** p, the number of terms of the sum. */
    public int latent() {
        return latent;
    }

    public Network branch() {
        return branch;
    }

    public List<Network> trunks() {
        return List.of(trunks);
    }

    int sensors() {
        return sensors;
    }

    /** The row positions trunk a reads. */
    int[] trunkInputs(int axis) {
        return trunkInputs[axis];
    }

    float branchGain() {
        return branchGain;
    }

    float trunkGain() {
        return trunkGain;
    }

    ProductUnit product() {
        return product;
    }

    @Override
    public TangentStepper tangentStepper(int batch, int directions, SpikeDerivative derivative) {
        return new DeepOnetTangentStepper(this, batch, directions, derivative);
    }

    /** bₖ of the last forward pass, b×p. */
    public float[] branchOutput() {
        return branchOut;
    }

    /** tᵃₖ of the last forward pass, b×p. */
    public float[] trunkOutput(int axis) {
        return trunkOut[axis];
    }

    @Override
    public List<SpikingLayer> spikingLayers() {
        List<SpikingLayer> all = new ArrayList<>(branch.spikingLayers());
        for (Network t : trunks) all.addAll(t.spikingLayers());
        all.add(product);
        return Collections.unmodifiableList(all);
    }

    @Override
    public SpikingLayer outputNeurons() {
        return product;
    }

    @Override
    public void prepare(int batch, int steps) {
        if (branchIn == null || this.batch != batch || this.steps != steps) {
            this.batch = batch;
            this.steps = steps;
            branchIn = new float[steps * batch * sensors];
            trunkIn = new float[trunks.length][];
            trunkOut = new float[trunks.length][];
            trunkGrad = new float[trunks.length][];
            for (int a = 0; a < trunks.length; a++) {
                trunkIn[a] = new float[steps * batch * trunkInputs[a].length];
                trunkOut[a] = new float[batch * latent];
                trunkGrad[a] = new float[batch * latent];
            }
            branchOut = new float[batch * latent];
            branchGrad = new float[batch * latent];
            drive = new float[batch];
        }
        backwardPending = false;
        product.prepare(batch, steps);
    }

    @Override
    public void forward(int t, float[] in, int inOff, boolean binaryInput, SpikeEvents inEvents, EngineCounters c) {
        throw new UnsupportedOperationException(name + ": a DeepONet needs every step of its input at once "
                + "(forwardAllSteps)");
    }

    @Override
    public void forwardAllSteps(int steps, int batch, float[] in, boolean binaryInput, SpikeEvents inEvents,
                                EngineCounters c) {
        split(in);
        inner.clear();
        branch.forward(branchIn, false, batch, steps, branchOut, inner);
        for (int a = 0; a < trunks.length; a++) trunks[a].forward(trunkIn[a], false, batch, steps, trunkOut[a], inner);
        addWork(c);
        combine(branchOut, trunkOut, batch, latent, drive);
        product.setDrive(drive);
        product.forwardAllSteps(steps, batch, in, false, null, c);
    }

    /** Copies each step's rows apart into the branch's and the trunks' inputs, times their gains. */
    private void split(float[] in) {
        int width = Shapes.size(inShape);
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                int row = (t * batch + b) * width;
                int bo = (t * batch + b) * sensors;
                for (int i = 0; i < sensors; i++) branchIn[bo + i] = branchGain * in[row + i];
                for (int a = 0; a < trunks.length; a++) {
                    int[] pick = trunkInputs[a];
                    int to = (t * batch + b) * pick.length;
                    for (int j = 0; j < pick.length; j++) trunkIn[a][to + j] = trunkGain * in[row + pick[j]];
                }
            }
        }
    }

    /** drive[b] = Σₖ branch[b,k] · Πₐ trunk[a][b,k]. */
    static void combine(float[] branch, float[][] trunk, int batch, int p, float[] drive) {
        for (int b = 0; b < batch; b++) {
            double sum = 0;
            for (int k = 0; k < p; k++) {
                double term = branch[b * p + k];
                for (float[] t : trunk) term *= t[b * p + k];
                sum += term;
            }
            drive[b] = (float) sum;
        }
    }

    /**
     * The product rule forward, for D directions: dG_d[b] = Σₖ (ḃₖ·Πₐ tᵃₖ + bₖ·Σₐ ṫᵃₖ·Π_{a'≠a} tᵃ'ₖ), from the
     * stacks' outputs (b×p) and their tangents (D×b×p) into driveTangent (D×b, overwritten).
     */
    static void combineTangent(float[] branch, float[][] trunk, float[] branchTangent, float[][] trunkTangent,
                               int batch, int p, int directions, float[] driveTangent) {
        int stride = batch * p;
        for (int d = 0; d < directions; d++) {
            for (int b = 0; b < batch; b++) {
                double sum = 0;
                for (int k = 0; k < p; k++) {
                    int i = b * p + k;
                    double all = 1;
                    for (float[] t : trunk) all *= t[i];
                    sum += branchTangent[d * stride + i] * all;
                    for (int a = 0; a < trunk.length; a++) {
                        double others = branch[i];
                        for (int o = 0; o < trunk.length; o++) if (o != a) others *= trunk[o][i];
                        sum += trunkTangent[a][d * stride + i] * others;
                    }
                }
                driveTangent[d * batch + b] = (float) sum;
            }
        }
    }

    /**
     * The product rule: given dL/dG per sample, dL/dbₖ = dL/dG · Πₐ tᵃₖ into branchGrad and dL/dtᵃₖ = dL/dG · bₖ ·
     * Π_{a'≠a} tᵃ'ₖ into trunkGrad[a] (all b×p, overwritten).
     */
    static void spreadGradient(float[] gradG, float[] branch, float[][] trunk, int batch, int p, float[] branchGrad,
                               float[][] trunkGrad) {
        for (int b = 0; b < batch; b++) {
            float g = gradG[b];
            for (int k = 0; k < p; k++) {
                int i = b * p + k;
                double all = 1;
                for (float[] t : trunk) all *= t[i];
                branchGrad[i] = (float) (g * all);
                for (int a = 0; a < trunk.length; a++) {
                    double others = branch[i];
                    for (int o = 0; o < trunk.length; o++) if (o != a) others *= trunk[o][i];
                    trunkGrad[a][i] = (float) (g * others);
                }
            }
        }
    }

    @Override
    public float[] output() {
        return product.output();
    }

    @Override
    public boolean binaryOutput() {
        return product.binaryOutput();
    }

    @Override
    public void backward(int t, float[] in, int inOff, float[] gradOut, float[] gradMem, float[] gradIn,
                         EngineCounters c) {
        if (gradIn != null)
            throw new IllegalStateException(name + ": a DeepONet must be the network's first layer; it cannot send "
                    + "an error per step to a layer below");
        product.backward(t, in, inOff, gradOut, gradMem, null, c);
        backwardPending = true;
    }

    /** With every step of dL/dG summed by the product unit: the product rule, then BPTT through each stack. */
    @Override
    public void finishBackward(EngineCounters c) {
        if (!backwardPending) return;
        backwardPending = false;
        spreadGradient(product.driveGrad(), branchOut, trunkOut, batch, latent, branchGrad, trunkGrad);
        product.clearDriveGrad();
        inner.clear();
        branch.backward(branchGrad, inner);
        for (int a = 0; a < trunks.length; a++) trunks[a].backward(trunkGrad[a], inner);
        addWork(c);
    }

    /** The stacks' work into the run's counters; samples are the outer network's to count. */
    private void addWork(EngineCounters c) {
        inner.samples = 0;
        inner.backwardBytesPeak = 0;
        inner.spanBytesPeak = 0;
        inner.layerForwardNanos = null; // per-layer times are indexed by the outer network's layers
        inner.layerBackwardNanos = null;
        c.add(inner);
    }

    @Override
    public List<Param> params() {
        List<Param> ps = new ArrayList<>(branch.params());
        for (Network t : trunks) ps.addAll(t.params());
        ps.addAll(product.params());
        return Collections.unmodifiableList(ps);
    }

    @Override
    public Layer replicate() {
        Network[] copies = new Network[trunks.length];
        for (int a = 0; a < trunks.length; a++) copies[a] = trunks[a].replicate();
        return new DeepOnetLayer(name, inShape, sensors, trunkInputs, branchGain, trunkGain, branch.replicate(), copies,
                (ProductUnit) product.replicate());
    }

    @Override
    public long bytesHeld() {
        long held = 4L * branchIn.length;
        for (float[] t : trunkIn) held += 4L * t.length;
        for (Layer l : branch.layers()) held += l.bytesHeld();
        for (Network n : trunks) for (Layer l : n.layers()) held += l.bytesHeld();
        return held + product.bytesHeld();
    }
}
