package io.spikeworks.ui.live;

import io.spikeworks.ui.frame.DrawCadence;
import io.spikeworks.ui.frame.FrameParts;
import io.spikeworks.ui.frame.FrameTimeMonitor;
import io.spikeworks.ui.frame.FxBridge;
import io.spikeworks.ui.frame.PulseSubscription;
import io.spikeworks.ui.live.activity.ActivitySnapshot;
import io.spikeworks.ui.live.activity.ConfusionChoice;
import io.spikeworks.ui.live.activity.ConfusionData;
import io.spikeworks.ui.live.activity.ConfusionEntry;
import io.spikeworks.ui.live.activity.MembraneTraceView;
import io.spikeworks.ui.live.activity.NeuronRef;
import io.spikeworks.ui.live.activity.OutputView;
import io.spikeworks.ui.live.activity.SpikeRasterView;
import io.spikeworks.ui.live.cost.CostData;
import io.spikeworks.ui.live.cost.CostMetersView;
import io.spikeworks.ui.live.learning.LearningCurveView;
import io.spikeworks.ui.live.learning.LearningData;
import io.spikeworks.ui.live.learning.WeightData;
import io.spikeworks.ui.live.learning.WeightView;
import io.spikeworks.ui.live.symmetry.AsymmetryCurveData;
import io.spikeworks.ui.live.symmetry.AsymmetryCurvesView;
import io.spikeworks.ui.live.symmetry.CompareRunsDialog;
import io.spikeworks.ui.live.symmetry.ComparedRun;
import io.spikeworks.ui.live.symmetry.DivergenceMapData;
import io.spikeworks.ui.live.symmetry.TransportCostData;
import io.spikeworks.ui.live.symmetry.TransportCostView;
import io.spikeworks.ui.live.symmetry.TransportQuantity;
import io.spikeworks.ui.live.symmetry.WeightAsymmetryView;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The live views of a training run and their binding to its {@link LiveSource}. {@link #bind} mounts the
 * views into their cards (placeholders until then; one card on screen per frame) and pulls from the source once per frame while the views are on
 * screen, through {@link FxBridge#everyPulse}: nothing is pulled while the source's version stays the same, weights
 * only when their view is due to draw (see {@link DrawCadence}), and a view draws only when it is visible and its
 * snapshot is new. A {@link FrameTimeMonitor} watches the frames meanwhile. FX thread only.
 */
public final class LiveDashboard {
    private final LiveViewsArea area;
    private final Consumer<String> status;
    private final SpikeRasterView raster = new SpikeRasterView();
    private final MembraneTraceView membranes = new MembraneTraceView();
    private final LearningCurveView curves = new LearningCurveView();
    private final CostMetersView costs = new CostMetersView();
    private final OutputView output = new OutputView();
    private final WeightView weights = new WeightView();
    private final ComboBox<String> tensorChoice = new ComboBox<>();
    private final WeightAsymmetryView asymmetryMap = new WeightAsymmetryView();
    private final AsymmetryCurvesView asymmetryCurves = new AsymmetryCurvesView();
    private final TransportCostView transport = new TransportCostView();
    private final ComboBox<String> asymmetryLayerChoice = new ComboBox<>();
    private final ComboBox<TransportQuantity> transportQuantityChoice = new ComboBox<>();
    private final Button compareRuns = new Button("Compare runs…");
    private Path runsDirectory = ComparedRun.defaultRunsDirectory();
    private final ToggleButton inputCurrent = new ToggleButton("Input current");
    private final ComboBox<String> confusionChooser = new ComboBox<>();
    private final ConfusionChoice confusionChoice = new ConfusionChoice();
    /** Set while the chooser's items are replaced, so its listener does not take that as the user's pick. */
    private boolean fillingConfusionChooser;
    private final FrameTimeMonitor monitor = new FrameTimeMonitor();
    private boolean mounted;
    private final Map<LiveViewSlot, Runnable> pendingMounts = new EnumMap<>(LiveViewSlot.class);
    private LiveSource source;
    private PulseSubscription pulling;
    private PulseSubscription mountingAhead;
    private long pulledVersion = Long.MIN_VALUE;
    private long activityVersion = Long.MIN_VALUE;
    private long pulses;
    private long worstPulseNanos;
    private long worstPullNanos;
    private ActivitySnapshot activity;
    private LearningData learning;
    private CostData cost;
    private WeightData weightData;
    private DivergenceMapData divergenceData;
    private TransportCostData transportData;
    private AsymmetryCurveData curveData;
    private ConfusionData confusion;

    public LiveDashboard(LiveViewsArea area, Consumer<String> status) {
        this.area = area;
        this.status = status;
        raster.setOnNeuronPicked(membranes::addNeuron);
        monitor.setLastFrameDetail(now -> frameParts.before(now));
        membranes.setOnChosenChanged(this::traceChosen);
        tensorChoice.setId("weightTensorChoice");
        tensorChoice.getStyleClass().add("card-choice");
        tensorChoice.setTooltip(new Tooltip("Which tensor the weight view shows"));
        tensorChoice.setFocusTraversable(false);
        tensorChoice.valueProperty().addListener((obs, was, is) -> weights.setTensor(is));
        asymmetryLayerChoice.setId("asymmetryLayerChoice");
        asymmetryLayerChoice.getStyleClass().add("card-choice");
        asymmetryLayerChoice.setTooltip(new Tooltip("Which feedback layer the map shows"));
        asymmetryLayerChoice.setFocusTraversable(false);
        asymmetryLayerChoice.valueProperty().addListener((obs, was, is) -> asymmetryMap.setLayer(is));
        transportQuantityChoice.setId("transportQuantityChoice");
        transportQuantityChoice.getStyleClass().add("card-choice");
        transportQuantityChoice.getItems().setAll(TransportQuantity.values());
        transportQuantityChoice.setValue(transport.quantity());
        transportQuantityChoice.setTooltip(new Tooltip("What the transport chart counts"));
        transportQuantityChoice.setFocusTraversable(false);
        transportQuantityChoice.valueProperty().addListener((obs, was, is) -> transport.setQuantity(is));
        compareRuns.setId("transportCompareRuns");
        compareRuns.getStyleClass().add("card-tool");
        compareRuns.setTooltip(new Tooltip("Overlay finished runs (their metrics.csv) to compare algorithms"));
        compareRuns.setFocusTraversable(false);
        compareRuns.setOnAction(e -> CompareRunsDialog.choose(compareRuns.getScene() == null ? null
                        : compareRuns.getScene().getWindow(), runsDirectory,
                transport.comparedRuns().stream().map(ComparedRun::folder).toList()).ifPresent(this::compareWith));
        confusionChooser.setId("confusionChoice");
        confusionChooser.getStyleClass().add("card-choice");
        confusionChooser.setTooltip(new Tooltip("Which confusion matrix the output view shows: the test set's at an "
                + "evaluation (the latest follows new ones) or the training samples shown so far"));
        confusionChooser.setFocusTraversable(false);
        confusionChooser.setVisible(false);
        confusionChooser.managedProperty().bind(confusionChooser.visibleProperty());
        confusionChooser.valueProperty().addListener((obs, was, is) -> {
            if (fillingConfusionChooser || is == null) return;
            confusionChoice.chooseLabel(is);
            output.showConfusion(confusionChoice.shown());
        });
    }

    /** Where "Compare runs…" looks for finished runs (default {@code ~/.spikeworks/runs}). */
    public void setRunsDirectory(Path dir) {
        runsDirectory = Objects.requireNonNull(dir, "dir");
    }

    /**
     * Overlays these finished runs on the transport chart (none: clears it). A folder that cannot be read is left
     * out and named on the status line with the reason. Returns the runs shown.
     */
    public List<ComparedRun> compareWith(List<Path> folders) {
        List<ComparedRun> runs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path f : folders) {
            try {
                runs.add(ComparedRun.read(f));
            } catch (IOException e) {
                problems.add(e.getMessage());
            }
        }
        transport.setComparedRuns(runs);
        if (!problems.isEmpty()) status.accept("Cannot compare: " + String.join("; ", problems));
        else if (!runs.isEmpty()) status.accept("Comparing with " + runs.size() + (runs.size() == 1 ? " run" : " runs"));
        return runs;
    }

    /** Mounts the views (once) and starts pulling from {@code s}; replaces any source bound before. */
    public void bind(LiveSource s) {
        FxBridge.requireFxThread();
        Objects.requireNonNull(s, "source");
        unbind();
        mount();
        mountNext(); // the first card on screen at once, the rest one per frame
        source = s;
        s.traceInputCurrent(inputCurrent.isSelected());
        pulledVersion = Long.MIN_VALUE;
        activityVersion = Long.MIN_VALUE;
        divergenceData = null;
        transportData = null;
        curveData = null;
        membranes.clearNeurons();
        confusion = null;
        confusionChoice.update(ConfusionData.EMPTY);
        updateConfusionChooser();
        pulses = 0;
        cadence.reset();
        worstPulseNanos = 0;
        worstPullNanos = 0;
        pulling = FxBridge.whileShowing(area, () -> FxBridge.everyPulse(this::onPulse));
        timeLayoutPasses(area.getScene());
        monitor.reset();
        monitor.start();
    }

    /** The scene whose layout passes the stall log times, or null (unbound). */
    javafx.scene.Scene timedScene() {
        return timedScene;
    }

    /** Times the scene's CSS and layout passes for the stall log (the scene the area is in now; none: nothing). */
    private void timeLayoutPasses(javafx.scene.Scene scene) {
        if (timedScene == scene) return;
        if (timedScene != null) {
            timedScene.removePreLayoutPulseListener(beforeLayout);
            timedScene.removePostLayoutPulseListener(afterLayout);
        }
        timedScene = scene;
        if (scene != null) {
            scene.addPreLayoutPulseListener(beforeLayout);
            scene.addPostLayoutPulseListener(afterLayout);
        }
    }

    /** Stops pulling; the views keep showing the last data. */
    public void unbind() {
        FxBridge.requireFxThread();
        if (pulling != null) pulling.close();
        pulling = null;
        source = null;
        timeLayoutPasses(null);
        monitor.stop();
    }

    public boolean isBound() {
        return source != null;
    }

    /**
     * Queues the views to go into their cards, with export buttons in each card's header: one card on screen per
     * frame, the others when their tab is shown. Mounting all at once made the first frame's style and layout pass
     * take 100–130 ms.
     */
    void mount() {
        if (mounted) return;
        mounted = true;
        pendingMounts.put(LiveViewSlot.SPIKE_RASTER, () -> mount(LiveViewSlot.SPIKE_RASTER, raster));
        pendingMounts.put(LiveViewSlot.MEMBRANE_TRACES, this::mountMembranes);
        pendingMounts.put(LiveViewSlot.OUTPUT, () -> {
            mount(LiveViewSlot.OUTPUT, output);
            area.card(LiveViewSlot.OUTPUT).getHeaderTools().getChildren().add(0, confusionChooser);
            area.card(LiveViewSlot.OUTPUT).getHeaderTools().getChildren().add(1, // beside the chooser it exports
                    ViewExport.csvButton(LiveViewSlot.OUTPUT.id() + "ExportConfusionCsv", "Save the confusion matrix shown as CSV",
                            output::confusionExportName, output::exportConfusionCsv, status));
        });
        pendingMounts.put(LiveViewSlot.LEARNING_CURVES, () -> mount(LiveViewSlot.LEARNING_CURVES, curves));
        pendingMounts.put(LiveViewSlot.WEIGHTS, () -> {
            mount(LiveViewSlot.WEIGHTS, weights);
            area.card(LiveViewSlot.WEIGHTS).getHeaderTools().getChildren().add(0, tensorChoice);
        });
        pendingMounts.put(LiveViewSlot.COST_METERS, () -> mount(LiveViewSlot.COST_METERS, costs));
        pendingMounts.put(LiveViewSlot.WEIGHT_ASYMMETRY, () -> {
            mount(LiveViewSlot.WEIGHT_ASYMMETRY, asymmetryMap);
            area.card(LiveViewSlot.WEIGHT_ASYMMETRY).getHeaderTools().getChildren().add(0, asymmetryLayerChoice);
        });
        pendingMounts.put(LiveViewSlot.ASYMMETRY_CURVES, () -> mount(LiveViewSlot.ASYMMETRY_CURVES, asymmetryCurves));
        pendingMounts.put(LiveViewSlot.TRANSPORT_COST, () -> {
            mount(LiveViewSlot.TRANSPORT_COST, transport);
            area.card(LiveViewSlot.TRANSPORT_COST).getHeaderTools().getChildren().addAll(0, List.of(compareRuns,
                    transportQuantityChoice));
        });
    }

    /**
     * Mounts one queued card that is on screen; false when none is left. Cards in tabs nobody looks at wait until
     * their tab is shown: mounting all nine in the first second of a run (JIT and training busy) made 55 ms frames.
     */
    private boolean mountNext() {
        for (LiveViewSlot slot : pendingMounts.keySet()) {
            if (showing(area.card(slot))) {
                pendingMounts.remove(slot).run();
                return true;
            }
        }
        return false;
    }

    /**
     * Mounts the cards on screen now, one per frame, before any source is bound: Run calls it while the session
     * loads its data on one core, so creating and styling the cards does not race the engine's two threads for the
     * cores, as it did when they mounted in a run's first frames (frames of 54–81 ms, 3 in 70 runs).
     */
    public void mountAhead() {
        FxBridge.requireFxThread();
        if (source != null || mountingAhead != null) return;
        mount();
        mountingAhead = FxBridge.everyPulse(now -> {
            if (source != null || !mountNext()) {
                mountingAhead.close();
                mountingAhead = null;
            }
        });
    }

    private void mountAll() {
        for (Runnable job : pendingMounts.values()) job.run();
        pendingMounts.clear();
    }

    /** Whether every card on screen holds its view ({@link #bind} or {@link #mountAhead} mount them one per frame). */
    public boolean isMounted() {
        if (!mounted) return false;
        for (LiveViewSlot slot : pendingMounts.keySet()) if (showing(area.card(slot))) return false;
        return true;
    }

    private void mountMembranes() {
        mount(LiveViewSlot.MEMBRANE_TRACES, membranes);
        Button clear = new Button("Clear");
        clear.setId("membraneTracesClear");
        clear.getStyleClass().add("card-tool");
        clear.setTooltip(new Tooltip("Forget the picked neurons and show the first traced ones"));
        clear.setOnAction(e -> membranes.clearNeurons());
        area.card(LiveViewSlot.MEMBRANE_TRACES).getHeaderTools().getChildren().add(0, clear);
        inputCurrent.setId("membraneTracesCurrent");
        inputCurrent.getStyleClass().add("card-tool");
        inputCurrent.setTooltip(new Tooltip("Also record and draw each traced neuron's synaptic input current "
                + "(dotted, on its own scale at the right); recorded from the next batch on"));
        inputCurrent.setFocusTraversable(false);
        inputCurrent.selectedProperty().addListener((obs, was, on) -> {
            membranes.setShowCurrent(on);
            LiveSource src = source;
            if (src != null) src.traceInputCurrent(on);
        });
        area.card(LiveViewSlot.MEMBRANE_TRACES).getHeaderTools().getChildren().add(0, inputCurrent);
    }

    private void mount(LiveViewSlot slot, CanvasView view) {
        area.setView(slot, view);
        List<Node> tools = area.card(slot).getHeaderTools().getChildren();
        tools.addAll(0, ViewExport.buttons(slot.id(), view, status));
    }

    private void traceChosen(List<NeuronRef> chosen) {
        Set<NeuronRef> set = new LinkedHashSet<>(chosen);
        raster.setSelected(set);
        LiveSource s = source;
        if (s == null) return;
        Set<String> layers = new LinkedHashSet<>();
        for (NeuronRef r : chosen) layers.add(r.layer());
        for (String layer : layers) {
            int[] ns = chosen.stream().filter(r -> r.layer().equals(layer)).mapToInt(NeuronRef::neuron).toArray();
            try {
                s.traceNeurons(layer, ns);
            } catch (IllegalArgumentException e) {
                status.accept("Cannot trace " + layer + ": " + e.getMessage());
            }
        }
    }

    /** One frame: pull what changed, hand it to the views that are on screen. */
    void onPulse(long nowNanos) {
        frameParts.begin(nowNanos);
        long tm = System.nanoTime();
        mountNext();
        long t0 = System.nanoTime();
        lookOnScreen();
        pull(false);
        long t1 = System.nanoTime();
        push(nowNanos);
        long spent = System.nanoTime() - t0;
        frameParts.set(PART_MOUNT, t0 - tm);
        frameParts.set(PART_PULL, t1 - t0);
        worstPullNanos = Math.max(worstPullNanos, t1 - t0);
        pulses++;
        if (spent > worstPulseNanos) worstPulseNanos = spent;
    }

    /** The mean FX-thread time of each part of a live frame so far (mount, pull, CSS and layout, each view). */
    public String meanFrameCost() {
        return frameParts.meanPerFrame();
    }

    /** Pulses handled since bound, and the longest time one took (pull and draw), for diagnostics. */
    public long pulses() {
        return pulses;
    }

    public double worstPulseMillis() {
        return worstPulseNanos / 1e6;
    }

    /** The longest a pull from the source took within a pulse. */
    public double worstPullMillis() {
        return worstPullNanos / 1e6;
    }

    /** Pulls everything now (weights included) and updates every view, visible or not; for tests and snapshots. */
    public void refreshNow() {
        FxBridge.requireFxThread();
        mountAll();
        pull(true);
        for (ViewUpdate u : updates) u.draw().run();
    }

    /**
     * Pulls what changed. Rasters are read only for views on screen: the engine captures a new raster only after the
     * previous one was taken, so an unwatched raster costs it nothing. Weights are read by their views' updates.
     */
    private void pull(boolean force) {
        LiveSource s = source;
        if (s == null) return;
        long v = s.version();
        if (v != pulledVersion || force) {
            learning = orKeep(s.learning(), learning);
            cost = orKeep(s.costs(), cost);
            confusion = orKeep(s.confusion(), confusion);
            transportData = orKeep(s.transportCost(), transportData);
            curveData = orKeep(s.asymmetryCurves(), curveData);
            pulledVersion = v;
        }
        boolean wantActivity = force || sampleViewOnScreen();
        if (wantActivity && (v != activityVersion || force)) {
            activity = orKeep(s.activity(), activity);
            confusion = orKeep(s.confusion(), confusion);
            activityVersion = v;
        }
    }

    private static <T> T orKeep(T fresh, T old) {
        return fresh != null ? fresh : old;
    }

    /** What {@code read} gives from the bound source, or {@code old} when it gives nothing or none is bound. */
    private <T> T pulled(java.util.function.Function<LiveSource, T> read, T old) {
        LiveSource s = source;
        return s == null ? old : orKeep(read.apply(s), old);
    }

    /**
     * A live view, how it takes the latest data (with the header controls that follow that data), and the least time
     * between two of its drawings (see {@link DrawCadence}).
     */
    private record ViewUpdate(String name, Node view, Runnable draw, long intervalNanos) {
        /** A view of the current sample: drawn every frame, from the activity pulled for it. */
        ViewUpdate(String name, Node view, Runnable draw) {
            this(name, view, draw, DrawCadence.EVERY_FRAME);
        }
    }

    private final List<ViewUpdate> updates = List.of(
            new ViewUpdate("raster", raster, () -> raster.show(activity)),
            new ViewUpdate("traces", membranes, () -> membranes.show(activity)),
            new ViewUpdate("output", output, () -> {
                output.show(activity);
                showConfusion();
            }),
            new ViewUpdate("curves", curves, () -> curves.show(learning), DrawCadence.SERIES_NANOS),
            new ViewUpdate("costs", costs, () -> costs.show(cost), DrawCadence.SERIES_NANOS),
            // weights and W − Bᵀ are copied out of the engine only when their view draws, at the weights' cadence
            new ViewUpdate("weights", weights, () -> {
                weightData = pulled(LiveSource::weights, weightData);
                weights.show(weightData);
                updateTensorChoice();
            }, DrawCadence.WEIGHTS_NANOS),
            new ViewUpdate("asymmetry map", asymmetryMap, () -> {
                divergenceData = pulled(LiveSource::divergence, divergenceData);
                asymmetryMap.show(divergenceData);
                updateLayerChoice();
            }, DrawCadence.WEIGHTS_NANOS),
            new ViewUpdate("asymmetry curves", asymmetryCurves, () -> asymmetryCurves.show(curveData), DrawCadence.SERIES_NANOS),
            new ViewUpdate("transport", transport, () -> transport.show(transportData), DrawCadence.SERIES_NANOS));
    private final DrawCadence cadence = new DrawCadence(updates.stream().mapToLong(ViewUpdate::intervalNanos).toArray());
    /** Whether each update's view is on screen this frame: asked once a frame, since inside a scroll pane it maps bounds. */
    private final boolean[] onScreen = new boolean[updates.size()];

    private void lookOnScreen() {
        for (int i = 0; i < onScreen.length; i++) onScreen[i] = showing(updates.get(i).view());
    }

    /** The views drawn every frame are those of the current sample, the only ones that need its activity. */
    private boolean sampleViewOnScreen() {
        for (int i = 0; i < onScreen.length; i++)
            if (onScreen[i] && updates.get(i).intervalNanos() == DrawCadence.EVERY_FRAME) return true;
        return false;
    }
    /**
     * Hands the latest data to the views on screen, in turn from where the last frame stopped, while the next
     * view's last drawing time still fits the frame's drawing budget; the rest draw in the next frame. Keeps a
     * frame short when several views draw for the first time at once (cold code: 80 ms in one frame before). A view
     * drawn less than its interval ago waits too.
     */
    private void push(long nowNanos) {
        long start = System.nanoTime();
        int n = updates.size();
        cadence.beginFrame(nowNanos, i -> onScreen[i]);
        for (int k = 0; k < n; k++) {
            int i = (drawCursor + k) % n;
            long t0 = System.nanoTime();
            // a view that would not fit waits for the next frame, where it goes first
            if (k > 0 && t0 - start + drawCost[i] > DRAW_BUDGET_NANOS) {
                drawCursor = i;
                return;
            }
            ViewUpdate u = updates.get(i);
            if (onScreen[i] && cadence.due(i)) {
                u.draw().run();
                cadence.drawn(i, nowNanos);
            }
            long spent = System.nanoTime() - t0;
            frameParts.set(PART_FIRST_VIEW + i, spent);
            if (spent > DREW_NANOS) drawCost[i] = spent;
        }
    }

    static final long DRAW_BUDGET_NANOS = 25_000_000L;
    /** Below this an update drew nothing (no new data, or not on screen), so it says nothing about the view's cost. */
    private static final long DREW_NANOS = 500_000L;
    /** Each view's last drawing time; a view not drawn yet counts as a whole budget (cold code draws slowly). */
    private final long[] drawCost = filled(updates.size(), DRAW_BUDGET_NANOS);
    private int drawCursor;

    /**
     * Parts of this frame and the last, for the stall log: mount, pull, the scene's CSS and layout passes (in every
     * pulse since the frame began, so also work not ours: a card's first styling, a tab shown, a status change),
     * then each view's drawing.
     */
    private final FrameParts frameParts = new FrameParts(java.util.stream.Stream.concat(
            java.util.stream.Stream.of("mount", "pull", "css+layout"), updates.stream().map(ViewUpdate::name))
            .toArray(String[]::new));
    private static final int PART_MOUNT = 0;
    private static final int PART_PULL = 1;
    private static final int PART_LAYOUT = 2;
    private static final int PART_FIRST_VIEW = 3;
    private long layoutStarted;
    private final Runnable beforeLayout = () -> layoutStarted = System.nanoTime();
    private final Runnable afterLayout = () -> {
        if (layoutStarted != 0) frameParts.add(PART_LAYOUT, System.nanoTime() - layoutStarted);
        layoutStarted = 0;
    };
    private javafx.scene.Scene timedScene;

    private static long[] filled(int n, long v) {
        long[] a = new long[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    private void updateLayerChoice() {
        if (divergenceData == null) return;
        List<String> names = new ArrayList<>();
        for (DivergenceMapData.Layer l : divergenceData.layers()) names.add(l.name());
        if (!names.equals(asymmetryLayerChoice.getItems())) {
            String keep = asymmetryLayerChoice.getValue();
            asymmetryLayerChoice.getItems().setAll(names);
            DivergenceMapData.Layer shown = asymmetryMap.layer();
            asymmetryLayerChoice.setValue(keep != null && names.contains(keep) ? keep : shown == null ? null : shown.name());
        }
        asymmetryLayerChoice.setVisible(names.size() > 1);
        asymmetryLayerChoice.setManaged(names.size() > 1);
    }

    /** Hands the chosen matrix to the output view, refreshing the chooser when evaluations came or went. */
    private void showConfusion() {
        if (confusion == null || confusion == confusionChoice.data()) return;
        if (confusionChoice.update(confusion)) updateConfusionChooser();
        output.showConfusion(confusionChoice.shown());
    }

    private void updateConfusionChooser() {
        fillingConfusionChooser = true;
        try {
            List<String> labels = confusionChoice.labels();
            confusionChooser.getItems().setAll(labels);
            ConfusionEntry shown = confusionChoice.shown();
            confusionChooser.setValue(shown == null ? null : shown.label());
            confusionChooser.setVisible(!labels.isEmpty());
        } finally {
            fillingConfusionChooser = false;
        }
    }

    /** The membrane card's "Input current" toggle. */
    ToggleButton inputCurrentToggle() {
        return inputCurrent;
    }

    /** The chooser of the output card's confusion matrix. */
    ComboBox<String> confusionChooser() {
        return confusionChooser;
    }

    private void updateTensorChoice() {
        if (weightData == null) return;
        List<String> names = new ArrayList<>();
        for (WeightData.Tensor t : weightData.tensors()) names.add(t.name());
        if (!names.equals(tensorChoice.getItems())) {
            String keep = tensorChoice.getValue();
            tensorChoice.getItems().setAll(names);
            WeightData.Tensor shown = weights.tensor();
            tensorChoice.setValue(keep != null && names.contains(keep) ? keep : shown == null ? null : shown.name());
        }
    }

    /** Whether a node is in a scene and it and all its parents are visible (an unselected tab's content is not). */
    static boolean showing(Node n) {
        if (n.getScene() == null) return false;
        javafx.geometry.Bounds onScreen = null;
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) return false;
            // a card scrolled out of its tab's view is not drawn until it is scrolled back
            if (p instanceof javafx.scene.control.ScrollPane && p != n) {
                if (onScreen == null) onScreen = n.localToScene(n.getLayoutBounds());
                if (!p.localToScene(p.getLayoutBounds()).intersects(onScreen)) return false;
            }
        }
        return true;
    }

    public SpikeRasterView raster() { return raster; }
    public MembraneTraceView membranes() { return membranes; }
    public LearningCurveView curves() { return curves; }
    public CostMetersView costs() { return costs; }
    public OutputView output() { return output; }
    public WeightView weights() { return weights; }
    public FrameTimeMonitor frameMonitor() { return monitor; }
    public WeightAsymmetryView asymmetryMap() { return asymmetryMap; }
    public AsymmetryCurvesView asymmetryCurves() { return asymmetryCurves; }
    public TransportCostView transport() { return transport; }

    /** All views, for export-all and tests. */
    public List<CanvasView> views() {
        return List.of(raster, membranes, output, curves, weights, costs, asymmetryMap, asymmetryCurves, transport);
    }
}
