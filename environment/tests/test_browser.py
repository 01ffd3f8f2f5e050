"""Real-browser tests: plots must be drawn, offline, in the exported HTML and in JupyterLab."""

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.support.ui import WebDriverWait

from conftest import dump, executed_notebooks, figures, plot_state_script

QUICKSTART = "00-quickstart"


def wait_for_plots(driver, expected_traces: list[int], seconds: float) -> list[dict]:
    """Waits until the page shows exactly the expected graphs, each drawn with its traces."""
    script = plot_state_script()

    def drawn(d):
        state = d.execute_script(script)
        done = (len(state) == len(expected_traces)
                and all(s["svg"] > 0 and s["width"] > 0 and s["drawn"] >= 1 for s in state)
                and [s["traces"] for s in state] == expected_traces)
        return state if done else False

    try:
        return WebDriverWait(driver, seconds, poll_frequency=0.5).until(drawn)
    except TimeoutException:
        pytest.fail(f"plots not drawn within {seconds}s; expected traces {expected_traces}, "
                    f"page shows {dump(driver.execute_script(script))}")


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


def wait_for_formulas(driver, seconds: float) -> dict:
    """Waits until MathJax has processed the page; returns the formula count, typeset count and failures."""
    try:
        return WebDriverWait(driver, seconds, poll_frequency=0.5).until(lambda d: d.execute_script(FORMULA_STATE))
    except TimeoutException:
        pytest.fail(f"MathJax did not finish within {seconds}s (is mathjax/ beside the page?)")


@pytest.mark.parametrize("path", executed_notebooks(), ids=lambda p: p.stem)
def test_exported_html_draws_every_plot_and_formula_offline(build_dir, browser, path):
    expected = [len(f["data"]) for f in figures(path)]
    assert (build_dir / "plotly.min.js").is_file(), "the runner ships plotly.min.js beside the pages"
    assert (build_dir / "mathjax" / "MathJax.js").is_file(), "the runner ships MathJax beside the pages"
    browser.get(path.with_suffix(".html").as_uri())
    wait_for_plots(browser, expected, seconds=60)
    formulas = wait_for_formulas(browser, seconds=60)
    assert not formulas["errors"], f"{path.stem}: MathJax could not typeset {formulas['errors']}"
    if formulas["formulas"] > 0:
        assert formulas["typeset"] > 0, f"{path.stem}: {formulas['formulas']} formulas, none typeset"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"JupyterLab exited early with code {process.returncode}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.3)
    pytest.fail(f"JupyterLab did not listen on port {port} within {seconds}s")


@pytest.fixture
def jupyterlab(build_dir, tmp_path):
    """JupyterLab from the venv on a free loopback port, serving a copy of the executed quickstart.

    The notebook is not trusted (in-memory signature database), so only renderers that are safe
    for untrusted output may draw it. The server is always stopped.
    """
    served = tmp_path / "served"
    served.mkdir()
    shutil.copy(build_dir / f"{QUICKSTART}.ipynb", served)
    port, token = free_port(), secrets.token_hex(16)
    env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"),
               JUPYTERLAB_WORKSPACES_DIR=str(tmp_path / "workspaces"))
    command = [str(Path(sys.executable).parent / "jupyter"), "lab", "--no-browser", "--ip=127.0.0.1",
               f"--port={port}", f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={served}",
               "--NotebookNotary.db_file=:memory:", "--LabApp.news_url=None",
               "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
    if os.geteuid() == 0:
        command.append("--allow-root")  # CI machines run as root
    log = open(tmp_path / "jupyterlab.log", "w")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    try:
        wait_for_port(port, process, seconds=60)
        yield f"http://127.0.0.1:{port}/lab/tree/{QUICKSTART}.ipynb?token={token}"
    finally:
        stop(process)
        log.close()


def stop(process: subprocess.Popen) -> None:
    """Stops the server and everything it started (kernels included)."""
    for sig, grace in ((signal.SIGTERM, 15), (signal.SIGKILL, 5)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=grace)
            return
        except subprocess.TimeoutExpired:
            continue


def test_jupyterlab_draws_untrusted_notebook_plots(build_dir, browser, jupyterlab):
    expected = [len(f["data"]) for f in figures(build_dir / f"{QUICKSTART}.ipynb")]
    browser.get(jupyterlab)
    states = wait_for_plots(browser, expected, seconds=90)
    assert all(s["drawn"] >= 1 for s in states)
