"""The site builder (environment/build_site.py) and the runner's bookkeeping, on fabricated notebooks."""

import os
import time

import nbformat
import pytest
from bs4 import BeautifulSoup
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

import build_site
import pages
import run_notebooks
from conftest import ROOT
from pages import CLAIMS_MIME, RunInfo

README = """# course

## The notebooks

| notebook | what it shows |
|---|---|
| `01-first` | a `Dense` layer, and what it shows |
| `02-second` | a second lecture |

## Next section
| `99-elsewhere` | not in the table |
"""

CLAIMS = {"title": "What we measured", "passed": 2, "failed": 1, "claims": [
    {"claim": "the loss falls", "passed": True, "measured": "0.31", "expected": "< 0.5"},
    {"claim": "the gap narrows", "passed": True, "measured": "0.02", "expected": "< 0.05"},
    {"claim": "a unit dies", "passed": False, "measured": "0", "expected": ">= 1"},
    {"claim": "the net has 3 layers", "passed": True, "measured": "3", "expected": "", "checked": False}]}


def executed(title: str, run: RunInfo, claims: dict | None = None):
    """A small executed notebook: a heading with a formula, a code cell, maybe a claims output."""
    outputs = [new_output("stream", name="stdout", text="hello\n")]
    if claims is not None:
        outputs.append(new_output("display_data", data={
            CLAIMS_MIME: claims, "text/html": "<table><tr><td>the loss falls</td></tr></table>",
            "text/plain": "claims"}))
    nb = new_notebook(cells=[new_markdown_cell(f"# {title}\n\nThe loss $L = x^2$."),
                             new_code_cell("System.out.println(\"hello\");", outputs=outputs, execution_count=1)])
    nb.metadata["nnlab"] = run.as_metadata()
    return nb


@pytest.fixture
def built(tmp_path):
    source = tmp_path / "notebooks-lecture-seed3"
    source.mkdir()
    nbformat.write(executed("01 · The `first` lecture", RunInfo("lecture", 3, 65.2, "ok"), CLAIMS), source / "01-first.ipynb")
    nbformat.write(executed("02 · The second lecture", RunInfo("lecture", 3, 8.0, "ok")), source / "02-second.ipynb")
    site = tmp_path / "site"
    lectures = build_site.build(source, site, ["01-first", "02-second"], README)
    return site, lectures


def test_index_lists_each_lecture_with_what_it_shows_its_run_and_claims(built):
    site, _ = built
    index = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    rows = [[td.get_text(" ", strip=True) for td in tr.find_all("td")] for tr in index.tbody.find_all("tr")]
    assert rows == [
        ["01 · The first lecture", "a Dense layer, and what it shows", "1 min 5 s", "lecture · 3", "2 of 3"],
        ["02 · The second lecture", "a second lecture", "8 s", "lecture · 3", "—"],
    ]
    assert [a["href"] for a in index.tbody.find_all("a")] == ["01-first.html", "02-second.html"]
    assert index.tbody.find("code").get_text() == "Dense"


def test_lecture_pages_link_to_the_index_and_their_neighbours(built):
    site, _ = built
    first = BeautifulSoup((site / "01-first.html").read_text(encoding="utf-8"), "html.parser")
    second = BeautifulSoup((site / "02-second.html").read_text(encoding="utf-8"), "html.parser")
    links = lambda page: {a.get("rel", ["index"])[0]: a["href"] for a in page.select(".nnlab-header a")}
    assert links(first) == {"index": "index.html", "next": "02-second.html"}
    assert links(second) == {"index": "index.html", "prev": "01-first.html"}
    assert "preset lecture · seed 3 · ran in 1 min 5 s" in first.select_one(".nnlab-run").get_text()
    assert first.title.get_text() == "01 · The first lecture"


def test_pages_load_nothing_from_the_network_and_share_one_copy_of_the_assets(built):
    site, _ = built
    assert sorted(p.name for p in site.iterdir()) == ["01-first.html", "02-second.html", "index.html",
                                                      "mathjax", "plotly.min.js"]
    assert (site / "mathjax" / "MathJax.js").is_file()
    for page in site.glob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        sources = [tag.get("src") or tag.get("href") for tag in soup.find_all(["script", "link", "img"])]
        remote = [s for s in sources if s and "//" in s]
        assert not remote, f"{page.name} loads {remote}"


def test_a_notebook_missing_from_the_readme_table_fails_loudly(tmp_path):
    nbformat.write(executed("03 · Third", RunInfo("quick", None, 1.0, "ok")), tmp_path / "03-third.ipynb")
    with pytest.raises(ValueError, match=r"no row for \['03-third'\]"):
        build_site.build(tmp_path, tmp_path / "site", ["03-third"], README)


def test_a_failed_run_is_not_published(tmp_path):
    nbformat.write(executed("01 · First", RunInfo("quick", None, 1.0, "ERROR")), tmp_path / "01-first.ipynb")
    nbformat.write(executed("02 · Second", RunInfo("quick", None, 1.0, "ok")), tmp_path / "02-second.ipynb")
    with pytest.raises(ValueError, match="01-first.ipynb is a failed run"):
        build_site.build(tmp_path, tmp_path / "site", ["01-first", "02-second"], README)


def test_every_notebook_has_a_row_in_the_readme_table():
    shows = build_site.what_each_shows((ROOT / "README.md").read_text(encoding="utf-8"))
    stems = [p.stem for p in sorted((ROOT / "notebooks").glob("*.ipynb"))]
    missing = [s for s in stems if s not in shows]
    assert not missing, f"README.md's notebook table has no row for {missing}"
    assert set(shows) == set(stems), f"README.md's table describes notebooks that do not exist: {set(shows) - set(stems)}"


def test_malformed_claims_output_is_an_error():
    nb = executed("01 · First", RunInfo("quick", None, 1.0, "ok"), dict(CLAIMS, passed=3))
    with pytest.raises(ValueError, match="passed \\+ failed = 4 but 3 checked claims"):
        pages.claims(nb)


@pytest.mark.parametrize("size, seed, folder", [("quick", None, "notebooks"), ("lecture", None, "notebooks-lecture"),
                                                ("quick", 3, "notebooks-seed3"), ("lecture", 3, "notebooks-lecture-seed3")])
def test_each_preset_and_seed_has_its_own_output_folder(tmp_path, size, seed, folder):
    assert pages.output_dir(tmp_path, size, seed) == tmp_path / folder


def test_kernel_environment_carries_the_preset_and_only_the_chosen_seed(monkeypatch):
    monkeypatch.setenv("NNLAB_SEED", "99")
    assert run_notebooks.kernel_env("lecture", 3)["NNLAB_SEED"] == "3"
    env = run_notebooks.kernel_env("quick", None)
    assert env["NNLAB_SIZE"] == "quick" and "NNLAB_SEED" not in env


def test_stale_runs_are_those_missing_failed_older_or_of_another_preset(tmp_path):
    source = tmp_path / "01-first.ipynb"
    nbformat.write(executed("01 · First", RunInfo("quick", None, None, None)), source)
    out = tmp_path / "out"
    out.mkdir()
    stale = lambda: run_notebooks.is_stale(source, out, "quick", None)
    assert stale(), "no output yet"
    nbformat.write(executed("01 · First", RunInfo("quick", None, 1.0, "ok")), out / "01-first.ipynb")
    (out / "01-first.html").write_text("page")
    assert not stale()
    assert run_notebooks.is_stale(source, out, "quick", 4), "another seed"
    past = time.time() - 100
    os.utime(out / "01-first.ipynb", (past, past))
    assert stale(), "older than its source"
    nbformat.write(executed("01 · First", RunInfo("quick", None, 1.0, "ERROR")), out / "01-first.ipynb")
    assert stale(), "a failed run"


def test_seed_table_shows_claims_held_per_notebook_and_seed_and_failed_runs():
    import check_seeds
    claims = pages.Claims("t", 2, 1, CLAIMS["claims"])
    held = pages.Claims("t", 3, 0, [dict(c, passed=True) for c in CLAIMS["claims"]])
    by_seed = {1: [run_notebooks.Result("01-first", 2, 1.0, "ok", claims=held),
                   run_notebooks.Result("02-second", 2, 1.0, "ok")],
               2: [run_notebooks.Result("01-first", 2, 1.0, "ERROR", claims=claims),
                   run_notebooks.Result("02-second", 2, 1.0, "TIMEOUT")]}
    assert check_seeds.claims_table(by_seed).splitlines() == [
        "notebook      seed 1     seed 2",
        "01-first         3/3  2/3 ERROR",
        "02-second          -  - TIMEOUT",
    ]
