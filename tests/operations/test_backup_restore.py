"""`flask brain backup DIR` while the site runs, then `flask brain restore DIR` into an empty deployment.

The round trip must bring back every material, file (same bytes), member, thread and post, and
search must find them after the restore's reindex. Runs on SQLite, and on PostgreSQL under
`make test-postgres` (pg_dump from an exported snapshot, pg_restore).
"""
import hashlib
import io
import json
import os
import threading

import pytest
from PIL import Image
from sqlalchemy import select

from brain import create_app
from brain.accounts.models import User
from brain.archive.models import Material, StoredFile
from brain.community.models import Post, Thread
from brain.extensions import db
from config import TestingConfig

from tests.conftest import POSTGRES_SERVER, IsolatedClient, _server_execute, login, postgres_url


def _photo() -> io.BytesIO:
    image = io.BytesIO()
    Image.new("RGB", (64, 64), (200, 80, 20)).save(image, "PNG")
    image.seek(0)
    return image


@pytest.fixture
def archive(app, make_material, make_user):
    """An archive with files, a link, members-only material, a member with a photo, a thread and replies."""
    from brain.accounts.services import set_photo
    from brain.community import services
    from brain.community.queries import category_by_slug

    materials = [
        make_material(title="Okavango fishers cooperative", text="Okavango fishers share their nets.", fmt="pdf"),
        make_material(title="Économie sociale à Agadir", text="Les coopératives d'argan à Agadir.", language="fr",
                      fmt="docx", edition="2013-agadir"),
        make_material(title="Members only notes", text="Zanzibarian seaweed farmers.", visibility="members"),
        make_material(title="Lisbon closing recording", fmt="link", url="https://example.org/lisbon"),
    ]
    member = make_user("member", name="Ana Okavango")
    set_photo(member, _photo())
    db.session.commit()
    thread = services.start_thread(member, category_by_slug("general"), "Fishers and cooperatives",
                                   "Who met the Okavango fishers?", "en")
    services.reply(make_user("member"), thread, "We did, in 2019.")
    return {"materials": [m.id for m in materials], "member": member.email, "thread": thread.id}


def _hash_of_stored(relative: str) -> str:
    from brain import storage

    with open(storage.absolute_path(relative), "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def _snapshot() -> dict:
    """Everything a person would miss after a bad restore, read from the database and the disk."""
    files = {row.sha256: _hash_of_stored(row.storage_path) for row in db.session.scalars(select(StoredFile))}
    photos = {user.email: _hash_of_stored(user.photo_path) for user in db.session.scalars(select(User)) if user.photo_path}
    return {
        "materials": sorted((m.id, m.title, m.visibility, m.is_deleted, m.url or "") for m in db.session.scalars(select(Material))),
        "files": files,
        "photos": photos,
        "users": sorted((u.email, u.display_name, u.role, u.password_hash) for u in db.session.scalars(select(User))),
        "threads": sorted((t.id, t.title) for t in db.session.scalars(select(Thread))),
        "posts": sorted((p.id, p.thread_id, p.body) for p in db.session.scalars(select(Post))),
    }


def _empty_deployment(tmp_path):
    """A fresh host: no database yet (or an empty PostgreSQL one), no uploads, no index."""
    root = tmp_path / "restored"
    if POSTGRES_SERVER:
        _server_execute('DROP DATABASE IF EXISTS "restore_check" WITH (FORCE)')
        _server_execute('CREATE DATABASE "restore_check"')
        url = postgres_url("restore_check")
    else:
        url = f"sqlite:///{root / 'brain.sqlite3'}"
    app = create_app(TestingConfig, INSTANCE_DIR=str(root), SQLALCHEMY_DATABASE_URI=url,
                     SEARCH_INDEX_DIR=str(root / "search-index"), UPLOAD_DIR=str(root / "uploads"))
    app.test_client_class = IsolatedClient
    return app


def test_a_backup_taken_while_the_site_runs_restores_everything(app, archive, runner, tmp_path, make_material):
    before = _snapshot()
    folder = tmp_path / "backup-2026-11-25"

    # Someone keeps publishing during the backup: whatever the snapshot holds must have its file.
    from brain.archive import services as archive_services

    stop = threading.Event()

    def keep_publishing():
        with app.app_context():
            number = 0
            while not stop.is_set() and number < 30:
                number += 1
                make_material(title=f"Published during the backup {number}", text=f"Concurrent upload number {number}")
            db.session.remove()

    assert archive_services  # the same service path the admin screens use
    writer = threading.Thread(target=keep_publishing)
    writer.start()
    try:
        result = runner.invoke(args=["brain", "backup", str(folder)])
    finally:
        stop.set()
        writer.join()
    assert result.exit_code == 0, result.output
    assert "Backup written to" in result.output

    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["problems"] == []
    for entry in manifest["files"]:
        copied = folder / "uploads" / entry["path"]
        assert hashlib.sha256(copied.read_bytes()).hexdigest() == entry["sha256"]
    stored_in_snapshot = [entry for entry in manifest["files"] if not entry["path"].startswith("photos")]
    assert len(stored_in_snapshot) == manifest["counts"]["stored_files"] >= 3
    assert manifest["counts"]["materials"] >= 4 and manifest["counts"]["posts"] == 2

    # A second backup into the same folder is refused rather than mixed in.
    again = runner.invoke(args=["brain", "backup", str(folder)])
    assert again.exit_code != 0 and "not empty" in again.output

    # Restore on a fresh host.
    restored = _empty_deployment(tmp_path)
    with restored.app_context():
        result = restored.test_cli_runner().invoke(args=["brain", "restore", str(folder)])
        assert result.exit_code == 0, result.output
        assert "Indexed" in result.output
        after = _snapshot()
        count_in_backup = manifest["counts"]["materials"]
        assert len(after["materials"]) == count_in_backup
        # Everything that existed before the backup started is back, identical.
        for key in ("threads", "posts", "users", "photos"):
            assert after[key] == before[key], key
        assert set(before["materials"]) <= set(after["materials"])
        assert set(before["files"].items()) <= set(after["files"].items())
        assert all(sha == content for sha, content in after["files"].items())

        # The restored site works: sign in, download the same bytes, find things by search.
        browser = restored.test_client()
        login(browser, db.session.scalar(select(User).where(User.email == archive["member"])))
        okavango = archive["materials"][0]
        original = db.session.get(Material, okavango)
        download = browser.get(f"/materials/{okavango}/download")
        assert download.status_code == 200
        assert hashlib.sha256(download.data).hexdigest() == original.file.sha256
        download.close()
        html = browser.get("/search?q=okavango").get_data(as_text=True)
        assert "Okavango fishers cooperative" in html and "Fishers and cooperatives" in html
        assert "Members only notes" in browser.get("/search?q=zanzibarian").get_data(as_text=True)
        assert "Members only notes" not in restored.test_client().get("/search?q=zanzibarian").get_data(as_text=True)
        db.session.remove()
        db.engine.dispose()
        restored.extensions["brain_search"].index.close()


def test_restore_refuses_a_deployment_that_already_has_data(app, archive, runner, tmp_path):
    folder = tmp_path / "backup"
    assert runner.invoke(args=["brain", "backup", str(folder)]).exit_code == 0
    before = _snapshot()
    result = runner.invoke(args=["brain", "restore", str(folder)])
    assert result.exit_code != 0
    assert "not empty" in result.output
    db.session.remove()
    assert _snapshot() == before


def test_restore_refuses_a_damaged_backup_before_touching_anything(app, archive, runner, tmp_path):
    folder = tmp_path / "backup"
    assert runner.invoke(args=["brain", "backup", str(folder)]).exit_code == 0
    manifest = json.loads((folder / "manifest.json").read_text())
    damaged = folder / "uploads" / manifest["files"][0]["path"]
    damaged.write_bytes(b"flipped bits")
    restored = _empty_deployment(tmp_path)
    with restored.app_context():
        result = restored.test_cli_runner().invoke(args=["brain", "restore", str(folder)])
        assert result.exit_code != 0
        assert "missing or damaged" in result.output
        assert not os.listdir(restored.config["UPLOAD_DIR"])
        db.engine.dispose()


def test_a_folder_without_a_manifest_is_not_a_backup(runner, tmp_path):
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / "database.sqlite3").write_bytes(b"")
    result = runner.invoke(args=["brain", "restore", str(tmp_path / "half")])
    assert result.exit_code != 0 and "not a complete backup" in result.output
