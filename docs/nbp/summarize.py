import csv, glob, sys, statistics as st
# Tables of docs/nbp/README.md from the reproduction CSVs: python3 docs/nbp/summarize.py [full60/]
sub = sys.argv[1] if len(sys.argv) > 1 else ""
for ds in ["mnist20-binary", "fashion-binary"]:
    files = sorted(glob.glob(f"docs/nbp/{sub}{ds}-seed*.csv"))
    if not files: continue
    print(f"### {ds}\n")
    print("| seed | epochs run | final spike | final membrane | final exact | mean last 5: spike / membrane / exact | best spike (epoch) | best membrane (epoch) |")
    print("|---|---|---|---|---|---|---|---|")
    finals = {"s": [], "m": [], "e": []}; last5 = {"s": [], "m": [], "e": []}; best = {"s": [], "m": []}
    for f in files:
        rows = list(csv.DictReader(open(f)))
        s = [float(r["test_spike_argmax"]) for r in rows]; m = [float(r["test_membrane_argmax"]) for r in rows]; e = [float(r["test_exact"]) for r in rows]
        bs = max(range(len(s)), key=lambda i: s[i]); bm = max(range(len(m)), key=lambda i: m[i])
        print(f"| {rows[0]['seed']} | {len(rows)} | {100*s[-1]:.2f} | {100*m[-1]:.2f} | {100*e[-1]:.2f} | {100*st.mean(s[-5:]):.2f} / {100*st.mean(m[-5:]):.2f} / {100*st.mean(e[-5:]):.2f} | {100*s[bs]:.2f} ({bs+1}) | {100*m[bm]:.2f} ({bm+1}) |")
        finals["s"].append(s[-1]); finals["m"].append(m[-1]); finals["e"].append(e[-1])
        last5["s"].append(st.mean(s[-5:])); last5["m"].append(st.mean(m[-5:])); last5["e"].append(st.mean(e[-5:]))
        best["s"].append(s[bs]); best["m"].append(m[bm])
    n = len(files)
    print(f"| **mean of {n}** | | **{100*st.mean(finals['s']):.2f}** | **{100*st.mean(finals['m']):.2f}** | **{100*st.mean(finals['e']):.2f}** | {100*st.mean(last5['s']):.2f} / {100*st.mean(last5['m']):.2f} / {100*st.mean(last5['e']):.2f} | {100*st.mean(best['s']):.2f} | {100*st.mean(best['m']):.2f} |\n")

# The paper's protocol (Fig. 3): checkpoints after every half epoch, the mean over 3 runs per checkpoint. Only for
# CSVs with the half-epoch columns (NbpReproductionMain since the half-epoch checkpoints were added).
for ds in ["mnist20-binary", "fashion-binary"]:
    files = sorted(glob.glob(f"docs/nbp/{sub}{ds}-seed*.csv"))
    runs = [list(csv.DictReader(open(f))) for f in files]
    if not runs or any("half_test_spike_argmax" not in r[0] for r in runs):
        continue
    n = min(len(r) for r in runs)
    print(f"### {ds}: half-epoch checkpoints, mean of {len(runs)} runs ({2 * n} checkpoints)\n")
    print("| read-out | final (epoch %d) | mean of last 10 checkpoints | best checkpoint of the mean curve | mean of each run's best checkpoint |" % n)
    print("|---|---|---|---|---|")
    for name, col in [("spike-argmax", "test_spike_argmax"), ("membrane-argmax", "test_membrane_argmax"), ("exact match", "test_exact")]:
        curves = []
        for rows in runs:
            c = []
            for r in rows[:n]:
                c += [float(r["half_" + col]), float(r[col])]
            curves.append(c)
        mean = [st.mean(v) for v in zip(*curves)]
        b = max(range(len(mean)), key=lambda i: mean[i])
        print(f"| {name} | {100*mean[-1]:.2f} | {100*st.mean(mean[-10:]):.2f} | {100*mean[b]:.2f} (epoch {(b + 1) / 2:g}) | {100*st.mean(max(c) for c in curves):.2f} |")
    print()
