"""Rebuild the index from the database, and compare the two."""
import logging
from dataclasses import dataclass, field
from typing import Callable, Iterator

from flask import current_app
from sqlalchemy import func, select

from brain.database import utcnow
from brain.extensions import db
from brain.search import documents
from brain.search.documents import SearchDocument

logger = logging.getLogger(__name__)
BATCH = 500


def count_rows() -> int:
    """Count the rows a rebuild will read."""
    total = 0
    for searchable in documents.all_searchables():
        statement = searchable.query_all()
        total += db.session.scalar(select(func.count()).select_from(statement.subquery()))
    return total


def iter_documents(since=None) -> Iterator[tuple[str, SearchDocument | None]]:
    """Yield (key, document or None) for every searchable row, in batches to keep memory flat."""
    for searchable in documents.all_searchables():
        statement = searchable.query_all()
        if since is not None and hasattr(searchable.model, "updated_at"):
            statement = statement.where(searchable.model.updated_at >= since)
        last_id = 0
        while True:
            rows = list(db.session.scalars(
                statement.where(searchable.model.id > last_id).order_by(searchable.model.id).limit(BATCH)
            ))
            if not rows:
                break
            for row in rows:
                document = searchable.build(row)
                yield searchable.key(row), document
            last_id = rows[-1].id
            db.session.expunge_all()


def rebuild(on_document: Callable[[], None] | None = None) -> int:
    """Build a fresh index from the database and swap it in; then catch up on writes made meanwhile."""
    index = current_app.extensions["brain_search"].index
    started = utcnow()
    count = index.rebuild(
        (document for _, document in iter_documents() if document is not None), on_document=on_document
    )
    changed = list(iter_documents(since=started))
    if changed:
        index.apply([d for _, d in changed if d is not None], [k for k, d in changed if d is None])
    logger.info("search index rebuilt with %s documents", count)
    return count


@dataclass
class IndexCheck:
    """How the index differs from the database."""

    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    status: str = "ok"

    @property
    def agrees(self) -> bool:
        return self.status in ("ok", "incomplete") and not self.missing and not self.extra


def check() -> IndexCheck:
    """Compare the documents the database says should exist with those in the index."""
    from brain.search.index import IndexUnavailable

    index = current_app.extensions["brain_search"].index
    expected = {key for key, document in iter_documents() if document is not None}
    try:
        present = index.stored_ids()
    except IndexUnavailable as unavailable:
        return IndexCheck(missing=sorted(expected), status=unavailable.reason)
    return IndexCheck(missing=sorted(expected - present), extra=sorted(present - expected), status=index.status())


def repair(result: IndexCheck) -> None:
    """Add what is missing and remove what should not be there."""
    index = current_app.extensions["brain_search"].index
    wanted = set(result.missing)
    upserts = [document for key, document in iter_documents() if key in wanted and document is not None]
    index.apply(upserts, list(result.extra))
