"""Browser journeys: the app served on 127.0.0.1 by a real server, driven by Debian's Chromium."""
import logging
import os
import re
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from brain.extensions import db

CHROMIUM = "/usr/bin/chromium"
OUTPUT = Path(__file__).resolve().parents[2] / "test-output" / "e2e"

if not os.path.exists(CHROMIUM):
    if os.environ.get("CI"):
        raise RuntimeError("Chromium is missing: scripts/install-browser.sh should have installed it")
    pytest.skip("Debian's chromium is not installed (scripts/install-browser.sh)", allow_module_level=True)


class MailBox(logging.Handler):
    """Keep the mails the app writes to its log, as a person would read the terminal."""

    def __init__(self):
        super().__init__(logging.INFO)
        self.bodies: list[str] = []

    def emit(self, record):
        if record.name == "brain.mail" and record.args and len(record.args) == 3:
            self.bodies.append(record.args[2])

    def links(self, fragment: str) -> list[str]:
        return [link for body in self.bodies for link in re.findall(r"https?://\S+", body) if fragment in link]


@pytest.fixture(scope="session")
def served(seeded_template, tmp_path_factory):
    """The demo archive served on a free port of 127.0.0.1 for the whole browser session."""
    from brain.archive.demo import load_demo
    from tests.conftest import build_app

    app = build_app(seeded_template, tmp_path_factory.mktemp("e2e") / "instance", WTF_CSRF_ENABLED=True)
    mailbox = MailBox()
    logging.getLogger("brain.mail").addHandler(mailbox)
    logging.getLogger("brain.mail").setLevel(logging.INFO)
    with app.app_context():
        load_demo()
        from brain.accounts.services import create_admin

        create_admin("admin@example.org", "admin passphrase 2021", "Site Admin")
        db.session.remove()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    app.config["BASE_URL"] = f"http://127.0.0.1:{server.server_port}"
    yield {"app": app, "url": f"http://127.0.0.1:{server.server_port}", "mailbox": mailbox}
    server.shutdown()
    logging.getLogger("brain.mail").removeHandler(mailbox)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield chromium
        chromium.close()


class Journey:
    """A person's path through the site: each step is checked and photographed."""

    def __init__(self, page, base_url: str, folder: Path):
        self.page = page
        self.base_url = base_url
        self.folder = folder
        self.count = 0
        folder.mkdir(parents=True, exist_ok=True)

    def open(self, path: str) -> None:
        self.page.goto(self.base_url + path)

    def step(self, name: str, expected_text: str | None = None) -> None:
        """Photograph the page and check that it shows what the person expects."""
        self.count += 1
        self.page.screenshot(path=str(self.folder / f"{self.count:02d}-{name}.png"), full_page=True)
        if expected_text is not None:
            body = self.page.inner_text("body")
            assert expected_text in body, (
                f"step {name!r} on {self.page.url}: expected to see {expected_text!r}; the page says: {body[:400]!r}")


@pytest.fixture
def journey(browser, served, request):
    """A fresh browser window for one journey, with screenshots under test-output/e2e/<test>/."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield Journey(page, served["url"], OUTPUT / request.node.name)
    context.close()


@pytest.fixture
def new_journey(browser, served, request):
    """More windows in one test, for a second person."""
    contexts = []

    def make(name: str) -> Journey:
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        return Journey(page, served["url"], OUTPUT / request.node.name / name)

    yield make
    for context in contexts:
        context.close()
