"""Shared fixtures: paths of the executed notebooks and a headless Chromium with no network."""

import json
import shutil
from pathlib import Path

import nbformat
import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build" / "notebooks"
PLOTLY_MIME = "application/vnd.plotly.v1+json"


def executed_notebooks() -> list[Path]:
    """Executed copies in build/notebooks of every notebook in notebooks/."""
    return [BUILD / p.name for p in sorted((ROOT / "notebooks").glob("*.ipynb"))]


def figures(path: Path) -> list[dict]:
    """Every Plotly figure output of an executed notebook, in order."""
    nb = nbformat.read(path, as_version=4)
    return [out["data"][PLOTLY_MIME] for cell in nb.cells for out in cell.get("outputs", [])
            if PLOTLY_MIME in out.get("data", {})]


@pytest.fixture(scope="session")
def build_dir() -> Path:
    missing = [p.name for p in executed_notebooks() if not p.exists()]
    if missing:
        pytest.fail(f"executed notebooks missing in {BUILD}: {missing}; run 'make notebooks' first")
    return BUILD


@pytest.fixture
def browser(tmp_path):
    """Headless Debian Chromium through ChromeDriver; every host name fails to resolve."""
    chromium, chromedriver = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not chromedriver:
        pytest.fail("Chromium not installed: run 'environment/setup.sh --browser' "
                    "(or: sudo apt install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
                 f"--user-data-dir={tmp_path / 'profile'}",
                 # No network: every name resolves to nothing, except the loopback address.
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=chromedriver))
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def plot_state_script() -> str:
    """JavaScript returning, for each drawn Plotly graph on the page, its trace counts."""
    return """
    return Array.from(document.querySelectorAll('.js-plotly-plot')).map(function (gd) {
      return {
        traces: (gd._fullData || []).length,
        svg: gd.querySelectorAll('svg.main-svg').length,
        drawn: gd.querySelectorAll('.scatterlayer .trace, .barlayer .trace, .heatmaplayer .hm, .hm, .contourlayer .trace').length,
        width: gd.getBoundingClientRect().width
      };
    });"""


def dump(obj) -> str:
    return json.dumps(obj, indent=1)[:2000]
