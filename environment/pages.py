"""What an executed nnlab notebook says about its run, and its export as an offline HTML page.

Shared by the notebook runner, the site builder and the handout printer. A page loads plotly.min.js
and MathJax 2.7 by relative URL from its own folder (copy_assets puts them there) and nothing from
the network.
"""

import html
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import jupyter_server_mathjax
import plotly
from nbconvert import HTMLExporter

TEMPLATES = Path(__file__).resolve().parent / "templates"
MATHJAX_URL = "mathjax/MathJax.js?config=TeX-AMS-MML_HTMLorMML-full,Safe"  # relative to the pages
PLOTLY_JS = "plotly.min.js"
PLOTLY_MIME = "application/vnd.plotly.v1+json"
CLAIMS_MIME = "application/vnd.nnlab.claims+json"
SIZES = ("quick", "lecture")


@dataclass(frozen=True)
class RunInfo:
    """How a notebook was executed: the preset, the seed (None: the notebook's own default), the
    seconds its cells took and the runner's verdict ("ok", "ERROR", "TIMEOUT", "STDERR", "CLAIMS")."""
    size: str
    seed: int | None
    seconds: float | None = None
    status: str | None = None

    def as_metadata(self) -> dict:
        return {"size": self.size, "seed": self.seed, "seconds": self.seconds, "status": self.status}

    def label(self) -> str:
        """'preset quick · seed default', as shown at the top of every page."""
        return f"preset {self.size} · seed {'default' if self.seed is None else self.seed}"


@dataclass(frozen=True)
class Claims:
    """The notebook's claims output: how many of its checks held, and each claim (a claim with
    "checked": false is a worked fact, listed but not counted)."""
    title: str
    passed: int
    failed: int
    claims: list[dict]

    @property
    def total(self) -> int:
        return self.passed + self.failed


def output_dir(build: Path, size: str, seed: int | None) -> Path:
    """build/notebooks for the quick preset with the notebooks' own seeds; '-lecture' and
    '-seed<N>' suffixes otherwise, e.g. build/notebooks-lecture-seed3."""
    if size not in SIZES:
        raise ValueError(f"size '{size}' is not a preset: use one of {', '.join(SIZES)}")
    name = "notebooks" + ("-lecture" if size == "lecture" else "") + ("" if seed is None else f"-seed{seed}")
    return build / name


def run_info(nb) -> RunInfo | None:
    """The run recorded by the runner in the notebook's metadata, or None for a notebook it did not run."""
    meta = nb.metadata.get("nnlab")
    if not meta:
        return None
    return RunInfo(meta["size"], meta.get("seed"), meta.get("seconds"), meta.get("status"))


def claims(nb) -> Claims | None:
    """The last claims output of an executed notebook, or None when it has none."""
    found = [out["data"][CLAIMS_MIME] for cell in nb.cells for out in cell.get("outputs", [])
             if CLAIMS_MIME in out.get("data", {})]
    if not found:
        return None
    data = found[-1]
    try:
        result = Claims(str(data["title"]), int(data["passed"]), int(data["failed"]), list(data["claims"]))
    except (KeyError, TypeError, ValueError) as e:
        raise ValueError(f"malformed {CLAIMS_MIME} output ({e!r}): expected "
                         "{title, passed, failed, claims: [{claim, passed, measured, expected}]}") from e
    checked = [c for c in result.claims if c.get("checked", True)]
    if result.total != len(checked):
        raise ValueError(f"{CLAIMS_MIME}: passed + failed = {result.total} but {len(checked)} checked claims listed")
    return result


def figures(nb) -> list[dict]:
    """Every Plotly figure output of an executed notebook, in order."""
    return [out["data"][PLOTLY_MIME] for cell in nb.cells for out in cell.get("outputs", [])
            if PLOTLY_MIME in out.get("data", {})]


def title(nb, fallback: str) -> str:
    """The text of the first '# ' heading of the first Markdown cell, without Markdown markup."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return re.sub(r"[*_`]", "", line[2:]).strip()
            break
    return fallback


def export(nb, name: str, header_html: str) -> str:
    """The notebook as a standalone HTML page, titled by its heading, with header_html at the top of its body."""
    exporter = HTMLExporter(template_name="nnlab", extra_template_basedirs=[str(TEMPLATES)],
                            mathjax_url=MATHJAX_URL)
    page, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title(nb, name)},
                                                         "nnlab_header": header_html})
    return page


def run_header(info: RunInfo) -> str:
    """The line at the top of a runner's page: preset and seed."""
    return f'<header class="nnlab-header"><span class="nnlab-run">{html.escape(info.label())}</span></header>'


def copy_assets(folder: Path) -> None:
    """plotly.min.js and MathJax into folder, where its pages load them by relative URL."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(Path(plotly.__file__).parent / "package_data" / PLOTLY_JS, folder / PLOTLY_JS)
    shutil.copytree(Path(jupyter_server_mathjax.__file__).parent / "static", folder / "mathjax", dirs_exist_ok=True)
