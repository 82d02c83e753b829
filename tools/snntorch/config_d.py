"""Config D in snnTorch, for tools/snntorch/side-by-side.sh: the tutorial-6 shape (conv-pool-Leaky twice, then
dense-Leaky), Fashion-MNIST with Poisson input, T = 25, batch 128, Adam 5e-4, ce_rate_loss. Prints training and
inference samples/s over the timed batches after a warm-up, and CPU µs per sample.
Usage: config_d.py [WARMUP] [TIMED] [FASHION_MNIST_FOLDER]. A check only, never a dependency of the product."""
import gzip, os, sys, time
import numpy as np
import torch, torch.nn as nn
import snntorch as snn
from snntorch import surrogate, utils
import snntorch.functional as SF

threads = int(os.environ.get("THREADS", "2"))
torch.set_num_threads(threads)
torch.manual_seed(42)
T, B = 25, 128
warm, timed = int(sys.argv[1]) if len(sys.argv) > 1 else 3, int(sys.argv[2]) if len(sys.argv) > 2 else 30
root = sys.argv[3] if len(sys.argv) > 3 else "/work/main/assets/datasets/fashion-mnist"
with gzip.open(f"{root}/train-images-idx3-ubyte.gz") as f:
    x = np.frombuffer(f.read(), np.uint8, offset=16).reshape(-1, 1, 28, 28)
with gzip.open(f"{root}/train-labels-idx1-ubyte.gz") as f:
    y = np.frombuffer(f.read(), np.uint8, offset=8)
x = torch.tensor(x[: B * (warm + timed)], dtype=torch.float32) / 255.0
y = torch.tensor(y[: B * (warm + timed)], dtype=torch.long)
g = surrogate.fast_sigmoid(slope=25)
net = nn.Sequential(nn.Conv2d(1, 12, 5), nn.MaxPool2d(2), snn.Leaky(beta=0.9, spike_grad=g, init_hidden=True),
                    nn.Conv2d(12, 32, 5), nn.MaxPool2d(2), snn.Leaky(beta=0.9, spike_grad=g, init_hidden=True),
                    nn.Flatten(), nn.Linear(32 * 4 * 4, 10),
                    snn.Leaky(beta=0.9, spike_grad=g, init_hidden=True, output=True))
opt = torch.optim.Adam(net.parameters(), lr=5e-4)
loss_fn = SF.ce_rate_loss()

def forward(data):
    utils.reset(net)
    out = []
    for t in range(T):
        spk, _ = net((torch.rand_like(data) < data).float())
        out.append(spk)
    return torch.stack(out)

def run(train):
    n = 0
    for i in range(warm + timed):
        if i == warm:
            t0, c0 = time.perf_counter(), time.process_time()
        d, l = x[i * B:(i + 1) * B], y[i * B:(i + 1) * B]
        if train:
            spk = forward(d)
            loss = loss_fn(spk, l)
            opt.zero_grad(); loss.backward(); opt.step()
        else:
            with torch.no_grad():
                forward(d)
        if i >= warm: n += B
    return n / (time.perf_counter() - t0), (time.process_time() - c0) / n * 1e6

tr, tc = run(True)
inf, ic = run(False)
print(f"snntorch config=D torch={torch.__version__} threads={threads} train_samples_per_s={tr:.1f} "
      f"infer_samples_per_s={inf:.1f} train_cpu_us_per_sample={tc:.0f} infer_cpu_us_per_sample={ic:.0f}")
