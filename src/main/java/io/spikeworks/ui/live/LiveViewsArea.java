package io.spikeworks.ui.live;

import io.spikeworks.ui.frame.FxBridge;
import io.spikeworks.ui.widget.Placeholder;
import io.spikeworks.ui.widget.TitledPanel;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Centre area of the main window. One tab per {@link LiveViewGroup} (Activity, Learning, Chip cost); each tab
 * stacks the cards of its {@link LiveViewSlot}s in a vertical split, so related views are watched together.
 * A card shows a placeholder until a feature plugs its view in. Cards can be moved up, down or to another tab from
 * their header menu; {@link #currentLayout()} and {@link #applyLayout} carry the arrangement to and from
 * {@link LiveViewLayout} (remembered between runs).
 *
 * <pre>{@code
 * window.liveViews().setView(LiveViewSlot.SPIKE_RASTER, rasterView);   // fills the card
 * window.liveViews().select(LiveViewSlot.SPIKE_RASTER);                // brings its tab to the front
 * window.liveViews().addView("energy", "Energy", icon, energyView);     // a tab of its own
 * }</pre>
 * FX thread only.
 */
public final class LiveViewsArea extends BorderPane {
    public static final String ID = "liveViewsPane";

    private final TabPane tabs = new TabPane();
    private final Map<LiveViewSlot, TitledPanel> cards = new LinkedHashMap<>();
    private final Map<LiveViewGroup, SplitPane> groupSplits = new EnumMap<>(LiveViewGroup.class);
    private LiveViewLayout layout = LiveViewLayout.DEFAULT;
    /** Cards of views the bound run offers nothing for: left out of their tab's stack, their place kept. */
    private Set<LiveViewSlot> hidden = Set.of();

    /** The cards of the standard views ({@link LiveViewRegistry#standard()}). */
    public LiveViewsArea() {
        this(LiveViewRegistry.standard());
    }

    /** A card for every view of {@code registry}. */
    private LiveViewSlot alone;
    private LiveViewLayout arrangementBeforeAlone;

    public LiveViewsArea(LiveViewRegistry registry) {
        setId(ID);
        getStyleClass().add("live-views");
        tabs.setId("liveViewTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("live-view-tabs");
        for (LiveViewSlot slot : registry.slots()) {
            Placeholder p = new Placeholder(slot.icon(), slot.title(),
                    slot.description() + " Appears when a training run starts.");
            p.getStyleClass().add("compact");
            TitledPanel card = new TitledPanel(slot.id() + "Card", "view-card", slot.icon(), slot.title(), p);
            card.getHeaderTools().getChildren().add(arrangeMenu(slot));
            // the least readable height grows with presenter mode's text and marks
            card.minHeightProperty().bind(io.spikeworks.ui.theme.DisplayScale.canvasScaleProperty().multiply(slot.minHeight()));
            cards.put(slot, card);
        }
        for (LiveViewGroup group : LiveViewGroup.values()) {
            SplitPane stack = new SplitPane();
            stack.setOrientation(Orientation.VERTICAL);
            stack.getStyleClass().add("live-view-stack");
            stack.setId(group.id() + "Views");
            groupSplits.put(group, stack);
            // more cards than fit at their least height: the stack scrolls instead of squeezing them unreadable
            ScrollPane scroll = new ScrollPane(stack);
            scroll.setFitToWidth(true);
            scroll.setFitToHeight(true);
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            scroll.getStyleClass().add("live-view-scroll");
            tabs.getTabs().add(newTab(group.id(), group.title(), group.icon(), scroll));
        }
        applyLayout(LiveViewLayout.DEFAULT);
        setCenter(tabs);
    }

    /** The card header's menu: move the card up, down or to another tab. */
    private MenuButton arrangeMenu(LiveViewSlot slot) {
        MenuButton m = new MenuButton();
        m.setId(slot.id() + "ArrangeMenu");
        m.getStyleClass().addAll("card-tool", "card-menu");
        FontIcon fi = new FontIcon(MaterialDesignD.DOTS_VERTICAL);
        fi.getStyleClass().add("card-tool-icon");
        m.setGraphic(fi);
        m.setTooltip(new Tooltip("Arrange this view"));
        m.setFocusTraversable(false);
        m.setOnShowing(e -> {
            m.getItems().clear();
            MenuItem up = new MenuItem("Move up");
            up.setId(slot.id() + "MoveUp");
            up.setOnAction(a -> shift(slot, -1));
            MenuItem down = new MenuItem("Move down");
            down.setId(slot.id() + "MoveDown");
            down.setOnAction(a -> shift(slot, 1));
            if (alone != null) {
                MenuItem all = new MenuItem("Back to all views");
                all.setId(slot.id() + "ShowAll");
                all.setOnAction(a -> showAll());
                m.getItems().add(all);
                return;
            }
            MenuItem only = new MenuItem("Show alone, full size");
            only.setId(slot.id() + "ShowAlone");
            only.setOnAction(a -> showAlone(slot));
            m.getItems().addAll(only, new SeparatorMenuItem());
            List<LiveViewSlot> here = layout.slots(layout.groupOf(slot));
            up.setDisable(here.indexOf(slot) == 0);
            down.setDisable(here.indexOf(slot) == here.size() - 1);
            m.getItems().addAll(up, down, new SeparatorMenuItem());
            for (LiveViewGroup g : LiveViewGroup.values()) {
                if (g == layout.groupOf(slot)) continue;
                MenuItem to = new MenuItem("Move to " + g.title());
                to.setId(slot.id() + "MoveTo" + g.id());
                to.setOnAction(a -> moveTo(slot, g));
                m.getItems().add(to);
            }
        });
        return m;
    }

    // ---- arrangement

    /**
     * Shows one card in the whole centre area, without tabs or the other cards: for a class, one view at a time.
     * {@link #showAll()} puts everything back as it was.
     */
    public void showAlone(LiveViewSlot slot) {
        showAll();
        arrangementBeforeAlone = currentLayout();
        alone = slot;
        groupSplits.get(layout.groupOf(slot)).getItems().remove(cards.get(slot));
        setCenter(cards.get(slot));
    }

    public void showAll() {
        if (alone == null) return;
        alone = null;
        setCenter(tabs);
        applyLayout(arrangementBeforeAlone);
    }

    /** The card shown alone, if one is. */
    public Optional<LiveViewSlot> shownAlone() {
        return Optional.ofNullable(alone);
    }

    /** The arrangement shown now, divider positions included. */
    public LiveViewLayout currentLayout() {
        if (alone != null) return arrangementBeforeAlone;
        LiveViewLayout l = layout;
        for (LiveViewGroup g : LiveViewGroup.values()) {
            double[] d = groupSplits.get(g).getDividerPositions();
            if (d.length == l.slots(g).size() - 1) l = l.withDividers(g, d);
        }
        return l;
    }

    /**
     * Puts the cards where the layout says. A tab with hidden cards gets the default split of the cards it shows;
     * its remembered dividers are kept for when all show again.
     */
    public void applyLayout(LiveViewLayout l) {
        layout = l;
        for (LiveViewGroup g : LiveViewGroup.values()) {
            SplitPane stack = groupSplits.get(g);
            List<Node> items = new ArrayList<>();
            for (LiveViewSlot s : l.slots(g)) if (cards.containsKey(s) && !hidden.contains(s) && s != alone) items.add(cards.get(s));
            // a view the layout does not know (not among the standard ones) goes to the end of its own tab
            for (LiveViewSlot s : cards.keySet())
                if (s.group() == g && !hidden.contains(s) && s != alone && !l.order().values().stream().anyMatch(o -> o.contains(s)))
                    items.add(cards.get(s));
            stack.getItems().setAll(items);
            double[] d = items.size() == l.slots(g).size() ? l.dividers().get(g)
                    : LiveViewLayout.evenDividers(g, Math.max(0, items.size() - 1));
            if (d.length > 0) stack.setDividerPositions(d);
        }
    }

    /** Leaves these cards out of their tabs (the views a run offers nothing for); the others show. */
    public void setHidden(Set<LiveViewSlot> slots) {
        Set<LiveViewSlot> next = Set.copyOf(slots);
        if (next.equals(hidden)) return;
        LiveViewLayout now = currentLayout();
        hidden = next;
        applyLayout(now);
    }

    /** Whether a card is left out because the bound run offers nothing for its view. */
    public boolean isHidden(LiveViewSlot slot) {
        return hidden.contains(slot);
    }

    /** Moves a card to the end of another tab and shows that tab. */
    public void moveTo(LiveViewSlot slot, LiveViewGroup group) {
        applyLayout(currentLayout().moved(slot, group));
        select(group.id());
    }

    /** Moves a card up (negative) or down within its tab. */
    public void shift(LiveViewSlot slot, int delta) {
        applyLayout(currentLayout().shifted(slot, delta));
    }

    /** The tab a card sits in now. */
    public LiveViewGroup groupOf(LiveViewSlot slot) {
        return layout.groupOf(slot);
    }

    /** A tab's stack of cards. */
    public SplitPane stack(LiveViewGroup group) {
        return groupSplits.get(group);
    }

    private static Tab newTab(String id, String title, Ikon icon, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        if (icon != null) {
            FontIcon fi = new FontIcon(icon);
            fi.getStyleClass().add("tab-icon");
            tab.setGraphic(fi);
        }
        return tab;
    }

    /** Puts {@code view} into the slot's card, replacing its placeholder (or an earlier view). */
    public void setView(LiveViewSlot slot, Node view) {
        Objects.requireNonNull(view, "view");
        if (view.getId() == null) view.setId(slot.id() + "View");
        cards.get(slot).setContent(view);
    }

    /** Shows the slot's placeholder again. */
    public void clearView(LiveViewSlot slot) {
        cards.get(slot).clear();
    }

    /** The card of a slot, e.g. to put tool buttons into its header. */
    public TitledPanel card(LiveViewSlot slot) {
        return cards.get(slot);
    }

    /** True while the slot shows its placeholder. */
    public boolean isPlaceholder(LiveViewSlot slot) {
        return cards.get(slot).contentProperty().get() == null;
    }

    /**
     * Adds a tab for a view that has no slot, or replaces the content of the added tab with that id.
     * Returns the tab.
     */
    public Tab addView(String id, String title, Ikon icon, Node view) {
        FxBridge.requireFxThread();
        Objects.requireNonNull(view, "view");
        if (isGroupId(id)) throw new IllegalArgumentException("tab id taken by a group: " + id);
        if (view.getId() == null) view.setId(id + "View");
        Optional<Tab> existing = tab(id);
        if (existing.isPresent()) {
            existing.get().setText(title);
            existing.get().setContent(view);
            return existing.get();
        }
        Tab tab = newTab(id, title, icon, view);
        tabs.getTabs().add(tab);
        return tab;
    }

    /** Removes a tab added with {@link #addView}; group tabs stay. Returns whether a tab went. */
    public boolean removeView(String id) {
        if (isGroupId(id)) throw new IllegalArgumentException("group tabs stay: " + id);
        FxBridge.requireFxThread();
        return tabs.getTabs().removeIf(t -> id.equals(t.getId()));
    }

    private static boolean isGroupId(String id) {
        for (LiveViewGroup g : LiveViewGroup.values()) if (g.id().equals(id)) return true;
        return false;
    }

    /** Brings the tab with that id to the front. */
    public void select(String id) {
        tab(id).ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** Brings the tab holding the slot to the front. */
    public void select(LiveViewSlot slot) {
        select(groupOf(slot).id());
    }

    public Optional<Tab> tab(String id) {
        return tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst();
    }

    public TabPane getTabPane() {
        return tabs;
    }
}
