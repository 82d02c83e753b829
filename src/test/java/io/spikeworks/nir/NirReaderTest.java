package io.spikeworks.nir;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class NirReaderTest {

    /** Every node of every golden file has exactly the datasets, element types and shapes expected.json lists. */
    @Test
    void readsEveryGoldenFileAsItsInventorySays() throws Exception {
        for (String name : List.of("a_lif784_zero", "b_lif784_subtract", "c_cuba", "d_conv_avgpool", "e_conv_sumpool",
                "f_lif_thresholds")) {
            NirGraph g = NirReader.read(GoldenFiles.nir(name));
            JsonNode nodes = GoldenFiles.expected(name).get("nir_nodes");
            assertEquals(new TreeSet<>(fieldNames(nodes)), new TreeSet<>(g.nodes().keySet()), name);
            for (String node : fieldNames(nodes)) {
                JsonNode want = nodes.get(node);
                NirNode got = g.nodes().get(node);
                assertEquals(want.get("type").asText(), got.type(), name + " " + node);
                assertEquals(new TreeSet<>(fieldNames(want.get("datasets"))), new TreeSet<>(got.fields().keySet()),
                        name + " " + node);
                for (String field : fieldNames(want.get("datasets"))) {
                    JsonNode ds = want.get("datasets").get(field);
                    NirArray a = got.fields().get(field);
                    int[] shape = new int[ds.get(1).size()];
                    for (int i = 0; i < shape.length; i++) shape[i] = ds.get(1).get(i).asInt();
                    assertArrayEquals(shape, a.shape(), name + " " + node + "." + field);
                    assertEquals(ds.get(0).asText(), switch (a.type()) {
                        case FLOAT32 -> "float32";
                        case FLOAT64 -> "float64";
                        case INT64 -> "int64";
                    }, name + " " + node + "." + field);
                }
            }
            JsonNode edges = GoldenFiles.expected(name).get("nir_edges");
            assertEquals(edges.size(), g.edges().size(), name);
            for (int i = 0; i < edges.size(); i++) {
                assertEquals(new NirEdge(edges.get(i).get(0).asText(), edges.get(i).get(1).asText()), g.edges().get(i));
            }
        }
    }

    @Test
    void writesWhatItReadsValueForValue(@TempDir Path dir) throws Exception {
        for (String name : List.of("c_cuba", "d_conv_avgpool")) {
            NirGraph g = NirReader.read(GoldenFiles.nir(name));
            Path copy = dir.resolve(name + ".nir");
            NirWriter.write(g, copy);
            NirGraph back = NirReader.read(copy);
            assertEquals(g.nodes(), back.nodes(), name);
            assertEquals(g.edges(), back.edges(), name);
        }
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) out.add(it.next().getKey());
        return out;
    }
}
