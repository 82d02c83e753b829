package io.spikeworks.ui.builder;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

import java.util.List;

/**
 * One node on the canvas: a card with icon, id and a one-line summary, an input port on the left, an output port
 * on the right, and a red badge with the reasons when something about the node is wrong. Fixed size, so port
 * positions follow from the node's position alone. Id {@code #node-<id>}.
 */
final class NodeView extends Pane {
    static final double WIDTH = 150;
    static final double HEIGHT = 62;
    static final double PORT_RADIUS = 6;

    private final String nodeId;
    private final VBox card = new VBox();
    private final FontIcon icon = new FontIcon();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Circle inPort;
    private final Circle outPort;
    private final Label badge = new Label();
    private final Tooltip badgeTip = new Tooltip();

    NodeView(String nodeId, boolean hasInput, boolean hasOutput) {
        this.nodeId = nodeId;
        setId("node-" + nodeId);
        getStyleClass().add("builder-node");
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        icon.getStyleClass().add("node-icon");
        title.getStyleClass().add("node-title");
        subtitle.getStyleClass().add("node-subtitle");
        HBox head = new HBox(6, icon, title);
        head.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().addAll(head, subtitle);
        card.getStyleClass().add("node-card");
        card.setPrefSize(WIDTH, HEIGHT);
        card.resizeRelocate(0, 0, WIDTH, HEIGHT);
        card.setMouseTransparent(false);
        getChildren().add(card);

        inPort = port("in", hasInput);
        inPort.setCenterX(0);
        inPort.setCenterY(HEIGHT / 2);
        outPort = port("out", hasOutput);
        outPort.setCenterX(WIDTH);
        outPort.setCenterY(HEIGHT / 2);

        FontIcon alert = new FontIcon(MaterialDesignA.ALERT_CIRCLE);
        alert.getStyleClass().add("node-badge-icon");
        badge.setGraphic(alert);
        badge.getStyleClass().add("node-badge");
        badge.setId("badge-" + nodeId);
        badgeTip.setShowDelay(Duration.millis(150));
        badgeTip.setWrapText(true);
        badgeTip.setMaxWidth(360);
        badge.setTooltip(badgeTip);
        badge.setVisible(false);
        badge.setManaged(false);
        getChildren().add(badge);
    }

    private Circle port(String kind, boolean shown) {
        Circle c = new Circle(PORT_RADIUS);
        c.getStyleClass().addAll("node-port", "port-" + kind);
        c.setId(kind + "Port-" + nodeId);
        c.setVisible(shown);
        c.setManaged(false);
        getChildren().add(c);
        return c;
    }

    @Override
    protected void layoutChildren() {
        card.resizeRelocate(0, 0, WIDTH, HEIGHT);
        badge.autosize();
        badge.relocate(WIDTH - badge.getWidth() + 6, -badge.getHeight() / 2);
    }

    String nodeId() {
        return nodeId;
    }

    Circle inPort() {
        return inPort;
    }

    Circle outPort() {
        return outPort;
    }

    Label badge() {
        return badge;
    }

    void show(Ikon ikon, String titleText, String subtitleText, List<String> problems) {
        if (icon.getIconCode() != ikon) icon.setIconCode(ikon);
        title.setText(titleText);
        subtitle.setText(subtitleText);
        boolean bad = !problems.isEmpty();
        badge.setVisible(bad);
        badge.setText(bad && problems.size() > 1 ? Integer.toString(problems.size()) : "");
        badgeTip.setText(String.join("\n", problems));
        badge.setAccessibleText(String.join("; ", problems));
        pseudo("problem", bad);
        Tooltip.install(card, null);
        if (bad) {
            Tooltip t = new Tooltip(String.join("\n", problems));
            t.setShowDelay(Duration.millis(300));
            t.setWrapText(true);
            t.setMaxWidth(360);
            Tooltip.install(card, t);
        }
    }

    /** The reasons on the badge, one per line; "" when the node is fine. */
    String problemText() {
        return badge.isVisible() ? badgeTip.getText() : "";
    }

    void setSelected(boolean selected) {
        pseudo("selected", selected);
    }

    private void pseudo(String styleClass, boolean on) {
        if (on && !getStyleClass().contains(styleClass)) getStyleClass().add(styleClass);
        if (!on) getStyleClass().remove(styleClass);
    }

    double outX() { return getLayoutX() + WIDTH; }
    double outY() { return getLayoutY() + HEIGHT / 2; }
    double inX() { return getLayoutX(); }
    double inY() { return getLayoutY() + HEIGHT / 2; }
}
