"""Real-browser tests: plots drawn and formulas typeset, offline, on the exported pages, on the course
site (build/site) and in JupyterLab."""

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from browser import NotRendered, requested_urls, wait_for_formulas, wait_for_plots
from conftest import executed_notebooks, figures

QUICKSTART = "00-quickstart"
NETWORK_SCHEMES = {"http", "https", "ws", "wss", "ftp"}
LINKS = "return Array.from(document.querySelectorAll('a[href]')).map(function (a) { return a.href; });"


def network_requests(browser) -> list[str]:
    """The URLs the browser tried to fetch from the network since the last call."""
    return [url for url in requested_urls(browser) if urlparse(url).scheme in NETWORK_SCHEMES]


def test_runner_page_draws_its_plots_and_formulas_and_names_its_preset(build_dir, browser):
    """A page of build/notebooks (the site's pages come from the same export, see the site test)."""
    page = build_dir / f"{QUICKSTART}.html"
    assert (build_dir / "plotly.min.js").is_file(), "the runner ships plotly.min.js beside the pages"
    assert (build_dir / "mathjax" / "MathJax.js").is_file(), "the runner ships MathJax beside the pages"
    browser.get(page.as_uri())
    wait_for_plots(browser, [len(f["data"]) for f in figures(build_dir / f"{QUICKSTART}.ipynb")], seconds=60)
    wait_for_formulas(browser, seconds=60)
    header = browser.execute_script("return document.querySelector('.nnlab-header').textContent;")
    assert "preset quick · seed default" in header, header
    assert not network_requests(browser), "the page reached for the network"


def check_lecture(browser, page: Path, stems: list[str], build_dir: Path) -> list[str]:
    """What is wrong with a lecture page of the site: undrawn plots or formulas, wrong neighbours."""
    problems = []
    try:
        wait_for_plots(browser, [len(f["data"]) for f in figures(build_dir / f"{page.stem}.ipynb")], seconds=60)
        wait_for_formulas(browser, seconds=60)
    except NotRendered as e:
        problems.append(str(e))
    position = stems.index(page.stem)
    neighbours = browser.execute_script(
        "return ['a.nnlab-index', 'a[rel=prev]', 'a[rel=next]'].map(function (s) {"
        "  var a = document.querySelector('.nnlab-header ' + s); return a ? a.getAttribute('href') : null; });")
    expected = ["index.html",
                f"{stems[position - 1]}.html" if position > 0 else None,
                f"{stems[position + 1]}.html" if position + 1 < len(stems) else None]
    if neighbours != expected:
        problems.append(f"{page.name}: header links {neighbours}, expected {expected}")
    return problems


def test_site_works_offline_from_the_file_system(site_dir, build_dir, browser):
    """From index.html, follows every link; every lecture draws its plots and typesets its formulas,
    links only to files inside the site, and nothing reaches for the network."""
    site = site_dir.resolve()
    stems = [p.stem for p in executed_notebooks()]
    index = site / "index.html"
    requested_urls(browser)  # forget the browser's own start-up requests
    queue, visited, problems = [index], [], []
    while queue:
        page = queue.pop(0)
        if page in visited:
            continue
        visited.append(page)
        browser.get(page.as_uri())
        if page == index:
            lectures = [Path(unquote(urlparse(url).path)).stem for url in browser.execute_script(LINKS)]
            assert lectures == stems, f"the index lists {lectures}, expected every lecture in order {stems}"
        else:
            problems += check_lecture(browser, page, stems, build_dir)
        for url in browser.execute_script(LINKS):
            parsed = urlparse(url)
            if parsed.scheme in NETWORK_SCHEMES:
                continue  # a reference for readers online; nothing the page needs
            target = Path(unquote(parsed.path))
            if parsed.scheme != "file" or not target.is_relative_to(site) or not target.exists():
                problems.append(f"{page.name}: link {url} does not lead to a file inside the site")
            elif target.suffix == ".html":
                queue.append(target)
        reached = network_requests(browser)
        if reached:
            problems.append(f"{page.name}: reached for the network: {reached[:5]}")
    assert sorted(p.stem for p in visited if p != index) == sorted(stems), "not every lecture was reached"
    assert not problems, "\n".join(problems)


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


@contextlib.contextmanager
def running_lab(tmp_path: Path, notebook: Path, *options: str):
    """JupyterLab from the venv on a free loopback port, serving a copy of `notebook`; yields the
    notebook's URL and always stops the server (and its kernels). `options` are extra Lab flags."""
    served = tmp_path / "served"
    served.mkdir()
    shutil.copy(notebook, served)
    port, token = free_port(), secrets.token_hex(16)
    env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"),
               JUPYTERLAB_WORKSPACES_DIR=str(tmp_path / "workspaces"))
    command = [str(Path(sys.executable).parent / "jupyter"), "lab", "--no-browser", "--ip=127.0.0.1",
               f"--port={port}", f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={served}",
               "--NotebookNotary.db_file=:memory:", "--LabApp.news_url=None",
               "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate", *options]
    if os.geteuid() == 0:
        command.append("--allow-root")  # CI machines run as root
    log = open(tmp_path / "jupyterlab.log", "w")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    try:
        wait_for_port(port, process, seconds=60)
        yield f"http://127.0.0.1:{port}/lab/tree/{notebook.name}?token={token}"
    finally:
        stop(process)
        log.close()


@pytest.fixture
def jupyterlab(build_dir, tmp_path):
    """Lab serving a copy of the executed quickstart. It is not trusted (in-memory signature
    database), so only renderers that are safe for untrusted output may draw it."""
    with running_lab(tmp_path, build_dir / f"{QUICKSTART}.ipynb") as url:
        yield url


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
