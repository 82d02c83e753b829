package io.spikeworks.sim;

/** A trainable tensor and its gradient, flattened. */
public final class Param {
    private final String name;
    private final int[] shape;
    public final float[] value;
    public final float[] grad;

    public Param(String name, int... shape) {
        this.name = name;
        this.shape = shape.clone();
        int n = 1;
        for (int d : shape) n *= d;
        this.value = new float[n];
        this.grad = new float[n];
    }

    private Param(String name, int[] shape, float[] sharedValue) {
        this.name = name;
        this.shape = shape.clone();
        this.value = sharedValue;
        this.grad = new float[sharedValue.length];
    }

    /** A parameter that reads and writes the same values as this one but accumulates its own gradient. */
    public Param sharingValues() {
        return new Param(name, shape, value);
    }

    public String name() {
        return name;
    }

    public int[] shape() {
        return shape.clone();
    }

    public int size() {
        return value.length;
    }

    public void zeroGrad() {
        java.util.Arrays.fill(grad, 0f);
    }
}
