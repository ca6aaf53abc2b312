"""The Whoosh index on local disk: generations, a shared writer lock, atomic rebuilds.

Layout under SEARCH_INDEX_DIR:
  current            symlink to the live generation (swapped atomically by a rebuild)
  gen-<stamp>/       one complete index; `complete` marks a finished rebuild
  gen-<stamp>/pending.jsonl   writes that could not take the lock in time, replayed by the next writer
"""
import fcntl
import json
import logging
import os
import shutil
import subprocess
import sys
import threading
import time
import uuid
import weakref
from contextlib import contextmanager
from typing import Callable, Iterable

from whoosh import index as whoosh_index
from whoosh.index import LockError
from whoosh.writing import NO_MERGE, OPTIMIZE

from brain.search import segments
from brain.search.documents import SearchDocument
from brain.search.schema import build_schema

logger = logging.getLogger(__name__)

#: Merge small segments in the background once a generation has more than this many, down to as many.
MAX_SEGMENTS_BEFORE_MERGE = 8
WRITE_ATTEMPTS = 3
#: A background merge that takes longer than this is stopped (its half-built segment is dropped).
MERGE_TIMEOUT_S = 3600
#: Processes that analyse documents during a rebuild (Whoosh's MpWriter), each writing a
#: segment of its own, and the memory each may use before spilling postings to disk.
REBUILD_PROCS = max(1, min(2, os.cpu_count() or 1))
REBUILD_MEMORY_MB = 128
COMPLETE_MARKER = "complete"
JOURNAL = "pending.jsonl"


class IndexUnavailable(RuntimeError):
    """The index is missing or cannot be read; `reason` is "missing" or "damaged"."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"search index {reason}: {detail}")
        self.reason = reason


class WhooshIndex:
    """One index directory shared by every worker process of a host."""

    #: Whoosh is written after the database commits (see sync.py), never inside the transaction.
    writes_in_transaction = False

    def __init__(self, root: str, writer_timeout: float = 10.0) -> None:
        self.root = os.path.abspath(root)
        self.writer_timeout = writer_timeout
        self._local = threading.local()
        self._merge_lock = threading.Lock()
        #: The thread waiting for the latest background merge (tests and benchmarks join it).
        self.merging: threading.Thread | None = None

    def search(self, request, parsed, viewer, outcome, pool: int):
        """Count and facet a reader's request into the outcome; return its best matches (see brain.search.whoosh_search)."""
        from brain.search import whoosh_search

        return whoosh_search.run(self, request, parsed, viewer, outcome, pool)

    # Generations ---------------------------------------------------------------------------

    @property
    def current_link(self) -> str:
        return os.path.join(self.root, "current")

    def current_dir(self) -> str | None:
        """Return the live generation's folder, or None when there is none."""
        if not os.path.islink(self.current_link):
            return None
        target = os.path.realpath(self.current_link)
        return target if os.path.isdir(target) else None

    def _new_generation(self) -> str:
        os.makedirs(self.root, exist_ok=True)
        path = os.path.join(self.root, f"gen-{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:8]}")
        os.makedirs(path)
        whoosh_index.create_in(path, build_schema())
        return path

    def _point_current_to(self, generation: str) -> None:
        temporary_link = os.path.join(self.root, f".current-{uuid.uuid4().hex}")
        os.symlink(os.path.basename(generation), temporary_link)
        os.replace(temporary_link, self.current_link)

    def ensure_exists(self) -> None:
        """Create an empty, not-yet-complete generation when there is no index at all."""
        if self.current_dir() is None:
            with self._root_lock():
                if self.current_dir() is None:
                    self._point_current_to(self._new_generation())
                    logger.warning("created an empty search index in %s; run `flask brain reindex`", self.root)

    @contextmanager
    def _root_lock(self):
        os.makedirs(self.root, exist_ok=True)
        with open(os.path.join(self.root, ".lock"), "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def is_complete(self) -> bool:
        """True when the live generation was fully built by a rebuild (no searcher is touched)."""
        directory = self.current_dir()
        return directory is not None and os.path.exists(os.path.join(directory, COMPLETE_MARKER))

    def status(self) -> str:
        """Say whether the index is "ok", "incomplete" (never fully built), "outdated" (built with
        another schema), "missing" or "damaged"."""
        directory = self.current_dir()
        if directory is None:
            return "missing"
        try:
            searcher = self.searcher()
        except IndexUnavailable as unavailable:
            return unavailable.reason
        if sorted(searcher.schema.names()) != sorted(build_schema().names()):
            return "outdated"
        return "ok" if os.path.exists(os.path.join(directory, COMPLETE_MARKER)) else "incomplete"

    def _open(self, directory: str, attempts: int = 5):
        for attempt in range(attempts):
            try:
                return whoosh_index.open_dir(directory)
            except FileNotFoundError as error:
                # Another process's commit removed the table of contents we were about to read
                # (Whoosh cleans old generations as it commits); the newer one is there.
                if attempt == attempts - 1:
                    raise IndexUnavailable("damaged", str(error)) from error
                time.sleep(0.02)
            except Exception as error:  # any unreadable index is reported, never raised to a page
                raise IndexUnavailable("damaged", str(error)) from error

    # Reading -------------------------------------------------------------------------------

    def searcher(self):
        """Return this thread's searcher, reopened after a rebuild and renewed after commits.

        Whoosh's own refresh() reuses segment readers by segment id, so it misses deletions in
        a reused segment (and whoosh-reloaded 2.7.5 may add back merged-away segments); we renew
        readers ourselves, keeping only those whose segment is unchanged.
        """
        directory = self.current_dir()
        if directory is None:
            self.close()
            raise IndexUnavailable("missing", self.root)
        cached = getattr(self._local, "cached", None)
        try:
            if cached is None or cached[0] != directory:
                self.close()
                ix = self._open(directory)
                searcher = self._renewed_with_retries(ix, None)
            else:
                ix, searcher = cached[2], cached[1]
                if ix.latest_generation() != searcher.reader().generation():
                    searcher = self._renewed_with_retries(ix, searcher)
            self._remember((directory, searcher, ix))
            return searcher
        except IndexUnavailable:
            raise
        except Exception as error:
            self.close()
            raise IndexUnavailable("damaged", str(error)) from error

    def _renewed_with_retries(self, ix, previous, attempts: int = 10):
        """Renew the searcher, trying again when a merge removes a segment while we open it."""
        for attempt in range(attempts):
            try:
                return self._renewed_searcher(ix, previous)
            except (OSError, ValueError, KeyError):
                if previous is not None:
                    _close_leaves(previous.reader())
                    previous = None
                if attempt == attempts - 1:
                    raise
                time.sleep(0.05)

    @staticmethod
    def _renewed_searcher(ix, previous):
        """Open a searcher on the latest generation, reusing readers of unchanged segments."""
        from whoosh.reading import EmptyReader, MultiReader, SegmentReader
        from whoosh.searching import Searcher

        from brain.search.engine import carry_cache, open_segment_files

        generation = ix.latest_generation()
        live_segments = ix._segments()
        reusable = {}
        if previous is not None:
            for reader, _ in previous.reader().leaf_readers():
                segment = reader.segment()
                if segment is not None:
                    reusable[segment.segment_id()] = (segment.deleted_count(), reader)
        readers, opened = [], []
        try:
            for segment in live_segments:
                deleted, reader = reusable.pop(segment.segment_id(), (None, None))
                if reader is None or deleted != segment.deleted_count():
                    previous_reader = reader
                    reader = SegmentReader(ix.storage, ix.schema, segment, generation=generation)
                    opened.append(reader)
                    open_segment_files(reader)
                    if previous_reader is not None:
                        carry_cache(previous_reader, reader)
                        previous_reader.close()
                readers.append(reader)
        except BaseException:  # a merge removed a segment as we opened it: the caller tries again
            for reader in opened:
                _close_leaves(reader)
            raise
        for _, stale in reusable.values():
            stale.close()
        if not readers:
            reader = EmptyReader(ix.schema)
        elif len(readers) == 1:
            reader = readers[0]
        else:
            reader = MultiReader(readers, generation=generation)
        return Searcher(reader, fromindex=ix)

    def _remember(self, cached: tuple) -> None:
        """Keep this thread's searcher, and close it when the thread ends (its segment files stay open)."""
        holder = getattr(self._local, "holder", None)
        if holder is None:
            holder = self._local.holder = {}
            weakref.finalize(threading.current_thread(), _close_held_searcher, holder)
        holder["cached"] = cached
        self._local.cached = cached

    def close(self) -> None:
        """Close this thread's searcher."""
        self._local.cached = None
        holder = getattr(self._local, "holder", None)
        if holder is not None:
            _close_held_searcher(holder)

    # Writing -------------------------------------------------------------------------------

    def apply(self, documents: list[SearchDocument], deletes: list[str], merge: bool = True) -> bool:
        """Write documents and deletions; return False when they were journalled for later."""
        if not documents and not deletes:
            return True
        upserts = [document.to_fields() for document in documents]
        self.ensure_exists()
        directory = self.current_dir()
        ix = self._open(directory)
        for attempt in range(WRITE_ATTEMPTS):
            try:
                writer = segments.small_writer(ix, timeout=self.writer_timeout, delay=0.01,
                                               limitmb=segments.WRITER_MEMORY_MB)
            except LockError:
                logger.warning("search index busy (attempt %s of %s)", attempt + 1, WRITE_ATTEMPTS)
                continue
            try:
                replayed = self._drain_journal(directory, writer)
                for document_id in deletes:
                    writer.delete_by_term("id", document_id)
                for fields in upserts:
                    writer.update_document(**fields)
                writer.commit(mergetype=NO_MERGE)
            except BaseException:
                writer.cancel()
                raise
            if replayed:
                logger.info("replayed %s journalled search writes", replayed)
            if merge:
                self._merge_in_background_if_needed(ix)
            return True
        self._journal(directory, upserts, deletes)
        return False

    def _journal(self, directory: str, upserts: list[dict], deletes: list[str]) -> None:
        path = os.path.join(directory, JOURNAL)
        with open(path, "a", encoding="utf-8") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            handle.write(json.dumps({"upserts": upserts, "deletes": deletes}) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
            fcntl.flock(handle, fcntl.LOCK_UN)
        logger.error("search index lock not acquired; %s writes journalled in %s", len(upserts) + len(deletes), path)
        retry = threading.Timer(2.0, self.replay_journal)
        retry.daemon = True
        retry.start()

    def replay_journal(self) -> None:
        """Write journalled changes once the lock is free (also run by the next ordinary write)."""
        directory = self.current_dir()
        if directory is None or not os.path.exists(os.path.join(directory, JOURNAL)):
            return
        try:
            writer = segments.small_writer(self._open(directory), timeout=self.writer_timeout,
                                           limitmb=segments.WRITER_MEMORY_MB)
        except Exception:
            logger.warning("journal replay postponed: the index is busy")
            return
        try:
            replayed = self._drain_journal(directory, writer)
            writer.commit(mergetype=NO_MERGE)
        except BaseException:
            writer.cancel()
            raise
        logger.info("replayed %s journalled search writes", replayed)

    def _drain_journal(self, directory: str, writer) -> int:
        path = os.path.join(directory, JOURNAL)
        if not os.path.exists(path):
            return 0
        count = 0
        with open(path, "r+", encoding="utf-8") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            for line in handle:
                try:
                    entry = json.loads(line)
                except ValueError:
                    continue
                for document_id in entry.get("deletes", []):
                    writer.delete_by_term("id", document_id)
                for fields in entry.get("upserts", []):
                    writer.update_document(**fields)
                count += 1
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)
        return count

    def _merge_in_background_if_needed(self, ix) -> None:
        """Start a merge of the small segments in a process of its own (see brain.search.segments)."""
        try:
            count = len(segments.read_toc(ix).segments)
        except Exception:  # the index is being replaced or is damaged: nothing to merge now
            return
        if count <= MAX_SEGMENTS_BEFORE_MERGE or not self._merge_lock.acquire(blocking=False):
            return
        command = [sys.executable, "-P", segments.__file__, ix.storage.folder, str(MAX_SEGMENTS_BEFORE_MERGE)]

        def merge():
            """Merge again while writes made during a merge left too many segments behind."""
            try:
                while True:
                    finished = subprocess.run(command, capture_output=True, text=True, timeout=MERGE_TIMEOUT_S)
                    if finished.returncode:
                        logger.error("background merge of the search index failed: %s", finished.stderr[-2000:])
                        return
                    if finished.stdout.strip() == "0" or len(segments.read_toc(ix).segments) <= MAX_SEGMENTS_BEFORE_MERGE:
                        return
            except Exception:
                logger.exception("background merge of the search index failed")
            finally:
                self._merge_lock.release()

        self.merging = threading.Thread(target=merge, name="search-merge", daemon=True)
        self.merging.start()

    def merge_small_segments(self) -> None:
        """Merge the small segments now, in this process (for the end of bulk work)."""
        segments.merge_small_segments(self.current_dir() or "")

    def optimize(self) -> None:
        """Merge every segment into one (slow; for the command line, never a request)."""
        ix = self._open(self.current_dir() or "")
        writer = segments.bulk_writer(ix, timeout=max(self.writer_timeout, 60))
        writer.commit(mergetype=OPTIMIZE)

    # Rebuilding ----------------------------------------------------------------------------

    def rebuild(self, documents: Iterable[SearchDocument], on_document: Callable[[], None] | None = None) -> int:
        """Build a fresh generation from documents, then swap it in atomically; return the count."""
        generation = self._new_generation()
        count = 0
        try:
            writer = segments.bulk_writer(whoosh_index.open_dir(generation), limitmb=REBUILD_MEMORY_MB,
                                          procs=REBUILD_PROCS,
                                  multisegment=REBUILD_PROCS > 1)
            try:
                for document in documents:
                    writer.add_document(**document.to_fields())
                    count += 1
                    if on_document:
                        on_document()
                writer.commit(mergetype=OPTIMIZE)
            except BaseException:
                writer.cancel()
                raise
            written = whoosh_index.open_dir(generation).doc_count()
            if written != count:  # MpWriter drops a sub-process's segment it does not hear back from
                raise RuntimeError(f"rebuild wrote {written} of {count} documents")
            open(os.path.join(generation, COMPLETE_MARKER), "w").close()
        except BaseException:
            shutil.rmtree(generation, ignore_errors=True)
            raise
        with self._root_lock():
            previous = self.current_dir()
            self._point_current_to(generation)
            self._remove_old_generations(keep={generation, previous})
        self.close()
        return count

    def _remove_old_generations(self, keep: set) -> None:
        for name in os.listdir(self.root):
            path = os.path.join(self.root, name)
            if name.startswith("gen-") and path not in keep and os.path.isdir(path):
                shutil.rmtree(path, ignore_errors=True)

    def stored_ids(self) -> set[str]:
        """Return the id of every live document in the index."""
        searcher = self.searcher()
        return {fields["id"] for fields in searcher.reader().all_stored_fields()}


def _close_leaves(reader) -> None:
    """Close each segment reader of a reader, going on past those already closed or failing
    (Whoosh's MultiReader.close() stops at the first)."""
    for leaf, _ in reader.leaf_readers():
        if not getattr(leaf, "is_closed", False):
            try:
                leaf.close()
            except Exception:  # closing a reader on deleted files may fail; nothing to keep
                pass


def _close_held_searcher(holder: dict) -> None:
    """Close the searcher a thread held, if any."""
    cached = holder.pop("cached", None)
    if cached is not None:
        _close_leaves(cached[1].reader())
