"""Writes a fault test sends through the site: each prepares a signed-in browser and says if it was saved."""
import hashlib
import io

from sqlalchemy import func, select

from brain.accounts.models import User
from brain.archive.models import Material, StoredFile
from brain.audit import AuditEvent
from brain.community.models import Post, Thread
from brain.database import utcnow
from brain.extensions import db

from tests.conftest import PASSWORD, enrol_two_factor, login

TEXT = b"Notes from the Lisbon study visit to a housing cooperative."


def make_user(role: str, locale: str) -> User:
    user = User(email=f"{role}-{locale}@example.org", display_name=f"{role.title()} {locale}", role=role,
                is_enabled=True, email_verified_at=utcnow(), locale=locale)
    user.set_password(PASSWORD)
    db.session.add(user)
    db.session.commit()
    if user.needs_two_factor:
        enrol_two_factor(user)
    return user


def counts() -> dict[str, int]:
    return {model.__name__: db.session.scalar(select(func.count()).select_from(model))
            for model in (Material, StoredFile, AuditEvent, Post, Thread)}


def metadata(edition_id: int, **fields) -> dict:
    return {"description": "", "kind": "reading", "language": "en", "edition": edition_id, "session": 0,
            "authors": "", "visibility": "public", **fields}


def link_request(app, locale):
    from brain.archive.queries import edition_by_slug

    admin = make_user("admin", locale)
    browser = app.test_client()
    browser.environ_base["HTTP_ACCEPT_LANGUAGE"] = locale
    login(browser, admin)  # signing in writes last_login_at: done before the lock
    edition_id = edition_by_slug("2021-lisbon").id

    def send():
        return browser.post("/admin/materials/link", data=metadata(
            edition_id, title="Recording of the Lisbon closing", kind="recording",
            url="https://example.org/lisbon-closing"))

    def saved() -> bool:
        return db.session.scalar(select(Material.id).where(Material.title == "Recording of the Lisbon closing")) is not None

    return send, saved


def upload_request(app, locale):
    from brain.archive.queries import edition_by_slug

    admin = make_user("admin", locale)
    browser = app.test_client()
    browser.environ_base["HTTP_ACCEPT_LANGUAGE"] = locale
    login(browser, admin)
    edition_id = edition_by_slug("2021-lisbon").id

    def send():
        return browser.post("/admin/materials/upload", data=metadata(
            edition_id, title="Study visit notes", files=[(io.BytesIO(TEXT), "study-visit.txt")]),
            content_type="multipart/form-data")

    def saved() -> bool:
        return db.session.scalar(select(StoredFile.id).where(StoredFile.sha256 == hashlib.sha256(TEXT).hexdigest())) \
            is not None and db.session.scalar(select(Material.id).where(Material.title == "Study visit notes")) is not None

    return send, saved


def reply_request(app, locale):
    from brain.community import services
    from brain.community.queries import category_by_slug

    member = make_user("member", locale)
    thread = services.start_thread(member, category_by_slug("general"), "Housing cooperatives in Lisbon",
                                   "Who visited the housing cooperative?", "en")
    thread_id = thread.id
    browser = app.test_client()
    browser.environ_base["HTTP_ACCEPT_LANGUAGE"] = locale
    login(browser, member)

    def send():
        return browser.post(f"/threads/{thread_id}/reply", data={
            "body": "I did: they pool savings to build.", "submission_key": "fault-test-reply-1"})

    def saved() -> bool:
        return db.session.scalar(select(Post.id).where(Post.submission_key == "fault-test-reply-1")) is not None

    return send, saved


CASES = {
    "admin adds a link (en)": (link_request, "en", "Temporarily unavailable"),
    "admin uploads a file (fr)": (upload_request, "fr", "Temporairement indisponible"),
    "member replies (pt)": (reply_request, "pt", "Temporariamente indisponível"),
}
