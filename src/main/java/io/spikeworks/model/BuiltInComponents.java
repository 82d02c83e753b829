package io.spikeworks.model;

import static io.spikeworks.model.ComponentFamily.ENCODER;
import static io.spikeworks.model.ComponentFamily.LAYER;
import static io.spikeworks.model.ComponentFamily.LOSS;
import static io.spikeworks.model.ComponentFamily.NEURON;
import static io.spikeworks.model.ComponentFamily.OPTIMIZER;
import static io.spikeworks.model.ComponentFamily.READOUT;
import static io.spikeworks.model.ComponentFamily.SCHEDULE;
import static io.spikeworks.model.ComponentFamily.SURROGATE;

/**
 * The component types that ship with Spikeworks, and their type ids as constants for engine code.
 * Parameter keys are the JSON field names; each spec's help text is what the inspector shows.
 */
public final class BuiltInComponents {
    private BuiltInComponents() {}

    // LAYER
    public static final String DENSE = "dense";
    public static final String CONV2D = "conv2d";
    public static final String MAXPOOL = "maxpool";
    public static final String AVGPOOL = "avgpool";
    public static final String FLATTEN = "flatten";
    public static final String DEEPONET = "deeponet";
    // NEURON
    public static final String LIF = "lif";
    public static final String INTEGRATE_AND_FIRE = "if";
    public static final String CUBA_LIF = "cuba-lif";
    public static final String SINGLE_SPIKE = "single-spike";
    public static final String LEAKY_INTEGRATOR = "leaky-integrator";
    // ENCODER
    public static final String POISSON = "poisson";
    public static final String RATE = "rate";
    public static final String TTFS = "ttfs";
    public static final String DIRECT = "direct";
    public static final String EVENTS = "events";
    // READOUT
    public static final String SPIKE_COUNT = "spike-count";
    public static final String MEMBRANE_SUM = "membrane-sum";
    public static final String MEMBRANE_MAX = "membrane-max";
    public static final String MEMBRANE_MEAN = "membrane-mean";
    public static final String FIRST_SPIKE_TIME = "first-spike-time";
    // ALGORITHM
    public static final String BPTT = "bptt";
    public static final String FBP = "fbp";
    public static final String FEEDBACK_ALIGNMENT = "fa";
    public static final String DIRECT_FEEDBACK_ALIGNMENT = "dfa";
    public static final String SIGN_SYMMETRY = "sign-symmetry";
    public static final String KOLEN_POLLACK = "kolen-pollack";
    // SURROGATE (also the choices of bptt's "surrogate")
    public static final String FAST_SIGMOID = "fast-sigmoid";
    public static final String ARCTAN = "arctan";
    public static final String TRIANGLE = "triangle";
    public static final String RECTANGULAR = "rectangular";
    // LOSS
    public static final String CE_COUNT = "ce-count";
    public static final String CE_MEMBRANE = "ce-membrane";
    public static final String MSE_COUNT = "mse-count";
    public static final String TTFS_TEMPORAL = "ttfs-temporal";
    public static final String MSE_REGRESSION = "mse-regression";
    // OPTIMIZER
    public static final String SGD = "sgd";
    public static final String ADAM = "adam";
    // SCHEDULE
    public static final String CONSTANT = "constant";
    public static final String STEP = "step";
    public static final String COSINE = "cosine";
    // DATASET
    public static final String MNIST = "mnist";
    public static final String MNIST20_BINARY = "mnist20-binary";
    public static final String FASHION_MNIST = "fashion-mnist";
    public static final String FASHION_BINARY = "fashion-binary";
    public static final String CIFAR10 = "cifar10";
    public static final String CIFAR100 = "cifar100";
    public static final String SINE_1D = "sine-1d";
    public static final String MOVING_BARS = "moving-bars";
    public static final String MNIST_SACCADE_EVENTS = "mnist-saccade-events";
    public static final String FASHION_SACCADE_EVENTS = "fashion-saccade-events";
    public static final String N_MNIST = "n-mnist";
    public static final String DVS_GESTURE = "dvs-gesture";
    public static final String MEXICAN_HAT_2D = "mexican-hat-2d";
    public static final String POISSON_1D = "poisson1d";
    public static final String ANTIDERIVATIVE_1D = "antiderivative1d";
    public static final String DIFFUSION_REACTION = "diffusion-reaction";

    static void registerAll(ComponentCatalog catalog) {
        registerLayers(catalog);
        registerNeurons(catalog);
        registerEncoders(catalog);
        registerReadouts(catalog);
        registerSurrogates(catalog);
        registerLosses(catalog);
        registerOptimizers(catalog);
        registerSchedules(catalog);
        registerDatasets(catalog);
    }

    private static ParamSpec init(String... choices) {
        return ParamSpec.ofChoice("init", "Weight init", choices).withDefault(choices[0])
                .withHelp("initial weight distribution: xavier (Glorot), he (Kaiming) or uniform");
    }

    private static ParamSpec bias() {
        return ParamSpec.ofBoolean("bias", "Bias").withDefault(true)
                .withHelp("add a learned constant input current per neuron");
    }

    private static void registerLayers(ComponentCatalog catalog) {
        catalog.register(ComponentSpec.of(LAYER, DENSE, "Dense",
                        "Fully connected spiking layer; flattens a C×H×W input first.",
                        ParamSpec.ofInt("units", "Units").atLeast(1).withUnit("neurons")
                                .withHelp("number of neurons in the layer"),
                        bias(), init("xavier", "he", "uniform"))
                .withTraits(ComponentTrait.SPIKING));
        catalog.register(ComponentSpec.of(LAYER, CONV2D, "Conv 2D",
                        "2-D convolution of spiking neurons over a C×H×W input.",
                        ParamSpec.ofInt("channels", "Channels").atLeast(1).withHelp("number of output feature maps"),
                        ParamSpec.ofInt("kernel", "Kernel").withRange(1, 15).withDefault(3).withUnit("px")
                                .withHelp("side of the square kernel"),
                        ParamSpec.ofInt("stride", "Stride").atLeast(1).withDefault(1).withUnit("px")
                                .withHelp("step between kernel positions"),
                        ParamSpec.ofInt("padding", "Padding").atLeast(0).withDefault(0).withUnit("px")
                                .withHelp("zeros added on each border"),
                        bias(), init("xavier", "he", "uniform"))
                .withTraits(ComponentTrait.SPIKING));
        catalog.register(ComponentSpec.of(LAYER, MAXPOOL, "Max pool",
                "Keeps the largest value in each window (for spikes: any spike in the window).",
                poolKernel(), poolStride()));
        catalog.register(ComponentSpec.of(LAYER, AVGPOOL, "Average pool",
                "Averages each window; the mean is passed on as input current.", poolKernel(), poolStride()));
        catalog.register(ComponentSpec.of(LAYER, FLATTEN, "Flatten", "Turns C×H×W into a vector of C·H·W values."));
        registerDeepOnet(catalog);
    }

    /** The spiking DeepONet / SepONet composite (sim.DeepOnetLayer); its neuron is the stacks' hidden neuron. */
    private static void registerDeepOnet(ComponentCatalog catalog) {
        catalog.register(ComponentSpec.of(LAYER, DEEPONET, "DeepONet / SepONet",
                        "A spiking operator network as the whole network: each row [f at m sensors, coordinates] is "
                                + "split; a branch net reads the m sensor values, a trunk net the coordinates (SepONet: "
                                + "one trunk per coordinate), each a stack of spiking dense layers ending in p "
                                + "leaky integrators read as their mean membrane over the steps; the output is "
                                + "G = Σₖ bₖ·tₖ + b0 (SepONet: Σₖ bₖ·Πₐ tᵃₖ + b0). Use the membrane-mean readout.",
                        ParamSpec.ofInt("sensors", "Sensors m").atLeast(1).withDefault(100).withUnit("values")
                                .withHelp("the first m values of a row (the input function at m sensors) go to the branch"),
                        ParamSpec.ofInt("coordinates", "Coordinates d").atLeast(1).withDefault(1).withUnit("values")
                                .withHelp("the d values after the sensors (the query point) go to the trunk; m + d "
                                        + "must be the row's length"),
                        ParamSpec.ofBoolean("separable", "Separable (SepONet)").withDefault(false)
                                .withHelp("one trunk per coordinate axis, each on its own coordinate, multiplied "
                                        + "term by term (SepONet); off: one trunk on all coordinates (DeepONet)"),
                        ParamSpec.ofInt("branchLayers", "Branch hidden layers").withRange(0, 8).withDefault(2)
                                .withUnit("layers").withHelp("spiking dense layers of the branch before its p outputs"),
                        ParamSpec.ofInt("branchUnits", "Branch units").atLeast(1).withDefault(64).withUnit("neurons")
                                .withHelp("neurons in each hidden layer of the branch"),
                        ParamSpec.ofInt("trunkLayers", "Trunk hidden layers").withRange(0, 8).withDefault(2)
                                .withUnit("layers").withHelp("spiking dense layers of each trunk before its p outputs"),
                        ParamSpec.ofInt("trunkUnits", "Trunk units").atLeast(1).withDefault(64).withUnit("neurons")
                                .withHelp("neurons in each hidden layer of each trunk"),
                        ParamSpec.ofInt("latent", "Latent p").atLeast(1).withDefault(32).withUnit("terms")
                                .withHelp("outputs of the branch and of each trunk: the terms of the sum"),
                        ParamSpec.ofDouble("latentBeta", "Output β").withRange(0, 1).withDefault(0.0)
                                .withHelp("membrane decay of the stacks' p leaky-integrator outputs; 0 = each step's "
                                        + "input current, so the mean is the mean current"),
                        ParamSpec.ofDouble("branchGain", "Branch gain").greaterThan(0).withDefault(1.0)
                                .withHelp("the sensor values times this are the branch's input current at every step"),
                        ParamSpec.ofDouble("trunkGain", "Trunk gain").greaterThan(0).withDefault(1.0)
                                .withHelp("the coordinates times this are the trunk's input current at every step"),
                        ParamSpec.ofBoolean("bias", "Bias b0").withDefault(true)
                                .withHelp("add a learned constant b0 to G (the stacks' layers always have biases)"),
                        init("xavier", "he", "uniform"))
                .withTraits(ComponentTrait.SPIKING)
                .withProjectCheck(new OperatorNetCheck()));
    }

    private static ParamSpec poolKernel() {
        return ParamSpec.ofInt("kernel", "Kernel").atLeast(1).withDefault(2).withUnit("px")
                .withHelp("side of the square pooling window");
    }

    private static ParamSpec poolStride() {
        return ParamSpec.ofInt("stride", "Stride").atLeast(1).asOptional().withUnit("px")
                .withHelp("step between windows; unset means equal to the kernel (non-overlapping)");
    }

    private static ParamSpec threshold() {
        return ParamSpec.ofDouble("threshold", "Threshold").greaterThan(0).withDefault(1.0)
                .withHelp("membrane potential at which the neuron spikes");
    }

    private static ParamSpec reset() {
        return ParamSpec.ofChoice("reset", "Reset", "subtract", "zero").withDefault("subtract")
                .withHelp("after a spike: subtract the threshold from the membrane, or set it to zero");
    }

    private static ParamSpec refractory() {
        return ParamSpec.ofInt("refractory", "Refractory").withRange(0, 1000).withDefault(0).withUnit("steps")
                .withHelp("steps after a spike during which input is ignored");
    }

    private static void registerNeurons(ComponentCatalog catalog) {
        catalog.register(ComponentSpec.of(NEURON, LIF, "Leaky integrate-and-fire",
                "Membrane decays by β each step, integrates input, spikes at threshold.",
                ParamSpec.ofDouble("beta", "β (decay)").withRange(0, 1).withDefault(0.9)
                        .withHelp("membrane decay per step; ignored when tau is set"),
                ParamSpec.ofDouble("tau", "τ (time constant)").greaterThan(0).asOptional().withUnit("ms")
                        .withHelp("membrane time constant; when set, β = exp(-dt/τ) replaces beta"),
                ParamSpec.ofDouble("dt", "dt (step)").greaterThan(0).withDefault(1.0).withUnit("ms")
                        .withHelp("duration of one simulation step; only used with tau"),
                threshold(), reset(), refractory()));
        catalog.register(ComponentSpec.of(NEURON, INTEGRATE_AND_FIRE, "Integrate-and-fire",
                "No leak: the membrane keeps everything it integrates until it spikes.",
                threshold(), reset(), refractory()));
        catalog.register(ComponentSpec.of(NEURON, CUBA_LIF, "Current-based LIF (Loihi)",
                "Synaptic current and membrane voltage each decay; the neuron model of Loihi.",
                ParamSpec.ofDouble("alpha", "α (current decay)").withRange(0, 1).withDefault(0.8)
                        .withHelp("synaptic current decay per step"),
                ParamSpec.ofDouble("beta", "β (voltage decay)").withRange(0, 1).withDefault(0.9)
                        .withHelp("voltage decay per step"),
                threshold(), reset(), refractory(),
                ParamSpec.ofInt("stateBits", "State bits").withRange(0, 32).withDefault(0).withUnit("bits")
                        .withHelp("0 = floating point; otherwise current and voltage are integers of this width")));
        catalog.register(ComponentSpec.of(NEURON, SINGLE_SPIKE, "Single-spike",
                "Fires at most once per sample; for time-to-first-spike coding.",
                ParamSpec.ofDouble("beta", "β (decay)").withRange(0, 1).withDefault(1.0)
                        .withHelp("membrane decay per step; 1 = no leak"),
                threshold()));
        catalog.register(ComponentSpec.of(NEURON, LEAKY_INTEGRATOR, "Leaky integrator (no spikes)",
                        "Integrates and leaks but never fires: an output layer whose membrane is read as a real "
                                + "value (with the membrane readouts), for regression.",
                        ParamSpec.ofDouble("beta", "β (decay)").withRange(0, 1).withDefault(0.9)
                                .withHelp("membrane decay per step; 1 = no leak"))
                .withTraits(ComponentTrait.NON_SPIKING));
    }

    private static void registerEncoders(ComponentCatalog catalog) {
        catalog.register(ComponentSpec.of(ENCODER, POISSON, "Poisson",
                "Each pixel spikes at random with probability proportional to its intensity.",
                ParamSpec.ofDouble("gain", "Gain").withRange(0, 1).withDefault(1.0)
                        .withHelp("spike probability per step at full intensity")));
        catalog.register(ComponentSpec.of(ENCODER, RATE, "Rate (regular)",
                "Deterministic: evenly spaced spikes, count proportional to intensity.",
                ParamSpec.ofDouble("gain", "Gain").withRange(0, 1).withDefault(1.0)
                        .withHelp("spikes per step at full intensity")));
        catalog.register(ComponentSpec.of(ENCODER, TTFS, "Time to first spike",
                "One spike per pixel; brighter pixels spike earlier.",
                ParamSpec.ofDouble("minIntensity", "Min intensity").withRange(0, 1).withDefault(0.0)
                        .withHelp("pixels at or below this intensity never spike")));
        catalog.register(ComponentSpec.of(ENCODER, DIRECT, "Direct current",
                "No input spikes: pixel intensity is injected as current every step.",
                ParamSpec.ofDouble("gain", "Gain").greaterThan(0).withDefault(1.0)
                        .withHelp("current per step at full intensity")));
        catalog.register(ComponentSpec.of(ENCODER, EVENTS, "Events (the data's own spikes)",
                "For event-stream data sets: each sample's recorded spikes go to the network as they are, one time "
                        + "bin per step; nothing is encoded. Only for such data sets."));
    }

    private static void registerReadouts(ComponentCatalog catalog) {
        catalog.register(ComponentSpec.of(READOUT, SPIKE_COUNT, "Spike count",
                "Class score = spikes of its output neuron over all steps."));
        catalog.register(ComponentSpec.of(READOUT, MEMBRANE_SUM, "Membrane sum",
                "Class score = output membrane potential summed over all steps."));
        catalog.register(ComponentSpec.of(READOUT, MEMBRANE_MAX, "Membrane max",
                "Class score = highest output membrane potential over all steps."));
        catalog.register(ComponentSpec.of(READOUT, FIRST_SPIKE_TIME, "First spike time",
                "Predicted class = the output neuron that spikes first."));
        catalog.register(ComponentSpec.of(READOUT, MEMBRANE_MEAN, "Membrane mean",
                "Output = membrane potential averaged over all steps; with leaky-integrator outputs, a real value "
                        + "for regression."));
    }

    private static void registerSurrogates(ComponentCatalog catalog) {
        catalog.register(ComponentSpec.of(SURROGATE, FAST_SIGMOID, "Fast sigmoid",
                "1 / (1 + k|v − θ|)²; k is the scale."));
        catalog.register(ComponentSpec.of(SURROGATE, ARCTAN, "Arctan",
                "1 / (1 + (πk(v − θ)/2)²); k is the scale."));
        catalog.register(ComponentSpec.of(SURROGATE, TRIANGLE, "Triangle",
                "max(0, 1 − k|v − θ|); 1/k is the half-width."));
        catalog.register(ComponentSpec.of(SURROGATE, RECTANGULAR, "Rectangular",
                "1 inside |v − θ| < 1/(2k), else 0; 1/k is the width."));
    }

    private static void registerLosses(ComponentCatalog catalog) {
        catalog.register(ComponentSpec.of(LOSS, CE_COUNT, "Cross-entropy on spike counts",
                "Softmax over output spike counts, cross-entropy against the label.")
                .withTraits(ComponentTrait.CLASSIFICATION));
        catalog.register(ComponentSpec.of(LOSS, CE_MEMBRANE, "Cross-entropy on membrane",
                "Softmax over the readout's membrane scores, cross-entropy against the label.")
                .withTraits(ComponentTrait.CLASSIFICATION));
        catalog.register(ComponentSpec.of(LOSS, MSE_COUNT, "MSE on spike rates",
                        "Squared error between each output's spike rate (count / T) and a target rate.",
                        ParamSpec.ofDouble("targetCorrect", "Target (correct)").withRange(0, 1).withDefault(0.8)
                                .withUnit("spikes/step").withHelp("spike rate wanted from the correct class"),
                        ParamSpec.ofDouble("targetWrong", "Target (wrong)").withRange(0, 1).withDefault(0.2)
                                .withUnit("spikes/step").withHelp("spike rate wanted from every other class"))
                .withTraits(ComponentTrait.CLASSIFICATION));
        catalog.register(ComponentSpec.of(LOSS, TTFS_TEMPORAL, "Temporal (first spike)",
                        "Cross-entropy on softmax(−t/τ) of the outputs' first-spike times: the correct class "
                                + "should fire first.",
                        ParamSpec.ofDouble("tau", "τ (temperature)").greaterThan(0).withDefault(5.0).withUnit("steps")
                                .withHelp("how sharply earlier spikes win; a neuron that never fires counts as t = T"))
                .withTraits(ComponentTrait.CLASSIFICATION));
        catalog.register(ComponentSpec.of(LOSS, MSE_REGRESSION, "MSE (regression)",
                "Squared error between the readout and the target vector, for data sets with real-valued targets.")
                .withTraits(ComponentTrait.REGRESSION));
    }

    private static ParamSpec weightDecay() {
        return ParamSpec.ofDouble("weightDecay", "Weight decay").atLeast(0).withDefault(0.0)
                .withHelp("L2 penalty added to every gradient step");
    }

    private static void registerOptimizers(ComponentCatalog catalog) {
        catalog.register(ComponentSpec.of(OPTIMIZER, SGD, "SGD",
                "Stochastic gradient descent with momentum.",
                ParamSpec.ofDouble("momentum", "Momentum").atLeast(0).lessThan(1).withDefault(0.9)
                        .withHelp("fraction of the previous step carried into the next"),
                weightDecay()));
        catalog.register(ComponentSpec.of(OPTIMIZER, ADAM, "Adam",
                "Adaptive moment estimation.",
                ParamSpec.ofDouble("beta1", "β1").atLeast(0).lessThan(1).withDefault(0.9)
                        .withHelp("decay of the running mean of gradients"),
                ParamSpec.ofDouble("beta2", "β2").atLeast(0).lessThan(1).withDefault(0.999)
                        .withHelp("decay of the running mean of squared gradients"),
                ParamSpec.ofDouble("epsilon", "ε").greaterThan(0).withDefault(1e-8)
                        .withHelp("added to the denominator for numerical safety"),
                weightDecay()));
    }

    private static void registerSchedules(ComponentCatalog catalog) {
        catalog.register(ComponentSpec.of(SCHEDULE, CONSTANT, "Constant", "The learning rate never changes."));
        catalog.register(ComponentSpec.of(SCHEDULE, STEP, "Step decay",
                "Multiply the learning rate by γ every few epochs.",
                ParamSpec.ofInt("stepEpochs", "Every").atLeast(1).withDefault(1).withUnit("epochs")
                        .withHelp("epochs between decays"),
                ParamSpec.ofDouble("gamma", "γ").withRange(0, 1).withDefault(0.5)
                        .withHelp("factor applied at each decay")));
        catalog.register(ComponentSpec.of(SCHEDULE, COSINE, "Cosine",
                "Cosine decay from the learning rate to minFactor × learning rate over all epochs.",
                ParamSpec.ofDouble("minFactor", "Min factor").withRange(0, 1).withDefault(0.0)
                        .withHelp("final learning rate as a fraction of the initial one")));
    }

    private static void registerDatasets(ComponentCatalog catalog) {
        DatasetFacts grey28 = new DatasetFacts(TensorShape.of(1, 28, 28), 10);
        catalog.register(ComponentSpec.dataset(MNIST, "MNIST", "Handwritten digits 0–9, 28×28 grey; bundled.", grey28));
        catalog.register(ComponentSpec.dataset(FASHION_MNIST, "Fashion-MNIST",
                "Ten kinds of clothing, 28×28 grey; bundled.", grey28));
        catalog.register(ComponentSpec.dataset(MNIST20_BINARY, "MNIST 20×20 binary",
                "MNIST cropped by 4 px on every side and binarised at raw pixel > 128 (the authors' loader of Renner "
                        + "et al. 2024, worked out exactly); bundled.",
                new DatasetFacts(TensorShape.of(1, 20, 20), 10)));
        catalog.register(ComponentSpec.dataset(FASHION_BINARY, "Fashion-MNIST 28×28 binary",
                "Fashion-MNIST, not cropped, binarised as mnist20-binary (784 inputs, as in the nBP authors' code); "
                        + "bundled.",
                new DatasetFacts(TensorShape.of(1, 28, 28), 10)));
        catalog.register(ComponentSpec.dataset(CIFAR10, "CIFAR-10",
                        "Ten object classes, 32×32 colour; give the directory of the extracted binary version.",
                        new DatasetFacts(TensorShape.of(3, 32, 32), 10))
                .withTraits(ComponentTrait.NEEDS_PATH));
        catalog.register(ComponentSpec.dataset(CIFAR100, "CIFAR-100",
                        "A hundred object classes, 32×32 colour; give the directory of the extracted binary version.",
                        new DatasetFacts(TensorShape.of(3, 32, 32), 100))
                .withTraits(ComponentTrait.NEEDS_PATH));
        catalog.register(ComponentSpec.dataset(SINE_1D, "Sine (regression)",
                "y = sin(2πx) on [0, 1]: 1,000 training points drawn at random, 201 test points on a grid; made on "
                        + "the spot. A first regression task: one real input, one real output.",
                DatasetFacts.realValued(TensorShape.of(1), 1)));
        catalog.register(ComponentSpec.dataset(MOVING_BARS, "Moving bars (events)",
                        "Event-camera task made on the spot: a bar sweeps a 16×16 sensor right, left, down or up; each "
                                + "pixel its edge enters fires one ON event; 16 time bins, 2,000 training and 500 test "
                                + "samples. The direction is only in the timing. Use the events encoder.",
                        new DatasetFacts(TensorShape.of(1, 16, 16), 4))
                .withTraits(ComponentTrait.EVENT_STREAM));
        DatasetFacts events34 = new DatasetFacts(TensorShape.of(2, 34, 34), 10);
        String saccades = " moved around a triangle of three saccades over a simulated 34×34 event camera, as N-MNIST "
                + "was recorded (a conversion, not N-MNIST itself): ON/OFF events where a pixel's log intensity crosses "
                + "its threshold, 2×34×34 (OFF, ON), binned into the run's time steps; about 5 % of cells fire at 20 "
                + "steps. Converted once per step count (about a minute) and cached. Use the events encoder.";
        catalog.register(ComponentSpec.dataset(MNIST_SACCADE_EVENTS, "MNIST as saccade events",
                        "MNIST's digits" + saccades, events34)
                .withTraits(ComponentTrait.EVENT_STREAM));
        catalog.register(ComponentSpec.dataset(FASHION_SACCADE_EVENTS, "Fashion-MNIST as saccade events",
                        "Fashion-MNIST's clothes" + saccades, events34)
                .withTraits(ComponentTrait.EVENT_STREAM));
        catalog.register(ComponentSpec.dataset(N_MNIST, "N-MNIST (your files)",
                        "The recorded N-MNIST, 2×34×34 events binned into the run's time steps; give the folder "
                                + "holding Train/ and Test/ (one folder per digit of .bin files). Use the events encoder.",
                        events34)
                .withTraits(ComponentTrait.EVENT_STREAM, ComponentTrait.NEEDS_PATH));
        catalog.register(ComponentSpec.dataset(DVS_GESTURE, "DVS128 Gesture (your files)",
                        "Eleven hand and arm gestures recorded with a DVS128, pooled 4×4 to 2×32×32 events, each "
                                + "gesture binned into the run's time steps; give the folder holding trials_to_train.txt, "
                                + "trials_to_test.txt and the .aedat recordings with their _labels.csv. Use the events "
                                + "encoder.",
                        new DatasetFacts(TensorShape.of(2, 32, 32), 11))
                .withTraits(ComponentTrait.EVENT_STREAM, ComponentTrait.NEEDS_PATH));
        catalog.register(ComponentSpec.dataset(MEXICAN_HAT_2D, "Mexican hat 2-D (regression)",
                "The Ricker wavelet f = (1 − r²/2σ²)·exp(−r²/2σ²)/(πσ⁴), σ = 0.8, on [−1, 1]² (peak 0.777 at the "
                        + "origin): 2,000 training points drawn at random, 2,601 test points on a 51 × 51 grid; "
                        + "made on the spot. Two real inputs (x1, x2), one real output, not scaled.",
                DatasetFacts.realValued(TensorShape.of(2), 1)));
        catalog.register(ComponentSpec.dataset(POISSON_1D, "Poisson 1-D operator (regression)",
                "Learn f ↦ u with −u'' = f on [0, 1], u(0) = u(1) = 0, as flat rows for an MLP: inputs are f at 100 "
                        + "even sensors followed by the query point x (101 values), the target is 10·u(x) (u scaled "
                        + "by 10 so its RMS is about 0.7; relative L2 errors are the same as unscaled). f from a "
                        + "Gaussian process (RBF, length 0.2); u from a finite-difference solver accurate to 1e-6. "
                        + "Training: 1,000 functions × 10 random x; test: 100 other functions × a 51-point grid.",
                DatasetFacts.realValued(TensorShape.of(101), 1)));
        catalog.register(ComponentSpec.dataset(ANTIDERIVATIVE_1D, "Antiderivative operator (regression)",
                "Learn f ↦ ∫₀ˣ f, DeepONet's first task, as flat rows for an MLP: f (Gaussian process, RBF, length "
                        + "0.2) at 100 even sensors followed by x (101 inputs) → the integral at x (cumulative "
                        + "Simpson, exact to 1e-12 on the spline). Training: 1,000 functions × 10 random x; test: 100 "
                        + "other functions × a 51-point grid. Not scaled.",
                DatasetFacts.realValued(TensorShape.of(101), 1)));
        catalog.register(ComponentSpec.dataset(DIFFUSION_REACTION, "Diffusion-reaction operator (regression)",
                "Learn f ↦ u(x, t) for u_t = 0.01 u_xx + 0.01 u² + f(x) on [0, 1]², zero initial and boundary "
                        + "values, as flat rows: f at 100 sensors, then x and t (102 inputs) → u(x, t). Reference: "
                        + "Crank–Nicolson with Newton, extrapolated (max error 2.8e-5 on 100×100). Training: 500 "
                        + "functions × 20 random (x, t); test: 50 other functions on a 21 × 21 grid. Not scaled.",
                DatasetFacts.realValued(TensorShape.of(102), 1)));
    }

}
