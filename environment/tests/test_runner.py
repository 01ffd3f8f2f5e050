"""The notebook runner end to end on a tiny notebook: the preset and seed reach the Java kernel."""

import nbformat
from bs4 import BeautifulSoup
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

import pages
import run_notebooks


def environment_notebook(path):
    """A notebook that prints the preset and seed its kernel was given."""
    nb = new_notebook(cells=[new_markdown_cell(f"# {path.stem}"),
                             new_code_cell('System.out.println(System.getenv("NNLAB_SIZE") + " "'
                                           ' + System.getenv("NNLAB_SEED"));')])
    nb.metadata["kernelspec"] = {"name": "java", "display_name": "Java (nnlab)", "language": "java"}
    nbformat.write(nb, path)
    return path


def test_preset_and_seed_reach_the_kernel_and_are_recorded(tmp_path):
    source = environment_notebook(tmp_path / "99-environment.ipynb")
    out = tmp_path / "out"
    [result] = run_notebooks.run_all([source], out, "lecture", 7, timeout=120)
    assert result.status == "ok", result.detail
    executed = nbformat.read(out / source.name, as_version=4)
    assert executed.cells[1].outputs[0]["text"].strip() == "lecture 7"
    assert executed.metadata["nnlab"]["size"] == "lecture" and executed.metadata["nnlab"]["seed"] == 7
    page = BeautifulSoup((out / "99-environment.html").read_text(encoding="utf-8"), "html.parser")
    assert page.select_one(".nnlab-header").get_text(strip=True) == "preset lecture · seed 7"
    assert (out / "plotly.min.js").is_file() and (out / "mathjax" / "MathJax.js").is_file()


def test_two_at_a_time_returns_every_result_in_order(tmp_path):
    sources = [environment_notebook(tmp_path / f"9{k}-environment.ipynb") for k in range(3)]
    out = tmp_path / "out"
    results = run_notebooks.run_all(sources, out, "quick", 3, timeout=120, jobs=2)
    assert [r.name for r in results] == [s.stem for s in sources]
    assert all(r.status == "ok" for r in results), [r.detail for r in results]
    for source in sources:
        executed = nbformat.read(out / source.name, as_version=4)
        assert executed.cells[1].outputs[0]["text"].strip() == "quick 3"


class SilentKernels:
    """Stands in for NotebookClient: the first `silent` kernels never answer, the next ones run the notebook."""

    def __init__(self, silent):
        self.silent, self.started = silent, 0

    def __call__(self, nb, **options):
        kernels = self

        class Client:
            def execute(self, env):
                kernels.started += 1
                if kernels.started <= kernels.silent:
                    raise RuntimeError("Kernel didn't respond in 300 seconds")
        return Client()


def test_a_kernel_that_does_not_start_is_replaced_once(tmp_path, monkeypatch):
    source = environment_notebook(tmp_path / "99-environment.ipynb")
    kernels = SilentKernels(silent=1)
    monkeypatch.setattr(run_notebooks, "NotebookClient", kernels)
    [result] = run_notebooks.run_all([source], tmp_path / "out", "quick", None, timeout=120)
    assert result.status == "ok", result.detail
    assert kernels.started == 2


def test_a_kernel_that_never_starts_fails_the_notebook(tmp_path, monkeypatch):
    source = environment_notebook(tmp_path / "99-environment.ipynb")
    kernels = SilentKernels(silent=run_notebooks.KERNEL_START_ATTEMPTS)
    monkeypatch.setattr(run_notebooks, "NotebookClient", kernels)
    [result] = run_notebooks.run_all([source], tmp_path / "out", "quick", None, timeout=120)
    assert result.status == "ERROR" and "Kernel didn't respond" in result.detail, result.detail
    assert kernels.started == run_notebooks.KERNEL_START_ATTEMPTS


def test_parallel_runs_start_with_the_notebook_that_took_longest_last_time(tmp_path):
    sources = [environment_notebook(tmp_path / f"9{k}-environment.ipynb") for k in range(4)]
    out = tmp_path / "out"
    out.mkdir()
    for source, seconds in zip(sources[:3], [20.0, 300.0, None]):  # 92 without seconds; 93, 94 below
        executed = nbformat.read(source, as_version=4)
        executed.metadata["nnlab"] = pages.RunInfo("quick", None, seconds, "ok").as_metadata()
        nbformat.write(executed, out / source.name)
    (out / sources[3].name).write_text('{"cells": [')  # 93: cut short by an interrupted run
    order = run_notebooks.longest_first(sources + [tmp_path / "94-never-run.ipynb"], out)
    assert [p.stem[:2] for p in order] == ["92", "93", "94", "91", "90"]
