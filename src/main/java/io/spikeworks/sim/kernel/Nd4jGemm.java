package io.spikeworks.sim.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Dense matrix products through ND4J's BLAS, for inputs that are not spikes (direct current, pooled
 * averages) where skipping zeros saves nothing. Operands live on the Java heap, so each call copies its
 * inputs in and the product out; a weight matrix is uploaded once per batch, not once per step.
 */
public final class Nd4jGemm {
    private INDArray weights;
    private float[] uploadedFrom;
    private boolean stale = true;

    public Nd4jGemm() {
        TensorRuntime.ensureConfigured();
    }

    /** Weights may have changed (a new batch started). */
    public void invalidate() {
        stale = true;
    }

    private INDArray weights(float[] w, int rows, int cols) {
        if (stale || weights == null || uploadedFrom != w) {
            weights = Nd4j.create(w, new long[]{rows, cols}, 'c');
            uploadedFrom = w;
            stale = false;
        }
        return weights;
    }

    /** c[m×n] += a[m×k] · w[k×n], a read from a[aOff…]. */
    public void multiplyAdd(float[] a, int aOff, int m, int k, float[] w, int n, float[] c) {
        float[] slice = java.util.Arrays.copyOfRange(a, aOff, aOff + m * k);
        INDArray x = Nd4j.create(slice, new long[]{m, k}, 'c');
        INDArray y = x.mmul(weights(w, k, n));
        float[] prod = y.data().asFloat();
        for (int i = 0; i < m * n; i++) c[i] += prod[i];
    }

    /** out[m×k] = g[m×n] · w[k×n]ᵀ. */
    public void multiplyTransposed(float[] g, int m, int n, float[] w, int k, float[] out) {
        INDArray gx = Nd4j.create(java.util.Arrays.copyOf(g, m * n), new long[]{m, n}, 'c');
        INDArray y = gx.mmul(weights(w, k, n).transpose());
        float[] prod = y.dup('c').data().asFloat();
        System.arraycopy(prod, 0, out, 0, m * k);
    }
}
