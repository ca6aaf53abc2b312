"""Fixtures: an app on temporary folders with a real SQLite file and Whoosh index, clients per role."""
import io
import shutil
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from flask_migrate import upgrade

from brain import create_app
from brain.extensions import db
from config import TestingConfig

from tests import files

PASSWORD = "correct horse battery"


def _settings(root: Path) -> dict:
    return {
        "INSTANCE_DIR": str(root),
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{root / 'brain.sqlite3'}",
        "SEARCH_INDEX_DIR": str(root / "search-index"),
        "UPLOAD_DIR": str(root / "uploads"),
    }


class IsolatedClient(FlaskClient):
    """A test client whose every request gets a fresh app context, as under a real server.

    Without this, requests would share the test's app context: its `g` (the signed-in user,
    the chosen locale) and its database session would leak from one request to the next.
    """

    def open(self, *args, **kwargs):
        with self.application.app_context():
            return super().open(*args, **kwargs)


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory) -> Path:
    """Migrate and seed one database and index, copied for each test (migrations run once)."""
    root = tmp_path_factory.mktemp("template")
    app = create_app(TestingConfig, **_settings(root))
    with app.app_context():
        upgrade()
        from brain.archive.demo import seed_editions, seed_topics
        from brain.search.glossary import seed_glossary
        from brain.search.reindex import rebuild

        from brain.community.services import ensure_categories

        seed_editions()
        seed_topics()
        seed_glossary()
        ensure_categories()
        rebuild()
        db.engine.dispose()
    return root


def build_app(template: Path, root: Path, **overrides):
    """Copy the seeded template into root and build an app on it."""
    shutil.copytree(template, root, symlinks=True)
    app = create_app(TestingConfig, **{**_settings(root), **overrides})
    app.test_client_class = IsolatedClient
    return app


@pytest.fixture
def app(seeded_template, tmp_path):
    """An app with its own copy of the seeded database, index and upload folder."""
    app = build_app(seeded_template, tmp_path / "instance")
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()
        app.extensions["brain_search"].index.close()


@pytest.fixture
def mails(caplog):
    """The mails the app wrote to its log (no SMTP server in tests): a list of (to, subject, body)."""
    import re

    caplog.set_level("INFO", logger="brain.mail")

    def read():
        found = []
        for record in caplog.records:
            if record.name == "brain.mail" and record.args and len(record.args) == 3:
                found.append(record.args)
        return found

    def links():
        return [link for _, _, body in read() for link in re.findall(r"https?://[^/\s]+(/\S+)", body)]

    read.links = links
    return read


@pytest.fixture
def client(app):
    """A visitor's browser."""
    return app.test_client()


@pytest.fixture
def runner(app):
    """The `flask` command line."""
    return app.test_cli_runner()


@pytest.fixture
def make_user(app):
    """Create accounts: make_user(role="member", verified=True, enabled=True, email=…)."""
    from brain.accounts.models import User
    from brain.database import utcnow

    counter = {"n": 0}

    def make(role: str = "member", verified: bool = True, enabled: bool = True, email: str | None = None,
             name: str | None = None) -> User:
        counter["n"] += 1
        user = User(email=email or f"{role}{counter['n']}@example.org", display_name=name or f"{role.title()} {counter['n']}",
                    role=role, is_enabled=enabled, email_verified_at=utcnow() if verified else None)
        user.set_password(PASSWORD)
        db.session.add(user)
        db.session.commit()
        return user

    return make


def login(client, user) -> None:
    """Sign a test client in through the real sign-in form."""
    response = client.post("/login", data={"email": user.email, "password": PASSWORD})
    assert response.status_code == 302, response.get_data(as_text=True)


@pytest.fixture
def admin(make_user):
    return make_user("admin")


@pytest.fixture
def admin_client(app, admin):
    """A signed-in admin's browser."""
    browser = app.test_client()
    login(browser, admin)
    return browser


@pytest.fixture
def member(make_user):
    return make_user("member")


@pytest.fixture
def member_client(app, member):
    """A signed-in, verified member's browser."""
    browser = app.test_client()
    login(browser, member)
    return browser


@pytest.fixture
def edition(app):
    """The 12th edition, Lisbon 2021."""
    from brain.archive.queries import edition_by_slug

    return edition_by_slug("2021-lisbon")


@pytest.fixture
def make_material(app, admin):
    """Add materials through the real service: make_material(text=…, language=…, fmt="pdf"|"txt"|"link", …)."""
    from brain.archive import queries, services

    def make(title: str = "A reading on cooperatives", text: str = "Cooperatives create decent work.",
             language: str = "en", kind: str = "reading", edition: str = "2021-lisbon", visibility: str = "public",
             fmt: str = "txt", topics: tuple = (), group: str | None = None, url: str = "", description: str = ""):
        data = services.MaterialData(
            title=title, edition=queries.edition_by_slug(edition), kind=kind, language=language,
            visibility=visibility, topics=[queries.topic_by_slug(slug) for slug in topics],
            translation_group=group, url=url, description=description,
        )
        if fmt == "link":
            return services.add_material(data, admin)
        content = {"txt": text.encode(), "pdf": files.pdf_bytes(text, title), "docx": files.docx_bytes(text)}[fmt]
        return services.add_material(data, admin, io.BytesIO(content), f"{title[:20]}.{fmt}")

    return make
