package io.spikeworks.ui.builder;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
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
        HBox actions = new HBox(8, newModel, open);
        getChildren().addAll(head, actions);

        if (!lessons.isEmpty()) {
            Label lessonHead = new Label("Lessons");
            lessonHead.getStyleClass().add("start-heading");
            getChildren().add(lessonHead);
            for (LessonEntry l : lessons) getChildren().add(lessonRow(l, onOpenLesson));
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

    /** Thumbnail, title and one line; a lesson that cannot run here shows why instead of a link. */
    private static Node lessonRow(LessonEntry l, Consumer<Path> onOpen) {
        String stem = l.file().getFileName().toString().replaceFirst("(\\.lesson)?\\.json$", "");
        Node picture = new FontIcon(MaterialDesignS.SCHOOL_OUTLINE);
        if (l.thumbnail() != null && Files.isRegularFile(l.thumbnail())) {
            ImageView view = new ImageView(new Image(l.thumbnail().toUri().toString(), THUMB_WIDTH, 0, true, true, false));
            view.getStyleClass().add("lesson-thumbnail");
            picture = view;
        }
        Hyperlink link = new Hyperlink(l.title());
        link.setId("lesson-" + stem);
        link.getStyleClass().add("start-link");
        link.setOnAction(e -> onOpen.accept(l.file()));
        Label d = new Label(l.problem() == null ? l.summary() : "Not available: " + l.problem());
        d.getStyleClass().add(l.problem() == null ? "start-muted" : "start-problem");
        d.setWrapText(true);
        link.setDisable(l.problem() != null);
        VBox text = new VBox(0, link, d);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(8, picture, text);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("lesson-row");
        return row;
    }

    /** Thumbnails are drawn this wide (px at 100 %); the files are made at twice that for presenter scales. */
    static final double THUMB_WIDTH = 96;
}
