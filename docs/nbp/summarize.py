import csv, glob, sys, statistics as st
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
