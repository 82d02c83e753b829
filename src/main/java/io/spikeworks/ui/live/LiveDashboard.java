package io.spikeworks.ui.live;

import io.spikeworks.ui.frame.DrawCadence;
import io.spikeworks.ui.frame.FrameScheduler;
import io.spikeworks.ui.frame.FrameTimeMonitor;
import io.spikeworks.ui.frame.FxBridge;
import io.spikeworks.ui.frame.PulseSubscription;
import javafx.scene.Node;
import javafx.scene.Scene;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The live views of a training run and their binding to its {@link LiveSource}. The views are the cards of a
 * {@link LiveViewRegistry}; this class knows none of them by name. {@link #bind} shows the cards whose view the
 * run offers something for, mounts the views into their cards (placeholders until then; one card on screen per
 * frame) and pulls from the source once per frame while the views are on screen, through
 * {@link FxBridge#everyPulse}: nothing is pulled while the source's version stays the same, weights only when their
 * view is due to draw (see {@link DrawCadence}), and a view draws only when it is visible and its snapshot is new.
 * A {@link FrameTimeMonitor} watches the frames meanwhile. FX thread only.
 */
public final class LiveDashboard {
    private final LiveViewsArea area;
    private final Consumer<String> status;
    private final List<LiveViewRegistration> registrations;
    /** The cards in registration order, index for index with {@link #registrations}. */
    private final List<LiveCard> cards = new ArrayList<>();
    private final LiveData data = new LiveData();
    private final FrameTimeMonitor monitor = new FrameTimeMonitor();
    private boolean mounted;
    private final Map<LiveViewSlot, Runnable> pendingMounts = new LinkedHashMap<>();
    private LiveSource source;
    private PulseSubscription pulling;
    private PulseSubscription mountingAhead;
    private long pulses;
    private long worstPulseNanos;
    private long worstPullNanos;
    /** Which cards draw in a frame, within its budget, and what each part of the frame cost. */
    private final FrameScheduler scheduler;
    /** Whether each card's view is on screen this frame: asked once a frame, since inside a scroll pane it maps bounds. */
    private final boolean[] onScreen;
    private long layoutStarted;
    private final Runnable beforeLayout = () -> layoutStarted = System.nanoTime();
    private final Runnable afterLayout;
    private Scene timedScene;

    /** The standard views ({@link LiveViewRegistry#standard()}). */
    public LiveDashboard(LiveViewsArea area, Consumer<String> status) {
        this(area, status, LiveViewRegistry.standard());
    }

    public LiveDashboard(LiveViewsArea area, Consumer<String> status, LiveViewRegistry registry) {
        this.area = area;
        this.status = status;
        this.registrations = registry.registrations();
        LiveCardContext context = new LiveCardContext(status, () -> source, this::earlierCard);
        for (LiveViewRegistration r : registrations)
            cards.add(Objects.requireNonNull(r.card().apply(context), () -> r.slot().id() + ": no card made"));
        scheduler = new FrameScheduler(cards.stream().map(LiveCard::name).toList(),
                cards.stream().mapToLong(LiveCard::drawIntervalNanos).toArray());
        onScreen = new boolean[cards.size()];
        afterLayout = () -> {
            if (layoutStarted != 0) scheduler.layoutTook(System.nanoTime() - layoutStarted);
            layoutStarted = 0;
        };
        monitor.setLastFrameDetail(scheduler::before);
        // before any run is bound: no card of a task kind or algorithm no run has claimed yet
        showCardsFor(LiveSource.DEFAULT_CAPABILITIES);
    }

    /** Leaves out the cards whose views need what {@code offered} lacks. */
    private void showCardsFor(Set<LiveCapability> offered) {
        Set<LiveViewSlot> hidden = new LinkedHashSet<>();
        for (LiveViewRegistration r : registrations) if (!r.offeredBy(offered)) hidden.add(r.slot());
        area.setHidden(hidden);
    }

    private Optional<LiveCard> earlierCard(Class<?> type) {
        return cards.stream().filter(type::isInstance).findFirst();
    }

    /** Mounts the views (once) and starts pulling from {@code s}; replaces any source bound before. */
    public void bind(LiveSource s) {
        FxBridge.requireFxThread();
        Objects.requireNonNull(s, "source");
        unbind();
        showCardsFor(s.capabilities());
        mount();
        mountNext(); // the first card on screen at once, the rest one per frame
        source = s;
        data.bind(s);
        for (LiveCard c : cards) c.bound(s);
        pulses = 0;
        scheduler.reset();
        worstPulseNanos = 0;
        worstPullNanos = 0;
        pulling = FxBridge.whileShowing(area, () -> FxBridge.everyPulse(this::onPulse));
        timeLayoutPasses(area.getScene());
        monitor.reset();
        monitor.start();
    }

    /** The scene whose layout passes the stall log times, or null (unbound). */
    Scene timedScene() {
        return timedScene;
    }

    /** Times the scene's CSS and layout passes for the stall log (the scene the area is in now; none: nothing). */
    private void timeLayoutPasses(Scene scene) {
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
        data.bind(null);
        timeLayoutPasses(null);
        monitor.stop();
    }

    public boolean isBound() {
        return source != null;
    }

    /**
     * Before a run is bound (and after one is unbound): shows the cards a run offering {@code offered} would fill
     * ({@link AlgorithmCapabilities} of the open project), so a BPTT project shows no empty card of another algorithm
     * and an nBP project its circuit. Ignored while a run is bound: the run says what it offers.
     */
    public void expect(Set<LiveCapability> offered) {
        FxBridge.requireFxThread();
        if (!isBound()) showCardsFor(offered);
    }

    /**
     * Queues the views to go into their cards, with their controls and export buttons in each card's header: one
     * card on screen per frame, the others when their tab is shown. Mounting all at once made the first frame's
     * style and layout pass take 100–130 ms.
     */
    void mount() {
        if (mounted) return;
        mounted = true;
        for (int i = 0; i < cards.size(); i++) {
            LiveViewSlot slot = registrations.get(i).slot();
            LiveCard card = cards.get(i);
            pendingMounts.put(slot, () -> {
                area.setView(slot, card.view());
                List<Node> tools = area.card(slot).getHeaderTools().getChildren();
                tools.addAll(0, ViewExport.buttons(slot.id(), card.view(), status));
                tools.addAll(0, card.headerTools());
            });
        }
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

    /** One frame: pull what changed, hand it to the views that are on screen. */
    void onPulse(long nowNanos) {
        scheduler.beginFrame(nowNanos);
        long tm = System.nanoTime();
        mountNext();
        long t0 = System.nanoTime();
        lookOnScreen();
        data.pull(false, sampleViewOnScreen());
        long t1 = System.nanoTime();
        scheduler.draw(nowNanos, i -> onScreen[i], i -> cards.get(i).draw(data));
        long spent = System.nanoTime() - t0;
        scheduler.mountTook(t0 - tm);
        scheduler.pullTook(t1 - t0);
        worstPullNanos = Math.max(worstPullNanos, t1 - t0);
        pulses++;
        if (spent > worstPulseNanos) worstPulseNanos = spent;
    }

    /** The mean FX-thread time of each part of a live frame so far (mount, pull, CSS and layout, each view). */
    public String meanFrameCost() {
        return scheduler.meanPerFrame();
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
        data.pull(true, true);
        for (LiveCard c : cards) c.draw(data);
    }

    private void lookOnScreen() {
        for (int i = 0; i < onScreen.length; i++) onScreen[i] = showing(cards.get(i).view());
    }

    /** The views drawn every frame are those of the current sample, the only ones that need its activity. */
    private boolean sampleViewOnScreen() {
        for (int i = 0; i < onScreen.length; i++)
            if (onScreen[i] && scheduler.everyFrame(i)) return true;
        return false;
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

    public FrameTimeMonitor frameMonitor() {
        return monitor;
    }

    /** The card of this class (e.g. {@code card(TransportCostCard.class).compareWith(...)}). */
    public <C extends LiveCard> C card(Class<C> type) {
        return earlierCard(type).map(type::cast)
                .orElseThrow(() -> new IllegalArgumentException("no live view card of type " + type.getSimpleName()));
    }

    /** The view of this class, e.g. {@code view(SpikeRasterView.class)}. */
    public <V extends CanvasView> V view(Class<V> type) {
        for (LiveCard c : cards) if (type.isInstance(c.view())) return type.cast(c.view());
        throw new IllegalArgumentException("no live view of type " + type.getSimpleName());
    }

    /** All views in registration order, for export-all and tests. */
    public List<CanvasView> views() {
        return cards.stream().map(LiveCard::view).toList();
    }
}
