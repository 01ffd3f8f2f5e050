"""Checks on the executed notebooks in build/notebooks (produced by environment/run_notebooks.py)."""

import json

import nbformat
import pytest

from conftest import PLOTLY_MIME, executed_notebooks, figures


def test_quickstart_plots_carry_plotly_json_and_html(build_dir):
    nb = nbformat.read(build_dir / "00-quickstart.ipynb", as_version=4)
    plot_outputs = [out for cell in nb.cells for out in cell.get("outputs", [])
                    if PLOTLY_MIME in out.get("data", {})]
    assert len(plot_outputs) >= 3, "the quickstart shows a line plot, a histogram (bars over shared bins) and a heatmap"
    for out in plot_outputs:
        data = out["data"]
        assert "text/html" in data and "Plotly.newPlot" in data["text/html"]
        assert "text/plain" in data and data["text/plain"].startswith("Figure")
        figure = data[PLOTLY_MIME]
        json.loads(json.dumps(figure, allow_nan=False))  # strict JSON, no NaN/Infinity
        assert set(figure) >= {"data", "layout", "config"}
        assert isinstance(figure["layout"]["title"], dict) and figure["layout"]["title"]["text"]
    types = [t["type"] for out in plot_outputs for t in out["data"][PLOTLY_MIME]["data"]]
    assert {"scatter", "bar", "heatmap"} <= set(types)


@pytest.mark.parametrize("path", executed_notebooks(), ids=lambda p: p.stem)
def test_every_figure_is_titled_labelled_and_legended(build_dir, path):
    for index, figure in enumerate(figures(path)):
        layout = figure["layout"]
        where = f"{path.name}, figure {index + 1}"
        assert layout.get("title", {}).get("text"), f"{where}: no title"
        kinds = {trace.get("type") for trace in figure["data"]}
        if kinds & {"scatter", "bar", "histogram", "heatmap", "box"}:
            for axis in [k for k in layout if k.startswith(("xaxis", "yaxis"))] or ["xaxis", "yaxis"]:
                assert layout.get(axis, {}).get("title", {}).get("text"), f"{where}: {axis} has no title"
        # Series with a legend entry: a band drawn around a line is part of the line's entry (showlegend false).
        named = [t for t in figure["data"] if t.get("type") not in ("heatmap",) and t.get("showlegend") is not False]
        if len(named) > 1:
            assert layout.get("showlegend") is not False, f"{where}: several series but the legend is hidden"
            assert all(t.get("name") for t in named), f"{where}: a series has no name for the legend"


@pytest.mark.parametrize("path", executed_notebooks(), ids=lambda p: p.stem)
def test_no_errors_or_warnings_in_outputs(build_dir, path):
    nb = nbformat.read(path, as_version=4)
    for index, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            assert out["output_type"] != "error", f"{path.name} cell {index}: {out.get('ename')}"
            if out["output_type"] == "stream":
                assert out["name"] == "stdout", f"{path.name} cell {index} wrote to stderr: {out['text'][:300]}"
                assert "Exception" not in out["text"] and "\tat " not in out["text"], \
                    f"{path.name} cell {index} prints a stack trace"


def test_training_progress_ends_as_one_static_line(build_dir):
    """The live progress view updates one output in place; an executed notebook keeps only its final summary."""
    nb = nbformat.read(build_dir / "00-quickstart.ipynb", as_version=4)
    progress = [out for cell in nb.cells for out in cell.get("outputs", [])
                if out["output_type"] == "display_data" and "nnlab-progress" in out.get("data", {}).get("text/html", "")]
    assert len(progress) == 1, f"expected one progress output, found {len(progress)}"
    assert "epochs in" in progress[0]["data"]["text/plain"], progress[0]["data"]["text/plain"]


@pytest.mark.parametrize("path", executed_notebooks(), ids=lambda p: p.stem)
def test_run_records_its_preset_and_seed(build_dir, path):
    """build/notebooks holds the quick preset with each notebook's own seed, as make test runs it."""
    nb = nbformat.read(path, as_version=4)
    assert nb.metadata["nnlab"]["size"] == "quick" and nb.metadata["nnlab"]["seed"] is None, nb.metadata.get("nnlab")
    assert nb.metadata["nnlab"]["status"] == "ok"
    assert "preset quick · seed default" in path.with_suffix(".html").read_text(encoding="utf-8")
