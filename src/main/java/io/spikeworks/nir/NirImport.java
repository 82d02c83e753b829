package io.spikeworks.nir;

import io.spikeworks.model.BuiltInComponents;
import io.spikeworks.model.Component;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.ComponentSpec;
import io.spikeworks.model.ComponentTrait;
import io.spikeworks.model.DatasetFacts;
import io.spikeworks.model.DatasetSpec;
import io.spikeworks.model.LayerSpec;
import io.spikeworks.model.NetworkSpec;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectValidator;
import io.spikeworks.model.TensorShape;
import io.spikeworks.model.file.ValidationError;
import io.spikeworks.sim.neuron.NeuronValues;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps a NIR graph onto a Spikeworks project and the values of its layers. The graph must be one chain
 * Input → (Affine|Linear|Conv2d → LIF|IF|CubaLIF | AvgPool2d|SumPool2d | Flatten)… → Output.
 *
 * <p>Per neuron, with forward Euler as snnTorch and the reference simulator use: LIF β = 1 − dt/τ; IF β = 1;
 * CubaLIF α = 1 − dt/τ_syn, β = 1 − dt/τ_mem. The input gain (r·dt/τ for LIF, r for IF, (w_in·dt/τ_syn)·(r·dt/τ_mem)
 * for CubaLIF) is folded into the threshold, θ' = θ/g, which gives the same spikes since the membrane just scales by
 * 1/g (a gain within 1e-6 of 1 is taken as 1, as snnTorch's exports have it up to float rounding). A leak potential
 * v_leak adds (1 − β)·v_leak/g to a dense layer's bias. SumPool2d becomes average pooling with its k² folded into the
 * next layer's weights. Every node that cannot be mapped is reported, by name and type, in one exception.
 */
public final class NirImport {
    /** snnTorch's fixed time step: what NIR files from snnTorch assume. */
    public static final double DEFAULT_DT = 1e-4;
    /** Neurons in one layer at most: beyond this a file describes no network Spikeworks can run. */
    static final long MAX_NEURONS = 1L << 24;
    /** Input gains this close to 1 are 1: snnTorch stores τ and r in float32, so r·dt/τ is 1 only up to rounding. */
    static final double UNIT_GAIN_TOLERANCE = 1e-6;

    private final NirGraph graph;
    private final String source;
    private final double dt;
    private final String dtSource;
    private final ComponentCatalog catalog = ComponentCatalog.standard();
    private final List<String> problems = new ArrayList<>();
    private final List<String> derived = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<LayerSpec> layers = new ArrayList<>();
    private final Map<String, LayerValues> values = new LinkedHashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private final Map<String, String> neuronNodes = new LinkedHashMap<>();
    /** The current activation shape in NIR order (C×H×W or N); null once an unmappable node lost track of it. */
    private int[] shape;
    private int[] inputShape;
    /** After a Flatten: the C×H×W shape whose channels-last order the engine's flat activations are still in. */
    private int[] flattenedFrom;
    private PendingSynapse pending;
    /** SumPool2d's k², waiting to be multiplied into the next synapse's weights. */
    private float poolFactor = 1f;

    /** A synapse node read, waiting for the neuron node that completes the layer. */
    private record PendingSynapse(NirNode node, boolean conv, int[] outShape, float[] weights, float[] bias,
                                  int channels, int kernel, int stride, int padding) {}

    private NirImport(NirGraph graph, String source, Double dtSeconds) throws NirFormatException {
        this.graph = graph;
        this.source = source;
        if (dtSeconds != null) {
            requireDt(dtSeconds, "given");
            this.dt = dtSeconds;
            this.dtSource = "given";
        } else if (graph.metadata().containsKey("dt")) {
            String text = graph.metadata().get("dt");
            double fromFile;
            try {
                fromFile = Double.parseDouble(text.trim());
            } catch (NumberFormatException e) {
                throw new NirFormatException(source + ": graph metadata 'dt' must be a number of seconds, got '" + text + "'");
            }
            requireDt(fromFile, "in the file's metadata");
            this.dt = fromFile;
            this.dtSource = "the file's metadata";
        } else {
            this.dt = DEFAULT_DT;
            this.dtSource = "the default (snnTorch's; the file has none)";
        }
    }

    private void requireDt(double v, String where) throws NirFormatException {
        if (!(v > 0) || Double.isInfinite(v))
            throw new NirFormatException(source + ": dt " + where + " must be a positive number of seconds, got " + v);
    }

    /** Reads and maps a .nir file; dtSeconds null means the file's metadata dt, or else {@link #DEFAULT_DT}. */
    public static NirModel read(Path file, Double dtSeconds) throws NirFormatException {
        return map(NirReader.read(file), dtSeconds, file.getFileName().toString());
    }

    public static NirModel map(NirGraph graph, Double dtSeconds, String source) throws NirFormatException {
        return new NirImport(graph, source, dtSeconds).run();
    }

    private NirModel run() throws NirFormatException {
        List<NirNode> chain;
        try {
            chain = graph.chain();
        } catch (NirFormatException e) {
            throw new NirFormatException(source + ": " + e.getMessage());
        }
        for (int i = 0; i < chain.size(); i++) {
            NirNode n = chain.get(i);
            int before = problems.size();
            try {
                step(n, i == 0, i == chain.size() - 1);
            } catch (RuntimeException e) {
                problem(n, "cannot be read: " + e.getMessage());
            }
            if (problems.size() > before && !isShapeKeeping(n.type())) shape = null;
        }
        if (pending != null) problem(pending.node(), "is not followed by a neuron node (LIF, IF or CubaLIF); Spikeworks "
                + "layers are synapses and neurons together");
        if (layers.isEmpty() && problems.isEmpty()) problems.add("the graph has no neuron layer");
        if (!problems.isEmpty()) {
            throw new NirFormatException(source + ": " + problems.size() + " problem" + (problems.size() > 1 ? "s" : "")
                    + " — " + String.join("; ", problems));
        }
        Project p = project();
        return new NirModel(p, values, neuronNodes, dt, dtSource, derived, warnings, lastProjectProblems);
    }

    private static boolean isShapeKeeping(String type) {
        return type.equals("LIF") || type.equals("IF") || type.equals("CubaLIF");
    }

    private void problem(NirNode n, String what) {
        problems.add("node " + n.label() + " " + what);
    }

    private void fieldProblem(NirNode n, String field, String what) {
        problems.add("node " + n.label() + ", field '" + field + "': " + what);
    }

    private void step(NirNode n, boolean first, boolean last) {
        if (first && !n.type().equals("Input")) {
            problem(n, "comes first, but a graph must start with an Input node (it gives the input shape)");
            return;
        }
        switch (n.type()) {
            case "Input" -> input(n, first);
            case "Output" -> output(n, last);
            case "Affine", "Linear" -> dense(n);
            case "Conv2d" -> conv(n);
            case "AvgPool2d", "SumPool2d" -> pool(n);
            case "Flatten" -> flatten(n);
            case "LIF", "IF", "CubaLIF" -> neuron(n);
            case "NIRGraph" -> problem(n, "is a nested graph (e.g. a recurrent layer); Spikeworks runs feed-forward "
                    + "chains of layers only");
            case "LI", "CubaLI", "I" -> problem(n, "is a neuron that never spikes; Spikeworks cannot import it yet");
            case "Conv1d", "Delay", "Scale", "Threshold" -> problem(n, "has no Spikeworks counterpart");
            default -> problem(n, "is not a NIR node type Spikeworks knows");
        }
    }

    // ---- fields

    private NirArray required(NirNode n, String field) {
        NirArray a = n.fields().get(field);
        if (a == null) fieldProblem(n, field, "missing");
        return a;
    }

    private void allowOnly(NirNode n, String... fields) {
        List<String> known = Arrays.asList(fields);
        for (String f : n.fields().keySet()) {
            if (!known.contains(f)) warnings.add("node " + n.label() + ": field '" + f + "' is not a field of " + n.type()
                    + " and was ignored");
        }
    }

    private long[] whole(NirNode n, String field, NirArray a, int length) {
        if (a == null) return null;
        if (length >= 0 && a.size() != length) {
            fieldProblem(n, field, "must hold " + length + " whole number" + (length > 1 ? "s" : "") + ", got shape "
                    + a.shapeText());
            return null;
        }
        var l = a.toLongs();
        if (l.isEmpty()) fieldProblem(n, field, "must hold whole numbers");
        return l.orElse(null);
    }

    /** Two equal whole numbers (h, w), or one broadcast to both. */
    private int square(NirNode n, String field, NirArray a, int min) {
        if (a == null) return -1;
        long[] v = whole(n, field, a, a.isScalar() ? 1 : 2);
        if (v == null) return -1;
        long h = v[0], w = v.length > 1 ? v[1] : v[0];
        if (h != w) {
            fieldProblem(n, field, "is (" + h + ", " + w + "); Spikeworks needs equal height and width");
            return -1;
        }
        if (h < min || h > Integer.MAX_VALUE) {
            fieldProblem(n, field, "must be at least " + min + ", got " + h);
            return -1;
        }
        return (int) h;
    }

    private float[] finite(NirNode n, String field, NirArray a) {
        if (a == null) return null;
        float[] f = a.toFloats();
        for (int i = 0; i < f.length; i++) {
            if (!Float.isFinite(f[i])) {
                fieldProblem(n, field, "value " + i + " is " + a.get(i) + ", must be a finite number");
                return null;
            }
        }
        return f;
    }

    /** A neuron parameter over the layer: its shape must be the layer's; a scalar applies to every neuron. */
    private double[] perNeuron(NirNode n, String field, int[] layerShape, Double absent) {
        NirArray a = n.fields().get(field);
        int size = sizeOf(layerShape);
        if (a == null) {
            if (absent == null) {
                fieldProblem(n, field, "missing");
                return null;
            }
            double[] d = new double[size];
            Arrays.fill(d, absent);
            return d;
        }
        double[] d = new double[size];
        if (a.isScalar() || a.size() == 1 && size != 1 && a.shape().length <= 1) {
            Arrays.fill(d, a.get(0));
        } else if (Arrays.equals(a.shape(), layerShape)) {
            d = a.values().clone();
        } else {
            fieldProblem(n, field, "has shape " + a.shapeText() + ", but the layer is " + Arrays.toString(layerShape));
            return null;
        }
        for (int i = 0; i < d.length; i++) {
            if (!Double.isFinite(d[i])) {
                fieldProblem(n, field, "value " + i + " is " + d[i] + ", must be a finite number");
                return null;
            }
        }
        return d;
    }

    private static int sizeOf(int[] s) {
        long n = 1;
        for (int d : s) n *= d;
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    private boolean needShape(NirNode n) {
        if (shape == null) {
            problem(n, "follows a node that could not be mapped, so its input shape is unknown");
            return false;
        }
        return true;
    }

    private boolean noPendingSynapse(NirNode n) {
        if (pending != null) {
            problem(n, "follows synapse node " + pending.node().label() + " directly; a synapse must be followed by "
                    + "a neuron node (LIF, IF or CubaLIF)");
            pending = null;
            return false;
        }
        return true;
    }

    // ---- nodes

    private void input(NirNode n, boolean first) {
        if (!first) {
            problem(n, "is an Input node in the middle of the chain");
            return;
        }
        allowOnly(n, "shape");
        long[] s = whole(n, "shape", required(n, "shape"), -1);
        if (s == null) return;
        if (s.length != 1 && s.length != 3) {
            fieldProblem(n, "shape", "is " + Arrays.toString(s) + "; Spikeworks takes inputs [N] or [C, H, W] (no batch "
                    + "dimension)");
            return;
        }
        long total = 1;
        for (long d : s) {
            if (d < 1) {
                fieldProblem(n, "shape", "is " + Arrays.toString(s) + "; every size must be at least 1");
                return;
            }
            total *= d;
            if (total > MAX_NEURONS) {
                fieldProblem(n, "shape", "is " + Arrays.toString(s) + ", more than the " + MAX_NEURONS
                        + " values Spikeworks takes as input");
                return;
            }
        }
        shape = Arrays.stream(s).mapToInt(v -> (int) v).toArray();
        inputShape = shape.clone();
    }

    private void output(NirNode n, boolean last) {
        if (!last) {
            problem(n, "is an Output node in the middle of the chain");
            return;
        }
        allowOnly(n, "shape");
        if (shape == null) return;
        noPendingSynapse(n);
        long[] s = whole(n, "shape", required(n, "shape"), -1);
        if (s == null) return;
        long total = 1;
        for (long d : s) total *= Math.max(d, 0);
        if (total != sizeOf(shape))
            fieldProblem(n, "shape", "is " + Arrays.toString(s) + ", but the last layer gives " + Arrays.toString(shape));
    }

    private void dense(NirNode n) {
        boolean affine = n.type().equals("Affine");
        if (affine) allowOnly(n, "weight", "bias"); else allowOnly(n, "weight");
        if (!needShape(n) || !noPendingSynapse(n)) return;
        NirArray wa = required(n, "weight");
        if (wa == null) return;
        int[] ws = wa.shape();
        int in = sizeOf(shape);
        if (ws.length != 2) {
            fieldProblem(n, "weight", "has shape " + wa.shapeText() + "; must be [out, in]");
            return;
        }
        if (ws[1] != in) {
            fieldProblem(n, "weight", "has shape " + wa.shapeText() + ", so it takes " + ws[1] + " inputs, but its input "
                    + "is " + Arrays.toString(shape) + " (" + in + " values)");
            return;
        }
        if (ws[0] < 1) {
            fieldProblem(n, "weight", "has no outputs (shape " + wa.shapeText() + ")");
            return;
        }
        float[] w = finite(n, "weight", wa);
        float[] b = null;
        if (affine) {
            NirArray ba = required(n, "bias");
            if (ba == null) return;
            if (ba.size() != ws[0] || ba.shape().length != 1) {
                fieldProblem(n, "bias", "has shape " + ba.shapeText() + ", must be [" + ws[0] + "] (one per output)");
                return;
            }
            b = finite(n, "bias", ba);
            if (b == null) return;
        }
        if (w == null) return;
        float[] engine = NirLayout.denseToEngine(w, ws[0], flattenedFrom != null ? flattenedFrom : shape);
        flattenedFrom = null;
        scaleByPoolFactor(engine);
        pending = new PendingSynapse(n, false, new int[]{ws[0]}, engine, b, ws[0], 0, 0, 0);
        shape = new int[]{ws[0]};
    }

    private void scaleByPoolFactor(float[] w) {
        if (poolFactor == 1f) return;
        for (int i = 0; i < w.length; i++) w[i] *= poolFactor;
        poolFactor = 1f;
    }

    private void conv(NirNode n) {
        allowOnly(n, "weight", "bias", "stride", "padding", "dilation", "groups", "input_shape");
        if (!needShape(n) || !noPendingSynapse(n)) return;
        if (shape.length != 3) {
            problem(n, "takes a [C, H, W] input, but its input is " + Arrays.toString(shape));
            return;
        }
        NirArray wa = required(n, "weight");
        if (wa == null) return;
        int[] ws = wa.shape();
        if (ws.length != 4) {
            fieldProblem(n, "weight", "has shape " + wa.shapeText() + "; must be [cout, cin, kh, kw]");
            return;
        }
        if (ws[1] != shape[0]) {
            fieldProblem(n, "weight", "has shape " + wa.shapeText() + ", so it takes " + ws[1] + " channels, but its input "
                    + "is " + Arrays.toString(shape));
            return;
        }
        if (ws[2] != ws[3]) {
            fieldProblem(n, "weight", "has a " + ws[2] + "×" + ws[3] + " kernel; Spikeworks needs square kernels");
            return;
        }
        int k = ws[2];
        if (k < 1 || k > 15) {
            fieldProblem(n, "weight", "has a " + k + "×" + k + " kernel; Spikeworks takes 1 to 15");
            return;
        }
        if (ws[0] < 1) {
            fieldProblem(n, "weight", "has no output channels");
            return;
        }
        int stride = n.fields().containsKey("stride") ? square(n, "stride", n.fields().get("stride"), 1) : 1;
        int pad = n.fields().containsKey("padding") ? square(n, "padding", n.fields().get("padding"), 0) : 0;
        int dil = n.fields().containsKey("dilation") ? square(n, "dilation", n.fields().get("dilation"), 1) : 1;
        if (dil > 1) fieldProblem(n, "dilation", "is " + dil + "; Spikeworks convolutions are not dilated");
        if (n.fields().containsKey("groups")) {
            long[] g = whole(n, "groups", n.fields().get("groups"), 1);
            if (g != null && g[0] != 1) fieldProblem(n, "groups", "is " + g[0] + "; Spikeworks convolutions have one group");
        }
        if (n.fields().containsKey("input_shape")) {
            long[] is = whole(n, "input_shape", n.fields().get("input_shape"), 2);
            if (is != null && (is[0] != shape[1] || is[1] != shape[2]))
                fieldProblem(n, "input_shape", "is " + Arrays.toString(is) + ", but its input is " + shape[1] + "×" + shape[2]);
        }
        float[] b = null;
        NirArray ba = n.fields().get("bias");
        if (ba != null) {
            if (ba.size() != ws[0] || ba.shape().length != 1) {
                fieldProblem(n, "bias", "has shape " + ba.shapeText() + ", must be [" + ws[0] + "] (one per channel)");
                return;
            }
            b = finite(n, "bias", ba);
        }
        float[] w = finite(n, "weight", wa);
        if (stride < 1 || pad < 0 || w == null || (ba != null && b == null) || dil > 1) return;
        long ho = ((long) shape[1] + 2L * pad - k) / stride + 1;
        long wo = ((long) shape[2] + 2L * pad - k) / stride + 1;
        if (shape[1] + 2L * pad < k || shape[2] + 2L * pad < k) {
            fieldProblem(n, "weight", "a " + k + "×" + k + " kernel does not fit its " + shape[1] + "×" + shape[2]
                    + " input with padding " + pad);
            return;
        }
        if ((long) ws[0] * ho * wo > MAX_NEURONS) {
            problem(n, "gives " + ws[0] + "×" + ho + "×" + wo + " neurons, more than Spikeworks runs in a layer");
            return;
        }
        float[] engine = NirLayout.convToEngine(w, ws[0], ws[1], k);
        scaleByPoolFactor(engine);
        int[] out = {ws[0], (int) ho, (int) wo};
        pending = new PendingSynapse(n, true, out, engine, b, ws[0], k, stride, pad);
        shape = out;
    }

    private void pool(NirNode n) {
        allowOnly(n, "kernel_size", "stride", "padding");
        if (!needShape(n) || !noPendingSynapse(n)) return;
        if (shape.length != 3) {
            problem(n, "pools a [C, H, W] input, but its input is " + Arrays.toString(shape));
            return;
        }
        int k = square(n, "kernel_size", required(n, "kernel_size"), 1);
        int s = n.fields().containsKey("stride") ? square(n, "stride", n.fields().get("stride"), 1) : k;
        int p = n.fields().containsKey("padding") ? square(n, "padding", n.fields().get("padding"), 0) : 0;
        if (p > 0) fieldProblem(n, "padding", "is " + p + "; Spikeworks pools without padding");
        if (k < 1 || s < 1 || p != 0) return;
        if (k > shape[1] || k > shape[2]) {
            fieldProblem(n, "kernel_size", "is " + k + ", larger than its " + shape[1] + "×" + shape[2] + " input");
            return;
        }
        if (n.type().equals("SumPool2d")) {
            poolFactor *= k * k;
            derived.add(n.name() + ": SumPool2d → average pool " + k + "×" + k + ", with its ×" + (k * k)
                    + " folded into the next layer's weights");
        } else {
            derived.add(n.name() + ": AvgPool2d → average pool " + k + "×" + k + ", stride " + s);
        }
        Component c = catalog.create(ComponentFamily.LAYER, BuiltInComponents.AVGPOOL).with("kernel", k).with("stride", s);
        layers.add(new LayerSpec(layerId(n.name()), c, null));
        shape = new int[]{shape[0], (shape[1] - k) / s + 1, (shape[2] - k) / s + 1};
    }

    private void flatten(NirNode n) {
        allowOnly(n, "start_dim", "end_dim", "input_type");
        if (!needShape(n) || !noPendingSynapse(n)) return;
        long start = 0, end = -1;
        if (n.fields().containsKey("start_dim")) {
            long[] v = whole(n, "start_dim", n.fields().get("start_dim"), 1);
            if (v == null) return;
            start = v[0];
        }
        if (n.fields().containsKey("end_dim")) {
            long[] v = whole(n, "end_dim", n.fields().get("end_dim"), 1);
            if (v == null) return;
            end = v[0];
        }
        int rank = shape.length;
        if (start != 0 || !(end == -1 || end == rank - 1)) {
            problem(n, "flattens dimensions " + start + " to " + end + " of " + Arrays.toString(shape)
                    + "; Spikeworks flattens all of them (start_dim 0, end_dim -1; NIR counts without the batch)");
            return;
        }
        if (n.fields().containsKey("input_type")) {
            long[] it = whole(n, "input_type", n.fields().get("input_type"), -1);
            if (it != null && !Arrays.equals(it, Arrays.stream(shape).asLongStream().toArray())) {
                fieldProblem(n, "input_type", "is " + Arrays.toString(it) + ", but its input is " + Arrays.toString(shape));
                return;
            }
        }
        if (rank == 3) {
            layers.add(new LayerSpec(layerId(n.name()), catalog.create(ComponentFamily.LAYER, BuiltInComponents.FLATTEN),
                    null));
            derived.add(n.name() + ": Flatten " + Arrays.toString(shape) + " → " + sizeOf(shape)
                    + " (channels first; the next layer's weights are reordered to the engine's channels-last order)");
            flattenedFrom = shape;
            shape = new int[]{sizeOf(shape)};
        }
    }

    private void neuron(NirNode n) {
        if (!needShape(n)) return;
        PendingSynapse syn = pending;
        pending = null;
        if (syn == null) {
            problem(n, "has no synapse before it; Spikeworks layers are an Affine, Linear or Conv2d node followed by "
                    + "a neuron node");
            return;
        }
        int[] ls = shape;
        int size = sizeOf(ls);
        double[] alpha = new double[size];
        double[] beta;
        double[] gain = new double[size];
        double[] threshold;
        double[] leak = new double[size];
        String kind;
        String formula;
        switch (n.type()) {
            case "LIF" -> {
                allowOnly(n, "tau", "r", "v_leak", "v_threshold", "v_reset");
                double[] tau = perNeuron(n, "tau", ls, null);
                double[] r = perNeuron(n, "r", ls, null);
                double[] vLeak = perNeuron(n, "v_leak", ls, 0.0);
                threshold = perNeuron(n, "v_threshold", ls, null);
                double[] vReset = perNeuron(n, "v_reset", ls, 0.0);
                if (tau == null || r == null || vLeak == null || threshold == null || vReset == null) return;
                if (!zeroReset(n, vReset)) return;
                beta = new double[size];
                for (int i = 0; i < size; i++) {
                    if (!(tau[i] > 0)) {
                        fieldProblem(n, "tau", "value " + i + " is " + tau[i] + ", must be > 0");
                        return;
                    }
                    beta[i] = 1 - dt / tau[i];
                    if (beta[i] < 0) {
                        fieldProblem(n, "tau", "value " + i + " is " + tau[i] + " s, shorter than dt = " + dt
                                + " s, so β = 1 − dt/τ would be negative; import with a smaller dt");
                        return;
                    }
                    gain[i] = r[i] * dt / tau[i];
                    leak[i] = (1 - beta[i]) * vLeak[i];
                }
                kind = BuiltInComponents.LIF;
                formula = "β = 1 − dt/τ";
            }
            case "IF" -> {
                allowOnly(n, "r", "v_threshold", "v_reset");
                double[] r = perNeuron(n, "r", ls, null);
                threshold = perNeuron(n, "v_threshold", ls, null);
                double[] vReset = perNeuron(n, "v_reset", ls, 0.0);
                if (r == null || threshold == null || vReset == null) return;
                if (!zeroReset(n, vReset)) return;
                beta = new double[size];
                Arrays.fill(beta, 1.0);
                gain = r;
                kind = BuiltInComponents.INTEGRATE_AND_FIRE;
                formula = "β = 1 (no leak)";
            }
            default -> {
                allowOnly(n, "tau_syn", "tau_mem", "r", "v_leak", "v_threshold", "v_reset", "w_in");
                double[] tauSyn = perNeuron(n, "tau_syn", ls, null);
                double[] tauMem = perNeuron(n, "tau_mem", ls, null);
                double[] r = perNeuron(n, "r", ls, null);
                double[] vLeak = perNeuron(n, "v_leak", ls, 0.0);
                threshold = perNeuron(n, "v_threshold", ls, null);
                double[] vReset = perNeuron(n, "v_reset", ls, 0.0);
                double[] wIn = perNeuron(n, "w_in", ls, 1.0);
                if (tauSyn == null || tauMem == null || r == null || vLeak == null || threshold == null
                        || vReset == null || wIn == null) return;
                if (!zeroReset(n, vReset)) return;
                beta = new double[size];
                for (int i = 0; i < size; i++) {
                    if (!(tauSyn[i] > 0) || !(tauMem[i] > 0)) {
                        fieldProblem(n, tauSyn[i] > 0 ? "tau_mem" : "tau_syn", "value " + i + " must be > 0");
                        return;
                    }
                    alpha[i] = 1 - dt / tauSyn[i];
                    beta[i] = 1 - dt / tauMem[i];
                    if (alpha[i] < 0 || beta[i] < 0) {
                        fieldProblem(n, alpha[i] < 0 ? "tau_syn" : "tau_mem", "value " + i + " is shorter than dt = " + dt
                                + " s, so its decay 1 − dt/τ would be negative; import with a smaller dt");
                        return;
                    }
                    if (vLeak[i] != 0) {
                        fieldProblem(n, "v_leak", "value " + i + " is " + vLeak[i] + "; Spikeworks' CUBA neurons have "
                                + "no leak potential");
                        return;
                    }
                    gain[i] = (wIn[i] * dt / tauSyn[i]) * (r[i] * dt / tauMem[i]);
                }
                kind = BuiltInComponents.CUBA_LIF;
                formula = "α = 1 − dt/τ_syn, β = 1 − dt/τ_mem";
            }
        }
        boolean unitGain = true;
        float[] theta = new float[size];
        for (int i = 0; i < size; i++) {
            if (!(gain[i] > 0)) {
                problem(n, "has input gain " + gain[i] + " at neuron " + i + "; it must be > 0 (r, w_in and τ positive)");
                return;
            }
            if (Math.abs(gain[i] - 1) > UNIT_GAIN_TOLERANCE) unitGain = false;
        }
        for (int i = 0; i < size; i++) {
            double t = unitGain ? threshold[i] : threshold[i] / gain[i];
            if (!(t > 0)) {
                fieldProblem(n, "v_threshold", "value " + i + " is " + threshold[i] + "; Spikeworks thresholds must be > 0");
                return;
            }
            theta[i] = (float) t;
        }
        // the bias, in the threshold's units: leak/gain, per neuron for dense layers
        float[] bias = syn.bias() == null ? null : syn.bias().clone();
        boolean anyLeak = Arrays.stream(leak).anyMatch(v -> v != 0);
        if (anyLeak) {
            if (syn.conv()) {
                fieldProblem(n, "v_leak", "is not 0 after a convolution; Spikeworks can fold it only into a dense layer's "
                        + "bias");
                return;
            }
            if (bias == null) bias = new float[size];
            for (int i = 0; i < size; i++) bias[i] += (float) (leak[i] / (unitGain ? 1 : gain[i]));
        }
        String id = layerId(n.name());
        float[] alphaF = toFloats(alpha), betaF = toFloats(beta);
        boolean uniform = uniform(alphaF) && uniform(betaF) && uniform(theta);
        Component neuron = neuronComponent(kind, alphaF, betaF, theta);
        Component layer = syn.conv()
                ? catalog.create(ComponentFamily.LAYER, BuiltInComponents.CONV2D).with("channels", syn.channels())
                        .with("kernel", syn.kernel()).with("stride", syn.stride()).with("padding", syn.padding())
                        .with("bias", bias != null)
                : catalog.create(ComponentFamily.LAYER, BuiltInComponents.DENSE).with("units", size)
                        .with("bias", bias != null);
        layers.add(new LayerSpec(id, layer, neuron));
        NeuronValues nv = uniform ? null : new NeuronValues(NirLayout.toEngineOrder(ls, alphaF),
                NirLayout.toEngineOrder(ls, betaF), NirLayout.toEngineOrder(ls, theta));
        values.put(id, new LayerValues(id, syn.weights(), bias, nv));
        neuronNodes.put(id, n.name());
        StringBuilder d = new StringBuilder();
        d.append(syn.node().name()).append(" + ").append(n.name()).append(": ").append(syn.node().type()).append(" → ")
                .append(syn.conv() ? "conv2d " + syn.channels() + "×" + syn.kernel() + "×" + syn.kernel()
                        + " stride " + syn.stride() + " padding " + syn.padding() : "dense " + size)
                .append(", ").append(n.type()).append(" → ").append(kind).append(" '").append(id).append("'; ")
                .append(formula).append(": ");
        if (kind.equals(BuiltInComponents.CUBA_LIF)) d.append("α ").append(range(alphaF)).append(", ");
        d.append("β ").append(range(betaF)).append(", θ ").append(range(theta));
        d.append(unitGain ? "; input gain 1" : "; input gain " + range(toFloats(gain)) + " folded into θ (θ/gain)");
        if (anyLeak) d.append("; v_leak folded into the bias");
        if (!uniform) d.append("; per-neuron values kept with the network");
        derived.add(d.toString());
    }

    private boolean zeroReset(NirNode n, double[] vReset) {
        for (int i = 0; i < vReset.length; i++) {
            if (vReset[i] != 0) {
                fieldProblem(n, "v_reset", "value " + i + " is " + vReset[i] + "; Spikeworks resets to 0 (or by "
                        + "subtraction), not to another potential");
                return false;
            }
        }
        return true;
    }

    private Component neuronComponent(String kind, float[] alpha, float[] beta, float[] theta) {
        Component c = catalog.create(ComponentFamily.NEURON, kind).with("threshold", decimal(mean(theta)))
                .with("reset", "zero");
        if (!kind.equals(BuiltInComponents.INTEGRATE_AND_FIRE)) c = c.with("beta", decimal(mean(beta)));
        if (kind.equals(BuiltInComponents.CUBA_LIF)) c = c.with("alpha", decimal(mean(alpha)));
        return c;
    }

    /** The shortest decimal that is this float (0.9, not 0.8999999761581421); the engine's float cast gives it back. */
    private static double decimal(float f) {
        return Double.parseDouble(Float.toString(f));
    }

    /** The value itself when all are equal (so a uniform layer keeps it exactly), else the mean. */
    private static float mean(float[] v) {
        if (uniform(v)) return v[0];
        double s = 0;
        for (float x : v) s += x;
        return (float) (s / v.length);
    }

    private static boolean uniform(float[] v) {
        for (float x : v) if (Float.floatToIntBits(x) != Float.floatToIntBits(v[0])) return false;
        return true;
    }

    private static float[] toFloats(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) f[i] = (float) d[i];
        return f;
    }

    static String range(float[] v) {
        float lo = Float.POSITIVE_INFINITY, hi = Float.NEGATIVE_INFINITY;
        for (float x : v) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        return lo == hi ? number(lo) + " (all)" : number(lo) + " … " + number(hi) + " (per neuron)";
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1");
    }

    /** A valid, unused layer id from a node name: a letter first, then letters, digits, '_' and '-'. */
    private String layerId(String name) {
        String id = name.replaceAll("[^A-Za-z0-9_-]", "_");
        if (id.isEmpty() || !Character.isLetter(id.charAt(0))) id = "n" + id;
        if (id.equals(Project.INPUT_NODE) || id.equals(Project.READOUT_NODE)) id = id + "_layer";
        String unique = id;
        for (int k = 2; !usedIds.add(unique); k++) unique = id + "_" + k;
        if (!unique.equals(name)) warnings.add("node '" + name + "' became layer '" + unique + "' (layer ids are letters, "
                + "digits, '_' and '-', unique, not input or readout)");
        return unique;
    }

    // ---- project

    private Project project() {
        Project base = Project.newDefault();
        int inSize = sizeOf(inputShape);
        int outSize = sizeOf(shape);
        ComponentSpec data = null;
        for (ComponentSpec d : catalog.list(ComponentFamily.DATASET)) {
            DatasetFacts f = d.datasetFacts();
            if (f.hasClassLabels() && f.inputShape().elementCount() == inSize && f.classCount() == outSize
                    && !d.has(ComponentTrait.NEEDS_PATH)) {
                data = d;
                break;
            }
        }
        List<String> projectProblems = new ArrayList<>();
        String datasetName = data != null ? data.type() : BuiltInComponents.MNIST;
        if (data == null) {
            projectProblems.add("no bundled data set has " + inSize + " inputs and " + outSize + " classes; the project "
                    + "names mnist as a stand-in, so choose a fitting data set before training");
        } else {
            warnings.add("data set: " + data.type() + " (" + inSize + " inputs, " + outSize + " classes), chosen by shape");
        }
        String encoder = data != null && data.has(ComponentTrait.EVENT_STREAM) ? BuiltInComponents.EVENTS
                : BuiltInComponents.POISSON;
        NetworkSpec network = new NetworkSpec(TensorShape.of(inputShape), layers,
                catalog.create(ComponentFamily.READOUT, BuiltInComponents.SPIKE_COUNT));
        String name = source.replaceAll("\\.nir$", "");
        Project p = new Project(name.isBlank() ? "Imported NIR network" : name,
                "Imported from " + source + " (NIR), dt = " + number(dt) + " s, with its trained weights and "
                        + "per-neuron values as the project's weights file.",
                DatasetSpec.of(datasetName), catalog.create(ComponentFamily.ENCODER, encoder), network,
                base.algorithm(), base.loss(), Project.DEFAULT_CHIP_PROFILE, base.training(), Map.of());
        if (data != null) {
            for (ValidationError e : new ProjectValidator(catalog).validate(p)) projectProblems.add(e.toString());
        }
        lastProjectProblems = projectProblems;
        return p;
    }

    private List<String> lastProjectProblems = List.of();
}
