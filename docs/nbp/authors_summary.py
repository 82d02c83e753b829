import csv, glob, statistics as st
# The authors' NumPy runs (tools/nbp-authors/run_authors_numpy.py) next to ours, end-of-epoch checkpoints only (their
# script scores the test set once per epoch): python3 docs/nbp/authors_summary.py
def table(files, label):
    finals = []
    print(f"| {label}: seed | epochs | final spike / membrane / exact | mean of last 5 | best spike (epoch) | best membrane (epoch) |")
    print("|---|---|---|---|---|---|")
    for f in sorted(files, key=lambda f: int(f.rsplit("seed", 1)[1][:-4])):
        rows = list(csv.DictReader(open(f)))
        s, m, e = ([float(r[c]) for r in rows] for c in ("test_spike_argmax", "test_membrane_argmax", "test_exact"))
        bs = max(range(len(s)), key=lambda i: s[i]); bm = max(range(len(m)), key=lambda i: m[i])
        print(f"| {rows[0]['seed']} | {len(rows)} | {100*s[-1]:.2f} / {100*m[-1]:.2f} / {100*e[-1]:.2f} | "
              f"{100*st.mean(s[-5:]):.2f} / {100*st.mean(m[-5:]):.2f} / {100*st.mean(e[-5:]):.2f} | {100*s[bs]:.2f} ({bs+1}) | {100*m[bm]:.2f} ({bm+1}) |")
        if len(rows) == 60 and s[-1] > 0.93:
            finals.append((s[-1], m[-1], e[-1], max(s), max(m)))
    if finals:
        print(f"| mean of the {len(finals)} full runs that kept all classes | | " + " / ".join(f"{100*st.mean(x[i] for x in finals):.2f}" for i in range(3))
              + f" | | {100*st.mean(x[3] for x in finals):.2f} | {100*st.mean(x[4] for x in finals):.2f} |")
    print()
table(glob.glob("docs/nbp/authors-numpy/authors-numpy-seed*.csv"), "authors' code")
table(glob.glob("docs/nbp/full60/mnist20-binary-seed*.csv") + glob.glob("docs/nbp/full60-more/mnist20-binary-seed*.csv"), "ours")
