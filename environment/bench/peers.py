"""`make bench-peers`: nnlab beside PyTorch and scikit-learn on the lecture MLP, in one run.

Every framework runs in its own worker process (environment/bench/worker.py, or nnlab's
org.nnlab.bench.PeerWorker) on the same standardized Fashion-MNIST, with the same thread count;
the driver hands out their epochs in turn (round-robin, a different one first each round), so a
slow phase of this shared machine hits all of them alike. Then the matrix products of the MLP's
shapes, numpy (OpenBLAS) beside nnlab's Gemm, again interleaved; then the time from a kernel start
request to the first plot's display message (environment/bench/first_plot.py, in the notebook venv).

Only ratios within one run mean anything on a shared machine: the load average is printed.
"""

import argparse
import gzip
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
# (label, op(A) rows m, inner k, columns n, A transposed, B transposed)
SHAPES = [
    ("forward 100x784 * 784x512", 100, 784, 512, False, False),
    ("forward 100x512 * 512x512", 100, 512, 512, False, False),
    ("weight grad (100x784)^T * 100x512", 784, 100, 512, True, False),
    ("weight grad (100x512)^T * 100x512", 512, 100, 512, True, False),
    ("input grad 100x512 * (784x512)^T", 100, 512, 784, False, True),
    ("output 100x512 * 512x10", 100, 512, 10, False, False),
]


def arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--epochs", type=int, default=3, help="epochs per framework (the first is not timed)")
    parser.add_argument("--samples", type=int, default=60_000, help="training images used (from the 60,000)")
    parser.add_argument("--threads", type=int, default=os.cpu_count(), help="threads for every framework")
    parser.add_argument("--gemm-seconds", type=float, default=2.0, help="time per product and backend")
    parser.add_argument("--first-plot-runs", type=int, default=3, help="kernel starts timed (0: skip)")
    parser.add_argument("--data", default=os.environ.get("NNLAB_DATA", "/usr/share/datasets/fashion-mnist"))
    args = parser.parse_args()
    if args.epochs < 2:
        parser.error(f"--epochs must be at least 2 (the first epoch is not timed), got {args.epochs}")
    return args


def pin_threads(threads):
    """Thread count for every BLAS and OpenMP pool, set before numpy loads; workers inherit it."""
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = str(threads)


def read_idx(path):
    import numpy as np
    with gzip.open(path) if path.suffix == ".gz" else open(path, "rb") as f:
        raw = f.read()
    dims = raw[3]
    shape = [int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def find(data_dir, stem):
    for name in (stem, stem + ".gz"):
        if (data_dir / name).is_file():
            return data_dir / name
    raise SystemExit(f"{stem}(.gz) not found in {data_dir}: install Fashion-MNIST (sudo apt install "
                     f"dataset-fashion-mnist) or pass --data DIR")


def write_data(data_dir, samples, out):
    """Pixels / 255, standardized with the training set's mean and standard deviation."""
    import numpy as np
    data_dir = Path(data_dir)
    train_x = read_idx(find(data_dir, "train-images-idx3-ubyte"))[:samples].reshape(-1, 784) / 255.0
    train_y = read_idx(find(data_dir, "train-labels-idx1-ubyte"))[:samples]
    test_x = read_idx(find(data_dir, "t10k-images-idx3-ubyte")).reshape(-1, 784) / 255.0
    test_y = read_idx(find(data_dir, "t10k-labels-idx1-ubyte"))
    mean, std = train_x.mean(), train_x.std()
    for part, x, y in (("train", train_x, train_y), ("test", test_x, test_y)):
        ((x - mean) / std).astype("<f8").tofile(out / f"{part}_x.f64")
        y.astype("<i4").tofile(out / f"{part}_y.i32")
    return len(train_y)


class Worker:
    def __init__(self, name, precision, command, log):
        self.name, self.precision = name, precision
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log,
                                        text=True, bufsize=1)
        self.seconds, self.losses = [], []
        self.accuracy = self.peak_mb = float("nan")

    def ask(self, command):
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.answer()

    def answer(self):
        line = self.process.stdout.readline()
        if not line:
            raise SystemExit(f"{self.name} ({self.precision}) stopped; see its log above")
        return line.split()

    def finish(self):
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                self.peak_mb = int(line.split()[1]) / 1024
        self.process.stdin.write("quit\n")
        self.process.stdin.close()
        self.process.wait()


def java_command(threads, data, float32):
    classpath = ":".join(str(ROOT / p) for p in ("lib/target/classes", "lib/target/test-classes", "lib/target/kernel-classpath/*"))
    return ["java", "--add-modules", "jdk.incubator.vector", "-Xmx3g", f"-Dnnlab.threads={threads}",
            *(["-Dnnlab.products=float32"] if float32 else []), "-cp", classpath, "org.nnlab.bench.PeerWorker", str(data)]


def load_average():
    return os.getloadavg()[0]


def numpy_gflops(m, k, n, trans_a, trans_b, dtype, seconds):
    import numpy as np
    rng = np.random.default_rng(1)
    a = rng.standard_normal((k, m) if trans_a else (m, k)).astype(dtype)
    b = rng.standard_normal((n, k) if trans_b else (k, n)).astype(dtype)
    a, b = (a.T if trans_a else a), (b.T if trans_b else b)
    c = np.empty((m, n), dtype=dtype)
    warm_until = time.perf_counter() + seconds / 5
    while time.perf_counter() < warm_until:
        np.matmul(a, b, out=c)
    rates = []
    for _ in range(7):
        reps, t0 = 0, time.perf_counter()
        while True:
            np.matmul(a, b, out=c)
            reps += 1
            elapsed = time.perf_counter() - t0
            if elapsed >= seconds * 0.8 / 7:
                break
        rates.append(2.0 * m * k * n * reps / elapsed / 1e9)
    return statistics.median(rates)


def first_plot_seconds(runs):
    python = ROOT / ".venv" / "bin" / "python"
    if runs == 0:
        return None
    if not python.exists():
        print("(no .venv: run make setup to time the kernel's first plot)")
        return None
    result = subprocess.run([str(python), str(HERE / "first_plot.py"), "--runs", str(runs)], capture_output=True, text=True)
    if result.returncode != 0:
        print("first-plot timing failed:\n" + result.stdout + result.stderr)
        return None
    return [tuple(float(s) for s in line.split()) for line in result.stdout.splitlines()]


def main():
    args = arguments()
    pin_threads(args.threads)
    import numpy as np
    import sklearn
    import torch
    print(f"CPU: {cpu_name()}; {os.cpu_count()} processors, {args.threads} threads for every framework")
    print(f"torch {torch.__version__}, scikit-learn {sklearn.__version__}, numpy {np.__version__}; "
          f"load average (1 min) at start: {load_average():.2f}")
    with tempfile.TemporaryDirectory(prefix="nnlab-bench-") as tmp:
        data = Path(tmp)
        samples = write_data(args.data, args.samples, data)
        log = open(data / "workers.log", "w+")
        try:
            workers = start_workers(args.threads, data, log)
            run_epochs(workers, args.epochs)
            for w in workers:
                w.accuracy = float(w.ask("accuracy")[1])
            gemm_rows = run_gemm(workers[0], workers[1], args.gemm_seconds)
            for w in workers:
                w.finish()
        except BaseException:
            log.seek(0)
            sys.stderr.write(log.read())
            raise
    print_epochs(workers, samples, args)
    print_gemm(gemm_rows, args.threads)
    plots = first_plot_seconds(args.first_plot_runs)
    if plots:
        walls, cpus = zip(*plots)
        print(f"\nKernel start request to first plot displayed: median {statistics.median(walls):.2f} s wall-clock, "
              f"{statistics.median(cpus):.2f} s CPU of the kernel process (runs: "
              f"{', '.join(f'{w:.2f} s / {c:.2f} s' for w, c in plots)}; goal < 3 s wall-clock)")
    print(f"\nLoad average (1 min) at the end: {load_average():.2f}")


def cpu_name():
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return "unknown"


def start_workers(threads, data, log):
    python = sys.executable
    worker = str(HERE / "worker.py")
    workers = [
        Worker("nnlab", "float64", java_command(threads, data, False), log),
        Worker("nnlab", "float32 products", java_command(threads, data, True), log),
        Worker("PyTorch", "float64", [python, worker, "torch64", str(data), str(threads)], log),
        Worker("PyTorch", "float32", [python, worker, "torch32", str(data), str(threads)], log),
        Worker("scikit-learn", "float64", [python, worker, "sklearn", str(data), str(threads)], log),
    ]
    for w in workers:
        ready = w.answer()
        if ready[0] != "ready":
            raise SystemExit(f"{w.name}: unexpected start-up line {' '.join(ready)}")
        if len(ready) > 1:
            print(f"{w.name} ({w.precision}): {' '.join(ready[1:])}")
    return workers


def run_epochs(workers, epochs):
    for epoch in range(epochs):
        turn = workers[epoch % len(workers):] + workers[:epoch % len(workers)]
        for w in turn:
            _, seconds, loss = w.ask("epoch")
            w.seconds.append(float(seconds))
            w.losses.append(float(loss))
            print(f"  epoch {epoch + 1}/{epochs} {w.name} ({w.precision}): {float(seconds):.1f} s, "
                  f"loss {float(loss):.4f}, load {load_average():.1f}", flush=True)


def run_gemm(nnlab64, nnlab32, seconds):
    import numpy as np
    rows = []
    for label, m, k, n, ta, tb in SHAPES:
        command = f"gemm {m} {k} {n} {int(ta)} {int(tb)} {seconds}"
        rows.append((label,
                     numpy_gflops(m, k, n, ta, tb, np.float64, seconds), float(nnlab64.ask(command)[1]),
                     numpy_gflops(m, k, n, ta, tb, np.float32, seconds), float(nnlab32.ask(command)[1])))
    return rows


def print_epochs(workers, samples, args):
    base = statistics.median(workers[0].seconds[1:])
    print(f"\nOne epoch of the MLP 784-512-512-256-256-128-128-8-10 (ReLU, Adam 1e-3, batch 100), {samples:,} "
          f"Fashion-MNIST images, {args.threads} threads; seconds: median of epochs 2-{args.epochs}")
    print(f"{'framework':<13} {'precision':<17} {'s/epoch':>8} {'samples/s':>10} {'peak MB':>8} "
          f"{'train loss':>10} {'test acc':>8} {'time / nnlab f64':>17}")
    for w in workers:
        seconds = statistics.median(w.seconds[1:])
        print(f"{w.name:<13} {w.precision:<17} {seconds:8.2f} {samples / seconds:10,.0f} {w.peak_mb:8,.0f} "
              f"{w.losses[-1]:10.4f} {w.accuracy:8.4f} {seconds / base:16.2f}x")
    nnlab64, nnlab32, torch64, torch32 = (statistics.median(w.seconds[1:]) for w in workers[:4])
    print(f"Goals: nnlab f64 speed / PyTorch f64 = {torch64 / nnlab64:.2f} (goal >= 1.25); "
          f"nnlab f32 time / PyTorch f32 = {nnlab32 / torch32:.2f} (goal <= 1.2)")


def print_gemm(rows, threads):
    print(f"\nMatrix products of the MLP's shapes, GFLOPS (median of 7), {threads} threads, interleaved")
    print(f"{'shape':<36} {'numpy f64':>9} {'nnlab f64':>9} {'ratio':>6} {'numpy f32':>9} {'nnlab f32':>9} {'ratio':>6}")
    for label, np64, nn64, np32, nn32 in rows:
        print(f"{label:<36} {np64:9.1f} {nn64:9.1f} {nn64 / np64:6.2f} {np32:9.1f} {nn32:9.1f} {nn32 / np32:6.2f}")
    print("(nnlab f32: products in float32 from float64 storage, -Dnnlab.products=float32; "
          "ratio: nnlab / numpy, goal >= 1 for float64)")


if __name__ == "__main__":
    main()
