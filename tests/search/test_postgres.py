"""PostgreSQL full-text search: the index is part of each transaction, and the database does the language work."""
import io

import pytest
import sqlalchemy
from flask_migrate import downgrade, upgrade
from sqlalchemy import event, text
from sqlalchemy.orm import Session

from brain import create_app
from brain.archive import services
from brain.extensions import db
from config import TestingConfig
from tests.conftest import _server_execute, postgres_url
from tests.search.conftest import postgres_only

pytestmark = postgres_only("its tables, configurations and transactions")


def search_row(app, key: str):
    """Read a search row from a connection of its own, as another app host would."""
    engine = sqlalchemy.create_engine(app.config["SQLALCHEMY_DATABASE_URI"], poolclass=sqlalchemy.NullPool)
    with engine.connect() as connection:
        row = connection.execute(text("SELECT key, title_en, document::text FROM search_documents WHERE key = :key"),
                                 {"key": key}).one_or_none()
    engine.dispose()
    return row


def test_a_commit_is_searchable_at_once_from_another_connection(app, make_material, titles, client):
    material = make_material(title="Cooperatives of Timbuktu", text="Salt caravans and cooperatives.")
    row = search_row(app, f"material:{material.id}")
    assert row.title_en == "Cooperatives of Timbuktu" and "'timbuktu'" in row.document
    assert titles(client.get("/search?q=timbuktu")) == ["Cooperatives of Timbuktu"]


def test_a_transaction_that_fails_after_the_search_write_leaves_no_search_row(app, make_material, edition, admin):
    def refuse(session):
        raise RuntimeError("the commit is refused after the search rows were written")

    data = services.MaterialData(title="Never committed", edition=edition, kind="reading", language="en")
    event.listen(Session, "before_commit", refuse)  # runs after sync's listener, which was installed first
    try:
        with pytest.raises(RuntimeError):
            services.add_material(data, admin, io.BytesIO(b"Never committed text"), "never.txt")
    finally:
        event.remove(Session, "before_commit", refuse)
    db.session.rollback()
    engine = sqlalchemy.create_engine(app.config["SQLALCHEMY_DATABASE_URI"], poolclass=sqlalchemy.NullPool)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM search_documents WHERE title_en = 'Never committed'")
                                  ).scalar() == 0
        assert connection.execute(text("SELECT count(*) FROM materials WHERE title = 'Never committed'")).scalar() == 0
    engine.dispose()


def test_the_search_row_follows_edit_and_delete_in_the_same_transaction(app, make_material, admin):
    material = make_material(title="Mutual insurance in Ghana", text="Accra")
    data = services.MaterialData(title="Mutual insurance in Kumasi", edition=material.edition, kind="reading",
                                 language="en")
    services.update_material(material, data, admin)
    assert search_row(app, f"material:{material.id}").title_en == "Mutual insurance in Kumasi"
    services.delete_material(material, admin)
    assert search_row(app, f"material:{material.id}") is None


def test_reindex_check_agrees_after_ordinary_writes(runner, make_material, admin, member_client):
    material = make_material(title="Checked reading", text="okavango")
    services.update_material(material, services.MaterialData(title="Checked again", edition=material.edition,
                                                             kind="reading", language="en"), admin)
    make_material(title="Members reading", visibility="members")
    output = runner.invoke(args=["brain", "reindex", "--check"]).output
    assert "index status: ok" in output and "agree" in output


@pytest.mark.parametrize("language, title, queries", [
    ("fr", "Les sociétés coopératives des personnes âgées", ["societe", "sociétés", "cooperative", "agees", "AGÉE"]),
    ("es", "Economía solidaria y cooperativas de vivienda", ["economia", "solidarias", "cooperativa", "viviendas"]),
    ("pt", "Cooperativas de catadores e economia solidária", ["cooperativa", "catador", "solidaria", "economias"]),
    ("en", "Housing cooperatives for the elderly", ["cooperative", "housings", "elderly", "COOPERATIVES"]),
])
def test_accents_are_folded_before_each_language_stems(make_material, titles, client, language, title, queries):
    make_material(title=title, language=language, text=title)
    for query in queries:
        assert title in titles(client.get("/search", query_string={"q": query, "xlang": "0"})), query


def test_snippets_are_escaped_before_highlighting(make_material, client):
    make_material(title="Scripted notes", text="<script>alert('x')</script> <b>bold</b> cooperatives & friends")
    html = client.get("/search?q=cooperatives").get_data(as_text=True)
    assert "<script>alert" not in html and "<b>bold</b>" not in html
    assert "&lt;b&gt;bold&lt;/b&gt; <mark>cooperatives</mark> &amp; friends" in html
    marked = client.get("/search?q=scripted").get_data(as_text=True)
    assert "<mark>script</mark>&gt;alert" in marked and "<script>" not in marked


def test_new_words_are_suggested_at_once_and_members_words_only_to_members(make_material, client, member_client):
    make_material(title="Ethnobotany", text="Ethnobotanical gardens")
    make_material(title="Secret", text="Quetzalcoatlus", visibility="members")
    def offered(html: str, word: str) -> bool:
        """Suggested ("Did you mean") or, when nothing else matched, searched instead."""
        return f">{word}</a>" in html or f"<strong>{word}</strong>" in html

    assert offered(client.get("/search?q=ethnobotanicl").get_data(as_text=True), "ethnobotanical")
    assert not offered(client.get("/search?q=quetzalcoatlas").get_data(as_text=True), "quetzalcoatlus")
    assert offered(member_client.get("/search?q=quetzalcoatlas").get_data(as_text=True), "quetzalcoatlus")


def test_missing_search_tables_give_a_notice_and_the_site_stays_up(app, client, runner):
    _execute(app, "ALTER TABLE search_documents RENAME TO search_documents_away")
    try:
        response = client.get("/search?q=economy")
        assert response.status_code == 200
        assert "Search is unavailable right now" in response.get_data(as_text=True)
        assert client.get("/").status_code == 200
        assert "index status: missing" in runner.invoke(args=["brain", "reindex", "--check"]).output
    finally:
        _execute(app, "ALTER TABLE search_documents_away RENAME TO search_documents")
    assert "index status: ok" in runner.invoke(args=["brain", "reindex", "--check"]).output


def _execute(app, statement: str) -> None:
    engine = sqlalchemy.create_engine(app.config["SQLALCHEMY_DATABASE_URI"], poolclass=sqlalchemy.NullPool)
    with engine.begin() as connection:
        connection.execute(text(statement))
    engine.dispose()


def test_the_migration_goes_down_and_up_again(tmp_path, search_backend):
    """Downgrading removes the configurations and extensions; upgrading brings them back."""
    _server_execute('CREATE DATABASE "search_migration_test"')
    url = postgres_url("search_migration_test")
    other = create_app(TestingConfig, INSTANCE_DIR=str(tmp_path / "m"), SQLALCHEMY_DATABASE_URI=url,
                       SEARCH_INDEX_DIR=str(tmp_path / "m" / "ix"), UPLOAD_DIR=str(tmp_path / "m" / "up"))
    try:
        with other.app_context():
            upgrade()
            downgrade(revision="00e7c50c8503")
            leftovers = db.session.execute(text(
                "SELECT (SELECT count(*) FROM pg_ts_config WHERE cfgname LIKE 'brain_%'), "
                "(SELECT count(*) FROM pg_extension WHERE extname IN ('unaccent', 'pg_trgm')), "
                "to_regclass('search_documents') IS NULL")).one()
            assert tuple(leftovers) == (0, 0, True)
            upgrade()
            db.session.remove()
            db.engine.dispose()
    finally:
        _server_execute('DROP DATABASE IF EXISTS "search_migration_test" WITH (FORCE)')
