"""Headless Chromium with no network, and what a page has rendered: shared by the handout printer
and the browser tests.

Chromium and ChromeDriver are Debian's (environment/setup.sh --browser installs them). Every host
name fails to resolve and every other request goes to a proxy at a closed port, so a page can load
only what lies beside it (and, for the JupyterLab test, from the loopback address).
"""

import json
import shutil
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

OFFLINE_FLAGS = [
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    "--proxy-server=http://127.0.0.1:9",  # the discard port: closed; loopback itself bypasses proxies
]


class NotRendered(AssertionError):
    """A page did not draw its plots or typeset its formulas in time."""


def chromium(profile: Path, width: int = 1400, height: int = 1000, log_requests: bool = True) -> webdriver.Chrome:
    """A headless Chromium without network; with log_requests, its requests can be read back with
    requested_urls. Page loads and scripts may take up to 3 minutes (a loaded 2-core machine)."""
    binary, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not binary or not driver:
        raise RuntimeError("Chromium not installed: run 'environment/setup.sh --browser' "
                           "(or: sudo apt install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                 f"--window-size={width},{height}", f"--user-data-dir={profile}", *OFFLINE_FLAGS]:
        options.add_argument(flag)
    if log_requests:
        options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    browser = webdriver.Chrome(options=options, service=Service(executable_path=driver))
    browser.command_executor.client_config.timeout = 600  # a printout may take minutes, not selenium's 120 s
    browser.set_page_load_timeout(180)
    browser.set_script_timeout(180)
    return browser


def requested_urls(browser) -> list[str]:
    """Every URL the browser asked for since the last call (from its DevTools network log)."""
    urls = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


PLOT_STATE = """
return Array.from(document.querySelectorAll('.js-plotly-plot')).map(function (gd) {
  return {
    traces: (gd._fullData || []).length,
    svg: gd.querySelectorAll('svg.main-svg').length,
    drawn: gd.querySelectorAll('.scatterlayer .trace, .barlayer .trace, .heatmaplayer .hm, .hm, .contourlayer .trace').length,
    width: gd.getBoundingClientRect().width
  };
});"""

FORMULA_STATE = """
if (!(window.MathJax && MathJax.Hub && MathJax.Hub.queue)) { return null; }
if (MathJax.Hub.queue.pending > 0 || document.querySelectorAll('.MathJax_Processing, .MathJax_Preview:not(:empty)').length > 0) { return null; }
var scripts = Array.from(document.querySelectorAll('script[type^="math/tex"]'));
return {
  formulas: scripts.length,
  typeset: document.querySelectorAll('.MathJax, .MathJax_Display').length,
  errors: scripts.filter(function (s) {
    return s.previousSibling && (s.previousSibling.textContent || '').indexOf('Math Processing Error') >= 0;
  }).map(function (s) { return s.textContent; })
};"""


def wait_for_plots(browser, expected_traces: list[int] | None, seconds: float) -> list[dict]:
    """Waits until the page shows exactly the expected graphs, each drawn with its traces.

    With expected_traces None: until every nnlab plot on the page (a div of class nnlab-plot) is a
    drawn graph."""

    def drawn(b):
        state = b.execute_script(PLOT_STATE)
        wanted = (len(state) == b.execute_script("return document.querySelectorAll('.nnlab-plot').length;")
                  if expected_traces is None else
                  len(state) == len(expected_traces) and [s["traces"] for s in state] == expected_traces)
        done = wanted and all(s["svg"] > 0 and s["width"] > 0 and s["drawn"] >= 1 for s in state)
        return state if done else False

    try:
        return WebDriverWait(browser, seconds, poll_frequency=0.5).until(drawn)
    except TimeoutException:
        state = json.dumps(browser.execute_script(PLOT_STATE), indent=1)[:2000]
        raise NotRendered(f"{browser.current_url}: plots not drawn within {seconds}s; expected traces "
                          f"{expected_traces}, page shows {state}") from None


def wait_for_formulas(browser, seconds: float) -> dict:
    """Waits until MathJax has typeset the page and checks that every formula came out.

    Returns the number of formulas and of typeset elements; raises NotRendered when MathJax did not
    finish, reported a formula it could not typeset, or typeset none of the page's formulas."""
    try:
        state = WebDriverWait(browser, seconds, poll_frequency=0.5).until(lambda b: b.execute_script(FORMULA_STATE))
    except TimeoutException:
        raise NotRendered(f"{browser.current_url}: MathJax did not finish within {seconds}s "
                          "(is mathjax/ beside the page?)") from None
    if state["errors"]:
        raise NotRendered(f"{browser.current_url}: MathJax could not typeset {state['errors']}")
    if state["formulas"] > 0 and state["typeset"] == 0:
        raise NotRendered(f"{browser.current_url}: {state['formulas']} formulas, none typeset")
    return state
