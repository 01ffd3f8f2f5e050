"""Checks on the notebooks' sources (notebooks/*.ipynb as committed): the conventions of
shared/design.md that keep them readable, runnable on JJava and IJava, and honest about their numbers."""

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[2] / "notebooks").glob("*.ipynb"))
MAX_CELL_LINES = 30
NOTEBOOK_CODE_BUDGET = 250
IMPORT = re.compile(r"^\s*import\s", re.MULTILINE)
# A method, record, class, interface or enum declared at the top level of a cell.
DECLARATION = re.compile(
    r"^(?:(?:static|public|private|final)\s+)*(?:(?:record|class|interface|enum)\s+(\w+)"
    r"|(?!return\b|new\b|else\b)[\w.<>\[\], ?]+\s+(\w+)\s*\([^;=]*\)\s*\{)", re.MULTILINE)


# Not helpers: statements the pattern can mistake for declarations, and methods a notebook overrides
# (callback hooks, Object's methods).
KEYWORDS_AND_OVERRIDES = {"if", "for", "while", "switch", "catch", "synchronized", "onTrainBegin", "beforeUpdate",
                          "afterUpdate", "onEpochEnd", "onTrainEnd", "onTrainFailed", "toString", "equals", "hashCode"}


def cells(path, kind):
    return [c for c in json.loads(path.read_text())["cells"] if c["cell_type"] == kind]


def source(cell):
    return "".join(cell["source"])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_imports_only_in_the_first_code_cell(path):
    code = cells(path, "code")
    late = [i + 1 for i, c in enumerate(code) if i > 0 and IMPORT.search(source(c))]
    assert not late, f"{path.name}: import in code cell(s) {late}; IJava forgets earlier variables after a late import"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_the_first_code_cell_lists_the_kernel_imports_and_adds_at_most_three(path):
    first = source(cells(path, "code")[0])
    assert len(IMPORT.findall(first)) <= 3, f"{path.name}: more than 3 import lines in the first code cell"
    assert "kernel-startup.jsh" in first, f"{path.name}: the first code cell must list the kernel's pre-imports"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_one_parameters_cell_with_the_preset_and_the_seed(path):
    tagged = [c for c in cells(path, "code") if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1, f"{path.name}: {len(tagged)} cells tagged 'parameters', expected 1"
    text = source(tagged[0])
    assert "Preset.current()" in text and "Preset.seed(" in text, f"{path.name}: the parameters cell must read the preset and the seed"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_closes_with_a_generated_summary_and_the_claims(path):
    code = cells(path, "code")
    assert source(code[-1]).strip() == "claims.verify()", f"{path.name}: the last code cell must be claims.verify()"
    assert "Markdown.of(" in source(code[-2]), f"{path.name}: the summary before the claims must be generated (Markdown.of)"
    written = [c for c in cells(path, "markdown")
               if re.match(r"#+\s*What we measured", source(c)) and re.search(r"\d", source(c).split("\n", 1)[-1])]
    assert not written, f"{path.name}: a 'What we measured' cell quotes numbers by hand; the run must write them"


def test_no_helper_is_declared_in_more_than_one_notebook():
    declared = defaultdict(set)
    for path in NOTEBOOKS:
        for cell in cells(path, "code"):
            for match in DECLARATION.finditer(source(cell)):
                name = match.group(1) or match.group(2)
                if name not in KEYWORDS_AND_OVERRIDES:
                    declared[name].add(path.stem.split("-")[0])
    shared = {name: sorted(where) for name, where in declared.items() if len(where) > 1}
    assert not shared, f"helpers declared in several notebooks (the library should own them): {shared}"


def code_lines(path):
    return [line for cell in cells(path, "code") for line in source(cell).split("\n") if line.strip()]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_code_cells_stay_short(path):
    long = [i + 1 for i, cell in enumerate(cells(path, "code"))
            if len([line for line in source(cell).split("\n") if line.strip()]) > MAX_CELL_LINES]
    assert not long, f"{path.name}: code cell(s) {long} over {MAX_CELL_LINES} lines; split them or move plumbing to the library"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_a_notebook_stays_within_its_code_budget(path):
    """A lecture's Java says the experiments; the library carries the plumbing (issue 10 cut the 15
    lectures from 3,872 to 2,295 lines, 219 at most). New topics (issue 15) add lines, so the budget is
    per notebook: more material belongs in its own notebook, not in a longer one."""
    lines = len(code_lines(path))
    assert lines <= NOTEBOOK_CODE_BUDGET, \
        f"{path.name}: {lines} non-blank code lines (budget {NOTEBOOK_CODE_BUDGET}); move plumbing to the library or split the notebook"


