package io.spikeworks.data.function;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OperatorDatasetGeneratorTest {
    private final OperatorDatasetGenerator antiderivative = new OperatorDatasetGenerator(
            RandomFourierSeries.standard(), new AntiderivativeOperator(), 11);

    @Test
    void randomQueriesLayOutBranchTrunkAndTargetsAsDocumented() {
        OperatorSamples s = antiderivative.generate(4, QueryPlan.random(3), 7);
        assertEquals(4, s.functions());
        assertEquals(11, s.sensors());
        assertEquals(3, s.queriesPerFunction());
        assertEquals(1, s.queryDims());
        assertFalse(s.sharedQueries());
        assertNull(s.gridAxes());
        assertEquals(44, s.branch().length);
        assertEquals(12, s.trunk().length);
        assertEquals(12, s.targets().length);
        assertEquals(0.3f, s.sensorPoints()[3], 1e-7);
        for (int i = 0; i < 4; i++) {
            FourierSeries f = (FourierSeries) antiderivative.function(7, i);
            for (int j = 0; j < 11; j++) assertEquals((float) f.applyAsDouble(j / 10.0), s.branch()[i * 11 + j], 1e-6);
            for (int q = 0; q < 3; q++) {
                float y = s.trunk()[i * 3 + q];
                assertTrue(y >= 0 && y <= 1, "query " + y);
                assertEquals((float) f.antiderivative(y), s.targets()[i * 3 + q], 1e-5);
                assertEquals(s.targets()[i * 3 + q], s.target(i, q));
            }
        }
    }

    @Test
    void sameSeedSameDataDifferentSeedDifferentDataAndLargerSetsExtendSmallerOnes() {
        OperatorSamples a = antiderivative.generate(6, QueryPlan.random(2), 1);
        OperatorSamples b = antiderivative.generate(6, QueryPlan.random(2), 1);
        OperatorSamples c = antiderivative.generate(6, QueryPlan.random(2), 2);
        OperatorSamples small = antiderivative.generate(3, QueryPlan.random(2), 1);
        assertArrayEquals(a.branch(), b.branch());
        assertArrayEquals(a.trunk(), b.trunk());
        assertArrayEquals(a.targets(), b.targets());
        assertFalse(Arrays.equals(a.branch(), c.branch()));
        assertArrayEquals(small.branch(), Arrays.copyOf(a.branch(), small.branch().length));
        assertArrayEquals(small.trunk(), Arrays.copyOf(a.trunk(), small.trunk().length));
        // The functions do not depend on the query plan.
        OperatorSamples otherPlan = antiderivative.generate(6, QueryPlan.grid(5), 1);
        assertArrayEquals(a.branch(), otherPlan.branch());
    }

    @Test
    void aGridPlanSharesItsTrunkWithTheFirstAxisSlowest() {
        OperatorDatasetGenerator generator = new OperatorDatasetGenerator(RandomFourierSeries.standard(),
                new DiffusionReactionOperator(), 5);
        OperatorSamples s = generator.generate(2, QueryPlan.grid(3, 4), 9);
        assertTrue(s.sharedQueries());
        assertEquals(12, s.queriesPerFunction());
        assertEquals(2, s.queryDims());
        assertEquals(24, s.trunk().length);
        assertArrayEquals(new float[]{0, 0.5f, 1}, s.gridAxes()[0]);
        assertArrayEquals(new float[]{0, 1 / 3f, 2 / 3f, 1}, s.gridAxes()[1]);
        // query 6 = (x index 1, t index 2) = (0.5, 2/3)
        assertEquals(0.5f, s.trunk(1, 6, 0));
        assertEquals(2 / 3f, s.trunk(1, 6, 1));
        // t = 0 rows are the zero initial value; x = 0 and x = 1 rows the zero boundary value.
        for (int i = 0; i < 2; i++) {
            for (int q = 0; q < 12; q++) {
                boolean onEdge = s.trunk(i, q, 1) == 0 || s.trunk(i, q, 0) == 0 || s.trunk(i, q, 0) == 1;
                if (onEdge) assertEquals(0, s.target(i, q), 0.0, "query " + q);
            }
        }
        DoubleUnaryOperator f = generator.function(9, 1);
        double[] out = new double[1];
        new DiffusionReactionOperator().apply(f, new double[]{0.5, 2 / 3.0}, 1, out);
        assertEquals((float) out[0], s.target(1, 6), 1e-6);
    }

    @Test
    void rowsConcatenateSensorsAndQueryCoordinates() {
        OperatorSamples s = antiderivative.generate(2, QueryPlan.random(3), 5);
        RealValuedSamples rows = s.toRows();
        assertEquals(6, rows.count());
        assertEquals(12, rows.inputSize());
        assertEquals(1, rows.targetSize());
        // row 4 = function 1, query 1
        for (int j = 0; j < 11; j++) assertEquals(s.branch(1, j), rows.input(4, j));
        assertEquals(s.trunk(1, 1, 0), rows.input(4, 11));
        assertEquals(s.target(1, 1), rows.target(4, 0));
    }

    @Test
    void splitUsesTwoSeedsAndRefusesEqualOnes() {
        OperatorSplit split = antiderivative.generateSplit(3, QueryPlan.random(1), 1, 2, QueryPlan.grid(11), 2);
        assertEquals(3, split.train().functions());
        assertEquals(11, split.test().queriesPerFunction());
        assertFalse(Arrays.equals(split.test().branch(), Arrays.copyOf(split.train().branch(), 22)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> antiderivative.generateSplit(3, QueryPlan.random(1), 4, 2, QueryPlan.random(1), 4));
        assertEquals("trainSeed and testSeed must differ, both are 4", e.getMessage());
    }

    @Test
    void badShapesAreRefusedWithTheirNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> antiderivative.generate(2, QueryPlan.grid(4, 4), 1));
        assertEquals("query grid has 2 axes but antiderivative takes 1-D query points", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> QueryPlan.random(0));
        assertEquals("queries per function must be at least 1, got 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> QueryPlan.grid(100, 1));
        assertEquals("grid points on axis 1 must be at least 2, got 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new OperatorDatasetGenerator(RandomFourierSeries.standard(), new PoissonOperator(), 1));
        assertEquals("sensors must be at least 2, got 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> antiderivative.generate(0, QueryPlan.random(1), 1));
        assertEquals("functions must be at least 1, got 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new OperatorSamples("x", 2, 3, 4, 1, false,
                new float[3], new float[6], new float[4], new float[8], null));
        assertEquals("trunk must have 8 entries, got 4", e.getMessage());
    }

    @Test
    void defaultTasksUseDeepOnetSensorsAndGaussianProcessInputs() {
        OperatorSamples s = OperatorTasks.poisson().generate(2, QueryPlan.random(5), 3);
        assertEquals(100, s.sensors());
        assertTrue(s.description().startsWith("poisson-1d of gp(rbf, l=0.2, var=1.0, knots=257), m=100"),
                s.description());
        assertEquals(2, OperatorTasks.diffusionReaction().operator().queryDims());
        assertEquals(1, OperatorTasks.antiderivative().operator().queryDims());
    }
}
