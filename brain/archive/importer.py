"""Bulk import of materials from a manifest CSV, one transaction per row."""
import csv
import logging
import os
from dataclasses import dataclass, field
from typing import Callable, Iterator

from flask_babel import gettext as _
from sqlalchemy import func, select

from brain import storage
from brain.archive import services
from brain.archive.models import Edition, EditionSession, Material, SessionTranslation, Topic, TopicTranslation
from brain.extensions import db
from brain.search import sync

logger = logging.getLogger(__name__)

MANIFEST_COLUMNS = (
    "file", "url", "title", "description", "kind", "language", "edition", "session",
    "topics", "authors", "visibility", "translation_group",
)
#: Optional columns: `sample` is "yes" for sample content (the demo archive), shown as such.
OPTIONAL_COLUMNS = ("sample",)


@dataclass
class RowFailure:
    """A manifest row that could not be imported, with its line number and reason."""

    line: int
    reason: str


@dataclass
class ImportReport:
    """What an import did: counts and the reasons of each failure."""

    imported: int = 0
    skipped: int = 0
    failures: list[RowFailure] = field(default_factory=list)
    warnings: list[RowFailure] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)


class RowError(ValueError):
    """A manifest row is wrong; the message says how."""


def find_edition(value: str) -> Edition:
    """Find an edition by its number or slug, or raise RowError."""
    value = value.strip()
    if not value:
        raise RowError(_("The edition is required."))
    if value.isdigit():
        edition = db.session.scalar(select(Edition).where(Edition.number == int(value)))
    else:
        edition = db.session.scalar(select(Edition).where(Edition.slug == value.lower()))
    if edition is None:
        raise RowError(_("No edition %(edition)s.", edition=value))
    return edition


def _find_session(edition: Edition, value: str) -> EditionSession | None:
    value = value.strip()
    if not value:
        return None
    stmt = select(EditionSession).where(EditionSession.edition_id == edition.id)
    if value.isdigit():
        session = db.session.scalar(stmt.where(EditionSession.id == int(value)))
    else:
        session = db.session.scalar(
            stmt.join(SessionTranslation).where(func.lower(SessionTranslation.title) == value.lower()).limit(1)
        )
    if session is None:
        raise RowError(_("No session %(session)s in edition %(edition)s.", session=value, edition=edition.slug))
    return session


def _find_topics(value: str) -> list[Topic]:
    topics = []
    for name in filter(None, (part.strip() for part in value.split(";"))):
        topic = db.session.scalar(select(Topic).where(Topic.slug == name.lower()))
        if topic is None:
            topic = db.session.scalar(
                select(Topic).join(TopicTranslation).where(func.lower(TopicTranslation.name) == name.lower()).limit(1)
            )
        if topic is None:
            raise RowError(_("No topic %(topic)s.", topic=name))
        if topic not in topics:
            topics.append(topic)
    return topics


def read_manifest(path: str) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) for each row of a manifest, checking its header."""
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        missing = [column for column in MANIFEST_COLUMNS if column not in (reader.fieldnames or [])]
        if missing:
            raise RowError(_("The manifest lacks the columns: %(columns)s.", columns=", ".join(missing)))
        for row in reader:
            yield reader.line_num, {key: (value or "") for key, value in row.items() if key}


def count_rows(path: str) -> int:
    """Count a manifest's data rows, for the progress bar."""
    return sum(1 for _ in read_manifest(path))


def import_row(row: dict[str, str], base_dir: str, actor) -> tuple[str, Material | None]:
    """Import one manifest row; return ("imported"|"skipped", material)."""
    edition = find_edition(row["edition"])
    language = row["language"].strip().lower()
    file_value = row["file"].strip()
    url = row["url"].strip()
    if not file_value and not url:
        raise RowError(_("Give a file or a url."))
    data = services.MaterialData(
        title=row["title"].strip(),
        edition=edition,
        kind=row["kind"].strip().lower(),
        language=language,
        description=row["description"],
        session=_find_session(edition, row["session"]),
        topics=_find_topics(row["topics"]),
        authors=row["authors"],
        visibility=(row["visibility"].strip().lower() or "public"),
        url=url,
        translation_group=row["translation_group"],
        is_sample=row.get("sample", "").strip().lower() == "yes",
    )
    if file_value:
        path = os.path.normpath(os.path.join(base_dir, file_value))
        if not os.path.isfile(path):
            raise RowError(_("File not found: %(file)s.", file=file_value))
        key = services.import_key_for(edition, language, storage.file_sha256(path))
    else:
        key = services.import_key_for(edition, language, url)
    if db.session.scalar(select(Material.id).where(Material.import_key == key)) is not None:
        return "skipped", None
    if file_value:
        with open(path, "rb") as stream:
            material = services.add_material(data, actor, stream, os.path.basename(file_value), import_key=key)
    else:
        material = services.add_material(data, actor, import_key=key)
    return "imported", material


def import_manifest(path: str, actor=None, on_row: Callable[[], None] | None = None) -> ImportReport:
    """Import every row of a manifest; a bad row is reported and the others still import."""
    report = ImportReport()
    base_dir = os.path.dirname(os.path.abspath(path))
    actor_type, actor_id = type(actor), getattr(actor, "id", None)
    with sync.batched(db.session()):
        for line, row in read_manifest(path):
            _import_line(line, row, base_dir, actor_type, actor_id, report, on_row)
    return report


def _import_line(line: int, row: dict[str, str], base_dir: str, actor_type, actor_id, report: ImportReport,
                 on_row: Callable[[], None] | None) -> None:
    """Import one line in its own transaction, recording the outcome in the report."""
    try:
        row_actor = db.session.get(actor_type, actor_id) if actor_id else None
        outcome, material = import_row(row, base_dir, row_actor)
    except (RowError, services.ArchiveError) as refused:
        db.session.rollback()
        report.failures.append(RowFailure(line, str(refused)))
    except Exception as error:
        db.session.rollback()
        logger.exception("import of line %s failed", line)
        report.failures.append(RowFailure(line, _("Unexpected error: %(error)s", error=error)))
    else:
        if outcome == "imported":
            report.imported += 1
            if material.extraction_warning:
                report.warnings.append(RowFailure(line, material.extraction_warning))
        else:
            report.skipped += 1
    finally:
        db.session.expunge_all()
        if on_row:
            on_row()
