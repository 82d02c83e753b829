package io.spikeworks.chip;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChipProfileTableTest {

    static final String BEGIN = "<!-- generated table: ChipProfileTable.markdown, do not edit by hand -->\n";
    static final String END = "<!-- end of generated table -->";

    @Test
    void everyNumberHasARowWithItsSource() {
        ChipProfile loihi = ChipProfiles.builtInOnly().require("loihi");
        List<ChipProfileTable.Row> rows = ChipProfileTable.rows(loihi);
        assertEquals(17, rows.size());
        assertTrue(rows.contains(new ChipProfileTable.Row("loihi", "energy per synaptic op", "23.6 pJ",
                loihi.energy().perSynapticOp().source())));
        for (ChipProfileTable.Row r : rows) assertTrue(!r.source().isBlank(), r.toString());
    }

    /** The README's table is the generated one, so the documentation cannot drift from the files. */
    @Test
    void readmeTableMatchesTheShippedFiles() throws IOException {
        String readme;
        try (InputStream in = getClass().getResourceAsStream(ChipProfiles.RESOURCE_DIR + "README.md")) {
            readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ChipProfiles shipped = ChipProfiles.builtInOnly();
        String table = ChipProfileTable.markdown(shipped.names().stream().map(shipped::require).toList());
        int from = readme.indexOf(BEGIN);
        int to = readme.indexOf(END);
        assertTrue(from >= 0 && to > from, "README markers");
        assertEquals(table, readme.substring(from + BEGIN.length(), to));
    }
}
