"""Two hosts upload the same file at the same moment: the bytes are stored once and both rows are whole.

Host A and host B are two apps on the same database and the same upload folder (a shared volume).
Each upload is held right after it has looked for a stored file with its hash until the other
has looked too, so both have seen "not stored yet" and both race to store it.
"""
import hashlib
import io
import threading

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from brain import create_app
from brain.archive.models import Material, StoredFile
from brain.extensions import db
from config import TestingConfig

from tests.conftest import IsolatedClient, login
from tests.faults.helpers import files_under

PDF_TEXT = "Minutes of the Johannesburg plenary on social finance."


def _second_host(app):
    settings = {name: app.config[name] for name in ("SQLALCHEMY_DATABASE_URI", "SEARCH_INDEX_DIR", "UPLOAD_DIR")}
    host = create_app(TestingConfig, INSTANCE_DIR=app.config["INSTANCE_DIR"] + "-b", **settings)
    host.test_client_class = IsolatedClient
    return host


def test_two_hosts_uploading_the_same_file_at_once_store_it_once_with_two_whole_rows(app, admin, edition):
    from tests import files

    host_b = _second_host(app)
    content = files.pdf_bytes(PDF_TEXT, "Johannesburg plenary")
    browsers = []
    for host in (app, host_b):
        browser = host.test_client()
        login(browser, admin)
        browsers.append(browser)

    both_looked = threading.Barrier(2, timeout=20)
    racing = threading.local()

    def hold_after_the_lookup(state):
        looks_for_stored_file = state.is_select and any(
            column.get("entity") is StoredFile for column in state.statement.column_descriptions)
        if getattr(racing, "uploading", False) and looks_for_stored_file:
            racing.uploading = False
            result = state.invoke_statement().freeze()
            both_looked.wait()
            return result()
        return None

    answers = {}

    def upload(name, browser):
        racing.uploading = True
        answers[name] = browser.post("/admin/materials/upload", data={
            "title": f"Johannesburg plenary ({name})", "description": "", "kind": "summary", "language": "en",
            "edition": edition.id, "session": 0, "authors": "", "visibility": "public",
            "files": [(io.BytesIO(content), "plenary.pdf")]}, content_type="multipart/form-data")

    event.listen(Session, "do_orm_execute", hold_after_the_lookup)
    try:
        threads = [threading.Thread(target=upload, args=(name, browser)) for name, browser in zip("ab", browsers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        event.remove(Session, "do_orm_execute", hold_after_the_lookup)

    assert [answers[name].status_code for name in "ab"] == [302, 302], {
        name: answer.get_data(as_text=True)[:500] for name, answer in answers.items()}
    db.session.remove()
    sha256 = hashlib.sha256(content).hexdigest()
    stored = db.session.scalars(select(StoredFile).where(StoredFile.sha256 == sha256)).all()
    assert len(stored) == 1
    materials = db.session.scalars(select(Material).where(Material.title.like("Johannesburg plenary (%"))).all()
    assert sorted(m.title for m in materials) == ["Johannesburg plenary (a)", "Johannesburg plenary (b)"]
    assert all(m.file_id == stored[0].id and m.file_name == "plenary.pdf" and "social finance" in m.text
               for m in materials)
    # One file on disk for those bytes (and the preview of its first page), and no temporary leftovers.
    on_disk = [path for path in files_under(app.config["UPLOAD_DIR"]) if sha256 in path]
    assert on_disk == [stored[0].storage_path, stored[0].storage_path + ".preview.png"]
    assert not [path for path in files_under(app.config["UPLOAD_DIR"])
                if path.startswith(".tmp") or "/.preview-" in path]
    # Each host serves the same bytes for both materials.
    for host in (app, host_b):
        reader = host.test_client()
        for material in materials:
            download = reader.get(f"/materials/{material.id}/download")
            assert download.status_code == 200 and download.data == content
            download.close()
    with host_b.app_context():
        db.engine.dispose()
