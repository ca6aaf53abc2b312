"""The database held by another writer beyond the busy timeout: a 503 in the reader's language, nothing half-done.

The app is built with SQLITE_BUSY_TIMEOUT_MS=200. Another sqlite3 connection takes the write lock
(`BEGIN EXCLUSIVE`, which in WAL mode still lets readers read) and keeps it; a write through the
site must then give up with the "Temporarily unavailable" page in the reader's language, leave no
row, no stored file and no index document behind, and succeed when the same request is sent again
after the lock is released.
"""
import sqlite3
import time
from contextlib import contextmanager

import pytest

from brain.extensions import db

from tests.conftest import build_app, on_sqlite
from tests.faults.helpers import files_under
from tests.faults.writes import CASES, counts

pytestmark = on_sqlite

BUSY_TIMEOUT_MS = 200


@pytest.fixture
def locked_app(seeded_template, tmp_path):
    """An app whose SQLite connections give up after 200 ms of waiting for a lock."""
    app = build_app(seeded_template, tmp_path / "instance", SQLITE_BUSY_TIMEOUT_MS=BUSY_TIMEOUT_MS)
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()
        app.extensions["brain_search"].index.close()


@contextmanager
def write_lock(app):
    """Hold SQLite's write lock from another connection, as another process would."""
    connection = sqlite3.connect(db.engine.url.database, timeout=0, isolation_level=None)
    try:
        connection.execute("BEGIN EXCLUSIVE")
        yield
    finally:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        connection.close()


@pytest.mark.parametrize("case", list(CASES))
def test_a_write_blocked_beyond_the_busy_timeout_gets_a_503_and_leaves_nothing(locked_app, case):
    prepare, locale, title = CASES[case]
    send, saved = prepare(locked_app, locale)
    upload_root = locked_app.config["UPLOAD_DIR"]
    index = locked_app.extensions["brain_search"].index
    before, before_files, before_documents = counts(), files_under(upload_root), index.stored_ids()

    with write_lock(locked_app):
        started = time.monotonic()
        response = send()
        waited = time.monotonic() - started
        reader = locked_app.test_client().get("/")  # readers are not blocked by a writer in WAL mode

    assert response.status_code == 503
    assert response.headers.get("Retry-After") == "5"
    html = response.get_data(as_text=True)
    assert f'<html lang="{locale}"' in html
    assert f"<h1>{title} <span" in html
    if locale == "en":
        assert "Nothing was saved; please try again in a moment." in html
    assert "Traceback" not in html
    # It did wait for the lock, for about its busy timeout rather than the 5 s default.
    assert BUSY_TIMEOUT_MS / 1000 <= waited < 3, f"waited {waited:.2f}s with a {BUSY_TIMEOUT_MS} ms busy timeout"
    assert reader.status_code == 200

    # Nothing half-done: no row, no stored file, no search document.
    db.session.expire_all()
    assert counts() == before
    assert not saved()
    assert files_under(upload_root) == before_files
    assert index.stored_ids() == before_documents

    # Once the lock is gone, the very same request goes through.
    response = send()
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    db.session.expire_all()
    assert saved()
    assert index.stored_ids() - before_documents
