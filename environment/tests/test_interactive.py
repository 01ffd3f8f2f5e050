"""Interactive controls (org.nnlab.experiment.Interactive) end to end, on the fixture notebook
environment/tests/interactive-fixture.ipynb:

- live, in a real browser: JupyterLab from the venv with a live "Java (nnlab)" kernel; running the
  playground cell draws the widgets and the plot, moving the integer slider with the keyboard
  re-runs the experiment and redraws the plot in place with new data, and in the button variant
  an exception is shown in place of the result while the controls stay live;
- headless: the runner's execution (nbclient) and HTML export show the default plot and, where
  the controls were, text saying what each sets and its default; no widget state, no widget
  output, no network, no console errors.
"""

import json
import tempfile
from pathlib import Path
from urllib.parse import urlparse

import nbformat
import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

import pages
import run_notebooks
from browser import requested_urls, wait_for_plots
from test_browser import running_lab

FIXTURE = Path(__file__).with_name("interactive-fixture.ipynb")
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
NETWORK_SCHEMES = {"http", "https", "ws", "wss", "ftp"}
# The first playground cell shows a line of `points` points (default 5) with slope 1.
RAN = ("return Array.from(document.querySelectorAll('.jp-OutputArea-output'))"
       ".some(function (o) { return o.textContent.indexOf('It ran.') >= 0; });")  # the result, not the code
PLOT_Y = ("var p = document.querySelectorAll('.js-plotly-plot');"
          "return p.length && p[0].data ? p[0].data[0].y.length : null;")


@pytest.fixture
def lab(tmp_path):
    """Lab serving a copy of the fixture, with window.jupyterapp exposed to run a cell by command."""
    with running_lab(tmp_path, FIXTURE, "--LabApp.expose_app_in_browser=True") as url:
        yield url


def wait(browser, seconds: float, what: str, condition):
    """condition(browser) until truthy, else fail saying what was awaited."""
    try:
        return WebDriverWait(browser, seconds, poll_frequency=0.3).until(condition)
    except Exception:  # selenium's TimeoutException, or a script error while the page builds
        shot = Path(tempfile.gettempdir()) / "nnlab-interactive-failure.png"
        browser.save_screenshot(str(shot))
        pytest.fail(f"within {seconds}s: {what} (screenshot: {shot})")


def run_cell(browser, index: int) -> None:
    """Runs cell `index` (0-based, all cells) through JupyterLab's own command, as its Run button does."""
    browser.execute_script(
        "var panel = window.jupyterapp.shell.currentWidget;"
        "panel.content.activeCellIndex = arguments[0];"
        "window.jupyterapp.commands.execute('notebook:run-cell');", index)


def kernel_idle(browser) -> bool:
    """The notebook's kernel session is ready and idle (running a cell earlier may ask to pick a kernel)."""
    return browser.execute_script(
        "var panel = window.jupyterapp && window.jupyterapp.shell.currentWidget;"
        "var context = panel && panel.sessionContext;"
        "return !!context && context.isReady && !!context.session && !!context.session.kernel"
        "  && context.session.kernel.status === 'idle';")


def test_live_controls_rerun_the_experiment_and_redraw_in_place(browser, lab, tmp_path):
    browser.get(lab)
    wait(browser, 120, "the notebook opens and its kernel becomes idle",
         lambda b: b.find_elements(By.CSS_SELECTOR, ".jp-Notebook .jp-CodeCell") and kernel_idle(b))
    run_cell(browser, 1)
    handles = wait(browser, 90, "the cell draws its four controls (int and log sliders, dropdown, checkbox)",
                   lambda b: len(b.find_elements(By.CSS_SELECTOR, ".jp-CodeCell .widget-slider .noUi-handle")) >= 2
                   and b.find_elements(By.CSS_SELECTOR, ".jp-CodeCell .widget-dropdown select")
                   and b.find_elements(By.CSS_SELECTOR, ".jp-CodeCell .widget-checkbox input")
                   and b.find_elements(By.CSS_SELECTOR, ".jp-CodeCell .widget-slider .noUi-handle"))
    wait(browser, 60, "the default plot (5 points)", lambda b: b.execute_script(PLOT_Y) == 5)
    assert not browser.find_elements(By.XPATH, "//*[contains(text(), 'Error displaying widget')]")

    # The first slider is "points" (2 to 20, default 5): three steps right with the keyboard.
    browser.execute_script("arguments[0].focus();", handles[0])
    ActionChains(browser).send_keys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).perform()
    wait(browser, 60, "the plot redrawn in place with 8 points after three key presses on the slider",
         lambda b: b.execute_script(PLOT_Y) == 8)
    assert len(browser.find_elements(By.CSS_SELECTOR, ".jp-Notebook .jp-CodeCell:first-of-type .js-plotly-plot")) <= 1
    status = browser.execute_script(
        "var s = document.querySelectorAll('.nnlab-status'); return s.length ? s[0].textContent : '';")
    assert "points = 8" in status, status

    # The button variant: choose "yes" (the experiment throws), click Run: the error replaces the result.
    run_cell(browser, 2)
    wait(browser, 60, "the button variant draws its toggle buttons, its button and its first result",
         lambda b: b.find_elements(By.CSS_SELECTOR, ".widget-toggle-buttons button")
         and b.execute_script(RAN))
    yes = [b for b in browser.find_elements(By.CSS_SELECTOR, ".widget-toggle-buttons button") if b.text == "yes"]
    yes[0].click()
    run = [b for b in browser.find_elements(By.CSS_SELECTOR, "button.jupyter-button") if b.text.strip() == "Run"]
    run[0].click()
    error = wait(browser, 60, "the experiment's exception shown in place of its result",
                 lambda b: b.find_elements(By.CSS_SELECTOR, ".nnlab-error"))
    assert "asked to fail" in error[0].text
    assert not browser.execute_script(RAN), "the error replaces the result"
    # the controls stay live: back to "no" and Run draws the result again
    no = [b for b in browser.find_elements(By.CSS_SELECTOR, ".widget-toggle-buttons button") if b.text == "no"]
    no[0].click()
    run[0].click()
    wait(browser, 60, "the result again after the error",
         lambda b: b.execute_script(RAN) and not b.find_elements(By.CSS_SELECTOR, ".nnlab-error"))
    assert not browser.find_elements(By.XPATH, "//*[contains(text(), 'Jupyter news')]"), \
        "JupyterLab asks about its news feed: environment/lab-overrides.json did not reach the lab's settings"
    browser.save_screenshot(str(tmp_path / "interactive.png"))  # kept in pytest's tmp directory, for a look


def test_headless_run_and_export_show_the_default_plot_and_the_controls_as_text(tmp_path, browser):
    result = run_notebooks.run(FIXTURE, tmp_path, "quick", None, timeout=300)
    assert result.status == "ok", result.detail
    executed = nbformat.read(tmp_path / FIXTURE.name, as_version=4)
    assert "widgets" not in executed.metadata, "no widget state in a headless run"
    outputs = [o for cell in executed.cells if cell.cell_type == "code" for o in cell.outputs]
    assert all(WIDGET_VIEW not in o.get("data", {}) for o in outputs), "no widget view in a headless run"
    texts = [o["data"]["text/plain"] for o in outputs if "text/plain" in o.get("data", {})]
    assert any("points: 5 (integer slider from 2 to 20)" in t and "slope: 1 (log slider from 0.01 to 100)" in t
               for t in texts), texts
    figures = pages.figures(executed)
    assert [len(f["data"][0]["y"]) for f in figures] == [5], "the default plot: 5 points"

    pages.copy_assets(tmp_path)
    page = tmp_path / f"{FIXTURE.stem}.html"
    browser.get(page.as_uri())
    wait_for_plots(browser, [1], seconds=60)
    body = browser.find_element(By.TAG_NAME, "body").text
    assert "points: 5 (integer slider from 2 to 20)" in body
    assert "It ran." in body
    assert "Error displaying widget" not in body and "Loading widget" not in body
    html = page.read_text(encoding="utf-8")
    assert WIDGET_VIEW not in html and "widget-state" not in html
    assert not [u for u in requested_urls(browser) if urlparse(u).scheme in NETWORK_SCHEMES], "reached the network"
    # MathJax 2.7 asks for its TeX font data, which jupyter-server-mathjax does not ship (it falls back to
    # its STIX-Web fonts): that miss is on every exported page, not this notebook's doing.
    errors = [e for e in browser.get_log("browser") if e.get("level") == "SEVERE" and "/mathjax/" not in e["message"]]
    assert not errors, json.dumps(errors)[:1000]
