"""The upload folder cannot be written: an upload is refused with a readable message and leaves nothing.

Tests run as root here, and chmod does not stop root from writing. So, as root, the folder is made
unwritable by putting a regular file where the storage needs a folder: `.tmp` (where every upload is
first written) or the `ab/` shard folder of the file's hash (so the temporary copy is written, and
the move to its final place fails). As any other user, the folders are also made read-only with chmod.
Each blocker is checked to make a real write fail with OSError before the request is sent.
"""
import hashlib
import io
import os
import stat
import tempfile

import pytest
from sqlalchemy import func, select

from brain.archive.models import Material, StoredFile
from brain.audit import AuditEvent
from brain.extensions import db

from tests import files
from tests.faults.helpers import files_under

CONTENT = b"Minutes of the working group on social finance, kept as plain text."
STORE_FAILED = "notes.txt: the file could not be stored; nothing was saved. Please tell an administrator."
IS_ROOT = os.geteuid() == 0


def _upload_form(edition, **overrides) -> dict:
    data = {"title": "Working group minutes", "description": "", "kind": "reading", "language": "en",
            "edition": edition.id, "session": 0, "authors": "", "visibility": "public",
            "files": [(io.BytesIO(CONTENT), "notes.txt")]}
    data.update(overrides)
    return data


def _counts() -> tuple[int, int, int]:
    return (db.session.scalar(select(func.count()).select_from(Material)),
            db.session.scalar(select(func.count()).select_from(StoredFile)),
            db.session.scalar(select(func.count()).select_from(AuditEvent)))


def _block_with_a_file(path: str) -> None:
    """Put an empty regular file where the storage needs a folder."""
    if os.path.isdir(path):
        assert not os.listdir(path), f"{path} is not empty"
        os.rmdir(path)
    with open(path, "wb"):
        pass


def _assert_writes_fail(folder: str) -> None:
    """Precondition: writing a temporary file where the storage would write it really fails."""
    with pytest.raises(OSError):
        os.makedirs(folder, exist_ok=True)
        fd, path = tempfile.mkstemp(dir=folder)
        os.close(fd)
        os.remove(path)


class UploadBlocker:
    """Make the upload folder unwritable in one of two places, and undo it."""

    def __init__(self, root: str) -> None:
        self.root = root
        self.blocker: str | None = None  # the blocking file, told apart from stray uploads
        self._undo: list = []

    def block(self, where: str) -> None:
        if where == "tmp":
            tmp_dir = os.path.join(self.root, ".tmp")
            if IS_ROOT:
                _block_with_a_file(tmp_dir)
                self.blocker = tmp_dir
                self._undo.append(lambda: os.remove(tmp_dir))
            else:
                for folder in (self.root, tmp_dir):
                    if os.path.isdir(folder):
                        mode = stat.S_IMODE(os.stat(folder).st_mode)
                        os.chmod(folder, 0o555)
                        self._undo.append(lambda folder=folder, mode=mode: os.chmod(folder, mode))
            _assert_writes_fail(tmp_dir)
        elif where == "shard":
            shard = os.path.join(self.root, hashlib.sha256(CONTENT).hexdigest()[:2])
            _block_with_a_file(shard)
            self.blocker = shard
            self._undo.append(lambda: os.remove(shard))
            _assert_writes_fail(os.path.join(shard, "cd"))
        else:
            raise ValueError(where)

    def unblock(self) -> None:
        while self._undo:
            self._undo.pop()()
        self.blocker = None

    def files_left(self) -> list[str]:
        """Files under the upload folder, the blocking file excepted."""
        return [path for path in files_under(self.root) if os.path.join(self.root, path) != self.blocker]


@pytest.fixture
def uploads_blocker(app):
    blocker = UploadBlocker(app.config["UPLOAD_DIR"])
    yield blocker
    blocker.unblock()


@pytest.mark.parametrize("where", ["tmp", "shard"])
def test_an_upload_to_an_unwritable_folder_is_refused_cleanly(app, admin_client, edition, uploads_blocker, where):
    before_files = files_under(app.config["UPLOAD_DIR"])
    before = _counts()
    uploads_blocker.block(where)

    response = admin_client.post("/admin/materials/upload", data=_upload_form(edition),
                                 content_type="multipart/form-data")

    assert response.status_code == 200  # the form again, with the reason
    html = response.get_data(as_text=True)
    assert STORE_FAILED in html and 'class="flash flash-error"' in html
    assert "material added" not in html
    assert _counts() == before  # no Material, no StoredFile, no audit event
    assert uploads_blocker.files_left() == before_files  # no temporary or partial file anywhere


@pytest.mark.parametrize("where", ["tmp", "shard"])
def test_the_same_upload_succeeds_once_the_folder_is_writable_again(app, admin_client, edition, uploads_blocker,
                                                                     where):
    uploads_blocker.block(where)
    response = admin_client.post("/admin/materials/upload", data=_upload_form(edition),
                                 content_type="multipart/form-data")
    assert STORE_FAILED in response.get_data(as_text=True)
    uploads_blocker.unblock()

    response = admin_client.post("/admin/materials/upload", data=_upload_form(edition),
                                 content_type="multipart/form-data")
    assert response.status_code == 302
    stored = db.session.scalar(select(StoredFile).where(StoredFile.sha256 == hashlib.sha256(CONTENT).hexdigest()))
    assert stored is not None
    assert files_under(app.config["UPLOAD_DIR"]) == [stored.storage_path]


def test_replacing_a_file_in_an_unwritable_folder_is_refused_cleanly(app, admin_client, make_material,
                                                                     uploads_blocker):
    material = make_material(title="Agenda", text="the first agenda")
    material_id, old_file_id, old_name = material.id, material.file_id, material.file_name
    before_files = files_under(app.config["UPLOAD_DIR"])
    before = _counts()
    uploads_blocker.block("tmp")

    response = admin_client.post(f"/admin/materials/{material_id}/replace", data={
        "file": (io.BytesIO(files.docx_bytes("the second agenda")), "agenda-v2.docx")},
        content_type="multipart/form-data")

    # Whatever the page, nothing was half-done: same file, no new rows, no stray bytes.
    db.session.expire_all()
    material = db.session.get(Material, material_id)
    assert (material.file_id, material.file_name) == (old_file_id, old_name)
    assert _counts() == before
    assert uploads_blocker.files_left() == before_files
    assert response.status_code == 302
    page = admin_client.get(response.headers["Location"]).get_data(as_text=True)
    assert 'class="flash flash-error"' in page
