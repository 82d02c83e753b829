package io.spikeworks.learn.symmetry;

import java.util.List;

/**
 * How far feedback weights B are from the transposed forward weights (B is held in W's layout, so B = W means
 * exact symmetry).
 *
 * @param cosine        cos∠(W, Bᵀ) over all weights
 * @param angleDegrees  that angle
 * @param relativeNorm  ‖W − Bᵀ‖ / ‖W‖
 * @param signAgreement fraction of weights whose W and B have the same sign (zero counts as its own sign)
 */
public record Asymmetry(double cosine, double angleDegrees, double relativeNorm, double signAgreement) {

    public static Asymmetry between(float[] w, float[] b) {
        return between(List.of(w), List.of(b));
    }

    /** Treats the layers' weights as one vector. */
    public static Asymmetry between(List<float[]> ws, List<float[]> bs) {
        VectorAngle angle = new VectorAngle();
        double diff = 0, norm = 0;
        long agree = 0, n = 0;
        for (int l = 0; l < ws.size(); l++) {
            float[] w = ws.get(l);
            float[] b = bs.get(l);
            angle.add(w, b);
            for (int i = 0; i < w.length; i++) {
                double d = (double) w[i] - b[i];
                diff += d * d;
                norm += (double) w[i] * w[i];
                if (Math.signum(w[i]) == Math.signum(b[i])) agree++;
            }
            n += w.length;
        }
        return new Asymmetry(angle.cosine(), angle.degrees(), norm == 0 ? Double.NaN : Math.sqrt(diff / norm),
                n == 0 ? Double.NaN : (double) agree / n);
    }
}
