package io.spikeworks.learn.score;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures a task kind reports at each evaluation, by column name: accuracy for class labels; relative L2 error,
 * RMSE and R² for real-valued targets. Regression figures travel in the row's extras (ahead of the algorithm's),
 * so checkpoints, metrics.csv and the views carry them without knowing the task.
 */
public enum TaskMetrics {
    CLASSIFICATION("test_accuracy", true, List.of("train_accuracy", "test_accuracy")),
    REGRESSION("test_rel_l2", false, List.of("train_rel_l2", "test_rel_l2", "test_rmse", "test_r2"));

    private final String headline;
    private final boolean higherIsBetter;
    private final List<String> columns;

    TaskMetrics(String headline, boolean higherIsBetter, List<String> columns) {
        this.headline = headline;
        this.higherIsBetter = higherIsBetter;
        this.columns = columns;
    }

    public static TaskMetrics of(boolean classLabels) {
        return classLabels ? CLASSIFICATION : REGRESSION;
    }

    /** The figure a run is judged by (summary.json's headline, sweep tables). */
    public String headline() {
        return headline;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Column names in metrics.csv order, after each loss. */
    public List<String> columns() {
        return columns;
    }

    /** The columns that go into a row's extras (none for classification, whose accuracy has fields of its own). */
    public Map<String, Double> extras(Score train, Score test) {
        Map<String, Double> m = new LinkedHashMap<>();
        if (this == REGRESSION) {
            m.put("train_rel_l2", train.relativeL2());
            m.put("test_rel_l2", test.relativeL2());
            m.put("test_rmse", test.rmse());
            m.put("test_r2", test.r2());
        }
        return m;
    }

    /** A column's value in a row. */
    public double value(EvaluationRow row, String column) {
        return switch (column) {
            case "train_accuracy" -> row.trainAccuracy();
            case "test_accuracy" -> row.testAccuracy();
            default -> row.extras().getOrDefault(column, Double.NaN);
        };
    }

    /** The row's figures for a progress line: "train acc 91.20 %, test acc 90.55 %" or the regression errors. */
    public String describe(EvaluationRow row) {
        if (this == CLASSIFICATION)
            return String.format(java.util.Locale.ROOT, "train acc %.2f %%, test acc %.2f %%", 100 * row.trainAccuracy(),
                    100 * row.testAccuracy());
        return String.format(java.util.Locale.ROOT, "train rel. L2 %.2f %%, test rel. L2 %.2f %%, test RMSE %.4g, R² %.4f",
                100 * value(row, "train_rel_l2"), 100 * value(row, "test_rel_l2"), value(row, "test_rmse"),
                value(row, "test_r2"));
    }

    /** A batch's figure for the per-batch curve: its accuracy, or its relative L2 error. */
    public double batchScore(Score s) {
        return this == CLASSIFICATION ? s.accuracy() : s.relativeL2();
    }

    /** The curves' name for the score: "Accuracy" or "Rel. L2 error". */
    public String scoreName() {
        return this == CLASSIFICATION ? "Accuracy" : "Rel. L2 error";
    }

    /** The score's name inside a sentence: "accuracy", "rel. L2 error". */
    public String scoreNameInText() {
        return this == CLASSIFICATION ? "accuracy" : "rel. L2 error";
    }

    /** The headline figure of a row. */
    public double headlineValue(EvaluationRow row) {
        return value(row, headline);
    }
}
