"""Answer a Whoosh query in one pass over its postings: matches, exact count, facet counts, top hits.

Whoosh's own `search()` walks a tree of per-document matchers in Python and, with facets or an
exact count, scores and sorts every hit; a cross-language word becomes an OR of a dozen terms, so
that costs seconds at 50,000 documents. Here each term's posting blocks are read once into numpy
arrays, combined as dense per-segment arrays (a match mask and a score), and scored with BM25F the
way Whoosh scores (same idf, average field length and quantised field lengths), so the top hits
come out in the same order as Whoosh's own search. Facets are counted from cached column codes.

This reads private internals of the W3 codec (posting blocks, inlined postings, length columns):
whoosh-reloaded is pinned at 2.7.5, and tests/search/test_engine.py compares every result with
Whoosh's own search().
"""
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from itertools import accumulate
from math import log
from pickle import loads

import numpy as np
from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, STORED_COLUMN, W3Codec, W3LeafMatcher, _lenfield
from whoosh.matching import ListMatcher
from whoosh.system import _INT_SIZE
from whoosh.util.numeric import byte_to_length

from brain.search.analysis import has_array_positions

#: Whoosh's BM25F defaults (whoosh.scoring.BM25F).
K1, B = 1.2, 0.75
_LENGTHS = np.array([byte_to_length(i) for i in range(256)], dtype=np.float64)
_CACHE = "_brain_engine_cache"
#: Phrase answers kept per segment (a few hundred small arrays).
MAX_CACHED_PHRASES = 512
#: Decoded postings (ids and weights, 8 bytes a posting) kept per process, most recent first.
POSTINGS_CACHE_MB = 64
#: Terms whose document frequency a segment remembers before it starts afresh (query words recur).
MAX_REMEMBERED_TERMS = 50_000


@dataclass
class Ranked:
    """What one evaluation gives: the exact count, facet counts and the requested top hits."""

    total: int
    #: Global docnums of the top hits, best first.
    docnums: list[int]
    #: {column: {value: count}} over every match.
    facets: dict[str, dict]
    #: The relevance score of each top hit (0 when ordered by a column).
    scores: list[float] = field(default_factory=list)


class _PostingsCache:
    """A process-wide LRU of decoded postings, bounded in bytes, keyed by segment id and term.

    Unpickling posting blocks is most of a query's time at 50,000 documents (a common word's
    blocks hold its positions too); the words people search for recur. A segment's postings
    never change (deletions are masked separately), and a merged-away segment's entries age out.
    """

    def __init__(self, megabytes: int) -> None:
        self.budget = megabytes * 1_000_000
        self.used = 0
        self._items: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key, value) -> None:
        if value is None:
            return
        size = value[0].nbytes + value[1].nbytes
        with self._lock:
            if key in self._items or size > self.budget // 4:
                return
            self._items[key] = value
            self.used += size
            while self.used > self.budget:
                _, (ids, weights) = self._items.popitem(last=False)
                self.used -= ids.nbytes + weights.nbytes


_POSTINGS = _PostingsCache(POSTINGS_CACHE_MB)


def open_segment_files(reader) -> None:
    """Open now the files Whoosh opens on first use: stored fields, field lengths, sortable columns.

    A merge removes the files of the segments it replaced while searchers opened before it may
    still be reading them; files already open stay readable, and the reader's `has_column` then
    answers from what was found here rather than from the folder. Raises FileNotFoundError when a
    merge removed the segment while it was being opened (the caller opens the newer generation).
    """
    perdoc = reader._perdoc
    wanted = {"_stored": STORED_COLUMN}
    for name, field in reader.schema.items():
        if field.scorable:
            wanted[_lenfield(name)] = LENGTHS_COLUMN
        if field.column_type is not None:
            wanted[name] = field.column_type
    present = frozenset(name for name in wanted if perdoc.has_column(name))
    for name in present:
        perdoc._cached_reader(name, wanted[name])
    segment = reader.segment()
    if not perdoc._storage.file_exists(segment.make_filename(W3Codec.TERMS_EXT)):
        raise FileNotFoundError(f"segment {segment.segment_id()} was merged away as it was opened")
    perdoc.has_column = present.__contains__


class _Segment:
    """One leaf reader with the arrays cached on it (lengths, columns, live documents)."""

    def __init__(self, reader, offset: int) -> None:
        self.reader = reader
        self.offset = offset
        self.size = reader.doc_count_all()
        cache = getattr(reader, _CACHE, None)
        if cache is None:
            cache = {}
            setattr(reader, _CACHE, cache)
        self.cache = cache

    def live(self) -> np.ndarray:
        if "live" not in self.cache:
            live = np.ones(self.size, dtype=bool)
            if self.reader.has_deletions():
                deleted = np.fromiter(self.reader.deleted_docs_set, dtype=np.int64)
                live[deleted[deleted < self.size]] = False
            self.cache["live"] = live
        return self.cache["live"]

    def lengths(self, fieldname: str) -> np.ndarray:
        key = ("len", fieldname)
        if key not in self.cache:
            column = self.reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            codes = np.zeros(self.size, dtype=np.uint8)
            if column is not None:  # one byte per document, read in one go (FixedBytesColumn)
                stored = min(column._count, self.size)
                codes[:stored] = np.frombuffer(column._dbfile.get(column._basepos, stored), dtype=np.uint8)
                codes[stored:] = column._default
            self.cache[key] = _LENGTHS[codes]
        return self.cache[key]

    def column(self, fieldname: str) -> tuple[np.ndarray, list] | None:
        """Return (codes, values) of a sortable column: values[codes[docnum]] is the doc's value."""
        key = ("col", fieldname)
        if key not in self.cache:
            if not self.reader.has_column(fieldname):
                self.cache[key] = None
            else:
                column = self.reader.column_reader(fieldname)
                values, codes, seen = [], np.empty(self.size, dtype=np.int32), {}
                for docnum, value in enumerate(column):
                    code = seen.get(value)
                    if code is None:
                        code = seen[value] = len(values)
                        values.append(value)
                    codes[docnum] = code
                self.cache[key] = (codes, values)
        return self.cache[key]

    def doc_frequency(self, fieldname: str, tbytes: bytes) -> int:
        """How many of the segment's documents hold a term (0 when none), remembered for the
        segment's life: a segment never changes, and after each write every worker opens a new
        searcher that would otherwise look each query term up again in each old segment's files."""
        known = self.cache.get("df")
        if known is None or len(known) > MAX_REMEMBERED_TERMS:
            known = self.cache["df"] = {}
        found = known.get((fieldname, tbytes))
        if found is None:
            try:
                found = self.reader._terms.doc_frequency(fieldname, tbytes)
            except KeyError:
                found = 0
            known[(fieldname, tbytes)] = found
        return found

    def numbers(self, fieldname: str) -> np.ndarray:
        """Return the column's values as numbers by document, 0 where a document has none."""
        column = self.column(fieldname)
        if column is None:
            return np.zeros(self.size, dtype=np.float64)
        codes, values = column
        return np.array([value or 0 for value in values], dtype=np.float64)[codes]

    def postings(self, fieldname: str, tbytes: bytes, values: bool = False):
        """Return (ids, weights[, encoded values]) of a term in this segment, or None."""
        key = (self.reader._segid, fieldname, tbytes)
        if values:  # a phrase: positions are read each time, ids and weights kept for its scoring
            found = self._read(fieldname, tbytes, True)
            if found is not None:
                _POSTINGS.put(key, found[:2])
            return found
        found = _POSTINGS.get(key)
        if found is None:
            found = self._read(fieldname, tbytes, False)
            _POSTINGS.put(key, found)
        return found

    def _read(self, fieldname: str, tbytes: bytes, values: bool):
        if not self.doc_frequency(fieldname, tbytes):
            return None
        # The codec's own matcher: SegmentReader.postings() would wrap it to skip deleted
        # documents, which the live mask does here.
        matcher = self.reader._terms.matcher(fieldname, tbytes, self.reader.schema[fieldname].format)
        if isinstance(matcher, ListMatcher):
            ids = np.asarray(matcher._ids, dtype=np.int32)
            weights = matcher._weights
            weights = np.full(len(ids), matcher._all_weights or 1.0, dtype=np.float32) if weights is None \
                else np.asarray(weights, dtype=np.float32)
            return (ids, weights, list(matcher._values or ())) if values else (ids, weights)
        if not isinstance(matcher, W3LeafMatcher):  # pragma: no cover - another codec
            raise TypeError(f"unexpected matcher {type(matcher).__name__}")
        id_parts, weight_parts, value_parts = [], [], []
        while True:
            if matcher._data is None:
                matcher._read_data()
            block_ids, block_weights, block_values = matcher._data
            count = matcher._blocklength
            id_parts.extend(accumulate(block_ids))
            if block_weights is None:
                weight_parts.extend([1.0] * count)
            elif isinstance(block_weights, float):
                weight_parts.extend([block_weights] * count)
            else:
                weight_parts.extend(block_weights)
            if values:
                value_parts.extend(block_values)
            if matcher._lastblock:
                break
            matcher._goto(matcher._nextoffset)
        ids = np.array(id_parts, dtype=np.int32)
        weights = np.array(weight_parts, dtype=np.float32)
        return (ids, weights, value_parts) if values else (ids, weights)


class Engine:
    """Evaluates queries against one searcher; cached on the searcher (see `engine_for`)."""

    def __init__(self, searcher) -> None:
        self.searcher = searcher
        self.schema = searcher.schema
        self.doc_count_all = searcher.doc_count_all()
        self.segments = [_Segment(reader, offset) for reader, offset in searcher.reader().leaf_readers()]
        self._idf: dict = {}
        self._avgfl: dict = {}
        #: Answers of (segment, subquery) within one request: glossary notes and suggestions ask
        #: again for parts of the query just answered. Emptied by forget().
        self._memo: dict = {}

    def __contains__(self, term: tuple[str, str]) -> bool:
        """Whether any segment holds a term, as `term in reader` answers, without a file lookup
        per segment for terms asked before: a query tries each word in every language's fields."""
        fieldname, text = term
        if fieldname not in self.schema:
            return False
        tbytes = self.schema[fieldname].to_bytes(text)
        return any(segment.doc_frequency(fieldname, tbytes) for segment in self.segments)

    def forget(self) -> None:
        """Drop the answers kept for the current request."""
        self._memo.clear()

    # Statistics, as whoosh.scoring.BM25F computes them ---------------------------------------

    def idf(self, fieldname: str, tbytes: bytes) -> float:
        key = (fieldname, tbytes)
        if key not in self._idf:
            frequency = sum(segment.doc_frequency(fieldname, tbytes) for segment in self.segments)
            self._idf[key] = log(self.doc_count_all / (frequency + 1)) + 1
        return self._idf[key]

    def avgfl(self, fieldname: str) -> float:
        if fieldname not in self._avgfl:
            self._avgfl[fieldname] = (self.searcher.field_length(fieldname) / (self.doc_count_all or 1)) or 1
        return self._avgfl[fieldname]

    def _term_scores(self, segment: _Segment, fieldname: str, ids: np.ndarray, weights: np.ndarray,
                     tbytes: bytes) -> np.ndarray:
        weights = weights.astype(np.float64)  # stored as float32 (counts times a boost: exact)
        if not self.schema[fieldname].scorable:
            return weights
        lengths = segment.lengths(fieldname)[ids]
        idf, avgfl = self.idf(fieldname, tbytes), self.avgfl(fieldname)
        return idf * ((weights * (K1 + 1)) / (weights + K1 * ((1 - B) + B * lengths / avgfl)))

    # Evaluation ------------------------------------------------------------------------------

    def evaluate(self, query, segment: _Segment) -> tuple[np.ndarray, np.ndarray]:
        """Return (mask, scores) of a query over one segment's documents (deleted ones included).

        The arrays are shared with later calls in the same request: read-only.
        """
        key = (segment.offset, query)
        found = self._memo.get(key)
        if found is None:
            found = self._evaluate(query, segment)
            for array in found:
                array.flags.writeable = False
            self._memo[key] = found
        return found

    def _evaluate(self, query, segment: _Segment) -> tuple[np.ndarray, np.ndarray]:
        size = segment.size
        if query is wq.NullQuery or isinstance(query, type(wq.NullQuery)):
            return np.zeros(size, dtype=bool), np.zeros(size)
        boost = getattr(query, "boost", 1.0)
        if isinstance(query, wq.Term):
            mask, scores = np.zeros(size, dtype=bool), np.zeros(size)
            field = self.schema[query.fieldname]
            tbytes = field.to_bytes(query.text)
            found = segment.postings(query.fieldname, tbytes)
            if found is not None:
                ids, weights = found
                mask[ids] = True
                scores[ids] = self._term_scores(segment, query.fieldname, ids, weights, tbytes) * boost
            return mask, scores
        if isinstance(query, wq.Phrase):
            return self._phrase(query, segment)
        if isinstance(query, wq.AndNot):
            mask, scores = self.evaluate(query.a, segment)
            excluded, _ = self.evaluate(query.b, segment)
            return mask & ~excluded, scores
        if isinstance(query, wq.AndMaybe):
            mask, scores = self.evaluate(query.a, segment)
            extra_mask, extra = self.evaluate(query.b, segment)
            return mask, scores + np.where(extra_mask & mask, extra, 0.0)
        if isinstance(query, wq.And):
            mask, scores = np.ones(size, dtype=bool), np.zeros(size)
            for part in query.subqueries:
                part_mask, part_scores = self.evaluate(part, segment)
                mask &= part_mask
                scores += part_scores
            return mask, np.where(mask, scores * boost, 0.0)
        if isinstance(query, wq.Or):
            mask, scores = np.zeros(size, dtype=bool), np.zeros(size)
            for part in query.subqueries:
                part_mask, part_scores = self.evaluate(part, segment)
                mask |= part_mask
                scores += part_scores
            return mask, scores * boost if boost != 1.0 else scores
        if isinstance(query, wq.ConstantScoreQuery):
            mask, _ = self.evaluate(query.child, segment)
            return mask, np.where(mask, query.score, 0.0)
        if isinstance(query, wq.Not):
            mask, _ = self.evaluate(query.query, segment)
            return ~mask, np.where(mask, 0.0, boost)
        if isinstance(query, wq.Every):
            return np.ones(size, dtype=bool), np.full(size, boost)
        if isinstance(query, wq.NumericRange) and segment.column(query.fieldname) is not None:
            values = segment.numbers(query.fieldname)
            mask = np.ones(size, dtype=bool)
            if query.start is not None:
                mask &= values >= query.start
            if query.end is not None:
                mask &= values <= query.end
            return mask, np.where(mask, boost, 0.0)
        return self._by_whoosh(query, segment)

    def _by_whoosh(self, query, segment: _Segment) -> tuple[np.ndarray, np.ndarray]:
        """Any other query: let Whoosh list its documents (unscored)."""
        from whoosh.searching import Searcher

        mask = np.zeros(segment.size, dtype=bool)
        docs = list(query.docs(Searcher(segment.reader, closereader=False)))
        mask[np.asarray(docs, dtype=np.int64)] = True
        return mask, np.where(mask, getattr(query, "boost", 1.0), 0.0)

    def _phrase(self, query, segment: _Segment) -> tuple[np.ndarray, np.ndarray]:
        """Consecutive words, scored as Whoosh scores a phrase (the sum of its words' scores).

        The documents holding every word are candidates; their positions are checked in bulk
        (ArrayPositions) or, on an index built before those, one document at a time. Which
        documents hold a phrase does not change while a segment lives (deletions are masked
        later), so the answer is cached on the segment; scores are recomputed, as the
        index-wide statistics move with every commit.
        """
        size, fieldname = segment.size, query.fieldname
        mask, scores = np.zeros(size, dtype=bool), np.zeros(size)
        field = self.schema[fieldname]
        words = tuple(field.to_bytes(word) for word in query.words)
        phrases = segment.cache.setdefault("phrases", {})
        matched = phrases.get((fieldname, words))
        if matched is None:
            matched = self._phrase_docs(segment, field, fieldname, words)
            if len(phrases) >= MAX_CACHED_PHRASES:
                phrases.clear()
            phrases[(fieldname, words)] = matched
        if not len(matched):
            return mask, scores
        mask[matched] = True
        total = np.zeros(len(matched))
        for tbytes in words:
            ids, weights = segment.postings(fieldname, tbytes)
            total += self._term_scores(segment, fieldname, matched, weights[np.searchsorted(ids, matched)], tbytes)
        scores[matched] = total * getattr(query, "boost", 1.0)
        return mask, scores

    @staticmethod
    def _phrase_docs(segment: _Segment, field, fieldname: str, words: tuple[bytes, ...]) -> np.ndarray:
        lists = []
        for word in words:
            found = segment.postings(fieldname, word, values=True)
            if found is None:
                return np.zeros(0, dtype=np.int64)
            lists.append(found)
        if has_array_positions(field):
            return _positions_in_bulk(lists)
        return _positions_check(field, lists)

    # Answers ---------------------------------------------------------------------------------

    def matches(self, query) -> set[int]:
        """Return the global docnums of the live documents a query matches."""
        found = set()
        for segment in self.segments:
            mask = self.evaluate(query, segment)[0] & segment.live()
            found.update((np.flatnonzero(mask) + segment.offset).tolist())
        return found

    def count(self, query) -> int:
        """Return how many live documents a query matches."""
        return sum(int((self.evaluate(query, segment)[0] & segment.live()).sum()) for segment in self.segments)

    def rank(self, query, limit: int, facets: tuple[str, ...] = (), sortedby: str | None = None,
             reverse: bool = False, group: str | None = None) -> Ranked:
        """Count every live match, count its facet values, and return the top `limit` docnums.

        Relevance order is score descending, then docnum ascending (as Whoosh's collector);
        `sortedby` orders by a numeric column instead, ties by docnum. With a `group` column,
        documents sharing a non-empty value (the language versions of one material) count once,
        in the total and in each facet value.
        """
        all_docnums, all_keys, total = [], [], 0
        counts: dict[str, dict] = {name: {} for name in facets}
        grouped: list[tuple[str, dict[str, object]]] = []
        for segment in self.segments:
            mask, scores = self.evaluate(query, segment)
            local = np.flatnonzero(mask & segment.live())
            if not len(local):
                continue
            total += len(local)
            for name in facets:
                column = segment.column(name)
                if column is None:
                    continue
                codes, values = column
                bucket = counts[name]
                for code, count in enumerate(np.bincount(codes[local], minlength=len(values)).tolist()):
                    if count:
                        bucket[values[code]] = bucket.get(values[code], 0) + count
            groups = segment.column(group) if group else None
            if groups is not None:
                codes, values = groups
                for docnum in local[np.array([bool(values[code]) for code in codes[local]], dtype=bool)]:
                    facet_values = {}
                    for name in facets:
                        column = segment.column(name)
                        if column is not None:
                            facet_values[name] = column[1][column[0][docnum]]
                    grouped.append((values[codes[docnum]], facet_values))
            if sortedby:
                keys = segment.numbers(sortedby)[local]
                all_keys.append(-keys if reverse else keys)
            else:
                all_keys.append(-scores[local])
            all_docnums.append(local + segment.offset)
        if not total:
            return Ranked(0, [], {name: {} for name in facets})
        total -= _count_each_group_once(grouped, counts)
        docnums, keys = np.concatenate(all_docnums), np.concatenate(all_keys)
        if limit < len(keys):
            threshold = np.partition(keys, limit - 1)[limit - 1]
            near = keys <= threshold
            docnums, keys = docnums[near], keys[near]
        order = np.lexsort((docnums, keys))[:limit]
        scores = [0.0] * len(order) if sortedby else (-keys[order]).tolist()
        return Ranked(total, docnums[order].tolist(), counts, scores)


def _count_each_group_once(grouped: list[tuple[str, dict[str, object]]], counts: dict[str, dict]) -> int:
    """Take back the extra counts of documents of one group; return how many to take from the total.

    Only grouped documents are looked at (a few), so the usual case costs nothing. A facet value
    counts a group once if any of its matched documents has it; a multi-valued column value
    ("en|fr") counts as the document's own value.
    """
    seen_groups: set[str] = set()
    seen_values: set[tuple[str, str, object]] = set()
    extra = 0
    for group, facet_values in grouped:
        if group in seen_groups:
            extra += 1
        seen_groups.add(group)
        for name, value in facet_values.items():
            key = (name, group, value)
            if key in seen_values:
                counts[name][value] -= 1
            seen_values.add(key)
    return extra


def _positions(format_, value: bytes) -> list[int]:
    """Decode a posting's positions (whoosh.formats.Positions: a count, then pickled deltas)."""
    try:
        return list(accumulate(loads(value[_INT_SIZE:])))
    except Exception:  # a value without the pickle's final stop byte
        return format_.decode_positions(value)


def _candidates(lists: list) -> tuple[np.ndarray, list[list[int]]]:
    """Return the documents holding every word, and each word's posting row for each of them."""
    candidates = lists[0][0]
    for ids, _, _ in lists[1:]:
        candidates = np.intersect1d(candidates, ids, assume_unique=True)
    return candidates, [np.searchsorted(ids, candidates).tolist() for ids, _, _ in lists]


def _positions_in_bulk(lists: list) -> np.ndarray:
    """Return the documents where the words of `lists` ((ids, weights, values) of each word, values
    as ArrayPositions) follow each other: every word's positions, shifted back by its place in
    the phrase, become (document, position) keys, and the keys all words share are the matches."""
    candidates, rows = _candidates(lists)
    if not len(candidates):
        return candidates
    shared = None
    for offset, ((_, _, values), word_rows) in enumerate(zip(lists, rows)):
        chosen = [values[row] for row in word_rows]
        positions = np.frombuffer(b"".join(chosen), dtype="<u4").astype(np.int64)
        counts = np.fromiter(map(len, chosen), dtype=np.int64, count=len(chosen)) // 4
        keys = (np.repeat(np.arange(len(candidates), dtype=np.int64), counts) << 32) | (positions - offset)
        keys = keys[positions >= offset]
        shared = keys if shared is None else np.intersect1d(shared, keys, assume_unique=True)
        if not len(shared):
            return candidates[:0]
    return candidates[np.unique(shared >> 32)]


def _positions_check(field, lists: list) -> np.ndarray:
    """The same, one document at a time, for positions in Whoosh's own (pickled) format."""
    candidates, rows = _candidates(lists)
    format_ = field.format
    keep = []
    for index in range(len(candidates)):
        starts = set(_positions(format_, lists[0][2][rows[0][index]]))
        for offset in range(1, len(lists)):
            starts.intersection_update([p - offset for p in _positions(format_, lists[offset][2][rows[offset][index]])])
            if not starts:
                break
        keep.append(bool(starts))
    return candidates[np.asarray(keep, dtype=bool)]


def carry_cache(old_reader, new_reader) -> None:
    """Keep a segment's cached arrays on the reader that replaces it after deletions only.

    Deleting documents changes which are live, not their postings, lengths or column values;
    rebuilding those arrays for a 50,000-document segment after each update would cost a query
    about a second.
    """
    cache = getattr(old_reader, _CACHE, None)
    if cache:
        setattr(new_reader, _CACHE, {key: value for key, value in cache.items() if key != "live"})


def engine_for(searcher) -> Engine:
    """Return the engine of a searcher, built once per searcher (segment caches outlive it)."""
    engine = getattr(searcher, _CACHE, None)
    if engine is None:
        engine = Engine(searcher)
        setattr(searcher, _CACHE, engine)
    return engine
