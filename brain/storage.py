"""Where uploaded files live: local disk, one file per content hash, written atomically."""
import hashlib
import os
import tempfile
from dataclasses import dataclass
from typing import BinaryIO

from flask import current_app

CHUNK = 1024 * 1024


@dataclass
class SavedBytes:
    """The outcome of writing an upload to a temporary file."""

    temp_path: str
    sha256: str
    size: int


def upload_root() -> str:
    """Return the folder that holds the stored files."""
    return current_app.config["UPLOAD_DIR"]


def path_for_hash(sha256: str) -> str:
    """Return the relative path of the bytes with this hash: ab/cd/abcd…"""
    return os.path.join(sha256[:2], sha256[2:4], sha256)


def absolute_path(relative: str) -> str:
    """Turn a stored relative path into an absolute one inside the upload folder."""
    root = os.path.realpath(upload_root())
    full = os.path.realpath(os.path.join(root, relative))
    if not full.startswith(root + os.sep):
        raise ValueError("stored path escapes the upload folder")
    return full


def file_sha256(path: str) -> str:
    """Hash a file on disk in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_temporary(stream: BinaryIO) -> SavedBytes:
    """Copy a stream into a temporary file inside the upload folder, hashing as it goes."""
    root = upload_root()
    tmp_dir = os.path.join(root, ".tmp")
    os.makedirs(tmp_dir, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    fd, temp_path = tempfile.mkstemp(dir=tmp_dir, prefix="upload-")
    try:
        with os.fdopen(fd, "wb") as out:
            while True:
                chunk = stream.read(CHUNK)
                if not chunk:
                    break
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        discard(temp_path)
        raise
    return SavedBytes(temp_path=temp_path, sha256=digest.hexdigest(), size=size)


def promote(temp_path: str, sha256: str) -> tuple[str, bool]:
    """Move a temporary file to its final place; return (relative path, newly written).

    When the same bytes are already stored, the temporary file is dropped instead.
    """
    relative = path_for_hash(sha256)
    final = absolute_path(relative)
    if os.path.exists(final):
        discard(temp_path)
        return relative, False
    os.makedirs(os.path.dirname(final), exist_ok=True)
    os.replace(temp_path, final)
    return relative, True


def discard(path: str | None) -> None:
    """Remove a file if it exists, ignoring one that is already gone."""
    if path:
        try:
            os.remove(path)
        except FileNotFoundError:
            pass
