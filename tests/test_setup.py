"""The deployment steps: migrations both ways, the demo archive, admin creation, defaults."""
import re
from pathlib import Path

import pyotp
from flask_migrate import downgrade, upgrade
from sqlalchemy import func, inspect, select

from brain import create_app
from brain.archive.models import Material
from brain.extensions import db
from config import TestingConfig

from tests.conftest import POSTGRES_SERVER, _server_execute, postgres_url


def _empty_database(tmp_path) -> str:
    if not POSTGRES_SERVER:
        return f"sqlite:///{tmp_path / 'm.db'}"
    _server_execute('DROP DATABASE IF EXISTS "migrations_check" WITH (FORCE)')
    _server_execute('CREATE DATABASE "migrations_check"')
    return postgres_url("migrations_check")


def test_migrations_upgrade_downgrade_and_upgrade_again(tmp_path):
    app = create_app(TestingConfig, INSTANCE_DIR=str(tmp_path), SQLALCHEMY_DATABASE_URI=_empty_database(tmp_path),
                     SEARCH_INDEX_DIR=str(tmp_path / "ix"), UPLOAD_DIR=str(tmp_path / "up"))
    with app.app_context():
        upgrade()
        assert {"editions", "materials", "users", "glossary_terms"} <= set(inspect(db.engine).get_table_names())
        downgrade(revision="base")
        assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
        upgrade()
        assert "materials" in inspect(db.engine).get_table_names()
        if db.engine.dialect.name == "sqlite":
            assert db.session.execute(db.text("PRAGMA journal_mode")).scalar() == "wal"
        db.session.remove()
        db.engine.dispose()


def test_demo_archive_is_alive(runner, app):
    result = runner.invoke(args=["brain", "demo"])
    assert result.exit_code == 0, result.output
    assert "failed: 0" in result.output
    materials = list(db.session.scalars(select(Material)))
    assert len(materials) >= 60
    assert {m.language for m in materials} >= {"en", "fr", "es", "pt"}
    assert len({m.edition_id for m in materials}) == 12
    assert any(m.visibility == "members" for m in materials)
    assert any(m.is_link for m in materials)
    groups = {}
    for m in materials:
        if m.translation_group:
            groups.setdefault(m.translation_group, set()).add(m.language)
    assert sum(1 for languages in groups.values() if len(languages) >= 2) >= 5
    assert {m.file.media_type.rsplit(".", 1)[-1] for m in materials if m.file} >= {
        "application/pdf", "document", "presentation", "text/plain"}
    assert all(m.text for m in materials if m.file)
    again = runner.invoke(args=["brain", "demo", "--if-empty"])
    assert again.exit_code == 0 and "already has materials" in again.output
    assert db.session.scalar(select(func.count()).select_from(Material)) == len(materials)


def test_create_admin_command_makes_an_admin_who_signs_in_and_sets_up_two_factor(runner, app):
    result = runner.invoke(args=["brain", "create-admin", "chair@example.org", "--password", "a long passphrase"])
    assert result.exit_code == 0, result.output
    assert "two-factor" in result.output
    client = app.test_client()
    response = client.post("/login", data={"email": "chair@example.org", "password": "a long passphrase"})
    assert response.headers["Location"] == "/account/two-factor"
    assert client.get("/admin/").headers["Location"] == "/account/two-factor"
    secret = client.get("/account/two-factor").get_data(as_text=True).split('<code class="secret">')[1].split("<")[0]
    assert client.post("/account/two-factor", data={"code": pyotp.TOTP(secret).now()}).status_code == 200
    assert client.get("/admin/").status_code == 200


def test_create_admin_refuses_a_short_password(runner):
    result = runner.invoke(args=["brain", "create-admin", "x@example.org", "--password", "short"])
    assert result.exit_code != 0 and "at least 10 characters" in result.output


def test_default_config_keeps_data_in_the_instance_folder():
    from config import Config

    assert Config.SQLALCHEMY_DATABASE_URI.startswith("sqlite:///") or Config.SQLALCHEMY_DATABASE_URI
    assert Path(Config.SEARCH_INDEX_DIR).parts[-2:] == ("instance", "search-index") or "SEARCH_INDEX_DIR" in __import__("os").environ
    assert Config.MAX_CONTENT_LENGTH == 100 * 1024 * 1024


def test_static_files_have_a_versioned_address_and_are_kept_by_browsers(client):
    page = client.get("/").get_data(as_text=True)
    address = re.search(r'href="(/static/css/brain\.css\?v=\d+)"', page).group(1)
    with client.get(address) as response:
        assert response.status_code == 200
        assert "max-age=31536000" in response.headers["Cache-Control"]
