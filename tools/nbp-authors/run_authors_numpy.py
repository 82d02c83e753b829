#!/usr/bin/env python3
"""Runs the nBP authors' own NumPy simulation (lanl/spikingBackprop, SFC_backprop/numpy_simulation.py) on the
bundled MNIST, as an implementation independent of ours: their rule, their He initialisation and their shuffles under
NumPy's Mersenne Twister. Nothing of theirs is copied into this repository; give the path of a checkout.

    python3 tools/nbp-authors/run_authors_numpy.py AUTHORS_CHECKOUT SEED EPOCHS OUT.csv

Their script is run as published except for five settings, replaced in its text before it runs:
  - the data set: MNIST20 (the file's last assignment picks FMNIST28);
  - the training input threshold: 0.5, the one their chip runs and their test set use (the file's last is 0.6);
  - the seed (their 43), so that runs differ;
  - the number of epochs (their 15; the chip ran 60);
  - no plots (matplotlib is replaced by a stub, their figures are not drawn).
Their loader wants the cropped data set as ./mnist20_4.npz (it downloads it otherwise); it is written here from
assets/datasets/mnist exactly as their loader would build it: crop 4 px per side, pixel / 255 (skimage's resize to the
same size) and / 255 again. Needs only NumPy. Writes one row per epoch: test exact, spike-argmax, membrane-argmax; at the end prints on how many test
samples each output unit fires (none: its class is lost).
"""
import gzip
import os
import re
import sys
import tempfile
import types

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
MNIST = os.path.join(HERE, "..", "..", "assets", "datasets", "mnist")


def idx(name):
    with gzip.open(os.path.join(MNIST, name)) as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def write_cropped_npz(path):
    def crop(images):
        return images[:, 4:24, 4:24].reshape(len(images), 400) / 255. / 255.
    np.savez_compressed(path, train_data=crop(idx("train-images-idx3-ubyte.gz")),
                        test_data=crop(idx("t10k-images-idx3-ubyte.gz")),
                        train_labels=idx("train-labels-idx1-ubyte.gz").astype(np.int64),
                        test_labels=idx("t10k-labels-idx1-ubyte.gz").astype(np.int64))


def stub_modules():
    """Their modules import matplotlib, mnist and skimage at the top; none is called on this path."""
    class NoOp(types.ModuleType):
        def __getattr__(self, name):
            return lambda *a, **k: (None, None) if name == "subplots" else None
    for name in ["matplotlib", "matplotlib.pyplot", "mnist", "skimage", "skimage.transform"]:
        sys.modules[name] = NoOp(name)
    sys.modules["matplotlib"].pyplot = sys.modules["matplotlib.pyplot"]
    sys.modules["skimage"].transform = sys.modules["skimage.transform"]


def patched(source, seed, epochs):
    replacements = [
        (r"\ndataset = 'FMNIST28'\n", "\n"),
        (r"\ninput_threshold = 0\.6\n", "\ninput_threshold = 0.5\n"),
        (r"\nseed = 43\n", f"\nseed = {seed}\n"),
        (r"\nnum_epochs = 15[^\n]*\n", f"\nnum_epochs = {epochs}\n"),
        (r"\nnum_plots = 10\n", "\nnum_plots = 0\n"),
    ]
    for pattern, repl in replacements:
        source, n = re.subn(pattern, repl, source)
        if n != 1:
            sys.exit(f"numpy_simulation.py: expected one match of {pattern!r}, found {n}; is this commit f725a74?")
    return source


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    src, seed, epochs, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), os.path.abspath(sys.argv[4])
    script = os.path.join(src, "SFC_backprop", "numpy_simulation.py")
    if not os.path.isfile(script):
        sys.exit(f"{script}: not found; give the path of a checkout of lanl/spikingBackprop")
    source = patched(open(script).read(), seed, epochs)
    stub_modules()
    sys.path.insert(0, src)
    work = tempfile.mkdtemp(prefix="nbp-authors-")
    os.chdir(work)
    write_cropped_npz(os.path.join(work, "mnist20_4.npz"))

    rows = []
    epoch = [0]
    current = {}

    def capture(*args, **kwargs):
        text = " ".join(str(a) for a in args)
        m = re.match(r"Epoch (\d+)/", text)
        if m:
            epoch[0] = int(m.group(1))
        for key in ("val_acc_argmax_out", "val_acc_argmax", "val_acc", "train_acc"):
            if text.startswith(key + ":"):
                current[key] = float(args[-1])
                break
        if "val_acc_argmax_out" in current:
            rows.append((epoch[0], current.get("train_acc"), current["val_acc"], current["val_acc_argmax"],
                         current["val_acc_argmax_out"]))
            print(f"seed {seed} epoch {epoch[0]}: spike {current['val_acc_argmax']:.4f} "
                  f"membrane {current['val_acc_argmax_out']:.4f} exact {current['val_acc']:.4f}", flush=True)
            with open(out, "w") as f:
                f.write("epoch,seed,train_exact,test_exact,test_spike_argmax,test_membrane_argmax\n")
                for r in rows:
                    f.write(f"{r[0]},{seed},{r[1]},{r[2]},{r[3]},{r[4]}\n")
            current.clear()

    scope = {"__name__": "__main__", "print": capture}
    exec(compile(source, script, "exec"), scope)
    report_output_units(scope, seed)


def report_output_units(scope, seed):
    """After the last epoch: on how many test samples each output unit fires, from their final weights; a unit that
    fires on none has lost its class (the published rule never gives it an error signal again)."""
    from SFC_backprop.input_data import generate_input_data  # their test input, as their epochs score it
    x = generate_input_data(10000, input_data="MNIST20_test", add_bias=False)[0].astype(np.int64)
    w1, w2 = scope["W1_sim"], scope["W2_sim"]
    hidden = (x @ w1 > 512).astype(np.int64)
    fired = (hidden @ w2 > 512).sum(axis=0).astype(int).tolist()
    silent = [u for u, n in enumerate(fired) if n == 0]
    print(f"seed {seed}: test samples each output unit fires on {fired}; silent units {silent if silent else 'none'}")


if __name__ == "__main__":
    main()
