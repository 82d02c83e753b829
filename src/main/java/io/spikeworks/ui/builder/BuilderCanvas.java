package io.spikeworks.ui.builder;

import io.spikeworks.edit.Draft;
import io.spikeworks.edit.DraftReport;
import io.spikeworks.edit.Link;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.NodePosition;
import io.spikeworks.model.Project;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The drawing surface: nodes, connections with their shapes, selection, zoom and pan. It shows a {@link Draft}
 * and reports gestures to a {@link Listener}; it never changes the project itself, so every change goes through
 * the history. Mouse: drag a node to move (all selected move together), drag from a node's right port to another
 * node to connect, click to select (Shift/Ctrl adds), drag on empty space to select by rectangle, drag with the
 * right or middle button to pan, wheel to zoom. Id {@code #builderCanvas}.
 */
final class BuilderCanvas extends Pane {

    interface Listener {
        void moved(Map<String, NodePosition> positions);

        void connected(String from, String to);
    }

    static final double MIN_ZOOM = 0.3;
    static final double MAX_ZOOM = 2.5;
    static final double GRID = 10;

    private final ComponentCatalog catalog;
    private final Listener listener;
    private final Group world = new Group();
    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Translate pan = new Translate();
    private final Scale zoom = new Scale(1, 1, 0, 0);
    private final Map<String, NodeView> nodes = new LinkedHashMap<>();
    private final Map<Link, EdgeView> edges = new LinkedHashMap<>();
    private final ObservableSet<String> selectedNodes = FXCollections.observableSet();
    private final ObservableSet<Link> selectedLinks = FXCollections.observableSet();
    private final CubicCurve pending = new CubicCurve();
    private final Rectangle band = new Rectangle();
    private final javafx.scene.shape.Path grid = new javafx.scene.shape.Path();
    private final Label hint = new Label("Drag layers here from the palette, then connect the ports");
    private Draft draft;
    private DraftReport report;

    // gesture state
    private Point2D pressWorld;
    private Map<String, NodePosition> dragStart;
    private boolean dragged;
    private String connectFrom;
    private Point2D panStart;
    private double panX0, panY0;
    private Set<String> bandBase = Set.of();

    BuilderCanvas(ComponentCatalog catalog, Listener listener) {
        this.catalog = catalog;
        this.listener = listener;
        setId("builderCanvas");
        getStyleClass().add("builder-canvas");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        world.getTransforms().addAll(pan, zoom);
        pending.getStyleClass().add("edge-pending");
        pending.setFill(null);
        pending.setVisible(false);
        pending.setMouseTransparent(true);
        band.getStyleClass().add("selection-band");
        band.setVisible(false);
        band.setMouseTransparent(true);
        world.getChildren().addAll(edgeLayer, nodeLayer, pending);
        hint.getStyleClass().add("canvas-hint");
        hint.setMouseTransparent(true);
        grid.getStyleClass().add("canvas-grid");
        grid.setMouseTransparent(true);
        grid.setManaged(false);
        getChildren().addAll(grid, world, band, hint);
        javafx.beans.InvalidationListener regrid = o -> redrawGrid();
        widthProperty().addListener(regrid);
        heightProperty().addListener(regrid);
        pan.xProperty().addListener(regrid);
        pan.yProperty().addListener(regrid);
        zoom.xProperty().addListener(regrid);
        setFocusTraversable(true);

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::backgroundPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::backgroundDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::backgroundReleased);
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() == 0) return;
            zoomAt(Math.pow(1.1, e.getDeltaY() / 40), e.getX(), e.getY());
            e.consume();
        });
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        hint.autosize();
        hint.relocate((getWidth() - hint.getWidth()) / 2, getHeight() - hint.getHeight() - 16);
    }

    /** A dot every 20 canvas units, drawn in view coordinates so it pans and zooms with the model. */
    private void redrawGrid() {
        double step = 20 * zoom.getX();
        while (step < 10) step *= 2;
        double ox = ((pan.getX() % step) + step) % step;
        double oy = ((pan.getY() % step) + step) % step;
        java.util.List<javafx.scene.shape.PathElement> dots = new java.util.ArrayList<>();
        for (double x = ox; x < getWidth(); x += step) {
            for (double y = oy; y < getHeight(); y += step) {
                dots.add(new javafx.scene.shape.MoveTo(x, y));
                dots.add(new javafx.scene.shape.LineTo(x + 0.5, y));
            }
        }
        grid.getElements().setAll(dots);
    }

    ObservableSet<String> selectedNodes() {
        return selectedNodes;
    }

    ObservableSet<Link> selectedLinks() {
        return selectedLinks;
    }

    NodeView nodeView(String id) {
        return nodes.get(id);
    }

    EdgeView edgeView(Link link) {
        return edges.get(link);
    }

    javafx.beans.property.DoubleProperty zoomProperty() {
        return zoom.xProperty();
    }

    double zoomFactor() {
        return zoom.getX();
    }

    // ---- showing a draft ------------------------------------------------------------------------------------

    void show(Draft d, DraftReport r) {
        this.draft = d;
        this.report = r;
        Project p = d.project();
        List<String> ids = d.nodeIds();
        nodes.keySet().removeIf(id -> {
            if (ids.contains(id)) return false;
            nodeLayer.getChildren().remove(nodes.get(id));
            return true;
        });
        int i = 0;
        for (String id : ids) {
            NodeView v = nodes.get(id);
            if (v == null) {
                v = new NodeView(id, !id.equals(Project.INPUT_NODE), !id.equals(Project.READOUT_NODE));
                wire(v);
                nodes.put(id, v);
                nodeLayer.getChildren().add(v);
            }
            NodePosition at = p.layout().get(id);
            if (at == null) at = new NodePosition(40 + 200 * i, id.equals(Project.INPUT_NODE) || id.equals(Project.READOUT_NODE) ? 160 : 320);
            v.relocate(at.x(), at.y());
            String type = p.network().layer(id).map(l -> l.type()).orElse("");
            v.show(LayerIcons.forNode(id, type), NodeLabels.title(p, id), NodeLabels.subtitle(p, id, catalog),
                    r.problemsOf(id));
            i++;
        }
        edges.keySet().removeIf(l -> {
            if (d.links().contains(l)) return false;
            edgeLayer.getChildren().remove(edges.get(l));
            return true;
        });
        for (Link l : d.links()) {
            EdgeView e = edges.get(l);
            if (e == null) {
                e = new EdgeView(l);
                EdgeView ev = e;
                e.setOnMousePressed(ev2 -> {
                    if (ev2.getButton() != MouseButton.PRIMARY) return;
                    requestFocus();
                    if (!ev2.isShiftDown() && !ev2.isShortcutDown()) {
                        selectedNodes.clear();
                        selectedLinks.clear();
                    }
                    selectedLinks.add(ev.link());
                    ev2.consume();
                });
                edges.put(l, e);
                edgeLayer.getChildren().add(e);
            }
        }
        selectedNodes.retainAll(ids);
        selectedLinks.retainAll(d.links());
        refreshEdges();
        refreshSelection();
        hint.setVisible(p.network().layers().isEmpty());
    }

    private void refreshEdges() {
        Map<String, List<String>> problems = draft.wiringProblems();
        for (EdgeView e : edges.values()) {
            NodeView a = nodes.get(e.link().from());
            NodeView b = nodes.get(e.link().to());
            if (a == null || b == null) continue;
            boolean invalid = problems.containsKey(e.link().from()) && draft.outgoing().getOrDefault(e.link().from(), List.of()).size() > 1
                    || problems.containsKey(e.link().to()) && draft.incoming().getOrDefault(e.link().to(), List.of()).size() > 1;
            e.update(a.outX(), a.outY(), b.inX(), b.inY(), report.edgeShapes().get(e.link()), invalid);
        }
    }

    void refreshSelection() {
        nodes.forEach((id, v) -> v.setSelected(selectedNodes.contains(id)));
        edges.forEach((l, e) -> e.setSelected(selectedLinks.contains(l)));
    }

    // ---- coordinates, zoom, pan ---------------------------------------------------------------------------

    /** Canvas-local point to world (model) coordinates. */
    Point2D toWorld(double x, double y) {
        return new Point2D((x - pan.getX()) / zoom.getX(), (y - pan.getY()) / zoom.getY());
    }

    Point2D sceneToWorld(double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        return toWorld(local.getX(), local.getY());
    }

    /** Screen point of a world (model) point; for tests that drive the mouse. */
    Point2D worldToScreen(double x, double y) {
        return world.localToScreen(x, y);
    }

    boolean containsScene(double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        return local.getX() >= 0 && local.getY() >= 0 && local.getX() <= getWidth() && local.getY() <= getHeight();
    }

    void zoomAt(double factor, double x, double y) {
        double z = clamp(zoom.getX() * factor, MIN_ZOOM, MAX_ZOOM);
        Point2D w = toWorld(x, y);
        zoom.setX(z);
        zoom.setY(z);
        pan.setX(x - w.getX() * z);
        pan.setY(y - w.getY() * z);
    }

    void zoomBy(double factor) {
        zoomAt(factor, getWidth() / 2, getHeight() / 2);
    }

    /** Zooms and pans so every node is in view (never above 100 %). */
    void fitToView() {
        if (nodes.isEmpty() || getWidth() <= 0 || getHeight() <= 0) return;
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (NodeView v : nodes.values()) {
            minX = Math.min(minX, v.getLayoutX());
            minY = Math.min(minY, v.getLayoutY());
            maxX = Math.max(maxX, v.getLayoutX() + NodeView.WIDTH);
            maxY = Math.max(maxY, v.getLayoutY() + NodeView.HEIGHT);
        }
        double margin = 24;
        double z = Math.min(1, Math.min((getWidth() - 2 * margin) / (maxX - minX), (getHeight() - 2 * margin) / (maxY - minY)));
        z = clamp(z, MIN_ZOOM, MAX_ZOOM);
        zoom.setX(z);
        zoom.setY(z);
        pan.setX((getWidth() - (maxX - minX) * z) / 2 - minX * z);
        pan.setY((getHeight() - (maxY - minY) * z) / 2 - minY * z);
    }

    /** Whether the node lies wholly inside the visible area. */
    boolean isInView(String id) {
        NodeView v = nodes.get(id);
        if (v == null) return false;
        Point2D a = toWorld(0, 0);
        Point2D b = toWorld(getWidth(), getHeight());
        return v.getLayoutX() >= a.getX() && v.getLayoutY() >= a.getY()
                && v.getLayoutX() + NodeView.WIDTH <= b.getX() && v.getLayoutY() + NodeView.HEIGHT <= b.getY();
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    // ---- node gestures ------------------------------------------------------------------------------------

    private void wire(NodeView v) {
        v.setOnMousePressed(e -> {
            if (e.getButton() != MouseButton.PRIMARY) return;
            requestFocus();
            String id = v.nodeId();
            if (e.isShiftDown() || e.isShortcutDown()) {
                if (!selectedNodes.remove(id)) selectedNodes.add(id);
            } else if (!selectedNodes.contains(id)) {
                selectedNodes.clear();
                selectedLinks.clear();
                selectedNodes.add(id);
            }
            refreshSelection();
            pressWorld = sceneToWorld(e.getSceneX(), e.getSceneY());
            dragStart = new HashMap<>();
            for (String s : selectedNodes) {
                NodeView n = nodes.get(s);
                dragStart.put(s, new NodePosition(n.getLayoutX(), n.getLayoutY()));
            }
            dragged = false;
            e.consume();
        });
        v.setOnMouseDragged(e -> {
            if (dragStart == null) return;
            Point2D w = sceneToWorld(e.getSceneX(), e.getSceneY());
            double dx = w.getX() - pressWorld.getX();
            double dy = w.getY() - pressWorld.getY();
            if (!dragged && Math.hypot(dx, dy) < 3) return;
            dragged = true;
            dragStart.forEach((id, p0) -> nodes.get(id).relocate(snap(p0.x() + dx), snap(p0.y() + dy)));
            refreshEdges();
            e.consume();
        });
        v.setOnMouseReleased(e -> {
            if (dragStart == null) return;
            if (dragged) {
                Map<String, NodePosition> moved = new LinkedHashMap<>();
                for (String id : dragStart.keySet()) {
                    NodeView n = nodes.get(id);
                    moved.put(id, new NodePosition(n.getLayoutX(), n.getLayoutY()));
                }
                dragStart = null;
                listener.moved(moved);
            } else if (!e.isShiftDown() && !e.isShortcutDown()) {
                selectedNodes.retainAll(Set.of(v.nodeId()));
                selectedLinks.clear();
                refreshSelection();
            }
            dragStart = null;
            e.consume();
        });

        v.outPort().setOnMousePressed(e -> {
            if (e.getButton() != MouseButton.PRIMARY) return;
            connectFrom = v.nodeId();
            EdgeView.place(pending, v.outX(), v.outY(), v.outX(), v.outY());
            pending.setVisible(true);
            e.consume();
        });
        v.outPort().setOnMouseDragged(e -> {
            if (connectFrom == null) return;
            Point2D w = sceneToWorld(e.getSceneX(), e.getSceneY());
            EdgeView.place(pending, v.outX(), v.outY(), w.getX(), w.getY());
            NodeView target = nodeAt(w);
            nodes.values().forEach(n -> n.getStyleClass().remove("drop-target"));
            if (target != null && target != v && !target.nodeId().equals(Project.INPUT_NODE)) target.getStyleClass().add("drop-target");
            e.consume();
        });
        v.outPort().setOnMouseReleased(e -> {
            if (connectFrom == null) return;
            pending.setVisible(false);
            nodes.values().forEach(n -> n.getStyleClass().remove("drop-target"));
            NodeView target = nodeAt(sceneToWorld(e.getSceneX(), e.getSceneY()));
            String from = connectFrom;
            connectFrom = null;
            if (target != null && !target.nodeId().equals(from)) listener.connected(from, target.nodeId());
            e.consume();
        });
    }

    /** The link whose curve passes within a few pixels of a world point, or null. */
    Link linkAt(Point2D w) {
        for (EdgeView e : edges.values()) {
            NodeView a = nodes.get(e.link().from());
            NodeView b = nodes.get(e.link().to());
            if (a == null || b == null) continue;
            javafx.scene.shape.CubicCurve c = new javafx.scene.shape.CubicCurve();
            EdgeView.place(c, a.outX(), a.outY(), b.inX(), b.inY());
            for (int i = 0; i <= 40; i++) {
                double t = i / 40.0, u = 1 - t;
                double x = u * u * u * c.getStartX() + 3 * u * u * t * c.getControlX1() + 3 * u * t * t * c.getControlX2() + t * t * t * c.getEndX();
                double y = u * u * u * c.getStartY() + 3 * u * u * t * c.getControlY1() + 3 * u * t * t * c.getControlY2() + t * t * t * c.getEndY();
                if (Math.hypot(w.getX() - x, w.getY() - y) <= 14) return e.link();
            }
        }
        return null;
    }

    /** The node under a world point, ports included (a little slack around the input port). */
    NodeView nodeAt(Point2D w) {
        NodeView found = null;
        for (NodeView n : nodes.values()) {
            double x = n.getLayoutX(), y = n.getLayoutY();
            boolean onCard = w.getX() >= x && w.getX() <= x + NodeView.WIDTH && w.getY() >= y && w.getY() <= y + NodeView.HEIGHT;
            boolean onPort = Math.hypot(w.getX() - n.inX(), w.getY() - n.inY()) <= NodeView.PORT_RADIUS * 2.5;
            if (onCard || onPort) found = n;
        }
        return found;
    }

    private static double snap(double v) {
        return Math.round(v / GRID) * GRID;
    }

    // ---- background gestures: selection band and pan -------------------------------------------------------

    private void backgroundPressed(MouseEvent e) {
        requestFocus();
        if (e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.MIDDLE) {
            panStart = new Point2D(e.getX(), e.getY());
            panX0 = pan.getX();
            panY0 = pan.getY();
            e.consume();
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) return;
        if (!e.isShiftDown() && !e.isShortcutDown()) {
            selectedNodes.clear();
            selectedLinks.clear();
        }
        bandBase = new HashSet<>(selectedNodes);
        refreshSelection();
        pressWorld = new Point2D(e.getX(), e.getY());
        band.setX(e.getX());
        band.setY(e.getY());
        band.setWidth(0);
        band.setHeight(0);
    }

    private void backgroundDragged(MouseEvent e) {
        if (panStart != null) {
            pan.setX(panX0 + e.getX() - panStart.getX());
            pan.setY(panY0 + e.getY() - panStart.getY());
            e.consume();
            return;
        }
        if (pressWorld == null || e.getButton() != MouseButton.PRIMARY) return;
        double x0 = Math.min(pressWorld.getX(), e.getX()), y0 = Math.min(pressWorld.getY(), e.getY());
        band.setX(x0);
        band.setY(y0);
        band.setWidth(Math.abs(e.getX() - pressWorld.getX()));
        band.setHeight(Math.abs(e.getY() - pressWorld.getY()));
        band.setVisible(true);
        Point2D a = toWorld(band.getX(), band.getY());
        Point2D b = toWorld(band.getX() + band.getWidth(), band.getY() + band.getHeight());
        Set<String> inside = new HashSet<>(bandBase);
        for (NodeView n : nodes.values()) {
            Bounds nb = n.getBoundsInParent();
            if (nb.getMaxX() >= a.getX() && nb.getMinX() <= b.getX() && nb.getMaxY() >= a.getY() && nb.getMinY() <= b.getY()) {
                inside.add(n.nodeId());
            }
        }
        selectedNodes.retainAll(inside);
        selectedNodes.addAll(inside);
        refreshSelection();
    }

    private void backgroundReleased(MouseEvent e) {
        panStart = null;
        pressWorld = null;
        band.setVisible(false);
    }

    void selectAll() {
        selectedNodes.addAll(nodes.keySet());
        refreshSelection();
    }

    void select(java.util.Collection<String> ids) {
        selectedLinks.clear();
        selectedNodes.clear();
        selectedNodes.addAll(ids);
        refreshSelection();
    }
}
