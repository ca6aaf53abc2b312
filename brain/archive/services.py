"""Rules of the archive: every change to editions, sessions, topics and materials.

Each public function is one unit of work: it validates, changes, records the audit
event and commits once. The search index follows after the commit (see brain.search.sync).
"""
import hashlib
import logging
import os
import uuid
from dataclasses import dataclass, field
import datetime as dt
from typing import BinaryIO

from flask_babel import gettext as _
from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError

from brain import audit, extract, storage
from brain.archive import media
from brain.archive.models import (
    ALL_RIGHTS, DEFAULT_LICENCE, LICENCES, MATERIAL_KINDS, SESSION_KINDS, VISIBILITIES, Edition,
    EditionSession, Material, StoredFile, Topic,
)
from brain.database import utcnow
from brain.extensions import db
from brain.filetypes import UnacceptableFile, check_file

logger = logging.getLogger(__name__)


class ArchiveError(ValueError):
    """A change was refused; the message is meant for the person who asked."""


@dataclass
class MaterialData:
    """Metadata of a material, as a form or a manifest row gives it."""

    title: str
    edition: Edition
    kind: str
    language: str
    description: str = ""
    session: EditionSession | None = None
    topics: list[Topic] = field(default_factory=list)
    authors: str = ""
    visibility: str = "public"
    url: str = ""
    translation_group: str | None = None
    #: Sample content (the demo archive): the pages say it illustrates the archive, not a real document.
    is_sample: bool = False
    #: One of LICENCES; empty keeps the current one, or for a new material takes the default
    #: (CC BY 4.0 when public, all rights reserved when members-only).
    licence: str = ""


@dataclass
class IngestedFile:
    """A file checked, hashed, stored and read, not yet committed."""

    stored: StoredFile
    file_name: str
    text: str
    warning: str
    newly_written: str | None


def _validate(data: MaterialData) -> None:
    if not data.title or not data.title.strip():
        raise ArchiveError(_("A title is required."))
    if data.kind not in MATERIAL_KINDS:
        raise ArchiveError(_("Unknown kind of material: %(kind)s.", kind=data.kind))
    if data.visibility not in VISIBILITIES:
        raise ArchiveError(_("Visibility must be public or members."))
    if not data.language or len(data.language) != 2 or not data.language.isalpha():
        raise ArchiveError(_("The language must be a two-letter ISO 639-1 code."))
    if data.session is not None and data.session.edition_id != data.edition.id:
        raise ArchiveError(_("The session does not belong to this edition."))
    if data.url and not data.url.startswith(("http://", "https://")):
        raise ArchiveError(_("A link must start with http:// or https://."))
    if data.licence and data.licence not in LICENCES:
        raise ArchiveError(_("Unknown licence: %(licence)s.", licence=data.licence))


def safe_display_name(filename: str) -> str:
    """Keep the uploader's file name for display: no folders, no control characters."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip().lstrip(".")
    return name[:255] or "file"


def _ingest(stream: BinaryIO, filename: str) -> IngestedFile:
    """Check, store and read one file; on any failure nothing stays on disk."""
    saved = storage.write_temporary(stream)
    try:
        if saved.size == 0:
            raise ArchiveError(_("The file is empty."))
        try:
            kind, media_type = check_file(saved.temp_path, filename)
        except UnacceptableFile as refused:
            raise ArchiveError(str(refused)) from refused
        text, warning = extract.extract_text(saved.temp_path, kind)
        stored = db.session.scalar(select(StoredFile).where(StoredFile.sha256 == saved.sha256))
        relative, is_new = storage.promote(saved.temp_path, saved.sha256)
    except BaseException:
        storage.discard(saved.temp_path)
        raise
    if kind == "pdf":
        media.make_preview(storage.absolute_path(relative), relative)
    if stored is None:
        stored = StoredFile(
            sha256=saved.sha256, size=saved.size, media_type=media_type,
            storage_path=relative, created_at=utcnow(),
        )
        db.session.add(stored)
    return IngestedFile(
        stored=stored, file_name=safe_display_name(filename), text=text, warning=warning,
        newly_written=storage.absolute_path(relative) if is_new else None,
    )


def _ingest_or_roll_back(stream: BinaryIO, filename: str) -> IngestedFile:
    """Ingest a file; on failure leave the session clean (the file is already gone)."""
    try:
        with db.session.no_autoflush:
            return _ingest(stream, filename)
    except BaseException:
        db.session.rollback()
        raise


def _attach(material: Material, ingested: IngestedFile) -> None:
    """Make an ingested file the material's file, with its text and any warning."""
    material.file = ingested.stored
    material.file_name = ingested.file_name
    material.text = ingested.text
    material.extraction_warning = ingested.warning


def _forget_file_if_unused(path: str | None, sha256: str) -> None:
    """After a rollback, remove bytes written by this attempt unless a committed row uses them."""
    if path and db.session.scalar(select(StoredFile.id).where(StoredFile.sha256 == sha256)) is None:
        storage.discard(path)
        storage.discard(path + media.PREVIEW_SUFFIX)


def _apply_metadata(material: Material, data: MaterialData) -> None:
    material.title = data.title.strip()[:300]
    material.description = (data.description or "").strip()
    material.kind = data.kind
    material.language = data.language.lower()
    material.edition = data.edition
    material.edition_id = data.edition.id
    material.session = data.session
    material.topics = list(data.topics)
    material.authors = (data.authors or "").strip()
    material.visibility = data.visibility
    material.url = (data.url or "").strip()
    material.translation_group = (data.translation_group or "").strip() or None
    material.licence = data.licence or material.licence or (
        DEFAULT_LICENCE if data.visibility == "public" else ALL_RIGHTS)


def _commit_with_file(material: Material, ingested: IngestedFile | None, actor, action: str,
                      details: str) -> Material:
    """Commit a material change; on failure roll back and drop bytes this attempt wrote.

    When another host stored the same bytes at the same moment, its row wins the unique hash:
    this change then uses that row and commits once more, so both uploads succeed.
    """
    for attempt in (1, 2):
        try:
            db.session.add(material)
            audit.record(actor, action, material, details)
            db.session.commit()
            return material
        except IntegrityError:
            db.session.rollback()
            same_bytes = _stored_by_another(ingested) if attempt == 1 else None
            if same_bytes is None:
                _forget_file_if_unused(ingested and ingested.newly_written, ingested and ingested.stored.sha256)
                raise
            ingested.stored = same_bytes
            _attach(material, ingested)
        except BaseException:
            db.session.rollback()
            if ingested is not None:
                _forget_file_if_unused(ingested.newly_written, ingested.stored.sha256)
            raise
    return material


def _stored_by_another(ingested: IngestedFile | None) -> StoredFile | None:
    """The committed row of the same bytes, when a concurrent upload created it first."""
    if ingested is None or not inspect(ingested.stored).transient:
        return None
    return db.session.scalar(select(StoredFile).where(StoredFile.sha256 == ingested.stored.sha256))


def add_material(data: MaterialData, actor, stream: BinaryIO | None = None, filename: str = "",
                 import_key: str | None = None) -> Material:
    """Add a material with a file (stream) or an outbound link (data.url)."""
    _validate(data)
    if stream is None and not data.url:
        raise ArchiveError(_("Give a file or a link."))
    ingested = _ingest_or_roll_back(stream, filename) if stream is not None else None
    material = Material(created_by_id=getattr(actor, "id", None), import_key=import_key)
    db.session.add(material)
    with db.session.no_autoflush:
        _apply_metadata(material, data)
    material.is_sample = data.is_sample
    if ingested is not None:
        _attach(material, ingested)
    return _commit_with_file(material, ingested, actor, "material.create", material.title)


def update_material(material: Material, data: MaterialData, actor) -> Material:
    """Change a material's metadata."""
    _validate(data)
    if material.file_id is None and not data.url:
        raise ArchiveError(_("A material without a file needs a link."))
    _apply_metadata(material, data)
    return _commit_with_file(material, None, actor, "material.update", material.title)


def replace_file(material: Material, stream: BinaryIO, filename: str, actor) -> Material:
    """Put a new file in place of a material's current one."""
    ingested = _ingest_or_roll_back(stream, filename)
    previous = material.file_name
    _attach(material, ingested)
    return _commit_with_file(material, ingested, actor, "material.replace_file",
                             f"{previous} -> {ingested.file_name}")


def delete_material(material: Material, actor) -> Material:
    """Soft-delete a material: it disappears from the archive and can be restored."""
    material.is_deleted = True
    material.deleted_at = utcnow()
    return _commit_with_file(material, None, actor, "material.delete", material.title)


def restore_material(material: Material, actor) -> Material:
    """Bring a soft-deleted material back."""
    material.is_deleted = False
    material.deleted_at = None
    return _commit_with_file(material, None, actor, "material.restore", material.title)


def record_download(material: Material) -> None:
    """Count one download, atomically in the database; a download does not change the material itself."""
    db.session.execute(
        Material.__table__.update().where(Material.id == material.id)
        # Keep updated_at: harvesters and feeds read it as the moment the material last changed.
        .values(download_count=Material.download_count + 1, updated_at=Material.updated_at)
    )
    db.session.commit()


def record_view(material: Material) -> None:
    """Count one opening of a recording (its link followed or its file played), atomically, as a view."""
    db.session.execute(
        Material.__table__.update().where(Material.id == material.id)
        .values(views=Material.views + 1, updated_at=Material.updated_at)
    )
    db.session.commit()


def link_translation(material: Material, other: Material, actor) -> Material:
    """Put two materials in the same translation group."""
    if material.id == other.id:
        raise ArchiveError(_("A material cannot be its own translation."))
    group = other.translation_group or material.translation_group or f"group-{uuid.uuid4().hex[:12]}"
    other.translation_group = group
    material.translation_group = group
    db.session.add(other)
    return _commit_with_file(material, None, actor, "material.link_translation",
                             f"{material.id} <-> {other.id}")


def import_key_for(edition: Edition, language: str, sha256_or_url: str) -> str:
    """Identify a manifest row so that re-running an import skips what is there."""
    return hashlib.sha256(f"{edition.slug}|{language}|{sha256_or_url}".encode()).hexdigest()


# Editions, sessions and topics ------------------------------------------------------------

@dataclass
class EditionData:
    """Facts of an edition, with its theme and description by language."""

    number: int
    year: int
    slug: str
    city: str
    country: str
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    is_virtual: bool = False
    partners: str = ""
    languages: str = ""
    themes: dict[str, str] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)


def _apply_edition(edition: Edition, data: EditionData) -> None:
    if data.start_date and data.end_date and data.end_date < data.start_date:
        raise ArchiveError(_("The end date is before the start date."))
    edition.number = data.number
    edition.year = data.year
    edition.slug = data.slug.strip().lower()
    edition.city = data.city.strip()
    edition.country = data.country.strip().upper()
    edition.start_date = data.start_date
    edition.end_date = data.end_date
    edition.is_virtual = data.is_virtual
    edition.partners = data.partners.strip()
    edition.languages = data.languages.strip()
    for language in set(data.themes) | set(data.descriptions):
        row = edition.translation_for(language)
        row.theme = (data.themes.get(language) or "").strip()
        row.description = (data.descriptions.get(language) or "").strip()


def _commit(target, actor, action: str, details: str = ""):
    """Record the audit event and commit; a clash on a unique field becomes a clear message."""
    try:
        db.session.add(target)
        audit.record(actor, action, target, details)
        db.session.commit()
    except IntegrityError as clash:
        db.session.rollback()
        raise ArchiveError(_("Another record already uses this number or address.")) from clash
    except BaseException:
        db.session.rollback()
        raise
    return target


def save_edition(data: EditionData, actor, edition: Edition | None = None) -> Edition:
    """Create an edition, or update the one given."""
    action = "edition.update" if edition else "edition.create"
    edition = edition or Edition()
    _apply_edition(edition, data)
    return _commit(edition, actor, action, edition.slug)


@dataclass
class SessionData:
    """A programme item with its title and summary by language."""

    day: int
    kind: str
    date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    speakers: str = ""
    recording_url: str = ""
    stream_url: str = ""
    titles: dict[str, str] = field(default_factory=dict)
    summaries: dict[str, str] = field(default_factory=dict)


def save_session(edition: Edition, data: SessionData, actor, session: EditionSession | None = None) -> EditionSession:
    """Create a programme item of an edition, or update the one given."""
    if data.kind not in SESSION_KINDS:
        raise ArchiveError(_("Unknown kind of session: %(kind)s.", kind=data.kind))
    if not any((value or "").strip() for value in data.titles.values()):
        raise ArchiveError(_("Give the session a title in at least one language."))
    for link in (data.recording_url, data.stream_url):
        if link and not link.startswith(("http://", "https://")):
            raise ArchiveError(_("A link must start with http:// or https://."))
    action = "session.update" if session else "session.create"
    if session is None:
        session = EditionSession()
        db.session.add(session)
        session.edition = edition
    session.day = data.day
    session.kind = data.kind
    session.date = data.date
    session.start_time = data.start_time
    session.end_time = data.end_time
    session.speakers = data.speakers.strip()
    session.recording_url = data.recording_url.strip()
    session.stream_url = data.stream_url.strip()
    for language in set(data.titles) | set(data.summaries):
        row = session.translation_for(language)
        row.title = (data.titles.get(language) or "").strip()
        row.summary = (data.summaries.get(language) or "").strip()
    return _commit(session, actor, action, f"{edition.slug} day {data.day}")


def delete_session(session: EditionSession, actor) -> None:
    """Remove a programme item; its materials stay with the edition."""
    audit.record(actor, "session.delete", session, session.title()[0])
    db.session.delete(session)
    db.session.commit()


def save_topic(slug: str, names: dict[str, str], actor, topic: Topic | None = None) -> Topic:
    """Create a topic, or rename the one given."""
    slug = slug.strip().lower()
    if not slug or not all(ch.isalnum() or ch == "-" for ch in slug):
        raise ArchiveError(_("The address may hold only letters, digits and hyphens."))
    if not any((value or "").strip() for value in names.values()):
        raise ArchiveError(_("Give the topic a name in at least one language."))
    action = "topic.update" if topic else "topic.create"
    topic = topic or Topic()
    topic.slug = slug
    for language, name in names.items():
        topic.translation_for(language).name = (name or "").strip()
    return _commit(topic, actor, action, slug)
