"""The notebook runner end to end on a tiny notebook: the preset and seed reach the Java kernel."""

import nbformat
from bs4 import BeautifulSoup
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

import run_notebooks


def test_preset_and_seed_reach_the_kernel_and_are_recorded(tmp_path):
    source = tmp_path / "99-environment.ipynb"
    nb = new_notebook(cells=[new_markdown_cell("# 99 · Environment"),
                             new_code_cell('System.out.println(System.getenv("NNLAB_SIZE") + " "'
                                           ' + System.getenv("NNLAB_SEED"));')])
    nb.metadata["kernelspec"] = {"name": "java", "display_name": "Java (nnlab)", "language": "java"}
    nbformat.write(nb, source)
    out = tmp_path / "out"
    [result] = run_notebooks.run_all([source], out, "lecture", 7, timeout=120)
    assert result.status == "ok", result.detail
    executed = nbformat.read(out / source.name, as_version=4)
    assert executed.cells[1].outputs[0]["text"].strip() == "lecture 7"
    assert executed.metadata["nnlab"]["size"] == "lecture" and executed.metadata["nnlab"]["seed"] == 7
    page = BeautifulSoup((out / "99-environment.html").read_text(encoding="utf-8"), "html.parser")
    assert page.select_one(".nnlab-header").get_text(strip=True) == "preset lecture · seed 7"
    assert (out / "plotly.min.js").is_file() and (out / "mathjax" / "MathJax.js").is_file()
