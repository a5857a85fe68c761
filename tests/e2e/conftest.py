"""End-to-end fixtures: the sample store, a uvicorn server on a free loopback port in a thread,
and Debian's Chromium driven by Playwright (never a downloaded browser).

Skipped when /usr/bin/chromium or the playwright package is missing.
"""

from __future__ import annotations

import importlib.util
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from allegedly.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "corpus" / "sample"
SCREENSHOTS = REPO / "build" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "e2e: drives a real headless Chromium against a live server")


@pytest.fixture(scope="session")
def e2e_ready() -> None:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed (apt-get install chromium)")
    if importlib.util.find_spec("playwright") is None:
        pytest.skip("the playwright package is not installed")


@pytest.fixture(scope="session")
def e2e_db(e2e_ready: None, tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> str:
    from allegedly.ingest import ingest
    from allegedly.store import Store

    path = tmp_path_factory.mktemp("e2e") / "sample.db"
    with Store.open(path) as store:
        report = ingest([str(SAMPLE)], store, pipeline)
    assert len(report.stored) == 6
    return str(path)


@pytest.fixture(scope="session")
def server_url(e2e_db: str) -> Iterator[str]:
    import uvicorn

    from allegedly.present.web import create_app

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))  # a free port, held from here on: no race with other programs
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(e2e_db), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="session")
def browser(e2e_ready: None) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield launched
        finally:
            launched.close()


class Watch:
    """What a page did that it must not: dialogs (alert, confirm), script errors, off-machine requests."""

    def __init__(self) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.outside: list[str] = []


@pytest.fixture
def page(browser: Any, server_url: str) -> Iterator[tuple[Any, Watch]]:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    watch = Watch()

    def only_loopback(route: Any) -> None:
        if route.request.url.startswith(server_url):
            route.continue_()
        else:
            watch.outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_loopback)
    tab = context.new_page()

    def on_dialog(dialog: Any) -> None:
        watch.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    tab.on("dialog", on_dialog)
    tab.on("pageerror", lambda error: watch.errors.append(str(error)))
    try:
        yield tab, watch
    finally:
        context.close()
    assert not watch.dialogs, f"a page opened a dialog: {watch.dialogs}"
    assert not watch.errors, f"a page raised script errors: {watch.errors}"
    assert not watch.outside, f"a page asked for something off this machine: {watch.outside}"


@pytest.fixture
def screenshots() -> Path:
    """Where the run's screenshots go, for a person to review (build/ is ignored by git)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
