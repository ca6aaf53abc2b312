"""PostgreSQL stopped under a running app: 503 pages meanwhile, nothing half-written, recovery on its own.

`make test-postgres` runs the suite on a throwaway cluster and gives the tests a control script
(PGBRAIN_CTL) to stop and start it. The server stays down for ten seconds; every request in that
time gets the "Temporarily unavailable" page in the reader's language, and once the server is
back the same app, without a restart, serves pages again and the refused write goes through.
"""
import os
import subprocess
import time

import pytest

from brain.extensions import db

from tests.conftest import on_postgres
from tests.faults.helpers import files_under
from tests.faults.writes import CASES, counts

pytestmark = on_postgres
DOWN_FOR_SECONDS = 10


def _cluster(action: str) -> None:
    subprocess.run([os.environ["PGBRAIN_CTL"], action], check=True, timeout=60)


class Server:
    """The throwaway PostgreSQL server, which the test may stop and start."""

    running = True

    def stop(self) -> None:
        _cluster("stop")
        self.running = False

    def start(self) -> None:
        _cluster("start")
        self.running = True


@pytest.fixture
def server():
    """The server; started again at the end even when the test fails."""
    control = Server()
    yield control
    if not control.running:
        control.start()


@pytest.mark.parametrize("case", ["member replies (pt)", "admin uploads a file (fr)"])
def test_the_database_going_away_gives_503s_and_the_app_recovers_by_itself(app, case, server):
    prepare, locale, title = CASES[case]
    send, saved = prepare(app, locale)
    reader = app.test_client()
    upload_root = app.config["UPLOAD_DIR"]
    before, before_files = counts(), files_under(upload_root)
    db.session.remove()

    server.stop()
    stopped_at = time.monotonic()
    pages, writes = [], []
    while time.monotonic() - stopped_at < DOWN_FOR_SECONDS:
        pages.append(reader.get("/editions/2021-lisbon"))
        pages.append(reader.get("/healthz"))
        writes.append(send())
        time.sleep(1)
    server.start()

    for response in pages + writes:
        html = response.get_data(as_text=True)
        assert response.status_code == 503, html[:500]
        assert "Traceback" not in html
    assert f"<h1>{title} <span" in writes[0].get_data(as_text=True)
    assert "Temporarily unavailable" in pages[0].get_data(as_text=True)
    assert pages[1].get_json()["database"] == "unavailable"
    assert files_under(upload_root) == before_files

    # Back without restarting the app: pages, then the same write, which was not half-done before.
    assert reader.get("/editions/2021-lisbon").status_code == 200
    assert reader.get("/healthz").status_code == 200
    db.session.remove()
    assert counts() == before
    assert not saved()
    response = send()
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    db.session.remove()
    assert saved()
