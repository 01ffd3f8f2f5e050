"""Checks on the notebooks' sources (notebooks/*.ipynb as committed): conventions that keep them
runnable on JJava and IJava."""

import json
import re
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[2] / "notebooks").glob("*.ipynb"))
IMPORT = re.compile(r"^\s*import\s", re.MULTILINE)


def cells(path, kind):
    return [c for c in json.loads(path.read_text())["cells"] if c["cell_type"] == kind]


def source(cell):
    return "".join(cell["source"])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_imports_only_in_the_first_code_cell(path):
    code = cells(path, "code")
    late = [i + 1 for i, c in enumerate(code) if i > 0 and IMPORT.search(source(c))]
    assert not late, f"{path.name}: import in code cell(s) {late}; IJava forgets earlier variables after a late import"
