"""Consistent backups of a running deployment, and their restoration into an empty one.

A backup folder holds the database (SQLite's online backup, or `pg_dump` in PostgreSQL's custom
format), the uploaded files the database refers to, and `manifest.json` with the SHA-256 of every
file. The manifest is written last: a folder without one is not a backup. Uploads are stored by
content hash and never rewritten, so copying the files that the database snapshot names gives a
consistent pair even while the site keeps writing.
"""
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
from dataclasses import dataclass, field
from typing import Callable

from flask_babel import gettext as _
from sqlalchemy import NullPool, create_engine, inspect, text
from sqlalchemy.engine import Connection, make_url

from brain import storage
from brain.database import utcnow
from brain.extensions import db

MANIFEST = "manifest.json"
FORMAT = 1
SQLITE_FILE = "database.sqlite3"
POSTGRES_FILE = "database.pgdump"
UPLOADS = "uploads"
#: Tables whose rows make a deployment "not empty" for a restore.
CONTENT_TABLES = ("editions", "materials", "users", "threads", "posts")
#: What the manifest counts, so an operator can compare at a glance.
COUNTED_TABLES = ("editions", "materials", "stored_files", "users", "threads", "posts")
_REFERENCES = ("SELECT storage_path, sha256 FROM stored_files",
               "SELECT photo_path, NULL FROM users WHERE photo_path <> ''")

Progress = Callable[[int], None] | None


class BackupError(Exception):
    """A backup or restore that cannot go on; the message is for the operator."""


@dataclass
class BackupReport:
    """What a backup or restore did."""

    folder: str
    counts: dict[str, int] = field(default_factory=dict)
    files: int = 0
    problems: list[str] = field(default_factory=list)


def _copy_atomically(source: str, target: str) -> str:
    """Copy a file through a temporary name in the target folder; return the copy's SHA-256."""
    os.makedirs(os.path.dirname(target), exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=os.path.dirname(target), prefix=".part-")
    digest = hashlib.sha256()
    try:
        with open(source, "rb") as reader, os.fdopen(fd, "wb") as writer:
            for chunk in iter(lambda: reader.read(storage.CHUNK), b""):
                digest.update(chunk)
                writer.write(chunk)
            writer.flush()
            os.fsync(writer.fileno())
        os.replace(temporary, target)
    except BaseException:
        storage.discard(temporary)
        raise
    return digest.hexdigest()


def _engine_name() -> str:
    return db.engine.dialect.name


def _postgres_command(program: str, url) -> tuple[list[str], dict]:
    """A pg_dump/pg_restore command line for the app's database, the password passed in the environment."""
    url = make_url(url)
    environment = dict(os.environ)
    if url.password:
        environment["PGPASSWORD"] = str(url.password)
    arguments = [program, "--dbname", url.database,
                 "--username", url.username or "postgres", "--host", url.host or "localhost"]
    if url.port:
        arguments += ["--port", str(url.port)]
    return arguments, environment


def _run(command: list[str], environment: dict) -> None:
    try:
        done = subprocess.run(command, env=environment, capture_output=True, text=True)
    except FileNotFoundError as missing:
        raise BackupError(_("%(program)s is not installed (Debian package postgresql-client).",
                            program=command[0])) from missing
    if done.returncode != 0:
        raise BackupError(_("%(program)s failed: %(error)s", program=os.path.basename(command[0]),
                            error=done.stderr.strip()[-1000:]))


def _snapshot_reads(connection: Connection) -> tuple[list[tuple[str, str | None]], dict[str, int], str]:
    """Read, inside the snapshot, the files it refers to, its row counts and its schema revision."""
    references = [tuple(row) for statement in _REFERENCES for row in connection.execute(text(statement))]
    counts = {table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
              for table in COUNTED_TABLES}
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    return references, counts, revision


def _snapshot_sqlite(folder: str):
    """Copy the live SQLite database with its online backup API, which writers do not disturb."""
    target = os.path.join(folder, SQLITE_FILE)
    source = sqlite3.connect(db.engine.url.database)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    snapshot = create_engine(f"sqlite:///{target}", poolclass=NullPool)
    with snapshot.connect() as connection:
        references, counts, revision = _snapshot_reads(connection)
    snapshot.dispose()
    return SQLITE_FILE, references, counts, revision


def _snapshot_postgres(folder: str):
    """Dump PostgreSQL from an exported snapshot, and read the file list from that same snapshot."""
    with db.engine.connect() as connection:
        connection = connection.execution_options(isolation_level="REPEATABLE READ")
        with connection.begin():
            connection.execute(text("SET TRANSACTION READ ONLY"))
            snapshot = connection.execute(text("SELECT pg_export_snapshot()")).scalar_one()
            command, environment = _postgres_command("pg_dump", db.engine.url)
            _run(command + ["--format=custom", "--no-owner", "--no-acl", f"--snapshot={snapshot}",
                            "--file", os.path.join(folder, POSTGRES_FILE)], environment)
            references, counts, revision = _snapshot_reads(connection)
    return POSTGRES_FILE, references, counts, revision


def backup(folder: str, on_file: Progress = None, on_total: Progress = None) -> BackupReport:
    """Write a consistent snapshot of the database and the uploads, with a manifest of hashes."""
    folder = os.path.abspath(folder)
    if os.path.exists(folder) and os.listdir(folder):
        raise BackupError(_("The folder %(folder)s is not empty: give a new or empty folder.", folder=folder))
    os.makedirs(folder, exist_ok=True)
    engine = _engine_name()
    if engine == "sqlite":
        database_file, references, counts, revision = _snapshot_sqlite(folder)
    elif engine == "postgresql":
        database_file, references, counts, revision = _snapshot_postgres(folder)
    else:
        raise BackupError(_("Backups support SQLite and PostgreSQL, not %(engine)s.", engine=engine))
    report = BackupReport(folder=folder, counts=counts)
    if on_total:
        on_total(len(references))
    entries = []
    for relative, expected in references:
        source = storage.absolute_path(relative)
        if not os.path.exists(source):
            report.problems.append(_("missing from the upload folder: %(path)s", path=relative))
        else:
            sha256 = _copy_atomically(source, os.path.join(folder, UPLOADS, relative))
            if expected and sha256 != expected:
                report.problems.append(_("content does not match its hash: %(path)s", path=relative))
            entries.append({"path": relative, "sha256": sha256, "size": os.path.getsize(source)})
        if on_file:
            on_file(1)
    report.files = len(entries)
    manifest = {
        "format": FORMAT, "created_at": utcnow().isoformat(), "engine": engine, "schema_revision": revision,
        "database": {"file": database_file, "sha256": storage.file_sha256(os.path.join(folder, database_file))},
        "counts": counts, "files": entries, "problems": report.problems,
    }
    partial = os.path.join(folder, MANIFEST + ".part")
    with open(partial, "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, os.path.join(folder, MANIFEST))
    return report


def read_manifest(folder: str) -> dict:
    """Load and check a backup's manifest; every file must be there with its recorded hash."""
    path = os.path.join(folder, MANIFEST)
    if not os.path.exists(path):
        raise BackupError(_("%(folder)s has no manifest.json: it is not a complete backup.", folder=folder))
    with open(path, encoding="utf-8") as handle:
        manifest = json.load(handle)
    if manifest.get("format") != FORMAT:
        raise BackupError(_("This backup's format is not one this version can read."))
    return manifest


def verify(folder: str, manifest: dict, on_file: Progress = None) -> None:
    """Check every file of a backup against the manifest before anything is restored."""
    database = manifest["database"]
    if storage.file_sha256(os.path.join(folder, database["file"])) != database["sha256"]:
        raise BackupError(_("The database file of this backup is damaged (its hash differs)."))
    for entry in manifest["files"]:
        path = os.path.join(folder, UPLOADS, entry["path"])
        if not os.path.exists(path) or storage.file_sha256(path) != entry["sha256"]:
            raise BackupError(_("The backup's file %(path)s is missing or damaged.", path=entry["path"]))
        if on_file:
            on_file(1)


def _content_rows() -> dict[str, int]:
    present = set(inspect(db.engine).get_table_names())
    return {table: db.session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in CONTENT_TABLES if table in present}


def ensure_empty_deployment() -> None:
    """Refuse to restore over data: the database must hold no content and the upload folder no files."""
    rows = {table: count for table, count in _content_rows().items() if count}
    db.session.remove()
    if rows:
        listed = ", ".join(f"{table}: {count}" for table, count in sorted(rows.items()))
        raise BackupError(_("This deployment is not empty (%(rows)s). Restore only into an empty database.",
                            rows=listed))
    root = storage.upload_root()
    for directory, folders, names in os.walk(root):
        folders[:] = [name for name in folders if name != ".tmp"]
        if names:
            raise BackupError(_("The upload folder %(folder)s already holds files. Restore only into an empty one.",
                                folder=root))


def _restore_sqlite(folder: str, manifest: dict) -> None:
    target = db.engine.url.database
    db.session.remove()
    db.engine.dispose()
    fd, temporary = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(target)), prefix=".restore-")
    os.close(fd)
    try:
        _copy_atomically(os.path.join(folder, manifest["database"]["file"]), temporary)
        for suffix in ("-wal", "-shm"):
            storage.discard(target + suffix)
        os.replace(temporary, target)
    finally:
        storage.discard(temporary)


def _restore_postgres(folder: str, manifest: dict) -> None:
    db.session.remove()
    db.engine.dispose()
    command, environment = _postgres_command("pg_restore", db.engine.url)
    _run(command + ["--clean", "--if-exists", "--no-owner", "--no-acl", "--exit-on-error", "--single-transaction",
                    os.path.join(folder, manifest["database"]["file"])], environment)


def restore(folder: str, on_file: Progress = None) -> BackupReport:
    """Bring a backup back into an empty deployment: check it, load the database, then the files."""
    folder = os.path.abspath(folder)
    manifest = read_manifest(folder)
    engine = _engine_name()
    if manifest["engine"] != engine:
        raise BackupError(_("This backup is of a %(backup)s database and cannot be restored into %(engine)s.",
                            backup=manifest["engine"], engine=engine))
    verify(folder, manifest)
    ensure_empty_deployment()
    if engine == "sqlite":
        _restore_sqlite(folder, manifest)
    else:
        _restore_postgres(folder, manifest)
    root = storage.upload_root()
    for entry in manifest["files"]:
        _copy_atomically(os.path.join(folder, UPLOADS, entry["path"]), storage.absolute_path(entry["path"]))
        if on_file:
            on_file(1)
    return BackupReport(folder=folder, counts=manifest["counts"], files=len(manifest["files"]),
                        problems=list(manifest.get("problems", [])))
