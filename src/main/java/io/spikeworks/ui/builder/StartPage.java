package io.spikeworks.ui.builder;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The start page over the canvas: new empty model, open, recent files and the sample projects with their one-line
 * descriptions. Opening anything or starting to build closes it. Id {@code #startPage}; samples
 * {@code #sample-<file stem>}.
 */
final class StartPage extends VBox {

    StartPage(List<SampleProjects.Sample> samples, List<LessonEntry> lessons, List<Path> recent, Runnable onNew,
              Runnable onOpen, Consumer<Path> onOpenFile, Consumer<Path> onOpenLesson, Runnable onClose) {
        setId("startPage");
        getStyleClass().add("start-page");
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setFillWidth(true);

        Label title = new Label("Start");
        title.getStyleClass().add("start-title");
        Button close = new Button();
        close.setId("startPageClose");
        close.setGraphic(new FontIcon(MaterialDesignC.CLOSE));
        close.getStyleClass().add("start-close");
        close.setOnAction(e -> onClose.run());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(title, grow, close);
        head.setAlignment(Pos.CENTER_LEFT);

        Button newModel = new Button("New empty model", new FontIcon(MaterialDesignF.FILE_PLUS_OUTLINE));
        newModel.setId("startNew");
        newModel.getStyleClass().add("start-action");
        newModel.setOnAction(e -> onNew.run());
        Button open = new Button("Open…", new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        open.setId("startOpen");
        open.getStyleClass().add("start-action");
        open.setOnAction(e -> onOpen.run());
        // a flow, not a row: in a narrow model pane (1280 pixels wide, three panes) "Open…" goes under "New empty
        // model" instead of shrinking to "…"
        FlowPane actions = new FlowPane(8, 6, newModel, open);
        getChildren().addAll(head, actions);

        if (!lessons.isEmpty()) {
            Label lessonHead = new Label("Lessons");
            lessonHead.getStyleClass().add("start-heading");
            getChildren().add(lessonHead);
            for (LessonEntry l : lessons) {
                LessonRow row = new LessonRow(l, onOpenLesson);
                lessonRows.add(row);
                getChildren().add(row);
            }
            // in a narrow pane a picture beside the words would leave them a column a few letters wide: it goes
            // between the title and the words instead
            widthProperty().addListener((obs, was, is) -> {
                boolean narrow = is.doubleValue() < MIN_WIDTH_FOR_PICTURE_BESIDE;
                for (LessonRow r : lessonRows) r.setNarrow(narrow);
            });
        }

        Label sampleHead = new Label("Sample projects");
        sampleHead.getStyleClass().add("start-heading");
        getChildren().add(sampleHead);
        if (samples.isEmpty()) {
            Label none = new Label("No sample-projects/ folder found.");
            none.getStyleClass().add("start-muted");
            getChildren().add(none);
        }
        for (SampleProjects.Sample s : samples) {
            Hyperlink link = new Hyperlink(s.name(), new FontIcon(MaterialDesignP.PACKAGE_VARIANT_CLOSED));
            link.setWrapText(true); // a long name wraps in a narrow pane rather than losing its end
            link.setId("sample-" + s.file().getFileName().toString().replaceFirst("\\.json$", ""));
            link.getStyleClass().add("start-link");
            link.setOnAction(e -> onOpenFile.accept(s.file()));
            Label d = new Label(s.description());
            d.getStyleClass().add("start-muted");
            d.setWrapText(true);
            getChildren().add(new VBox(0, link, d));
        }
        if (!recent.isEmpty()) {
            Label recentHead = new Label("Recent");
            recentHead.getStyleClass().add("start-heading");
            getChildren().add(recentHead);
            for (Path p : recent.subList(0, Math.min(5, recent.size()))) {
                Hyperlink link = new Hyperlink(p.getFileName().toString());
                link.getStyleClass().add("start-link");
                link.setOnAction(e -> onOpenFile.accept(p));
                Label d = new Label(p.getParent() == null ? "" : p.getParent().toString());
                d.getStyleClass().add("start-muted");
                getChildren().add(new VBox(0, link, d));
            }
        }
    }

    /**
     * Thumbnail, title and one line; a lesson that cannot run here shows why instead of a link. The picture stands
     * beside the words, or between the title and the words when the page is narrow.
     */
    static final class LessonRow extends HBox {
        private final Node picture;
        private final VBox text;
        private boolean narrow;

        LessonRow(LessonEntry l, Consumer<Path> onOpen) {
            super(8);
            String stem = l.file().getFileName().toString().replaceFirst("(\\.lesson)?\\.json$", "");
            Node pic = new FontIcon(MaterialDesignS.SCHOOL_OUTLINE);
            if (l.thumbnail() != null && Files.isRegularFile(l.thumbnail())) {
                ImageView view = new ImageView(new Image(l.thumbnail().toUri().toString(), THUMB_WIDTH, 0, true, true, false));
                view.getStyleClass().add("lesson-thumbnail");
                pic = view;
            }
            picture = pic;
            Hyperlink link = new Hyperlink(l.title());
            link.setWrapText(true);
            link.setId("lesson-" + stem);
            link.getStyleClass().add("start-link");
            link.setOnAction(e -> onOpen.accept(l.file()));
            Label d = new Label(l.problem() == null ? l.summary() : "Not available: " + l.problem());
            d.getStyleClass().add(l.problem() == null ? "start-muted" : "start-problem");
            d.setWrapText(true);
            link.setDisable(l.problem() != null);
            text = new VBox(0, link, d);
            HBox.setHgrow(text, Priority.ALWAYS);
            getChildren().addAll(picture, text);
            setAlignment(Pos.CENTER_LEFT);
            getStyleClass().add("lesson-row");
        }

        void setNarrow(boolean narrow) {
            if (narrow == this.narrow) return;
            this.narrow = narrow;
            if (narrow) {
                getChildren().remove(picture);
                text.getChildren().add(1, picture);
            } else {
                text.getChildren().remove(picture);
                getChildren().add(0, picture);
            }
        }

        /** Whether the picture stands between the title and the words; for tests. */
        boolean pictureInline() {
            return text.getChildren().contains(picture);
        }
    }

    /** Thumbnails are drawn this wide (px at 100 %); the files are made at twice that for presenter scales. */
    static final double THUMB_WIDTH = 96;
    /** Narrower than this, a lesson's picture goes between its title and its words. */
    static final double MIN_WIDTH_FOR_PICTURE_BESIDE = 360;

    private final List<LessonRow> lessonRows = new java.util.ArrayList<>();

    List<LessonRow> lessonRows() {
        return lessonRows;
    }
}
