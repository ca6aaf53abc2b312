"""Keep the index following the database: gather changes on flush, write them after commit.

after_flush records which searchable rows changed; before_commit builds their documents
while the transaction is still open; after_commit writes them to the index (no SQL there);
a rollback drops them, so the index never sees a change the database refused. An engine that
lives in the database itself (PostgreSQL) is written in before_commit, inside the transaction.
"""
import gc
import logging
from contextlib import contextmanager

from flask import current_app, has_app_context
from sqlalchemy import event
from sqlalchemy.orm import Session

from brain.search import documents

logger = logging.getLogger(__name__)

_PENDING = "search_pending"
_BUILT = "search_built"
_BATCH = "search_batch"
#: In a batch, write to the index once this many documents wait.
BATCH_SIZE = 200


def _remember(session: Session, obj, deleted: bool) -> None:
    pending = session.info.setdefault(_PENDING, {})
    searchable = documents.searchable_for(obj)
    if searchable is not None and obj.id is not None:
        key = searchable.key(obj)
        previous = pending.get(key)
        pending[key] = (type(obj), obj.id, deleted or bool(previous and previous[2]))
    for parent in documents.parents_of(obj) or ():
        if parent is not None:
            _remember(session, parent, False)


def _after_flush(session: Session, flush_context) -> None:
    for obj in session.new:
        _remember(session, obj, False)
    for obj in session.dirty:
        if session.is_modified(obj, include_collections=True):
            _remember(session, obj, False)
    for obj in session.deleted:
        _remember(session, obj, True)


def _before_commit(session: Session) -> None:
    if not session.info.get(_PENDING):
        return
    session.flush()
    built = session.info.setdefault(_BUILT, {})
    pending = session.info.pop(_PENDING, {})
    while pending:
        for key, (model, identity, deleted) in pending.items():
            obj = None if deleted else session.get(model, identity)
            document = documents.searchable_for(obj).build(obj) if obj is not None else None
            built[key] = document
        session.flush()
        pending = session.info.pop(_PENDING, {})
    engine = _engine()
    if engine is not None and engine.index.writes_in_transaction:
        engine.index.apply_in_transaction(session, session.info.pop(_BUILT))


def _engine():
    return current_app.extensions.get("brain_search") if has_app_context() else None


def _after_commit(session: Session) -> None:
    built = session.info.pop(_BUILT, None)
    if not built or not has_app_context():
        return
    batch = session.info.get(_BATCH)
    if batch is not None:
        batch.update(built)
        if len(batch) >= BATCH_SIZE:
            _write(dict(batch), merge=False)
            batch.clear()
            gc.collect()
        return
    _write(built)


def _write(built: dict, merge: bool = True) -> None:
    engine = _engine()
    if engine is None:
        return
    upserts = [document for document in built.values() if document is not None]
    deletes = [key for key, document in built.items() if document is None]
    try:
        engine.index.apply(upserts, deletes, merge=merge)
    except Exception:  # the commit stands; `flask brain reindex --check` repairs the index
        logger.exception("search index update failed for %s documents", len(built))


def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(_BUILT, None)


@contextmanager
def batched(session: Session):
    """Write committed changes to the index in batches, for bulk work such as an import.

    Segments are merged once at the end rather than in the background meanwhile, which keeps the
    memory of a long import flat.
    """
    session.info[_BATCH] = {}
    try:
        yield
    finally:
        batch = session.info.pop(_BATCH, None)
        if batch:
            _write(batch, merge=False)
        engine = _engine()
        if engine is not None:
            try:
                engine.index.merge_small_segments()
            except Exception:  # merging is an optimisation; the index is complete without it
                logger.exception("merging the search index after a batch failed")


_installed = False


def install() -> None:
    """Listen to every ORM session once per process."""
    global _installed
    if _installed:
        return
    event.listen(Session, "after_flush", _after_flush)
    event.listen(Session, "before_commit", _before_commit)
    event.listen(Session, "after_commit", _after_commit)
    event.listen(Session, "after_rollback", _after_rollback)
    _installed = True
