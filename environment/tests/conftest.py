"""Shared fixtures: paths of the executed notebooks and the site, and a headless Chromium with no network."""

import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "environment"))

import browser as chromium_browser  # noqa: E402  (the environment/ modules, importable from here on)
import pages  # noqa: E402

BUILD = ROOT / "build" / "notebooks"
SITE = ROOT / "build" / "site"
HANDOUTS = ROOT / "build" / "handouts"
PLOTLY_MIME = pages.PLOTLY_MIME


def executed_notebooks() -> list[Path]:
    """Executed copies in build/notebooks of every notebook in notebooks/."""
    return [BUILD / p.name for p in sorted((ROOT / "notebooks").glob("*.ipynb"))]


def figures(path: Path) -> list[dict]:
    """Every Plotly figure output of an executed notebook, in order."""
    return pages.figures(nbformat.read(path, as_version=4))


@pytest.fixture(scope="session")
def build_dir() -> Path:
    missing = [p.name for p in executed_notebooks() if not p.exists()]
    if missing:
        pytest.fail(f"executed notebooks missing in {BUILD}: {missing}; run 'make notebooks' first")
    return BUILD


@pytest.fixture(scope="session")
def site_dir(build_dir) -> Path:
    if not (SITE / "index.html").exists():
        pytest.fail(f"no site in {SITE}: run 'make site' first")
    return SITE


@pytest.fixture
def browser(tmp_path):
    """Headless Debian Chromium through ChromeDriver, with no network (see environment/browser.py)."""
    try:
        driver = chromium_browser.chromium(tmp_path / "profile")
    except RuntimeError as e:
        pytest.fail(str(e))
    try:
        yield driver
    finally:
        driver.quit()
