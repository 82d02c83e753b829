package io.spikeworks.sim.kernel;

/** Plain loops: the reference, and the fallback when the Vector API is not available. */
final class ScalarKernels extends Kernels {
    static final ScalarKernels INSTANCE = new ScalarKernels();

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public int lanes() {
        return 1;
    }

    @Override
    public void add(float[] dst, int d, float[] src, int s, int n) {
        for (int k = 0; k < n; k++) dst[d + k] += src[s + k];
    }

    @Override
    public void axpy(float[] dst, int d, float a, float[] src, int s, int n) {
        for (int k = 0; k < n; k++) dst[d + k] += a * src[s + k];
    }

    @Override
    public void addRows(float[] w, int[] rows, int from, int to, float[] dst, int d, int n) {
        for (int k = from; k < to; k++) add(dst, d, w, rows[k] * n, n);
    }

    @Override
    public void lifStep(float[] mem, int base, int prev, float[] spikes, int sBase, int sPrev, float[] input, int in,
                        int n, float beta, float theta, boolean subtract) {
        for (int i = 0; i < n; i++) {
            float up = mem[prev + i];
            float sp = spikes[sPrev + i];
            float u = subtract ? beta * up + input[in + i] - theta * sp : beta * up * (1f - sp) + input[in + i];
            mem[base + i] = u;
            spikes[sBase + i] = u >= theta ? 1f : 0f;
        }
    }

    @Override
    public float dot(float[] a, int i, float[] b, int j, int n) {
        float sum = 0f;
        for (int k = 0; k < n; k++) sum += a[i + k] * b[j + k];
        return sum;
    }
}
