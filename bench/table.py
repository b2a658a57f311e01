"""Prints the engine-speed table (sgemm, MLP/LeNet/LSTM epochs, first/steady, peak RSS) of one
`baeum bench table` sitting: Baeum at each vector width it ran, PyTorch beside it, and the ratios.
Usage: python3 table.py DIR   (DIR holds baeum-<width>.jsonl and torch-*.json; any python3 works)
"""
import glob
import json
import os
import sys

SIZES = ["64", "128", "256", "512", "1024", "2048"]
EPOCHS = [("mlp_fmnist", "mlp_fmnist", "MLP"), ("cnn_fmnist", "cnn_fmnist", "LeNet"),
          ("rnn_lstm", "rnn_lstm", "LSTM")]


def lines(path):
    out = {}
    if not os.path.exists(path):
        return out
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line.startswith("{"):
                d = json.loads(line)
                out[d.get("bench")] = d
    return out


def med(x):
    return x.get("median") if isinstance(x, dict) else x


def fmt(x, nd=1):
    return "-" if x is None else ("%.*f" % (nd, x))


def ratio(a, b, nd=2):
    return "-" if a is None or b in (None, 0) else "%.*f" % (nd, a / b)


def main():
    d = sys.argv[1]
    widths = sorted((os.path.basename(p)[6:-6] for p in glob.glob(os.path.join(d, "baeum-*.jsonl"))),
                    key=lambda w: (w != "native", -int(w) if w.isdigit() else 0))
    baeum = {w: lines(os.path.join(d, "baeum-%s.jsonl" % w)) for w in widths}
    torch = {}
    for p in glob.glob(os.path.join(d, "torch-*.json")):
        torch.update(lines(p))
    peak = torch.get("peak", {})
    fma = ((peak.get("fma_loop") or {}).get("2") or {})
    fma_g = med(fma.get("gflops"))
    cpu = peak.get("cpu", {})
    print("CPU: %s, %s cores, %s; FMA peak (fma_peak.c, %s-bit, 2 threads): %s GFLOPS" % (
        cpu.get("model_name", "?"), cpu.get("cores", "?"),
        "AVX-512" if cpu.get("avx512f") else ("AVX2+FMA" if cpu.get("fma") else "no FMA"),
        fma.get("width", "?"), fmt(fma_g)))
    for w in widths:
        s = baeum[w].get("sgemm", {})
        print("Baeum %s: %s" % (w, s.get("tile", "?")))
    print()
    label = {"student": "student loop, kernel JVM"}
    head = ["workload"] + ["Baeum %s" % label.get(w, w) for w in widths] + ["PyTorch"] + \
           ["%s / PyTorch" % label.get(w, w) for w in widths]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    tmm = ((peak.get("sgemm") or {}).get("2") or {}).get("torch_mm", {})
    for n in SIZES:
        key = "%sx%sx%s:nn" % (n, n, n)
        b = [med(baeum[w].get("sgemm", {}).get("gflops", {}).get(key)) for w in widths]
        t = med(tmm.get(n))
        frac = "" if fma_g is None else " (%s of peak)" % " / ".join(
            "-" if x is None else "%.0f%%" % (100 * x / fma_g) for x in b)
        print("| sgemm %s³ GFLOPS%s | %s | %s | %s |" % (n, frac, " | ".join(fmt(x) for x in b),
              fmt(t), " | ".join(ratio(x, t) for x in b)))
    for jb, tb, name in EPOCHS:
        b = [baeum[w].get(jb, {}) for w in widths]
        t = torch.get(tb, {})
        bs = [x.get("train_s_steady_median") for x in b]
        tt = t.get("train_s_per_epoch", {})
        ts = med(tt) if len(t.get("epochs", [])) < 2 else \
            sorted(e["train_s"] for e in t["epochs"][1:])[(len(t["epochs"]) - 2) // 2]
        print("| %s epoch, steady (s) | %s | %s | %s |" % (name, " | ".join(fmt(x, 2) for x in bs),
              fmt(ts, 2), " | ".join(ratio(x, ts) for x in bs)))
        f = [ratio(x.get("train_s_epoch1"), x.get("train_s_steady_median")) for x in b]
        tf = ratio(t.get("train_s_epoch1") or (t.get("epochs") or [{}])[0].get("train_s"), ts)
        print("| %s first / steady | %s | %s |%s" % (name, " | ".join(f), tf, " |" * len(widths)))
        r = [x.get("peak_rss_mb") for x in b]
        print("| %s peak RSS (MB) | %s | %s | %s |" % (name, " | ".join(fmt(x, 0) for x in r),
              fmt(t.get("peak_rss_mb"), 0), " | ".join(ratio(x, t.get("peak_rss_mb")) for x in r)))


if __name__ == "__main__":
    main()
