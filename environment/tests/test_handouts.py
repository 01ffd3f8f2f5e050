"""The PDF handouts in build/handouts (environment/build_handouts.py), read back with poppler-utils."""

import html
import re
import shutil
import subprocess
from pathlib import Path

import nbformat
import pytest

import build_handouts
import pages
from conftest import HANDOUTS, ROOT, executed_notebooks

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
PT_PER_CSS_PX = 0.75


def poppler(tool: str, *args: str) -> str:
    if not shutil.which(tool):
        pytest.fail(f"{tool} not installed: run 'environment/setup.sh --browser' (or: sudo apt install poppler-utils)")
    return subprocess.run([tool, *args], check=True, capture_output=True, text=True).stdout


def page_count(pdf: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", poppler("pdfinfo", str(pdf)), re.MULTILINE).group(1))


def words(text: str) -> list[str]:
    """Lower-case words of letters and digits: how text compares across PDF line breaks."""
    return re.findall(r"[^\W_]+", text.lower())


def text_of(pdf: Path) -> str:
    return " ".join(words(poppler("pdftotext", str(pdf), "-")))


def word_boxes(pdf: Path) -> list[list[tuple[str, float, float, float, float]]]:
    """Per page, each word with its box in points (x0, y0, x1, y1)."""
    layout = poppler("pdftotext", "-bbox", str(pdf), "-")
    return [[(html.unescape(w[4]), float(w[0]), float(w[1]), float(w[2]), float(w[3])) for w in WORD.findall(page)]
            for page in layout.split("<page ")[1:]]


def find_phrase(pdf: Path, phrase: str) -> tuple[int, tuple[float, float, float, float]] | None:
    """
    The page (1-based) and box of the first word of the last place where phrase's words appear in a
    row. The last, because a plot's title can also stand in the code cell that draws it, before the plot.
    """
    wanted = words(phrase)
    last = None
    for number, boxes in enumerate(word_boxes(pdf), start=1):
        found = [(w, box) for text, *box in boxes for w in words(text)]
        for i in range(len(found) - len(wanted) + 1):
            if [w for w, _ in found[i:i + len(wanted)]] == wanted:
                last = number, tuple(found[i][1])
    return last


def ink(pdf: Path, page: int, x: float, y: float, width: float, height: float) -> float:
    """The fraction of not-white pixels in a region of a page (points), rendered at 72 dpi."""
    if not shutil.which("pdftoppm"):
        pytest.fail("pdftoppm not installed: run 'environment/setup.sh --browser' (or: sudo apt install poppler-utils)")
    image = subprocess.run(["pdftoppm", "-r", "72", "-f", str(page), "-l", str(page), "-x", str(int(x)),
                            "-y", str(int(y)), "-W", str(int(width)), "-H", str(int(height)), str(pdf)],
                           check=True, capture_output=True).stdout
    magic, w, h, maxval, pixels = image.split(maxsplit=4)
    assert magic == b"P6" and maxval == b"255", "pdftoppm writes binary PPM"
    rgb = memoryview(pixels)[: int(w) * int(h) * 3]
    inked = sum(1 for i in range(0, len(rgb), 3) if min(rgb[i], rgb[i + 1], rgb[i + 2]) < 235)
    return inked / (int(w) * int(h))


def first_plot_title(nb) -> tuple[str, int] | None:
    """The first line of the first titled figure's title and the figure's height in CSS pixels."""
    for figure in pages.figures(nb):
        title = figure["layout"].get("title", {}).get("text", "")
        first_line = re.split(r"<br\s*/?>", title)[0]
        if len(words(first_line)) >= 2:
            return re.sub(r"<[^>]+>", "", first_line), int(figure["layout"].get("height", 450))
    return None


@pytest.fixture(scope="module")
def handouts(build_dir) -> Path:
    missing = [p.stem for p in executed_notebooks() if not (HANDOUTS / f"{p.stem}.pdf").exists()]
    if missing:
        pytest.fail(f"handouts missing in {HANDOUTS}: {missing}; run 'make handouts' first")
    return HANDOUTS


@pytest.mark.parametrize("executed", executed_notebooks(), ids=lambda p: p.stem)
def test_handout_has_the_title_the_claims_and_drawn_plots(handouts, executed):
    pdf = handouts / f"{executed.stem}.pdf"
    nb = nbformat.read(executed, as_version=4)
    assert page_count(pdf) >= 1
    text = text_of(pdf)
    title = pages.title(nb, executed.stem)
    assert " ".join(words(title)) in text, f"{pdf.name}: the title '{title}' is not in the PDF's text"

    claims = pages.claims(nb)
    if claims is not None:  # the claims table, where the notebook has one
        missing = [c["claim"] for c in claims.claims if not set(words(c["claim"])) <= set(text.split())]
        assert not missing, f"{pdf.name}: claims not in the PDF's text: {missing}"

    plot = first_plot_title(nb)
    if plot is not None:
        title_text, height_px = plot
        found = find_phrase(pdf, title_text)
        assert found, f"{pdf.name}: the plot titled '{title_text}' is not drawn in the PDF"
        page, (x0, y0, x1, y1) = found
        plot_height_pt = height_px * PT_PER_CSS_PX * build_handouts.SCALE
        below_title = ink(pdf, page, 0, y1 + 2, build_handouts.PAPER_CM[0] / 2.54 * 72, plot_height_pt * 0.6)
        # A blank page region inks 0%; a drawn line plot (axes, grid, thin lines) about 1.3-10%.
        assert below_title > 0.01, (f"{pdf.name} page {page}: the area under the plot title '{title_text}' "
                                    f"is blank ({below_title:.1%} of it inked)")


def test_students_handout_leaves_out_code_and_keeps_outputs(site_dir, tmp_path):
    page = site_dir / "00-quickstart.html"
    nb = nbformat.read(ROOT / "build" / "notebooks" / "00-quickstart.ipynb", as_version=4)
    code_line = next(c.source.splitlines()[0] for c in nb.cells if c.cell_type == "code")
    plot_title, _ = first_plot_title(nb)
    [with_code] = build_handouts.build([page], tmp_path / "code", code=True)
    [without_code] = build_handouts.build([page], tmp_path / "no-code", code=False)
    assert " ".join(words(code_line)) in text_of(with_code)
    assert " ".join(words(code_line)) not in text_of(without_code), "the students' version shows code"
    assert " ".join(words(plot_title)) in text_of(without_code), "the students' version lost a plot"
    assert page_count(without_code) < page_count(with_code)
