"""The database held by another writer beyond the busy timeout: a 503 in the reader's language, nothing half-done.

The app is built with SQLITE_BUSY_TIMEOUT_MS=200. Another sqlite3 connection takes the write lock
(`BEGIN EXCLUSIVE`, which in WAL mode still lets readers read) and keeps it; a write through the
site must then give up with the "Temporarily unavailable" page in the reader's language, leave no
row, no stored file and no index document behind, and succeed when the same request is sent again
after the lock is released.
"""
import hashlib
import io
import sqlite3
import time
from contextlib import contextmanager

import pytest
from sqlalchemy import func, select

from brain.accounts.models import User
from brain.archive.models import Material, StoredFile
from brain.audit import AuditEvent
from brain.community.models import Post, Thread
from brain.database import utcnow
from brain.extensions import db

from tests.conftest import PASSWORD, build_app, login
from tests.faults.helpers import files_under

BUSY_TIMEOUT_MS = 200
TEXT = b"Notes from the Lisbon study visit to a housing cooperative."


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


def _user(role: str, locale: str) -> User:
    user = User(email=f"{role}-{locale}@example.org", display_name=f"{role.title()} {locale}", role=role,
                is_enabled=True, email_verified_at=utcnow(), locale=locale)
    user.set_password(PASSWORD)
    db.session.add(user)
    db.session.commit()
    return user


def _counts() -> dict[str, int]:
    return {model.__name__: db.session.scalar(select(func.count()).select_from(model))
            for model in (Material, StoredFile, AuditEvent, Post, Thread)}


def _metadata(edition_id: int, **fields) -> dict:
    return {"description": "", "kind": "reading", "language": "en", "edition": edition_id, "session": 0,
            "authors": "", "visibility": "public", **fields}


def _link_request(app, locale):
    from brain.archive.queries import edition_by_slug

    admin = _user("admin", locale)
    browser = app.test_client()
    login(browser, admin)  # signing in writes last_login_at: done before the lock
    edition_id = edition_by_slug("2021-lisbon").id

    def send():
        return browser.post("/admin/materials/link", data=_metadata(
            edition_id, title="Recording of the Lisbon closing", kind="recording",
            url="https://example.org/lisbon-closing"))

    def saved() -> bool:
        return db.session.scalar(select(Material.id).where(Material.title == "Recording of the Lisbon closing")) is not None

    return send, saved


def _upload_request(app, locale):
    from brain.archive.queries import edition_by_slug

    admin = _user("admin", locale)
    browser = app.test_client()
    login(browser, admin)
    edition_id = edition_by_slug("2021-lisbon").id

    def send():
        return browser.post("/admin/materials/upload", data=_metadata(
            edition_id, title="Study visit notes", files=[(io.BytesIO(TEXT), "study-visit.txt")]),
            content_type="multipart/form-data")

    def saved() -> bool:
        return db.session.scalar(select(StoredFile.id).where(StoredFile.sha256 == hashlib.sha256(TEXT).hexdigest())) \
            is not None and db.session.scalar(select(Material.id).where(Material.title == "Study visit notes")) is not None

    return send, saved


def _reply_request(app, locale):
    from brain.community import services
    from brain.community.queries import category_by_slug

    member = _user("member", locale)
    thread = services.start_thread(member, category_by_slug("general"), "Housing cooperatives in Lisbon",
                                   "Who visited the housing cooperative?", "en")
    thread_id = thread.id
    browser = app.test_client()
    login(browser, member)

    def send():
        return browser.post(f"/threads/{thread_id}/reply", data={
            "body": "I did: they pool savings to build.", "submission_key": "fault-test-reply-1"})

    def saved() -> bool:
        return db.session.scalar(select(Post.id).where(Post.submission_key == "fault-test-reply-1")) is not None

    return send, saved


CASES = {
    "admin adds a link (en)": (_link_request, "en", "Temporarily unavailable"),
    "admin uploads a file (fr)": (_upload_request, "fr", "Temporairement indisponible"),
    "member replies (pt)": (_reply_request, "pt", "Temporariamente indisponível"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_write_blocked_beyond_the_busy_timeout_gets_a_503_and_leaves_nothing(locked_app, case):
    prepare, locale, title = CASES[case]
    send, saved = prepare(locked_app, locale)
    upload_root = locked_app.config["UPLOAD_DIR"]
    index = locked_app.extensions["brain_search"].index
    before, before_files, before_documents = _counts(), files_under(upload_root), index.stored_ids()

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
    assert _counts() == before
    assert not saved()
    assert files_under(upload_root) == before_files
    assert index.stored_ids() == before_documents

    # Once the lock is gone, the very same request goes through.
    response = send()
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    db.session.expire_all()
    assert saved()
    assert index.stored_ids() - before_documents
