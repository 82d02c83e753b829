package io.spikeworks.data;

import java.util.List;
import java.util.Optional;

/**
 * Outcome of checking one split of a bundled data set: checksums and a full parse.
 *
 * @param dataset      the parsed data when both files parsed, whatever their checksums
 * @param checksumsOk  true when both files match {@code SHA256SUMS}
 * @param problems     everything found wrong, each naming its file; empty when all is well
 */
public record SplitVerification(BundledDataset set, Split split, Optional<Dataset> dataset, boolean checksumsOk,
                                List<DatasetException> problems) {
    public SplitVerification {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
