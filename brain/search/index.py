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
import threading
import time
import uuid
import weakref
from contextlib import contextmanager
from typing import Callable, Iterable

from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3Codec, _lenfield
from whoosh.index import TOC, LockError, clean_files
from whoosh.reading import SegmentReader
from whoosh.util import fib
from whoosh.util.filelock import try_for
from whoosh.util.numeric import byte_to_length
from whoosh.writing import NO_MERGE, OPTIMIZE

from brain.search.documents import SearchDocument
from brain.search.schema import build_schema

logger = logging.getLogger(__name__)

#: Merge small segments in the background once a generation has more than this many.
MAX_SEGMENTS_BEFORE_MERGE = 8
WRITE_ATTEMPTS = 3
#: Memory a writer may use for postings before it spills to disk (Whoosh defaults to 128 MB).
WRITER_MEMORY_MB = 32
#: Processes that analyse documents during a rebuild (Whoosh's MpWriter), each writing a
#: segment of its own, and the memory each may use before spilling postings to disk.
REBUILD_PROCS = max(1, min(2, os.cpu_count() or 1))
REBUILD_MEMORY_MB = 128
COMPLETE_MARKER = "complete"
JOURNAL = "pending.jsonl"


_BYTE_TO_LENGTH = [byte_to_length(code) for code in range(256)]


class _PreloadedLengths:
    """A segment's per-document reader whose field lengths are read once per field, not per posting.

    When a writer commits, Whoosh asks the new segment for a document's field length once for
    every posting it writes (a file seek and a struct unpack each): a third of a rebuild's
    commit. This reads each length column into memory on first use (private W3 codec internals;
    whoosh-reloaded is pinned at 2.7.5).
    """

    def __init__(self, reader) -> None:
        self._reader = reader
        self._lengths: dict[str, bytes] = {}

    def __getattr__(self, name):
        return getattr(self._reader, name)

    def doc_field_length(self, docnum: int, fieldname: str, default=0):
        data = self._lengths.get(fieldname)
        if data is None:
            column = self._reader._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            if column is None:
                return default
            data = self._lengths[fieldname] = bytes(column._dbfile.get(column._basepos, column._count))
        code = data[docnum] if docnum < len(data) else 0
        return _BYTE_TO_LENGTH[code] if code else None  # as W3PerDocReader does


class _Codec(W3Codec):
    """Whoosh's W3 codec with posting blocks stored uncompressed and a faster commit.

    Uncompressed blocks make the index about twice as large; commits and queries skip zlib.
    Its writers read each field-length column once (see _PreloadedLengths). Segments record a
    plain W3Codec, so the index on disk stays an ordinary Whoosh index.
    """

    def __init__(self) -> None:
        super().__init__(compression=0)

    def new_segment(self, storage, indexname):
        return W3Codec(compression=0).new_segment(storage, indexname)

    def per_document_reader(self, storage, segment):
        return _PreloadedLengths(super().per_document_reader(storage, segment))


def _writer(ix, **kwargs):
    """A writer of small commits: one compound segment per commit, written with the codec above."""
    return ix.writer(codec=_Codec(), **kwargs)


def _bulk_writer(ix, **kwargs):
    """A writer for rebuilds and merges, whose segment is large and read by every query and write.

    Its files stay apart (not `compound`): Whoosh reads a compound segment's terms and postings
    into memory copies each time a reader opens it, which every update and every new searcher
    does (~0.2 s at 10,000 documents, growing with the index).
    """
    return ix.writer(codec=_Codec(), compound=False, **kwargs)


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

    def search(self, request, parsed, viewer, outcome) -> None:
        """Answer a reader's request into the outcome (see brain.search.whoosh_search)."""
        from brain.search import whoosh_search

        whoosh_search.run(self, request, parsed, viewer, outcome)

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
                if attempt == attempts - 1:
                    raise
                previous = None
                time.sleep(0.05)

    @staticmethod
    def _renewed_searcher(ix, previous):
        """Open a searcher on the latest generation, reusing readers of unchanged segments."""
        from whoosh.reading import EmptyReader, MultiReader, SegmentReader
        from whoosh.searching import Searcher

        from brain.search.engine import carry_cache

        generation = ix.latest_generation()
        segments = ix._segments()
        reusable = {}
        if previous is not None:
            for reader, _ in previous.reader().leaf_readers():
                segment = reader.segment()
                if segment is not None:
                    reusable[segment.segment_id()] = (segment.deleted_count(), reader)
        readers = []
        for segment in segments:
            deleted, reader = reusable.pop(segment.segment_id(), (None, None))
            if reader is None or deleted != segment.deleted_count():
                previous_reader = reader
                reader = SegmentReader(ix.storage, ix.schema, segment, generation=generation)
                if previous_reader is not None:
                    carry_cache(previous_reader, reader)
                    previous_reader.close()
            readers.append(reader)
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
                writer = _writer(ix, timeout=self.writer_timeout, delay=0.01, limitmb=WRITER_MEMORY_MB)
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
            writer = _writer(self._open(directory), timeout=self.writer_timeout, limitmb=WRITER_MEMORY_MB)
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
        try:
            segments = len(ix._segments())
        except Exception:
            return
        if segments <= MAX_SEGMENTS_BEFORE_MERGE or not self._merge_lock.acquire(blocking=False):
            return
        directory = ix.storage.folder

        def merge():
            try:
                self._merge_small_segments_aside(directory)
            except Exception:
                logger.exception("background merge of the search index failed")
            finally:
                self._merge_lock.release()

        threading.Thread(target=merge, name="search-merge", daemon=True).start()

    def merge_small_segments(self) -> None:
        """Merge the small segments now, in this process (for the end of bulk work)."""
        self._merge_small_segments_aside(self.current_dir() or "")

    def _merge_small_segments_aside(self, directory: str) -> bool:
        """Merge small segments while writers go on; return False when there was nothing to do.

        Whoosh merges inside a writer, so every write waits for the whole merge. Here the merged
        segment is built from a snapshot of the table of contents in a folder of its own (where
        another writer's clean-up cannot delete it); then, under the writer lock for a few
        milliseconds, its files move in, deletions made meanwhile are carried over to it, and a
        new table of contents replaces the merged segments. A concurrent merge of the same
        segments that commits first wins; this one is then dropped.
        """
        ix = self._open(directory)
        snapshot = ix._read_toc()
        chosen = _small_segments(snapshot.segments)
        if len(chosen) < 2:
            return False
        aside = os.path.join(directory, f".merge-{uuid.uuid4().hex}")
        try:
            merged, live_docnums = self._write_merged_segment(ix.storage, snapshot.schema, chosen, aside)
            lock = ix.lock("WRITELOCK")
            if not try_for(lock.acquire, timeout=max(self.writer_timeout, 60), delay=0.01):
                logger.info("merged segment dropped: the index stayed busy")
                return False
            try:
                current = ix._read_toc()
                now = {segment.segment_id(): segment for segment in current.segments}
                if any(segment.segment_id() not in now for segment in chosen):
                    return False
                position = 0
                for segment, docnums in zip(chosen, live_docnums):
                    for docnum in docnums:
                        if now[segment.segment_id()].is_deleted(docnum):
                            merged.delete_document(position)
                        position += 1
                for name in os.listdir(aside):
                    if name.startswith(merged.segment_id() + "."):
                        os.replace(os.path.join(aside, name), os.path.join(directory, name))
                replaced = {segment.segment_id() for segment in chosen}
                segments = [segment for segment in current.segments if segment.segment_id() not in replaced]
                segments.append(merged)
                generation = current.generation + 1
                TOC(current.schema, segments, generation).write(ix.storage, ix.indexname)
                clean_files(ix.storage, ix.indexname, generation, segments)
            finally:
                lock.release()
        finally:
            shutil.rmtree(aside, ignore_errors=True)
        return True

    @staticmethod
    def _write_merged_segment(storage, schema, chosen: list, aside: str) -> tuple:
        """Copy the live documents of the chosen segments, in order, into one segment under `aside`."""
        os.makedirs(aside)
        aside_index = whoosh_index.create_in(aside, schema)
        writer = _bulk_writer(aside_index, limitmb=WRITER_MEMORY_MB)
        live_docnums = []
        try:
            for segment in chosen:
                reader = SegmentReader(storage, schema, segment)
                try:
                    writer.add_reader(reader)
                finally:
                    reader.close()
                live_docnums.append([docnum for docnum in range(segment.doc_count_all())
                                     if not segment.is_deleted(docnum)])
            writer.commit(mergetype=NO_MERGE)
        except BaseException:
            writer.cancel()
            raise
        return aside_index._segments()[0], live_docnums

    def optimize(self) -> None:
        """Merge every segment into one (slow; for the command line, never a request)."""
        ix = self._open(self.current_dir() or "")
        writer = _bulk_writer(ix, timeout=max(self.writer_timeout, 60))
        writer.commit(mergetype=OPTIMIZE)

    # Rebuilding ----------------------------------------------------------------------------

    def rebuild(self, documents: Iterable[SearchDocument], on_document: Callable[[], None] | None = None) -> int:
        """Build a fresh generation from documents, then swap it in atomically; return the count."""
        generation = self._new_generation()
        count = 0
        try:
            writer = _bulk_writer(whoosh_index.open_dir(generation), limitmb=REBUILD_MEMORY_MB, procs=REBUILD_PROCS,
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


def _small_segments(segments: list) -> list:
    """The segments Whoosh's MERGE_SMALL policy would merge (a Fibonacci rule on their sizes)."""
    chosen, total = [], 0
    for position, segment in enumerate(sorted(segments, key=lambda segment: segment.doc_count_all())):
        total += segment.doc_count_all()
        chosen.append(segment)
        if position > 3 and total < fib(position + 5):
            return chosen
    return []


def _close_held_searcher(holder: dict) -> None:
    """Close the searcher a thread held, if any."""
    cached = holder.pop("cached", None)
    if cached is not None:
        try:
            cached[1].close()
        except Exception:  # closing a searcher on deleted files may fail; nothing to keep
            pass
