package io.spikeworks.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application. Placeholder until the shell lands. */
public final class SpikeworksApp extends Application {
    public static void launchApp(String[] args) {
        Application.launch(SpikeworksApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Spikeworks"), 800, 600));
        stage.show();
    }
}
