"""Fixtures: an app on temporary folders with a real database and Whoosh index, clients per role.

The database is a SQLite file, or a PostgreSQL database when BRAIN_TEST_POSTGRES_URL names a
server (`make test-postgres` starts a throwaway one): each test then gets its own database,
copied from a migrated and seeded template.
"""
import hashlib
import io
import os
import re
import shutil
import weakref
from pathlib import Path

import pytest
import sqlalchemy
from flask.testing import FlaskClient
from flask_migrate import upgrade

from brain import create_app
from brain.extensions import db
from config import TestingConfig

from tests import files

PASSWORD = "correct horse battery"
#: A PostgreSQL server's URL (any database on it), or None to test on SQLite files.
POSTGRES_SERVER = os.environ.get("BRAIN_TEST_POSTGRES_URL")
TEMPLATE_DATABASE = "brain_template"

on_postgres = pytest.mark.skipif(not POSTGRES_SERVER, reason="needs PostgreSQL: run `make test-postgres`")
on_sqlite = pytest.mark.skipif(bool(POSTGRES_SERVER), reason="about SQLite itself")
#: The search engines the seeded template holds a complete index for (tests/search runs each).
SEARCH_BACKENDS = ("whoosh", "postgres") if POSTGRES_SERVER else ("whoosh",)


def postgres_url(database: str) -> str:
    """The URL of one database on the test server."""
    return f"{POSTGRES_SERVER.rsplit('/', 1)[0]}/{database}"


def _server_execute(statement: str) -> None:
    """Run one statement outside any transaction (CREATE/DROP DATABASE) on the test server."""
    engine = sqlalchemy.create_engine(POSTGRES_SERVER, isolation_level="AUTOCOMMIT", poolclass=sqlalchemy.NullPool)
    with engine.connect() as connection:
        connection.exec_driver_sql(statement)
    engine.dispose()


def _database_name(root: Path) -> str:
    return "test_" + hashlib.sha1(str(root).encode()).hexdigest()[:20]


def _settings(root: Path, database: str | None = None) -> dict:
    url = postgres_url(database or _database_name(root)) if POSTGRES_SERVER else f"sqlite:///{root / 'brain.sqlite3'}"
    return {
        "INSTANCE_DIR": str(root),
        "SQLALCHEMY_DATABASE_URI": url,
        "SEARCH_INDEX_DIR": str(root / "search-index"),
        "UPLOAD_DIR": str(root / "uploads"),
    }


def drop_database(app) -> None:
    """Remove a test's PostgreSQL database (a SQLite file goes with its temporary folder)."""
    if POSTGRES_SERVER and app.config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql"):
        name = app.config["SQLALCHEMY_DATABASE_URI"].rsplit("/", 1)[1]
        _server_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


#: The hidden field every form of the site carries (the language picker is on every page).
CSRF_FIELD = re.compile(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"')


class IsolatedClient(FlaskClient):
    """A test client whose every request gets a fresh app context, as under a real server.

    Without this, requests would share the test's app context: its `g` (the signed-in user,
    the chosen locale) and its database session would leak from one request to the next.
    CSRF protection stays on: like a browser, the client reads the form's token from a page
    before it posts, unless the test posts with `csrf=False` to check that a bare POST is refused.
    """

    def open(self, *args, **kwargs):
        send_token = kwargs.pop("csrf", True)
        method = (kwargs.get("method") or "GET").upper()
        if send_token and method not in ("GET", "HEAD", "OPTIONS") and self.application.config["WTF_CSRF_ENABLED"]:
            data = kwargs.get("data")
            if data is None or isinstance(data, dict):
                if "csrf_token" not in (data or {}):
                    kwargs["data"] = {**(data or {}), "csrf_token": self.form_token()}
        with self.application.app_context():
            return super().open(*args, **kwargs)

    def form_token(self) -> str:
        """Read the CSRF token from a page's form, as the browser that shows the form would.

        The token lasts as long as the session cookie, so it is read once per session, as a
        browser keeps a form open: reading a page for each post would eat the flashed messages.
        """
        if getattr(self, "_form_token", None) is None or self.get_cookie("session") is None:
            with self.application.app_context():
                page = super().open("/privacy", method="GET").get_data(as_text=True)
            self._form_token = CSRF_FIELD.search(page).group(1)
        return self._form_token


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory) -> Path:
    """Migrate and seed one database and index, copied for each test (migrations run once)."""
    root = tmp_path_factory.mktemp("template")
    if POSTGRES_SERVER:
        _server_execute(f'DROP DATABASE IF EXISTS "{TEMPLATE_DATABASE}" WITH (FORCE)')
        _server_execute(f'CREATE DATABASE "{TEMPLATE_DATABASE}"')
    app = create_app(TestingConfig, **_settings(root, TEMPLATE_DATABASE))
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
        db.session.remove()
        db.engine.dispose()
    for backend in SEARCH_BACKENDS:
        search_app = create_app(TestingConfig, **_settings(root, TEMPLATE_DATABASE), SEARCH_BACKEND=backend)
        with search_app.app_context():
            rebuild()
            db.session.remove()
            db.engine.dispose()
    return root


#: Apps still alive at the end of the session (the served e2e app, say); weak so that others can go.
_BUILT_APPS = weakref.WeakSet()


@pytest.fixture(scope="session", autouse=True)
def _close_every_app_at_the_end():
    """Close the connection pools of every app the tests built, including session-wide ones."""
    yield
    for built in list(_BUILT_APPS):
        with built.app_context():
            db.engine.dispose()


def build_app(template: Path, root: Path, **overrides):
    """Copy the seeded template (folders and database) into root and build an app on it."""
    shutil.copytree(template, root, symlinks=True)
    if POSTGRES_SERVER:
        _server_execute(f'CREATE DATABASE "{_database_name(root)}" TEMPLATE "{TEMPLATE_DATABASE}" STRATEGY FILE_COPY')
    app = create_app(TestingConfig, **{**_settings(root), **overrides})
    app.test_client_class = IsolatedClient
    _BUILT_APPS.add(app)
    return app


@pytest.fixture
def search_backend() -> str | None:
    """The search engine to use, or None for the configured one (tests/search runs every engine)."""
    return None


@pytest.fixture
def app(seeded_template, tmp_path, search_backend):
    """An app with its own copy of the seeded database, index and upload folder."""
    overrides = {"SEARCH_BACKEND": search_backend} if search_backend else {}
    app = build_app(seeded_template, tmp_path / "instance", **overrides)
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()
        app.extensions["brain_search"].index.close()
    drop_database(app)


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
             name: str | None = None, two_factor: bool | None = None) -> User:
        """Admins and moderators get two-factor sign-in, as their role requires, unless two_factor=False."""
        counter["n"] += 1
        user = User(email=email or f"{role}{counter['n']}@example.org", display_name=name or f"{role.title()} {counter['n']}",
                    role=role, is_enabled=enabled, email_verified_at=utcnow() if verified else None)
        user.set_password(PASSWORD)
        db.session.add(user)
        db.session.commit()
        if two_factor if two_factor is not None else user.needs_two_factor:
            enrol_two_factor(user)
        return user

    return make


#: The plain recovery codes of the accounts enrolled by enrol_two_factor, by account id.
RECOVERY_CODES: dict[int, list[str]] = {}


def enrol_two_factor(user) -> str:
    """Turn on two-factor sign-in through the real service, as the app's first code would; return the secret."""
    import pyotp

    from brain.accounts import two_factor

    secret = two_factor.start_enrolment(user)
    RECOVERY_CODES[user.id] = two_factor.confirm_enrolment(user, pyotp.TOTP(secret).now())
    user.test_totp_secret = secret
    return secret


def fresh_code(user) -> str:
    """A code the account has not used yet: the next authenticator code, else a recovery code."""
    import time

    import pyotp

    from brain.accounts.models import User

    last_step = db.session.scalar(sqlalchemy.select(User.totp_last_step).where(User.id == user.id))
    totp = pyotp.TOTP(user.test_totp_secret)
    now_step = int(time.time() // totp.interval)
    step = now_step if last_step is None else max(now_step, last_step + 1)
    if step <= now_step + 1:
        return totp.generate_otp(step)
    return RECOVERY_CODES[user.id].pop()


def login(client, user) -> None:
    """Sign a test client in through the real sign-in form (and its code step when the account has one)."""
    response = client.post("/login", data={"email": user.email, "password": PASSWORD})
    if response.status_code == 302 and "/login/code" in response.headers["Location"]:
        response = client.post("/login/code", data={"code": fresh_code(user)})
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


@pytest.fixture(scope="session")
def demo_apps(seeded_template, tmp_path_factory):
    """An app per engine holding the whole demo archive, loaded once per session on first use."""
    from tests.search.relevance import metrics

    apps = {}

    def app_for(backend: str):
        if backend not in apps:
            app = build_app(seeded_template, tmp_path_factory.mktemp(f"demo-{backend}") / "instance",
                            SEARCH_BACKEND=backend)
            with app.app_context():
                metrics.load_demo_archive()
                db.session.remove()
            apps[backend] = app
        return apps[backend]

    yield app_for
    for app in apps.values():
        with app.app_context():
            db.session.remove()
            db.engine.dispose()
            app.extensions["brain_search"].index.close()
        drop_database(app)
