"""Executes nnlab's notebooks headless through the "java" kernel and renders them to HTML.

    python environment/run_notebooks.py                 # every notebooks/*.ipynb
    python environment/run_notebooks.py 00-quickstart   # just these (name, stem or path)

For each notebook: runs every cell with a per-cell timeout, fails on a cell error and on error or
warning text written to stderr, writes the executed notebook and an HTML page to build/notebooks/
(with plotly.min.js and MathJax beside the pages, so their plots and formulas render offline), and
finally prints a table of notebook, cells, seconds and status. Exits non-zero if any notebook failed.
"""

import argparse
import re
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import jupyter_server_mathjax
import nbformat
import plotly
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
from nbconvert import HTMLExporter

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
KERNEL = "java"
NOISE = re.compile(r"error|warn|exception", re.IGNORECASE)
MATHJAX_URL = "mathjax/MathJax.js?config=TeX-AMS-MML_HTMLorMML-full,Safe"  # relative to the pages


@dataclass
class Result:
    name: str
    cells: int
    seconds: float
    status: str
    detail: str = ""


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


def stderr_noise(nb) -> str:
    """The first stderr output that mentions an error or a warning, if any."""
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stderr":
                text = output.get("text", "")
                if NOISE.search(text):
                    return f"cell {index}: stderr: {text.strip()[:300]}"
    return ""


def run(path: Path, out_dir: Path, timeout: int) -> Result:
    nb = nbformat.read(path, as_version=4)
    code_cells = sum(1 for c in nb.cells if c.cell_type == "code")
    client = NotebookClient(nb, kernel_name=KERNEL, timeout=timeout, allow_errors=False,
                            resources={"metadata": {"path": str(NOTEBOOKS)}})
    started = time.monotonic()
    status, detail = "ok", ""
    try:
        client.execute()
    except CellTimeoutError as e:
        status, detail = "TIMEOUT", str(e).strip().splitlines()[0]
    except (CellExecutionError, DeadKernelError) as e:
        status, detail = "ERROR", short(str(e))
    seconds = time.monotonic() - started
    if status == "ok":
        noise = stderr_noise(nb)
        if noise:
            status, detail = "STDERR", noise
    nbformat.write(nb, out_dir / path.name)
    exporter = HTMLExporter(template_name="lab", mathjax_url=MATHJAX_URL)
    html, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": path.stem}})
    (out_dir / f"{path.stem}.html").write_text(html, encoding="utf-8")
    return Result(path.stem, code_cells, seconds, status, detail)


def copy_page_assets(out_dir: Path) -> None:
    """plotly.min.js and MathJax beside the HTML pages, which load them by relative URL."""
    shutil.copyfile(Path(plotly.__file__).parent / "package_data" / "plotly.min.js", out_dir / "plotly.min.js")
    shutil.copytree(Path(jupyter_server_mathjax.__file__).parent / "static", out_dir / "mathjax", dirs_exist_ok=True)


def short(message: str) -> str:
    lines = [line for line in message.strip().splitlines() if line.strip()]
    return " | ".join(lines[-6:])[:1200]


def report(results: list[Result]) -> None:
    width = max([len(r.name) for r in results] + [8])
    print(f"\n{'notebook':<{width}}  {'cells':>5}  {'seconds':>8}  status")
    for r in results:
        print(f"{r.name:<{width}}  {r.cells:>5}  {r.seconds:>8.1f}  {r.status}")
    total = sum(r.seconds for r in results)
    print(f"{'total':<{width}}  {sum(r.cells for r in results):>5}  {total:>8.1f}")
    for r in results:
        if r.detail:
            print(f"\n{r.name}: {r.status}: {r.detail}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="*", help="notebooks to run (default: all)")
    parser.add_argument("--timeout", type=int, default=600, help="seconds allowed per cell (default 600)")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "notebooks", help="output directory")
    args = parser.parse_args()

    args.out.mkdir(parents=True, exist_ok=True)
    copy_page_assets(args.out)
    results = []
    for path in select(args.notebooks):
        print(f"running {path.name} ...", flush=True)
        results.append(run(path, args.out, args.timeout))
    report(results)
    return 0 if all(r.status == "ok" for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
