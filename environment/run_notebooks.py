"""Executes nnlab's notebooks headless through the "java" kernel and renders them to HTML.

    python environment/run_notebooks.py                         # every notebooks/*.ipynb, quick preset
    python environment/run_notebooks.py 00-quickstart           # just these (name, stem or path)
    python environment/run_notebooks.py --size lecture --seed 3 # the lecture preset, seed 3
    python environment/run_notebooks.py --stale                 # only those whose output is out of date
    python environment/run_notebooks.py --jobs 2                # two notebooks at a time, each in its own kernel
    python environment/run_notebooks.py --kernel java-ijava --out build/ijava  # on IJava (setup.sh --ijava)

The preset and the seed reach the notebooks through the kernel's environment: NNLAB_SIZE (quick or
lecture) and, when a seed is given, NNLAB_SEED (otherwise each notebook uses its own default seed).
Each combination has its own output folder: build/notebooks (quick, default seeds),
build/notebooks-lecture, build/notebooks-seed3, build/notebooks-lecture-seed3, ...

For each notebook: runs every cell with a per-cell timeout, fails on a cell error, on error or
warning text written to stderr and on a claims output with failed claims; records
{"nnlab": {size, seed, seconds, status}} in the executed notebook's metadata; writes it and an HTML
page headed by its preset and seed to the output folder (with plotly.min.js and MathJax beside the
pages, so plots and formulas render offline); finally prints a table of notebook, cells, seconds,
claims held and status. Exits non-zero if any notebook failed.
"""

import argparse
import math
import os
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

import pages
from pages import Claims, RunInfo

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
BUILD = ROOT / "build"
JAR = ROOT / "lib" / "target" / "nnlab.jar"
KERNEL = "java"
KERNEL_STARTUP_SECONDS = 300  # nbclient's 60 s is not enough on a loaded 2-core machine
KERNEL_START_ATTEMPTS = 2     # kernels per notebook before a start failure counts (see execute)
CELL_SECONDS_QUICK = 600      # per cell; a quick notebook runs in about a minute
CELL_SECONDS_LECTURE = 7200   # per cell at the lecture size (notebook 15 trains six networks on 60,000 images in one cell)
NOISE = re.compile(r"error|warn|exception", re.IGNORECASE)


@dataclass
class Result:
    name: str
    cells: int
    seconds: float
    status: str
    detail: str = ""
    claims: Claims | None = None

    def claims_cell(self) -> str:
        """'7/8' when the notebook has a claims output, '-' otherwise."""
        return "-" if self.claims is None else f"{self.claims.passed}/{self.claims.total}"


def select(names: list[str]) -> list[Path]:
    every = sorted(NOTEBOOKS.glob("*.ipynb"))
    if not names:
        return every
    chosen = []
    for name in names:
        stem = Path(name).stem
        matches = [p for p in every if p.stem == stem or p.stem.startswith(stem + "-") or p.stem.startswith(stem)]
        if not matches:
            sys.exit(f"no notebook matches '{name}' in {NOTEBOOKS}")
        chosen.extend(m for m in matches[:1] if m not in chosen)
    return chosen


def is_stale(path: Path, out_dir: Path, size: str, seed: int | None) -> bool:
    """True unless out_dir holds a successful run of this notebook, newer than it and than the jar."""
    executed, page = out_dir / path.name, out_dir / f"{path.stem}.html"
    if not executed.exists() or not page.exists():
        return True
    newest_input = max(path.stat().st_mtime, JAR.stat().st_mtime if JAR.exists() else 0)
    if executed.stat().st_mtime < newest_input:
        return True
    info = pages.run_info(nbformat.read(executed, as_version=4))
    return info is None or info.status != "ok" or (info.size, info.seed) != (size, seed)


def kernel_env(size: str, seed: int | None) -> dict:
    """This process's environment with the preset and seed the notebooks read."""
    env = dict(os.environ, NNLAB_SIZE=size)
    env.pop("NNLAB_SEED", None)
    if seed is not None:
        env["NNLAB_SEED"] = str(seed)
    return env


def stderr_noise(nb) -> str:
    """The first stderr output that mentions an error or a warning, if any."""
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stderr":
                text = output.get("text", "")
                if NOISE.search(text):
                    return f"cell {index}: stderr: {text.strip()[:300]}"
    return ""


def execute(path: Path, size: str, seed: int | None, timeout: int, kernel: str) -> tuple:
    """Runs every cell of the notebook at path in a new kernel: (executed notebook, status, detail). A
    kernel that does not start or answer is replaced by a fresh one (new ports) up to
    KERNEL_START_ATTEMPTS times: one of two kernels started together once never answered in 300 s."""
    for attempt in range(1, KERNEL_START_ATTEMPTS + 1):
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(nb, kernel_name=kernel, timeout=timeout, startup_timeout=KERNEL_STARTUP_SECONDS,
                                allow_errors=False, resources={"metadata": {"path": str(NOTEBOOKS)}})
        try:
            client.execute(env=kernel_env(size, seed))
            return nb, "ok", ""
        except CellTimeoutError as e:
            return nb, "TIMEOUT", str(e).strip().splitlines()[0]
        except (CellExecutionError, DeadKernelError) as e:
            return nb, "ERROR", short(str(e))
        except RuntimeError as e:  # jupyter_client: the kernel did not start or answer
            if attempt == KERNEL_START_ATTEMPTS:
                return nb, "ERROR", f"kernel: {e} ({attempt} attempts)"
            print(f"{path.name}: the kernel did not start ({e}); trying a fresh one", flush=True)


def run(path: Path, out_dir: Path, size: str, seed: int | None, timeout: int, kernel: str = KERNEL) -> Result:
    print(f"running {path.name} ({size}, seed {'default' if seed is None else seed}) ...", flush=True)
    started = time.monotonic()
    nb, status, detail = execute(path, size, seed, timeout, kernel)
    seconds = time.monotonic() - started
    code_cells = sum(1 for c in nb.cells if c.cell_type == "code")
    claims = None
    try:
        claims = pages.claims(nb)
    except ValueError as e:
        status, detail = (status, detail) if status != "ok" else ("CLAIMS", str(e))
    if status == "ok" and claims is not None and claims.failed:
        failed = [c.get("claim") for c in claims.claims if c.get("checked", True) and not c.get("passed")]
        status, detail = "CLAIMS", f"{claims.failed} of {claims.total} claims failed: {failed}"
    if status == "ok":
        noise = stderr_noise(nb)
        if noise:
            status, detail = "STDERR", noise
    info = RunInfo(size, seed, round(seconds, 1), status)
    nb.metadata["nnlab"] = info.as_metadata()
    nbformat.write(nb, out_dir / path.name)
    page = pages.export(nb, path.stem, pages.run_header(info))
    (out_dir / f"{path.stem}.html").write_text(page, encoding="utf-8")
    return Result(path.stem, code_cells, seconds, status, detail, claims)


def run_all(paths: list[Path], out_dir: Path, size: str, seed: int | None, timeout: int,
            kernel: str = KERNEL, jobs: int = 1) -> list[Result]:
    """Runs the notebooks into out_dir, which gets the pages' assets: one after the other, or `jobs` at a
    time (each in its own kernel; the results do not depend on it, only the seconds per notebook do).
    Returns the results in the order of paths."""
    pages.copy_assets(out_dir)
    if jobs == 1:
        return [run(path, out_dir, size, seed, timeout, kernel) for path in paths]
    with ProcessPoolExecutor(jobs) as pool:  # a process per kernel client: nbclient runs its own event loop
        futures = {path: pool.submit(run, path, out_dir, size, seed, timeout, kernel)
                   for path in longest_first(paths, out_dir)}
        return [futures[path].result() for path in paths]


def longest_first(paths: list[Path], out_dir: Path) -> list[Path]:
    """The order in which to start notebooks that run in parallel: by the seconds their last run into out_dir
    took, longest first (a notebook never run there, or whose seconds were not recorded, counts as longest),
    so that a long notebook does not start last and run on alone while the other cores idle."""
    def last_seconds(path: Path) -> float:
        try:
            info = pages.run_info(nbformat.read(out_dir / path.name, as_version=4))
        except (OSError, ValueError, KeyError):  # missing, or a copy cut short by an interrupted run
            return math.inf
        return info.seconds if info is not None and info.seconds is not None else math.inf
    return sorted(paths, key=last_seconds, reverse=True)


def short(message: str) -> str:
    lines = [line for line in message.strip().splitlines() if line.strip()]
    return " | ".join(lines[-6:])[:1200]


def report(results: list[Result], wall_seconds: float, jobs: int) -> None:
    width = max([len(r.name) for r in results] + [8])
    print(f"\n{'notebook':<{width}}  {'cells':>5}  {'seconds':>8}  {'claims':>6}  status")
    for r in results:
        print(f"{r.name:<{width}}  {r.cells:>5}  {r.seconds:>8.1f}  {r.claims_cell():>6}  {r.status}")
    total = sum(r.seconds for r in results)
    print(f"{'total':<{width}}  {sum(r.cells for r in results):>5}  {total:>8.1f}")
    print(f"wall clock {wall_seconds:.1f} s, {jobs} notebook{'s' if jobs > 1 else ''} at a time")
    for r in results:
        if r.detail:
            print(f"\n{r.name}: {r.status}: {r.detail}")


def preset_arguments(parser: argparse.ArgumentParser) -> None:
    """--size and --seed, shared with the site and handout builders."""
    parser.add_argument("--size", choices=pages.SIZES, default="quick",
                        help="preset the notebooks read from NNLAB_SIZE (default quick)")
    parser.add_argument("--seed", type=int, default=None,
                        help="seed the notebooks read from NNLAB_SEED (default: each notebook's own)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="*", help="notebooks to run (default: all)")
    preset_arguments(parser)
    parser.add_argument("--stale", action="store_true",
                        help="run only notebooks without a successful run newer than them and the jar")
    parser.add_argument("--timeout", type=int, default=None,
                        help="seconds allowed per cell (default 600 at the quick size, 7200 at the lecture size: "
                             "notebook 15 trains the note's six networks on 60,000 images in one cell)")
    parser.add_argument("--jobs", type=int, default=1,
                        help="notebooks run at the same time, each in its own kernel (default 1; "
                             "2 uses both cores of a 2-core machine better, since much of a notebook is single-threaded)")
    parser.add_argument("--kernel", default=KERNEL,
                        help=f"kernelspec to run them with (default {KERNEL}; java-ijava after setup.sh --ijava)")
    parser.add_argument("--out", type=Path, default=None,
                        help="output directory (default: build/notebooks[-lecture][-seed<N>])")
    args = parser.parse_args()

    out_dir = args.out or pages.output_dir(BUILD, args.size, args.seed)
    paths = select(args.notebooks)
    if args.stale:
        paths = [p for p in paths if is_stale(p, out_dir, args.size, args.seed)]
        if not paths:
            print(f"every notebook in {out_dir.relative_to(ROOT) if out_dir.is_relative_to(ROOT) else out_dir} is up to date")
            return 0
    if args.jobs < 1:
        parser.error(f"--jobs must be at least 1, got {args.jobs}")
    timeout = args.timeout or (CELL_SECONDS_LECTURE if args.size == "lecture" else CELL_SECONDS_QUICK)
    started = time.monotonic()
    results = run_all(paths, out_dir, args.size, args.seed, timeout, args.kernel, args.jobs)
    report(results, time.monotonic() - started, args.jobs)
    print(f"\nexecuted notebooks and HTML pages: {out_dir}")
    return 0 if all(r.status == "ok" for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
