package io.spikeworks.data;

/**
 * A data file is missing, corrupt or not what was expected. The message always starts with the file, then the
 * problem, e.g. {@code "train-images-idx3-ubyte.gz: truncated: header says 60000×28×28 = 47040000 pixel bytes,
 * file holds 1200"}, so it can be shown to the user as it is.
 *
 * <p>Unchecked: every caller (engine, session, CLI) reports it the same way, and loading code runs inside lambdas.
 */
public class DatasetException extends RuntimeException {
    private final String file;
    private final String problem;

    public DatasetException(String file, String problem) {
        this(file, problem, null);
    }

    public DatasetException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    /** The file (or directory) at fault, as the caller named it. */
    public String file() {
        return file;
    }

    /** What is wrong with it, without the file name. */
    public String problem() {
        return problem;
    }
}
