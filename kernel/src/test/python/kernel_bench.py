"""The kernel as Jupyter's own client sees it: Baeum's kernel and IPython's, side by side.

Drives each kernel through Debian's jupyter_client (KernelManager + BlockingKernelClient), as a
notebook server does. A cell's time runs from sending its execute_request to its `status: idle`
on IOPub. Each kernel is started --starts times (3 by default); every start measures:

  start      from KernelManager.start_kernel() to the first `1+1` result (and to the kernel_info
             reply alone)
  trivial    median of 50 `1+1` cells, and of 50 `int x = 1;` (`x = 1` in Python), right after start
  printing   a cell printing 1000 lines, median of 10
  burst      50 cells sent at once, to the last one's idle
  idle mem   RSS of the kernel's process tree once idle (Baeum's kernel collects garbage and
             returns memory 2 s after the last cell; we wait 4 s)
  at 3000    the trivial cells again once the session has run 3,000 cells

Run through `bin/baeum bench kernel` (which installs a private kernelspec first):
  /usr/bin/python3 kernel_bench.py --spec-dir DIR [--starts 3] [--cells 3000] [--kernels baeum,python3]
DIR holds kernels/baeum/kernel.json (bin/baeum install --dir DIR/kernels/baeum).
"""
import argparse
import json
import os
import statistics
import sys
import time
from queue import Empty


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--spec-dir", required=True, help="a Jupyter data dir holding kernels/baeum")
    p.add_argument("--starts", type=int, default=3)
    p.add_argument("--cells", type=int, default=3000, help="the session length for the 'at N' figures")
    p.add_argument("--kernels", default="baeum,python3")
    p.add_argument("--json", help="also write every figure to this file")
    return p.parse_args()


ARGS = parse_args()
# our kernelspec from the private dir; IPython's is jupyter_client's native kernel (this python)
os.environ["JUPYTER_PATH"] = ARGS.spec_dir
os.environ.setdefault("JUPYTER_RUNTIME_DIR", os.path.join(ARGS.spec_dir, "runtime"))
os.environ["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"  # ipykernel's debugger note on stderr
os.environ["IPYTHONDIR"] = os.path.join(ARGS.spec_dir, "ipython")  # no user profile in IPython's figures

import psutil  # noqa: E402  (Debian's python3-psutil)
from jupyter_client import KernelManager  # noqa: E402

CODE = {
    "baeum": {"trivial": ["1+1", "int x = 1;"],
              "print": "for (int i = 0; i < 1000; i++) System.out.println(i);"},
    "python3": {"trivial": ["1+1", "x = 1"],
                "print": "for i in range(1000): print(i)"},
}


class Session:
    def __init__(self, name):
        self.name = name
        self.t0 = time.perf_counter()
        self.km = KernelManager(kernel_name=name)
        self.km.start_kernel()
        self.kc = self.km.client()
        self.kc.start_channels()
        self.cells = 0

    def ready(self):
        """jupyter_client's wait_for_ready, timed: kernel_info until a reply comes and IOPub is
        connected (the kernel's busy/idle for it arrives). Returns (first reply, ready) in seconds."""
        first = None
        while True:
            self.kc.kernel_info()
            try:
                reply = self.kc.get_shell_msg(timeout=1)
            except Empty:
                continue
            if reply["msg_type"] != "kernel_info_reply":
                continue
            first = first or time.perf_counter() - self.t0
            try:
                self.kc.get_iopub_msg(timeout=0.2)
            except Empty:
                continue
            return first, time.perf_counter() - self.t0

    def send(self, code):
        self.cells += 1
        return self.kc.execute(code, store_history=True)

    def wait_idle(self, msg_id, check=True):
        """Waits for the idle status of msg_id; returns the IOPub messages of that cell."""
        got = []
        while True:
            m = self.kc.get_iopub_msg(timeout=120)
            if m["parent_header"].get("msg_id") != msg_id:
                continue
            got.append(m)
            if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
                break
        if check:
            errors = [m for m in got if m["msg_type"] == "error"]
            if errors:
                raise RuntimeError(f"{self.name}: cell failed: {errors[0]['content']}")
        return got

    def drain_shell(self, n):
        for _ in range(n):
            reply = self.kc.get_shell_msg(timeout=120)
            if reply["content"].get("status") != "ok":
                raise RuntimeError(f"{self.name}: {reply['content']}")

    def cell(self, code):
        """One cell's time in ms, execute_request to idle."""
        s = time.perf_counter()
        msg_id = self.send(code)
        got = self.wait_idle(msg_id)
        t = (time.perf_counter() - s) * 1e3
        self.drain_shell(1)
        return t, got

    def tree(self):
        p = psutil.Process(self.km.provisioner.process.pid)
        return [p] + p.children(recursive=True)

    def rss_mib(self):
        return sum(p.memory_info().rss for p in self.tree()) / 2**20

    def cpu_s(self):
        return sum(sum(p.cpu_times()[:2]) for p in self.tree())

    def close(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=False)


def one_start(name):
    code = CODE[name]
    r = {}
    s = Session(name)
    try:
        r["kernel_info_s"], r["ready_s"] = s.ready()
        t, got = s.cell("1+1")
        r["first_result_s"] = time.perf_counter() - s.t0
        shown = [m["content"]["data"]["text/plain"] for m in got if m["msg_type"] == "execute_result"]
        if shown != ["2"]:
            raise RuntimeError(f"{name}: 1+1 showed {shown}")
        r["start_cpu_s"] = s.cpu_s()
        for c in code["trivial"]:
            r["trivial:" + c] = statistics.median(s.cell(c)[0] for _ in range(50))
        prints = []
        for _ in range(10):
            t, got = s.cell(code["print"])
            text = "".join(m["content"]["text"] for m in got if m["msg_type"] == "stream")
            if text.count("\n") != 1000:
                raise RuntimeError(f"{name}: the printing cell printed {text.count(chr(10))} lines")
            prints.append(t)
        r["print1000_ms"] = statistics.median(prints)
        start = time.perf_counter()
        ids = [s.send("1+1") for _ in range(50)]
        for i in ids:
            s.wait_idle(i)
        r["burst50_s"] = time.perf_counter() - start
        s.drain_shell(50)
        time.sleep(4)
        r["idle_mib"] = s.rss_mib()
        cpu0, cells0 = s.cpu_s(), s.cells
        while s.cells < ARGS.cells - 100:
            s.cell(code["trivial"][s.cells % 2])
        r["cpu_per_cell_ms"] = (s.cpu_s() - cpu0) * 1e3 / max(1, s.cells - cells0)
        for c in code["trivial"]:
            r[f"at{ARGS.cells}:" + c] = statistics.median(s.cell(c)[0] for _ in range(50))
        r["cells"] = s.cells
        time.sleep(4)
        r["idle_mib_at_end"] = s.rss_mib()
    finally:
        s.close()
    return r


def fmt(values, unit, scale=1.0, digits=2):
    return " / ".join(f"{v * scale:.{digits}f}" for v in values) + " " + unit


def main():
    print(f"CPU: {cpu_name()}, {os.cpu_count()} cores; load average before: {open('/proc/loadavg').read().split()[:3]}")
    results = {}
    for name in ARGS.kernels.split(","):
        results[name] = []
        for i in range(ARGS.starts):
            r = one_start(name)
            results[name].append(r)
            print(f"  {name} start {i + 1}: " + json.dumps({k: round(v, 4) for k, v in r.items()}), flush=True)
    rows = [
        ("start to the first 1+1 result", "first_result_s", "s", 1, 2, "<= 0.7 s"),
        ("kernel_info reply alone", "kernel_info_s", "s", 1, 2, ""),
        ("ready (reply and IOPub connected)", "ready_s", "s", 1, 2, ""),
        ("kernel CPU to the first result", "start_cpu_s", "s", 1, 2, ""),
    ]
    print()
    print(f"{'figure':<42} {'Baeum':<28} {'Python (ipykernel)':<28} target")
    for label, key, unit, scale, digits, target in rows:
        line(label, results, lambda r, key=key: r[key], unit, scale, digits, target)
    for i, label in enumerate(("1+1", "int x = 1; (x = 1)")):
        line(f"cell {label}, median of 50", results,
             lambda r, i=i: trivial(r, "trivial:", i), "ms", 1, 1, "<= 8 ms")
    for i, label in enumerate(("1+1", "int x = 1; (x = 1)")):
        line(f"  {label} at cell {ARGS.cells}", results,
             lambda r, i=i: trivial(r, f"at{ARGS.cells}:", i), "ms", 1, 1, "<= 10 ms, flat")
    line("1000 printed lines, median of 10", results, lambda r: r["print1000_ms"], "ms", 1, 1, "<= 30 ms")
    line("50 cells sent at once", results, lambda r: r["burst50_s"], "s", 1, 2, "<= 0.3 s")
    line("idle memory (RSS of the process tree)", results, lambda r: r["idle_mib"], "MiB", 1, 0, "<= 110 MiB")
    line(f"  idle memory after {ARGS.cells} cells", results, lambda r: r["idle_mib_at_end"], "MiB", 1, 0, "")
    line(f"kernel CPU per cell (the {ARGS.cells}-cell run)", results, lambda r: r["cpu_per_cell_ms"], "ms", 1, 1, "")
    if ARGS.json:
        with open(ARGS.json, "w") as f:
            json.dump(results, f, indent=1)


def trivial(r, prefix, i):
    keys = [k for k in r if k.startswith(prefix)]
    return r[keys[i]]


def line(label, results, get, unit, scale, digits, target):
    cols = []
    for name in ("baeum", "python3"):
        rs = results.get(name, [])
        cols.append(fmt([get(r) for r in rs], unit, scale, digits) if rs else "-")
    print(f"{label:<42} {cols[0]:<28} {cols[1]:<28} {target}", flush=True)


def cpu_name():
    try:
        for ln in open("/proc/cpuinfo"):
            if ln.startswith("model name"):
                return ln.split(":", 1)[1].strip()
    except OSError:
        pass
    return "?"


if __name__ == "__main__":
    sys.exit(main())
