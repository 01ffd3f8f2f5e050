"""Builds the course site, build/site/, from the executed notebooks.

    python environment/build_site.py                      # from build/notebooks (quick preset)
    python environment/build_site.py --size lecture       # from build/notebooks-lecture

The site is one folder: index.html (every lecture in order with its title, what it shows, its run
time, preset and seed, and how many of its claims held), one page per lecture headed by links to
the index and to the previous and next lecture, and plotly.min.js and MathJax once for all pages.
It works from the file system and from any static web server, with no network. "What it shows"
comes from the table under "## The notebooks" in README.md, so that table is the one place to
describe a notebook.
"""

import argparse
import html
import re
import shutil
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import nbformat

import pages
from pages import Claims, RunInfo
from run_notebooks import BUILD, NOTEBOOKS, ROOT, preset_arguments

README = ROOT / "README.md"
SITE = BUILD / "site"
TABLE_HEADING = "## The notebooks"
TABLE_ROW = re.compile(r"^\|\s*`([^`]+)`\s*\|\s*(.+?)\s*\|\s*$")


@dataclass(frozen=True)
class Lecture:
    stem: str
    title: str
    shows: str          # Markdown, one line
    run: RunInfo
    claims: Claims | None

    @property
    def page(self) -> str:
        return f"{self.stem}.html"


def what_each_shows(readme: str) -> dict[str, str]:
    """Notebook stem to its "what it shows" text, from the README's notebook table."""
    if TABLE_HEADING not in readme:
        raise ValueError(f"README.md has no '{TABLE_HEADING}' section with the notebook table")
    section = readme.split(TABLE_HEADING, 1)[1].split("\n## ", 1)[0]
    rows = [TABLE_ROW.match(line) for line in section.splitlines()]
    return {m.group(1): m.group(2) for m in rows if m}


def lectures_from(folder: Path, stems: list[str], shows: dict[str, str]) -> list[Lecture]:
    """The executed notebooks in folder, in the given order; fails naming what is missing."""
    undescribed = [s for s in stems if s not in shows]
    if undescribed:
        raise ValueError(f"README.md's '{TABLE_HEADING}' table has no row for {undescribed}: "
                         "add a row '| `<notebook>` | <what it shows> |' for each")
    lectures = []
    for stem in stems:
        path = folder / f"{stem}.ipynb"
        if not path.exists():
            raise ValueError(f"{path} is missing: run 'make notebooks' (or 'make site', which runs them)")
        nb = nbformat.read(path, as_version=4)
        run = pages.run_info(nb)
        if run is None:
            raise ValueError(f"{path} has no nnlab run metadata: it was not executed by "
                             "environment/run_notebooks.py; run 'make notebooks'")
        if run.status != "ok":
            raise ValueError(f"{path} is a failed run ({run.status}): fix the notebook and run 'make site' again")
        lectures.append(Lecture(stem, pages.title(nb, stem), shows[stem], run, pages.claims(nb)))
    return lectures


def inline_markdown(text: str) -> str:
    """HTML for the table's one-line Markdown: escaped text with `code` spans."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(text, quote=False))


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest} s" if minutes else f"{rest} s"


def claims_held(claims: Claims | None) -> str:
    return "—" if claims is None else f"{claims.passed} of {claims.total}"


def seed_label(seed: int | None) -> str:
    return "default" if seed is None else str(seed)


def lecture_header(lectures: list[Lecture], index: int) -> str:
    """Links to the index and to the neighbouring lectures, and how this lecture was run."""
    lecture = lectures[index]
    links = ['<a class="nnlab-index" href="index.html">&#8593; all lectures</a>']
    if index > 0:
        before = lectures[index - 1]
        links.append(f'<a rel="prev" href="{before.page}">&#8592; {html.escape(before.title)}</a>')
    if index + 1 < len(lectures):
        after = lectures[index + 1]
        links.append(f'<a rel="next" href="{after.page}">{html.escape(after.title)} &#8594;</a>')
    run = f"{lecture.run.label()} · ran in {duration(lecture.run.seconds)}"
    return (f'<header class="nnlab-header"><nav class="nnlab-nav">{" ".join(links)}</nav>'
            f'<span class="nnlab-run">{html.escape(run)}</span></header>')


INDEX_STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2em auto;
       max-width: 75em; padding: 0 1em; color: #222; line-height: 1.4; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.45em 0.6em; border-bottom: 1px solid #ddd; }
th { border-bottom: 2px solid #999; }
td.number { white-space: nowrap; text-align: right; }
td.run { white-space: nowrap; }
a { text-decoration: none; }
code { font-size: 0.92em; background: #f3f3f3; padding: 0 0.2em; }
"""


def index_html(lectures: list[Lecture]) -> str:
    """The site's front page: every lecture in order, with what it shows and how its run went."""
    rows = []
    for lecture in lectures:
        rows.append(
            "<tr>"
            f'<td><a href="{lecture.page}">{html.escape(lecture.title)}</a></td>'
            f"<td>{inline_markdown(lecture.shows)}</td>"
            f'<td class="number">{duration(lecture.run.seconds)}</td>'
            f'<td class="run">{html.escape(lecture.run.size)} · {seed_label(lecture.run.seed)}</td>'
            f'<td class="number">{claims_held(lecture.claims)}</td>'
            "</tr>")
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>nnlab lectures</title>
<style>{INDEX_STYLE}</style>
</head>
<body>
<h1>nnlab lectures</h1>
<p>Each lecture is a notebook run from top to bottom; its plots and checks come from that run.
Built {date.today().isoformat()}.</p>
<table>
<thead><tr><th>lecture</th><th>what it shows</th><th>run time</th><th>preset · seed</th><th>claims held</th></tr></thead>
<tbody>
{body}
</tbody>
</table>
</body>
</html>
"""


def build(source: Path, site: Path, stems: list[str], readme: str) -> list[Lecture]:
    """Writes the site for the executed notebooks in source into site (replacing what was there)."""
    lectures = lectures_from(source, stems, what_each_shows(readme))
    if site.exists():
        shutil.rmtree(site)
    pages.copy_assets(site)
    for index, lecture in enumerate(lectures):
        nb = nbformat.read(source / f"{lecture.stem}.ipynb", as_version=4)
        page = pages.export(nb, lecture.stem, lecture_header(lectures, index))
        (site / lecture.page).write_text(page, encoding="utf-8")
    (site / "index.html").write_text(index_html(lectures), encoding="utf-8")
    return lectures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    preset_arguments(parser)
    parser.add_argument("--out", type=Path, default=SITE, help="site folder (default build/site)")
    args = parser.parse_args()
    source = pages.output_dir(BUILD, args.size, args.seed)
    stems = [p.stem for p in sorted(NOTEBOOKS.glob("*.ipynb"))]
    try:
        lectures = build(source, args.out, stems, README.read_text(encoding="utf-8"))
    except ValueError as e:
        print(f"build_site: {e}", file=sys.stderr)
        return 1
    print(f"site: {len(lectures)} lectures from {source} in {args.out} (open {args.out / 'index.html'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
