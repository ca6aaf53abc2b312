"""Whoosh segments: the codec our writers use, and merging small segments while writers go on.

Whoosh merges inside a writer, holding the index's writer lock, so every write waits for the
whole merge; and a merge run in a thread of a web worker takes the GIL from its requests. Here
a merge builds its segment aside, in a process of its own (`python -P segments.py DIR`), and
holds the writer lock only for the few milliseconds it takes to swap the segments in.

That process imports nothing of the application beyond the analysers the index's schema names,
so it starts in a fraction of a second. It reads private codec internals of whoosh-reloaded, pinned at 2.7.5.
"""
import fcntl
import logging
import os
import pickle
import shutil
import sys
import time
import types
import uuid

from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3Codec, _lenfield
from whoosh.index import TOC, clean_files
from whoosh.reading import SegmentReader
from whoosh.util import fib
from whoosh.util.filelock import try_for
from whoosh.util.numeric import byte_to_length
from whoosh import writing as whoosh_writing
from whoosh.writing import NO_MERGE

logger = logging.getLogger(__name__)

#: Memory a writer may use for postings before it spills to disk (Whoosh defaults to 128 MB).
WRITER_MEMORY_MB = 32
#: How long a merge waits for the writer lock to swap its segment in before dropping it.
SWAP_TIMEOUT_S = 60
#: One merge at a time per index folder, across the processes of a host.
MERGE_LOCK = ".merging"
ASIDE_PREFIX = ".merge-"

#: Postings pickled together when a writer's pool spills a sorted run to disk.
RUN_CHUNK = 20_000
#: How much lower than the workers a background merge runs: readers' requests come first (the
#: swap under the write lock is a few milliseconds of work, so writers barely wait the longer).
MERGE_NICENESS = 10

_BYTE_TO_LENGTH = [byte_to_length(code) for code in range(256)]


class _ChunkedRunsPool(whoosh_writing.PostingPool):
    """Whoosh's pool of postings, spilling its sorted runs as pickled lists rather than one pickle
    per posting: a rebuild spills every posting once and reads it back once, and the per-posting
    dump and load were a fifth of its time (a 10,000-document rebuild: 151 → 205 documents/s)."""

    def _write_run(self, f, items):
        chunk = []
        for item in items:
            chunk.append(item)
            if len(chunk) == RUN_CHUNK:
                pickle.dump(chunk, f, pickle.HIGHEST_PROTOCOL)
                chunk = []
        if chunk:
            pickle.dump(chunk, f, pickle.HIGHEST_PROTOCOL)
        f.close()

    def _read_run(self, path):
        f = self._open_run(path)
        try:
            while True:
                try:
                    chunk = pickle.load(f)
                except EOFError:
                    return
                yield from chunk
        finally:
            f.close()
            self._remove_run(path)


#: SegmentWriter builds its pool from this module global, with no parameter to choose another.
whoosh_writing.PostingPool = _ChunkedRunsPool


class _PreloadedLengths:
    """A segment's per-document reader whose field lengths are read once per field, not per posting.

    When a writer commits, Whoosh asks the new segment for a document's field length once for
    every posting it writes (a file seek and a struct unpack each): a third of a rebuild's
    commit. This reads each length column into memory on first use.
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


class Codec(W3Codec):
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


def small_writer(ix, **kwargs):
    """A writer of small commits: one compound segment per commit, written with the codec above."""
    return ix.writer(codec=Codec(), **kwargs)


def bulk_writer(ix, **kwargs):
    """A writer for rebuilds and merges, whose segment is large and read by every query and write.

    Its files stay apart (not `compound`): Whoosh reads a compound segment's terms and postings
    into memory copies each time a reader opens it, which every update and every new searcher
    does (~0.2 s at 10,000 documents, growing with the index).
    """
    return ix.writer(codec=Codec(), compound=False, **kwargs)


def _again_if_replaced(read, attempts: int = 20):
    """Read a table of contents, again if a concurrent commit removed it as we opened it (Whoosh
    deletes the previous one as it commits; the newer one is then there)."""
    for attempt in range(attempts):
        try:
            return read()
        except FileNotFoundError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.01)


def read_toc(ix):
    """The index's latest table of contents: its generation, schema and segments."""
    return _again_if_replaced(ix._read_toc)


def small_segments(segments: list) -> list:
    """The segments Whoosh's MERGE_SMALL policy would merge (a Fibonacci rule on their sizes)."""
    chosen, total = [], 0
    for position, segment in enumerate(sorted(segments, key=lambda segment: segment.doc_count_all())):
        total += segment.doc_count_all()
        chosen.append(segment)
        if position > 3 and total < fib(position + 5):
            return chosen
    return []


def merge_small_segments(directory: str, keep_at_most: int = 0) -> int:
    """Merge small segments of the index in `directory` until it has no more than `keep_at_most`
    segments or nothing is left to merge; return how many merges were made (0 as well when
    another process is merging this index).

    Each merge is built from a snapshot of the table of contents, in a folder of its own
    (where another writer's clean-up cannot delete it). Then, under the writer lock, its files
    move in, deletions made meanwhile are carried over to it, and a new table of contents
    replaces the merged segments. If another merge removed one of them first, this one is dropped.
    """
    with open(os.path.join(directory, MERGE_LOCK), "a") as merging:
        try:
            fcntl.flock(merging, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return 0
        _remove_leftovers(directory)
        merges = 0
        while _merge_once(directory, keep_at_most):
            merges += 1
        return merges


def _merge_once(directory: str, keep_at_most: int) -> bool:
    """Merge the smallest segments once (Whoosh's MERGE_SMALL choice); False when there was nothing to do.
    """
    ix = _again_if_replaced(lambda: whoosh_index.open_dir(directory))
    snapshot = read_toc(ix)
    if len(snapshot.segments) <= keep_at_most:
        return False
    chosen = small_segments(snapshot.segments)
    if len(chosen) < 2:
        return False
    aside = os.path.join(directory, f"{ASIDE_PREFIX}{uuid.uuid4().hex}")
    try:
        merged, live_docnums = _write_merged_segment(ix.storage, snapshot.schema, chosen, aside)
        return _swap_in(ix, chosen, merged, live_docnums, aside)
    finally:
        shutil.rmtree(aside, ignore_errors=True)


def _remove_leftovers(directory: str) -> None:
    """Remove the folders of merges whose process died (we hold the merge lock: none is running)."""
    for name in os.listdir(directory):
        if name.startswith(ASIDE_PREFIX):
            shutil.rmtree(os.path.join(directory, name), ignore_errors=True)


def _write_merged_segment(storage, schema, chosen: list, aside: str) -> tuple:
    """Copy the live documents of the chosen segments, in order, into one segment under `aside`."""
    os.makedirs(aside)
    aside_index = whoosh_index.create_in(aside, schema)
    writer = bulk_writer(aside_index, limitmb=WRITER_MEMORY_MB)
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


def _swap_in(ix, chosen: list, merged, live_docnums: list, aside: str) -> bool:
    lock = ix.lock("WRITELOCK")
    if not try_for(lock.acquire, timeout=SWAP_TIMEOUT_S, delay=0.01):
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
                os.replace(os.path.join(aside, name), os.path.join(ix.storage.folder, name))
        replaced = {segment.segment_id() for segment in chosen}
        segments = [segment for segment in current.segments if segment.segment_id() not in replaced]
        segments.append(merged)
        generation = current.generation + 1
        TOC(current.schema, segments, generation).write(ix.storage, ix.indexname)
        clean_files(ix.storage, ix.indexname, generation, segments)
        return True
    finally:
        lock.release()


def _packages_without_the_app() -> None:
    """Let the schema in the table of contents load brain.search.analysis without importing the
    application (Flask, the routes, the models): empty `brain` and `brain.search` packages."""
    search_folder = os.path.dirname(os.path.abspath(__file__))
    for name, folder in (("brain", os.path.dirname(search_folder)), ("brain.search", search_folder)):
        package = types.ModuleType(name)
        package.__path__ = [folder]
        sys.modules[name] = package


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s search-merge: %(message)s")
    os.nice(MERGE_NICENESS)
    _packages_without_the_app()
    print(merge_small_segments(sys.argv[1], int(sys.argv[2])))
