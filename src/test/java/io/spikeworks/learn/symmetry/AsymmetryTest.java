package io.spikeworks.learn.symmetry;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AsymmetryTest {
    @Test
    void equalWeightsAreSymmetric() {
        Asymmetry a = Asymmetry.between(new float[]{1, -2, 3}, new float[]{1, -2, 3});
        assertEquals(1.0, a.cosine(), 1e-12);
        assertEquals(0.0, a.angleDegrees(), 1e-6);
        assertEquals(0.0, a.relativeNorm());
        assertEquals(1.0, a.signAgreement());
    }

    @Test
    void oppositeAndOrthogonalWeights() {
        Asymmetry opposite = Asymmetry.between(new float[]{1, -2}, new float[]{-1, 2});
        assertEquals(-1.0, opposite.cosine(), 1e-12);
        assertEquals(180.0, opposite.angleDegrees(), 1e-6);
        assertEquals(2.0, opposite.relativeNorm(), 1e-12);
        assertEquals(0.0, opposite.signAgreement());
        Asymmetry orthogonal = Asymmetry.between(new float[]{1, 0}, new float[]{0, 3});
        assertEquals(90.0, orthogonal.angleDegrees(), 1e-9);
        assertEquals(Math.sqrt(10), orthogonal.relativeNorm(), 1e-12);
        assertEquals(0.0, orthogonal.signAgreement());
    }

    @Test
    void layersTogetherActAsOneVector() {
        Asymmetry joint = Asymmetry.between(List.of(new float[]{1, 0}, new float[]{0}), List.of(new float[]{1, 0}, new float[]{2}));
        Asymmetry flat = Asymmetry.between(new float[]{1, 0, 0}, new float[]{1, 0, 2});
        assertEquals(flat, joint);
        assertEquals(2.0 / 3, flat.signAgreement(), 1e-12);
    }
}
