"""The key that signs sessions and links: never a constant, refused when missing in production."""
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from itsdangerous import URLSafeTimedSerializer

from brain import create_app
from brain.secret_key import SecretKeyError
from config import ProductionConfig, TestingConfig
from tests.conftest import login

ROOT = Path(__file__).resolve().parent.parent
GOOD_KEY = "3f9c1e7a5b2d4f608e1a9c3b7d5f2e4a6c8b0d1e3f5a7c9e2b4d6f8a0c1e3b5d"


@pytest.mark.parametrize("key", [None, "", "too-short", "a" * 64, "dev-only-secret-change-me"])
def test_production_refuses_to_start_without_a_real_key(tmp_path, key):
    with pytest.raises(SecretKeyError, match="token_hex"):
        create_app(ProductionConfig, INSTANCE_DIR=str(tmp_path), SECRET_KEY=key,
                   SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path / 'db.sqlite3'}", UPLOAD_DIR=str(tmp_path / "up"))


def test_production_starts_with_a_long_random_key(tmp_path):
    app = create_app(ProductionConfig, INSTANCE_DIR=str(tmp_path), SECRET_KEY=GOOD_KEY,
                     SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path / 'db.sqlite3'}", UPLOAD_DIR=str(tmp_path / "up"))
    assert app.config["SECRET_KEY"] == GOOD_KEY
    assert not (tmp_path / "secret_key").exists()


def test_the_served_app_refuses_to_start_in_production_without_a_key(tmp_path):
    """What `make serve` runs: gunicorn in the production configuration, here with no SECRET_KEY."""
    environment = {key: value for key, value in os.environ.items() if key != "SECRET_KEY"}
    environment.update(BRAIN_ENV="production", BRAIN_INSTANCE_DIR=str(tmp_path), UPLOAD_DIR=str(tmp_path / "up"),
                       DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}", SEARCH_INDEX_DIR=str(tmp_path / "ix"))
    gunicorn = Path(sys.executable).parent / "gunicorn"
    started = time.monotonic()
    finished = subprocess.run([str(gunicorn), "--bind", "127.0.0.1:0", "--workers", "1", "wsgi:app"], cwd=ROOT,
                              env=environment, capture_output=True, text=True, timeout=60)
    assert finished.returncode != 0 and time.monotonic() - started < 60
    assert "SECRET_KEY must be set" in finished.stderr and "token_hex(32)" in finished.stderr


def test_make_serve_means_production_and_so_wants_a_key(tmp_path):
    environment = {key: value for key, value in os.environ.items() if key not in ("SECRET_KEY", "BRAIN_ENV")}
    environment.update(BRAIN_INSTANCE_DIR=str(tmp_path), UPLOAD_DIR=str(tmp_path / "up"),
                       DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}", SEARCH_INDEX_DIR=str(tmp_path / "ix"))
    finished = subprocess.run(["make", "serve", f"VENV={Path(sys.executable).parent.parent}"], cwd=ROOT,
                              env=environment, capture_output=True, text=True, timeout=300)
    assert finished.returncode != 0
    assert "SECRET_KEY must be set" in finished.stderr
    assert not (tmp_path / "db.sqlite3").exists() and not (tmp_path / "secret_key").exists()


def test_each_instance_generates_and_keeps_its_own_key(seeded_template, tmp_path):
    first = create_app(TestingConfig, INSTANCE_DIR=str(tmp_path / "a"), UPLOAD_DIR=str(tmp_path / "a" / "up"))
    again = create_app(TestingConfig, INSTANCE_DIR=str(tmp_path / "a"), UPLOAD_DIR=str(tmp_path / "a" / "up"))
    other = create_app(TestingConfig, INSTANCE_DIR=str(tmp_path / "b"), UPLOAD_DIR=str(tmp_path / "b" / "up"))
    key_file = tmp_path / "a" / "secret_key"
    assert first.config["SECRET_KEY"] == again.config["SECRET_KEY"] == key_file.read_text()
    assert len(first.config["SECRET_KEY"]) >= 32 and first.config["SECRET_KEY"] != other.config["SECRET_KEY"]
    assert key_file.stat().st_mode & 0o777 == 0o600


def test_a_cookie_or_link_signed_with_the_old_public_key_is_refused(app, client, make_user):
    member = make_user(verified=False)
    forged = URLSafeTimedSerializer("dev-only-secret-change-me", salt="brain-verify").dumps(
        {"id": member.id, "email": member.email})
    assert client.get(f"/verify/{forged}").status_code == 400
    assert not member.is_verified


def test_changing_the_key_signs_everyone_out_and_voids_links(app, client, make_user, mails):
    member = make_user()
    login(client, member)
    assert client.get("/account").status_code == 200
    client.post("/password/forgot", data={"email": member.email})
    reset_link = mails.links()[-1]
    app.config["SECRET_KEY"] = GOOD_KEY
    assert client.get("/account").status_code == 302
    assert client.get(reset_link).status_code == 400
