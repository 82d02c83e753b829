package io.spikeworks.ui.live;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Where the live-view cards sit: which tab holds which cards in which order, and the divider positions of each
 * tab's stack. Remembered between runs in {@link Preferences} ({@code liveViews.order}, {@code liveViews.dividers});
 * anything unreadable falls back to the default of {@link LiveViewSlot}.
 *
 * @param order    per tab, its cards top to bottom; every slot appears exactly once
 * @param dividers per tab, the divider positions of its stack (may be empty: even split)
 */
public record LiveViewLayout(Map<LiveViewGroup, List<LiveViewSlot>> order, Map<LiveViewGroup, double[]> dividers) {
    static final String ORDER_KEY = "liveViews.order";
    static final String DIVIDERS_KEY = "liveViews.dividers";

    public static final LiveViewLayout DEFAULT = defaults();

    public LiveViewLayout {
        Map<LiveViewGroup, List<LiveViewSlot>> o = new EnumMap<>(LiveViewGroup.class);
        Set<LiveViewSlot> seen = new HashSet<>();
        for (LiveViewGroup g : LiveViewGroup.values()) {
            List<LiveViewSlot> l = new ArrayList<>();
            for (LiveViewSlot s : order.getOrDefault(g, List.of())) if (seen.add(s)) l.add(s);
            o.put(g, l);
        }
        for (LiveViewSlot s : LiveViewRegistry.standard().slots()) if (seen.add(s)) o.get(s.group()).add(s); // missing: home tab
        for (LiveViewGroup g : LiveViewGroup.values()) o.put(g, List.copyOf(o.get(g)));
        order = Map.copyOf(o);
        Map<LiveViewGroup, double[]> d = new EnumMap<>(LiveViewGroup.class);
        for (LiveViewGroup g : LiveViewGroup.values()) {
            double[] v = dividers.get(g);
            int want = Math.max(0, order.get(g).size() - 1);
            d.put(g, v != null && v.length == want && valid(v) ? v.clone() : evenDividers(g, want));
        }
        dividers = Map.copyOf(d);
    }

    private static LiveViewLayout defaults() {
        Map<LiveViewGroup, List<LiveViewSlot>> o = new EnumMap<>(LiveViewGroup.class);
        for (LiveViewSlot s : LiveViewRegistry.standard().slots()) o.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s);
        return new LiveViewLayout(o, Map.of());
    }

    /** Default split of a stack: the first card (the main view) gets the most room. */
    static double[] evenDividers(LiveViewGroup g, int n) {
        if (n == 0) return new double[0];
        if (n == 1) return new double[]{g == LiveViewGroup.CHIP_COST ? 0.4 : 0.6}; // the cost meters need little height
        if (n == 2) return new double[]{0.44, 0.69};
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = (i + 1.0) / (n + 1);
        return d;
    }

    private static boolean valid(double[] v) {
        double prev = 0;
        for (double x : v) {
            if (!(x > prev && x < 1)) return false;
            prev = x;
        }
        return true;
    }

    public List<LiveViewSlot> slots(LiveViewGroup g) {
        return order.get(g);
    }

    public LiveViewGroup groupOf(LiveViewSlot slot) {
        for (var e : order.entrySet()) if (e.getValue().contains(slot)) return e.getKey();
        return slot.group();
    }

    public static LiveViewLayout load(Preferences p) {
        try {
            return parse(p.get(ORDER_KEY, ""), p.get(DIVIDERS_KEY, ""));
        } catch (RuntimeException e) {
            return DEFAULT;
        }
    }

    public void save(Preferences p) {
        try {
            p.put(ORDER_KEY, orderText());
            p.put(DIVIDERS_KEY, dividersText());
            p.flush();
        } catch (BackingStoreException | RuntimeException e) {
            System.err.println("warning: could not save the live-view layout: " + e.getMessage());
        }
    }

    /** {@code activity=spikeRaster,membraneTraces;learning=…} */
    public String orderText() {
        StringBuilder sb = new StringBuilder();
        for (LiveViewGroup g : LiveViewGroup.values()) {
            if (sb.length() > 0) sb.append(';');
            sb.append(g.id()).append('=');
            List<LiveViewSlot> l = order.get(g);
            for (int i = 0; i < l.size(); i++) sb.append(i == 0 ? "" : ",").append(l.get(i).id());
        }
        return sb.toString();
    }

    /** {@code activity=0.46,0.73;learning=0.6} */
    public String dividersText() {
        StringBuilder sb = new StringBuilder();
        for (LiveViewGroup g : LiveViewGroup.values()) {
            if (sb.length() > 0) sb.append(';');
            sb.append(g.id()).append('=');
            double[] d = dividers.get(g);
            for (int i = 0; i < d.length; i++) sb.append(i == 0 ? "" : ",").append(Math.round(d[i] * 10000) / 10000.0);
        }
        return sb.toString();
    }

    static LiveViewLayout parse(String orderText, String dividersText) {
        Map<LiveViewGroup, List<LiveViewSlot>> o = new EnumMap<>(LiveViewGroup.class);
        for (String[] kv : entries(orderText)) {
            LiveViewGroup g = group(kv[0]);
            if (g == null) continue;
            List<LiveViewSlot> l = new ArrayList<>();
            for (String id : kv[1].split(",")) {
                LiveViewSlot s = slot(id.strip());
                if (s != null) l.add(s);
            }
            o.put(g, l);
        }
        Map<LiveViewGroup, double[]> d = new EnumMap<>(LiveViewGroup.class);
        for (String[] kv : entries(dividersText)) {
            LiveViewGroup g = group(kv[0]);
            if (g == null) continue;
            try {
                d.put(g, kv[1].isBlank() ? new double[0]
                        : Arrays.stream(kv[1].split(",")).mapToDouble(x -> Double.parseDouble(x.strip())).toArray());
            } catch (NumberFormatException ignored) {
                // default for this tab
            }
        }
        return new LiveViewLayout(o, d);
    }

    private static List<String[]> entries(String text) {
        List<String[]> out = new ArrayList<>();
        if (text == null) return out;
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) out.add(new String[]{part.substring(0, eq).strip(), part.substring(eq + 1)});
        }
        return out;
    }

    private static LiveViewGroup group(String id) {
        for (LiveViewGroup g : LiveViewGroup.values()) if (g.id().equals(id)) return g;
        return null;
    }

    private static LiveViewSlot slot(String id) {
        for (LiveViewSlot s : LiveViewRegistry.standard().slots()) if (s.id().equals(id)) return s;
        return null;
    }

    /** This layout with {@code slot} moved to the end of tab {@code to}. */
    public LiveViewLayout moved(LiveViewSlot slot, LiveViewGroup to) {
        Map<LiveViewGroup, List<LiveViewSlot>> o = mutableOrder();
        for (List<LiveViewSlot> l : o.values()) l.remove(slot);
        o.get(to).add(slot);
        return new LiveViewLayout(o, keepDividers(o));
    }

    /** This layout with {@code slot} moved {@code delta} places within its tab (negative: up). */
    public LiveViewLayout shifted(LiveViewSlot slot, int delta) {
        Map<LiveViewGroup, List<LiveViewSlot>> o = mutableOrder();
        List<LiveViewSlot> l = o.get(groupOf(slot));
        int i = l.indexOf(slot);
        int j = Math.max(0, Math.min(l.size() - 1, i + delta));
        l.remove(i);
        l.add(j, slot);
        return new LiveViewLayout(o, dividers);
    }

    /** This layout with other divider positions for one tab. */
    public LiveViewLayout withDividers(LiveViewGroup g, double[] positions) {
        Map<LiveViewGroup, double[]> d = new EnumMap<>(dividers);
        d.put(g, positions.clone());
        return new LiveViewLayout(order, d);
    }

    private Map<LiveViewGroup, List<LiveViewSlot>> mutableOrder() {
        Map<LiveViewGroup, List<LiveViewSlot>> o = new EnumMap<>(LiveViewGroup.class);
        for (var e : order.entrySet()) o.put(e.getKey(), new ArrayList<>(e.getValue()));
        return o;
    }

    /** Dividers of tabs whose card count did not change; the others get defaults. */
    private Map<LiveViewGroup, double[]> keepDividers(Map<LiveViewGroup, List<LiveViewSlot>> o) {
        Map<LiveViewGroup, double[]> d = new EnumMap<>(LiveViewGroup.class);
        for (LiveViewGroup g : LiveViewGroup.values())
            if (o.get(g).size() == order.get(g).size()) d.put(g, dividers.get(g));
        return d;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof LiveViewLayout l)) return false;
        if (!order.equals(l.order)) return false;
        for (LiveViewGroup g : LiveViewGroup.values()) if (!Arrays.equals(dividers.get(g), l.dividers.get(g))) return false;
        return true;
    }

    @Override
    public int hashCode() {
        return order.hashCode();
    }
}
