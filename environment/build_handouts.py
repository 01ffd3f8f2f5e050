"""Prints every lecture page of the site to a PDF handout with headless Chromium.

    python environment/build_handouts.py              # build/handouts/<lecture>.pdf
    python environment/build_handouts.py --code no    # build/handouts/no-code/<lecture>.pdf

Each page is printed once its plots are drawn and its formulas typeset, on A4 at 80 %, with the
page's print rules: code wrapped instead of cut, no plot or table split across pages, the site's
navigation left out. The students' version (--code no) leaves out the code cells and keeps their
outputs.
"""

import argparse
import base64
import sys
import tempfile
import time
from pathlib import Path

import browser as chromium_browser
from run_notebooks import BUILD

SITE = BUILD / "site"
HANDOUTS = BUILD / "handouts"
PAPER_CM = (21.0, 29.7)   # A4
MARGIN_CM = 1.2
SCALE = 0.8
CSS_PX_PER_CM = 96 / 2.54


def print_width_px() -> int:
    """The CSS width of the printed page's content, so plots are drawn as wide as they print."""
    return int((PAPER_CM[0] - 2 * MARGIN_CM) * CSS_PX_PER_CM / SCALE)


def print_options() -> dict:
    """Chrome DevTools' Page.printToPDF parameters (lengths in inches)."""
    inches = lambda cm: cm / 2.54
    return {"paperWidth": inches(PAPER_CM[0]), "paperHeight": inches(PAPER_CM[1]),
            "marginTop": inches(MARGIN_CM), "marginBottom": inches(MARGIN_CM),
            "marginLeft": inches(MARGIN_CM), "marginRight": inches(MARGIN_CM),
            "scale": SCALE, "printBackground": True, "preferCSSPageSize": False}


def lecture_pages(site: Path) -> list[Path]:
    pages = sorted(p for p in site.glob("*.html") if p.name != "index.html")
    if not pages:
        raise SystemExit(f"no lecture pages in {site}: run 'make site' first")
    return pages


FIT_PLOTS = """
var done = arguments[arguments.length - 1];
var plots = Array.from(document.querySelectorAll('.js-plotly-plot'));
Promise.all(plots.map(function (gd) { return Plotly.Plots.resize(gd); }))
  .then(function () { done(null); }, function (e) { done(String(e)); });
"""


def print_page(browser, page: Path, code: bool) -> bytes:
    """The page as a PDF, printed after its plots and formulas have rendered.

    The page is laid out with its print rules first and every plot redrawn to the width it gets
    there, so no plot is wider than the paper."""
    browser.get(page.as_uri())
    chromium_browser.wait_for_plots(browser, None, seconds=90)
    chromium_browser.wait_for_formulas(browser, seconds=90)
    if not code:
        browser.execute_script("document.body.classList.add('nnlab-no-code');")
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    error = browser.execute_async_script(FIT_PLOTS)
    if error:
        raise chromium_browser.NotRendered(f"{page.name}: resizing the plots for print failed: {error}")
    return base64.b64decode(browser.execute_cdp_cmd("Page.printToPDF", print_options())["data"])


def build(pages: list[Path], out: Path, code: bool) -> list[Path]:
    """One PDF per page in out, named after it; returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory(prefix="nnlab-handouts-") as profile:
        browser = chromium_browser.chromium(Path(profile), width=print_width_px(), height=1200, log_requests=False)
        try:
            for page in pages:
                started = time.monotonic()
                pdf = out / f"{page.stem}.pdf"
                print(f"printing {pdf} ...", end="", flush=True)
                pdf.write_bytes(print_page(browser, page, code))
                print(f" {pdf.stat().st_size // 1024} KiB, {time.monotonic() - started:.1f} s", flush=True)
                written.append(pdf)
        finally:
            browser.quit()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--code", choices=("yes", "no"), default="yes",
                        help="'no' leaves out the code cells (the students' version)")
    parser.add_argument("--site", type=Path, default=SITE, help="site folder (default build/site)")
    parser.add_argument("--out", type=Path, default=None,
                        help="output folder (default build/handouts, or build/handouts/no-code)")
    args = parser.parse_args()
    code = args.code == "yes"
    out = args.out or (HANDOUTS if code else HANDOUTS / "no-code")
    try:
        written = build(lecture_pages(args.site), out, code)
    except chromium_browser.NotRendered as e:
        print(f"build_handouts: not printed, the page did not render: {e}", file=sys.stderr)
        return 1
    print(f"{len(written)} handouts in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
