package io.spikeworks.sim;

import io.spikeworks.sim.kernel.Kernels;
import io.spikeworks.sim.kernel.SpikeEvents;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.NeuronValues;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.SpikeFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * A layer of synapses feeding spiking neurons: input → current (weights) → neuron dynamics → spikes.
 * Subclasses say how the synapses connect (dense, convolution); the neuron dynamics and BPTT live here.
 */
public abstract class SpikingLayer implements Layer {
    private final String name;
    protected final int[] inShape;
    protected final int[] outShape;
    protected final Param weights;
    protected final Param bias;
    private final NeuronModel neuronModel;
    /** Per-neuron α, β, θ, or null when every neuron has the model's (replicas read their primary's). */
    private NeuronValues neuronValues;
    private SpikeFunction spikeFunction;
    private FeedbackSource feedback = FeedbackSource.TRANSPOSE;
    private volatile float[] fetchedFeedback;
    private NeuronState state;
    private float[] current;
    /** Every step's current [t][b][out], when the whole input was known before step 0 (see forward). */
    private float[] currentSteps;
    private boolean currentsAhead;
    private float[] gradCurrent;
    private Probe probe;
    protected int batch;
    protected int steps;
    private boolean inputBinary;
    private SpikeEvents inputEvents;
    private final SpikeEvents events = new SpikeEvents();

    /** The layer whose parameters, feedback and spike function a replica follows; itself for an original. */
    private final SpikingLayer primary;

    protected SpikingLayer(String name, int[] inShape, int[] outShape, Param weights, boolean hasBias,
                           NeuronModel neuronModel, SpikeFunction spikeFunction) {
        this.name = name;
        this.inShape = inShape.clone();
        this.outShape = outShape.clone();
        this.weights = weights;
        this.bias = hasBias ? new Param(name + ".bias", biasSize(outShape)) : null;
        this.neuronModel = neuronModel;
        this.spikeFunction = spikeFunction;
        this.primary = this;
    }

    /** A replica of primary: same values, own state and gradients. */
    protected SpikingLayer(SpikingLayer primary) {
        this.name = primary.name;
        this.inShape = primary.inShape.clone();
        this.outShape = primary.outShape.clone();
        this.weights = primary.weights.sharingValues();
        this.bias = primary.bias == null ? null : primary.bias.sharingValues();
        this.neuronModel = primary.neuronModel;
        this.spikeFunction = primary.spikeFunction;
        this.primary = primary;
    }

    /** The original this layer replicates (itself if it is one). */
    public SpikingLayer primary() {
        return primary;
    }

    private static int biasSize(int[] outShape) {
        return outShape.length == 3 ? outShape[0] : Shapes.size(outShape);
    }

    /**
     * Adds input (b×in at inOff) through the synapses into current (b×out), which holds the bias already.
     * With events (spike input), only the listed inputs of step t are active.
     */
    protected abstract void integrate(int t, float[] in, int inOff, boolean binaryInput, SpikeEvents events,
                                      float[] current, EngineCounters c);

    /** Accumulates dL/dW from the input and dL/dI of step t. */
    protected abstract void accumulateWeightGrad(int t, float[] in, int inOff, boolean binaryInput, SpikeEvents events,
                                                 float[] gradCurrent, EngineCounters c);

    /** dL/d(input) = errors sent back through the feedback weights (forward layout). */
    protected abstract void propagate(float[] gradCurrent, float[] feedbackWeights, float[] gradIn, EngineCounters c);

    /** Fan-in of one output neuron; used for weight initialisation. */
    public abstract int fanIn();

    public abstract int fanOut();

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
        return outShape.clone();
    }

    public NeuronModel neuronModel() {
        return neuronModel;
    }

    /**
     * Gives every neuron its own α, β and θ (null: the model's for all). Takes effect at the next batch size or
     * step count change, so set it before the first forward pass.
     */
    public void setNeuronValues(NeuronValues values) {
        if (values != null) {
            if (values.size() != outputSize())
                throw new IllegalArgumentException(name + ": " + values.size() + " neuron values for " + outputSize() + " neurons");
            if (neuronModel.stateBits() != 0)
                throw new IllegalArgumentException(name + ": per-neuron values need floating-point state (stateBits 0)");
            if (!neuronModel.spikes())
                throw new IllegalArgumentException(name + ": per-neuron values are for spiking neurons");
        }
        primary.neuronValues = values;
        state = null;
    }

    /** The per-neuron α, β and θ, or null when every neuron has the model's. */
    public NeuronValues neuronValues() {
        return primary.neuronValues;
    }

    public Param weights() {
        return weights;
    }

    public float[] weightValues() {
        return weights.value;
    }

    public Param bias() {
        return bias;
    }

    public void setFeedback(FeedbackSource feedback) {
        this.feedback = feedback;
        this.fetchedFeedback = null;
    }

    public FeedbackSource feedback() {
        return feedback;
    }

    /**
     * Asks the feedback source once for this batch's feedback weights, before slices of the batch run their
     * backward passes on several threads (sources may quantise or copy, and need not be thread-safe).
     */
    public void fetchFeedback() {
        fetchedFeedback = feedback.feedbackWeights(this);
    }

    private float[] feedbackForBackward() {
        SpikingLayer p = primary;
        float[] f = p.fetchedFeedback;
        return f != null ? f : p.feedback.feedbackWeights(p);
    }

    public void setSpikeFunction(SpikeFunction f) {
        this.spikeFunction = f;
    }

    public SpikeFunction spikeFunction() {
        return primary == this ? spikeFunction : primary.spikeFunction();
    }

    /** Records chosen neurons at every step of the next forward passes; null takes it off. */
    public void setProbe(Probe probe) {
        this.probe = probe;
    }

    /** The probe attached, or null. */
    public Probe probe() {
        return probe;
    }

    public NeuronState state() {
        return state;
    }

    /**
     * For a forward-only pass whose next layer reads this layer's spike lists only: keep just the last two steps of
     * state (sample by sample, each step's state is read once, by the next step) instead of the whole history.
     * Honoured only where the sample-by-sample route runs (see {@link #forwardAllSteps}).
     */
    public void setHistoryNeeded(boolean needed) {
        this.historyNeeded = needed;
    }

    private boolean historyNeeded = true;

    private boolean keepsTwoSteps() {
        return !historyNeeded && integratesPerSample() && probe == null
                && NeuronState.steppablePerSample(neuronModel, neuronValues(), spikeFunction());
    }

    /**
     * Whether anyone reads this layer's spike history after the forward pass ({@link #output()} over all steps); when
     * not, and the pool above takes each sample-step's spikes as they are made, only two steps of spikes are kept
     * (the backward pass of the subtractive reset reads none). Honoured only where the sample-by-sample route runs.
     */
    public void setSpikeHistoryNeeded(boolean needed) {
        this.spikeHistoryNeeded = needed;
    }

    private boolean spikeHistoryNeeded = true;

    private boolean keepsTwoStepsOfSpikes() {
        return !spikeHistoryNeeded && poolAfter != null && integratesPerSample() && probe == null
                && neuronModel.reset() == ResetMode.SUBTRACT
                && NeuronState.steppablePerSample(neuronModel, neuronValues(), spikeFunction());
    }

    @Override
    public void prepare(int batch, int steps) {
        boolean twoSteps = keepsTwoSteps();
        boolean spikesTwoSteps = twoSteps || keepsTwoStepsOfSpikes();
        if (state == null || this.batch != batch || this.steps != steps || state.twoSteps != twoSteps
                || state.spikesTwoSteps != spikesTwoSteps) {
            this.batch = batch;
            this.steps = steps;
            state = new NeuronState(neuronModel, neuronValues(), batch, outputSize(), steps, state, twoSteps,
                    spikesTwoSteps && !twoSteps);
            int size = batch * outputSize() + bufferSlack();
            if (current == null || current.length < size) current = new float[size];
            if (gradCurrent == null || gradCurrent.length < size) gradCurrent = new float[size];
        }
        state.reset();
        events.reset(steps, batch);
        biasRowFresh = false; // the optimiser may have moved the bias since the last batch
        onBatchStart();
    }

    /**
     * Extra floats at the end of the current and error buffers, so kernels that work in whole vectors may run
     * past the last neuron (reading zeros-to-be-ignored, adding zeros).
     */
    protected int bufferSlack() {
        return 0;
    }

    /** Weights may have changed since the last batch. */
    protected void onBatchStart() {
    }

    @Override
    public void forward(int t, float[] in, int inOff, boolean binaryInput, SpikeEvents inEvents, EngineCounters c) {
        int out = outputSize();
        inputBinary = binaryInput;
        inputEvents = binaryInput ? inEvents : null;
        if (t == 0) currentsAhead = inputEvents != null && inputEvents.complete() && integrateAhead(c);
        if (currentsAhead) {
            int off = t * batch * out;
            state.forward(t, currentSteps, off, spikeFunction(), spikeFunction().smooth() ? null : events);
            c.neuronUpdates += (long) batch * out;
            if (probe != null) {
                System.arraycopy(currentSteps, off, current, 0, batch * out);
                probe.capture(this, t, current, state);
            }
            return;
        }
        fillBias(current, 0);
        integrate(t, in, inOff, binaryInput, inputEvents, current, c);
        state.forward(t, current, 0, spikeFunction(), spikeFunction().smooth() ? null : events);
        c.neuronUpdates += (long) batch * out;
        if (probe != null) probe.capture(this, t, current, state);
    }

    /**
     * Sample by sample, each through all its steps, when the synapses can integrate one sample at a time
     * ({@link #integratesPerSample}) and the neurons step per sample: a sample's current and its state of the
     * previous step are then still in cache when its neurons step, where going step by step through the whole
     * batch streams them through memory. Spike lists are written per sample and reordered by step at the end.
     */
    @Override
    public void forwardAllSteps(int steps, int batch, float[] in, boolean binaryInput, SpikeEvents inEvents,
                                EngineCounters c) {
        if (!integratesPerSample() || probe != null || !state.steppablePerSample(spikeFunction())) {
            if (state.spikesTwoSteps) throw new IllegalStateException(name() + " keeps two steps but cannot run sample by sample");
            Layer.super.forwardAllSteps(steps, batch, in, binaryInput, inEvents, c);
            return;
        }
        inputBinary = binaryInput;
        inputEvents = binaryInput ? inEvents : null;
        currentsAhead = false;
        final int out = outputSize();
        final int inSize = inputSize();
        final PoolLayer pool = poolAfter;
        final SpikeEvents listing = readSampleMajor ? events : bySample;
        listing.reset(steps * batch, 1);
        for (int b = 0; b < batch; b++) {
            for (int t = 0; t < steps; t++) {
                if (bias != null) System.arraycopy(biasRow(), 0, current, 0, out);
                else java.util.Arrays.fill(current, 0, out, 0f);
                integrateSample(t, b, in, t * batch * inSize, binaryInput, inputEvents, current, c);
                if (pool != null) pool.poolSampleStep(t, b, state.spikes, state.stepSample(t, b, current, 0));
                else state.forwardSample(t, b, current, 0, listing, b * steps + t);
            }
        }
        c.neuronUpdates += (long) steps * batch * out;
        if (pool != null) { // the pool read every spike; nothing else reads this layer's lists
            events.reset(steps, batch);
            return;
        }
        if (readSampleMajor) {
            events.viewSampleMajor(steps, batch);
            return;
        }
        events.copyStepMajor(bySample, steps, batch);
    }

    /** Spike lists in sample-major order, slot b·T + t (see {@link #forwardAllSteps}). */
    private final SpikeEvents bySample = new SpikeEvents();

    /**
     * Whether the next layer reads this layer's spike lists slot by slot only ({@link SpikeEvents#from}/{@code to}):
     * lists made sample by sample are then handed on as they are, not copied into step order.
     */
    public void setOutputReadSampleMajor(boolean ok) {
        this.readSampleMajor = ok;
    }

    private boolean readSampleMajor;

    /**
     * The max pool right above this layer, which then takes each sample-step's spikes as they are made
     * ({@link PoolLayer#poolSampleStep}) on the sample-by-sample route, so this layer lists none; null: it lists them.
     */
    public void setPoolAfter(PoolLayer pool) {
        this.poolAfter = pool;
    }

    private PoolLayer poolAfter;

    /**
     * On the dense reference route ({@link Network#setDenseReference}) a layer is handed 0/1 input as real values
     * and takes no event-driven kernel; where it can, it still adds its terms in the order the event-driven route
     * adds them, so on such input the reference gives that route's floats to the bit.
     */
    void setDenseReference(boolean on) {
        this.denseReference = on;
    }

    protected boolean denseReference;

    /** Whether {@link #integrateSample} is implemented. */
    protected boolean integratesPerSample() {
        return false;
    }

    /**
     * {@link #integrate} for sample b of step t only: adds its synaptic input (the step's input at inOff, b×in)
     * into current[0 … out), which holds the bias already.
     */
    protected void integrateSample(int t, int b, float[] in, int inOff, boolean binaryInput, SpikeEvents events,
                                   float[] current, EngineCounters c) {
        throw new UnsupportedOperationException(name() + " integrates whole steps");
    }

    /** Sets dst[off …] (b×out) to the bias, or to zero without one. */
    private void fillBias(float[] dst, int off) {
        int out = outputSize();
        if (bias != null) {
            float[] row = biasRow();
            for (int b = 0; b < batch; b++) System.arraycopy(row, 0, dst, off + b * out, out);
        } else {
            java.util.Arrays.fill(dst, off, off + batch * out, 0f);
        }
    }

    /** One sample's bias (per channel for convolutions, repeated at every position), rebuilt once per batch. */
    private float[] biasRow() {
        if (biasRow == null) biasRow = new float[outputSize()];
        if (!biasRowFresh) {
            int nb = bias.size();
            for (int p = 0; p < biasRow.length; p += nb) System.arraycopy(bias.value, 0, biasRow, p, nb);
            biasRowFresh = true;
        }
        return biasRow;
    }

    private float[] biasRow;
    private boolean biasRowFresh;

    /**
     * Computes every step's current before step 0 when the layer can (its input's spikes for all steps are
     * listed): a sample's active inputs repeat across steps, so its weight rows are then read from cache.
     */
    private boolean integrateAhead(EngineCounters c) {
        if (!integratesAllSteps()) return false;
        int per = batch * outputSize();
        int size = steps * per + bufferSlack();
        // slack of one vector: kernels may update the last sample's few floats a whole vector at a time
        if (currentSteps == null || currentSteps.length < size) currentSteps = new float[size + Kernels.get().lanes()];
        for (int t = 0; t < steps; t++) fillBias(currentSteps, t * per);
        integrateAllSteps(inputEvents, currentSteps, c);
        return true;
    }

    /** Whether the layer can sum all steps' synaptic input at once ({@link #integrateAllSteps}). */
    protected boolean integratesAllSteps() {
        return false;
    }

    /**
     * Adds the synaptic input of all steps at once into currents [t][b][out] (already holding the bias), from
     * complete spike lists. Called only when {@link #integratesAllSteps()}.
     */
    protected void integrateAllSteps(SpikeEvents inEvents, float[] currents, EngineCounters c) {
        throw new UnsupportedOperationException(name() + " integrates step by step");
    }

    @Override
    public float[] output() {
        return state.spikes;
    }

    @Override
    public SpikeEvents outputEvents() {
        return spikeFunction().smooth() ? null : events;
    }

    @Override
    public boolean binaryOutput() {
        return !spikeFunction().smooth();
    }

    @Override
    public void backward(int t, float[] in, int inOff, float[] gradOut, float[] gradMem, float[] gradIn,
                         EngineCounters c) {
        state.backward(t, gradOut, gradMem, gradCurrent, spikeFunction());
        accumulateWeightGrad(t, in, inOff, inputBinary, inputEvents, gradCurrent, c);
        if (bias != null) {
            int nb = bias.size();
            if (biasScratch == null) biasScratch = new float[4 * Kernels.get().lanes()];
            Kernels.get().addColumnSums(gradCurrent, 0, batch * outputSize() / nb, nb, bias.grad, biasScratch);
        }
        if (gradIn != null) propagate(gradCurrent, feedbackForBackward(), gradIn, c);
    }

    private float[] biasScratch;

    /** Forgets the gradient carried back from later steps (truncated BPTT's cut at a window's end). */
    public void cutCarriedGradient() {
        if (state != null) state.cutCarriedGradient();
    }

    /** dL/dI of the last backward step, b×out; learning rules that need it read it here. */
    public float[] gradCurrent() {
        return gradCurrent;
    }

    @Override
    public List<Param> params() {
        List<Param> ps = new ArrayList<>();
        ps.add(weights);
        if (bias != null) ps.add(bias);
        return ps;
    }

    @Override
    public long bytesHeld() {
        return state == null ? 0 : state.bytesHeld();
    }
}
