package io.spikeworks.ui.builder;

import io.spikeworks.edit.Link;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.CubicCurve;

/** A connection on the canvas: a curve from an output port to an input port, labelled with the shape it carries. */
final class EdgeView extends Group {
    private final Link link;
    private final CubicCurve curve = new CubicCurve();
    private final CubicCurve hit = new CubicCurve();
    private final Label label = new Label();
    private double midX, midY;

    EdgeView(Link link) {
        this.link = link;
        setId("edge-" + link.from() + "-" + link.to());
        getStyleClass().add("builder-edge");
        curve.getStyleClass().add("edge-line");
        curve.setFill(null);
        curve.setMouseTransparent(true);
        hit.getStyleClass().add("edge-hit");
        hit.setFill(null);
        label.getStyleClass().add("edge-label");
        label.setMouseTransparent(true);
        getChildren().addAll(hit, curve, label);
        label.widthProperty().addListener((o, a, b) -> placeLabel());
        label.heightProperty().addListener((o, a, b) -> placeLabel());
    }

    private void placeLabel() {
        label.autosize();
        label.relocate(midX - label.getWidth() / 2, midY - label.getHeight() - 3);
    }

    Link link() {
        return link;
    }

    Label label() {
        return label;
    }

    void update(double x1, double y1, double x2, double y2, String shape, boolean invalid) {
        place(curve, x1, y1, x2, y2);
        place(hit, x1, y1, x2, y2);
        label.setText(shape == null ? "" : shape);
        label.setVisible(shape != null && !shape.isEmpty());
        midX = (x1 + x2) / 2;
        midY = (y1 + y2) / 2;
        placeLabel();
        if (invalid && !getStyleClass().contains("invalid")) getStyleClass().add("invalid");
        if (!invalid) getStyleClass().remove("invalid");
    }

    void setSelected(boolean selected) {
        if (selected && !getStyleClass().contains("selected")) getStyleClass().add("selected");
        if (!selected) getStyleClass().remove("selected");
    }

    static void place(CubicCurve c, double x1, double y1, double x2, double y2) {
        double dx = Math.max(40, Math.abs(x2 - x1) / 2);
        c.setStartX(x1);
        c.setStartY(y1);
        c.setControlX1(x1 + dx);
        c.setControlY1(y1);
        c.setControlX2(x2 - dx);
        c.setControlY2(y2);
        c.setEndX(x2);
        c.setEndY(y2);
    }
}
