package io.spikeworks.ui.lesson;

import io.spikeworks.model.lesson.LessonStep;
import io.spikeworks.model.lesson.StepEnd;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.util.Locale;

/**
 * The lesson's bar above the live views: step n of N and its title, the text, the "predict, then press Step"
 * prompt, how the step ends, and Back / Next / Close. Ids {@code #lessonBar}, {@code #lessonTitle},
 * {@code #lessonText}, {@code #lessonPrompt}, {@code #lessonEnd}, {@code #lessonBack}, {@code #lessonNext},
 * {@code #lessonClose}.
 */
public final class LessonBar extends HBox {
    private final LessonPlayer player;
    private final Label title = new Label();
    private final TextFlow text = new TextFlow();
    private final Label prompt = new Label();
    private final Label end = new Label();
    private final Button back = new Button("Back", new FontIcon(MaterialDesignC.CHEVRON_LEFT));
    private final Button next = new Button("Next", new FontIcon(MaterialDesignC.CHEVRON_RIGHT));
    private final Button close = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
    private final Button fold = new Button(null, new FontIcon(MaterialDesignC.CHEVRON_UP));
    private final ScrollPane textScroll;

    public LessonBar(LessonPlayer player) {
        this.player = player;
        setId("lessonBar");
        getStyleClass().add("lesson-bar");
        FontIcon icon = new FontIcon(MaterialDesignS.SCHOOL_OUTLINE);
        icon.getStyleClass().add("lesson-icon");
        title.setId("lessonTitle");
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        text.setId("lessonText");
        text.getStyleClass().add("lesson-text");
        textScroll = new ScrollPane(text);
        textScroll.setFitToWidth(true);
        textScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        textScroll.getStyleClass().add("lesson-text-scroll");
        textScroll.setMaxHeight(Region.USE_PREF_SIZE);
        // the text scrolls rather than pushing the live views off a 720-pixel projector: at most a tenth of the window
        // (about three lines at 150 % on 720 rows), never under two lines nor over five and a half
        textScroll.prefViewportHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(text.prefHeight(Math.max(100, textScroll.getWidth() - 4)), textLimit()),
                text.widthProperty(), textScroll.widthProperty(), title.fontProperty(), text.getChildren(),
                javafx.beans.binding.Bindings.selectDouble(sceneProperty(), "height")));
        prompt.setId("lessonPrompt");
        prompt.getStyleClass().add("lesson-prompt");
        prompt.setGraphic(new FontIcon(MaterialDesignH.HELP_CIRCLE_OUTLINE));
        prompt.setWrapText(true);
        end.setId("lessonEnd");
        end.getStyleClass().add("lesson-end");
        // the prompt and how the step ends share a line when there is room
        javafx.scene.layout.FlowPane promptLine = new javafx.scene.layout.FlowPane(16, 2, prompt, end);
        promptLine.setId("lessonPromptLine");
        promptLine.prefWrapLengthProperty().bind(widthProperty().subtract(260));
        VBox body = new VBox(4, title, textScroll, promptLine);
        HBox.setHgrow(body, Priority.ALWAYS);

        back.setId("lessonBack");
        next.setId("lessonNext");
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        close.setId("lessonClose");
        fold.setId("lessonFold");
        fold.setOnAction(e -> setTextShown(!textScroll.isVisible()));
        for (Button b : new Button[]{back, next, fold, close}) {
            b.getStyleClass().add("lesson-button");
            b.setFocusTraversable(false); // Space belongs to Run/Pause, not to the last button clicked
        }
        back.setTooltip(new Tooltip("Previous step (Page Up, Alt+Left)"));
        next.setTooltip(new Tooltip("Next step (Page Down, Alt+Right)"));
        close.setTooltip(new Tooltip("End the lesson: every control comes back"));
        back.setOnAction(e -> player.back());
        next.setOnAction(e -> player.next());
        close.setOnAction(e -> player.close());
        fold.setTooltip(new Tooltip("Hide the step's text (title and question stay), so the views get its room"));
        HBox buttons = new HBox(6, back, next, fold, close);
        buttons.setAlignment(Pos.TOP_RIGHT);
        buttons.setMinWidth(Region.USE_PREF_SIZE);

        setSpacing(10);
        setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(icon, body, buttons);
        player.indexProperty().addListener((o, a, b) -> refresh());
        player.stepDoneProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** Shows or hides the step's text; the title, question and step end stay. */
    public void setTextShown(boolean shown) {
        textScroll.setVisible(shown);
        textScroll.setManaged(shown);
        ((FontIcon) fold.getGraphic()).setIconCode(shown ? MaterialDesignC.CHEVRON_UP : MaterialDesignC.CHEVRON_DOWN);
        fold.getTooltip().setText(shown ? "Hide the step's text (title and question stay), so the views get its room"
                : "Show the step's text");
    }

    public boolean isTextShown() {
        return textScroll.isVisible();
    }

    /** The text's most height: a tenth of the window, between two and five and a half lines. */
    private double textLimit() {
        double line = title.getFont().getSize();
        double window = getScene() == null ? 1080 : getScene().getHeight();
        return Math.max(2.4 * line, Math.min(5.5 * line, 0.1 * window));
    }

    private void refresh() {
        LessonStep step = player.step();
        if (step == null) return;
        int n = player.lesson().size();
        title.setText(String.format(Locale.ROOT, "%s · step %d of %d · %s", player.lesson().title(), player.index() + 1,
                n, step.title()));
        text.getChildren().setAll(MarkdownText.parse(step.text()).stream().map(LessonBar::node).toList());
        prompt.setText(step.prompt() == null ? "" : step.prompt());
        prompt.setVisible(step.prompt() != null);
        prompt.setManaged(step.prompt() != null);
        end.getStyleClass().removeAll("done");
        if (player.stepDoneProperty().get()) {
            end.setText("✓ Step done: training paused. Press Next.");
            end.getStyleClass().add("done");
        } else {
            end.setText(endText(step.until(), player.canNext()));
        }
        back.setDisable(!player.canBack());
        next.setDisable(!player.canNext());
    }

    static String endText(StepEnd until, boolean more) {
        String then = more ? "" : " This is the last step.";
        return switch (until.kind()) {
            case USER -> more ? "Press Next when you are ready." : "This is the last step: close the lesson when done.";
            case BATCHES -> "Press Run: training pauses by itself after " + until.batches() + " batch"
                    + (until.batches() == 1 ? "" : "es") + "." + then;
            case SCORE -> String.format(Locale.ROOT, "Press Run: training pauses by itself once the score reaches %.0f %%.",
                    until.score() * 100) + then;
        };
    }

    private static Node node(MarkdownText.Run r) {
        Text t = new Text(r.text());
        t.getStyleClass().addAll("lesson-run", "lesson-" + r.style().name().toLowerCase(Locale.ROOT));
        return t;
    }
}
