"""Search on PostgreSQL full-text search (SEARCH_BACKEND=postgres), shared by every app host.

The documents live in `search_documents` (see the migration e1d1cd4f02ca): texts by language
family, filters, and a weighted tsvector that PostgreSQL generates from the texts, each in its
own language's configuration (accents folded, then stemmed). They are written inside the
transaction of the rows they come from, so the index cannot drift from the data.

A query word is matched in every language's configuration at once, so `economia` finds
`economía` and `Économie`. User text enters SQL only as bound parameters of plainto_tsquery and
phraseto_tsquery; a search's tsquery is assembled from their output (lexemes quoted by
PostgreSQL) and the operators of the parsed query, and bound as one parameter.
"""
import logging
from typing import Callable, Iterable

from flask import current_app
from flask_babel import gettext as _
from markupsafe import Markup, escape
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from brain.extensions import db
from brain.i18n import current_language
from brain.search.analysis import FIELD_LANGUAGES, field_language
from brain.search.documents import SearchDocument
from brain.search.glossary import Expansion, find_expansions
from brain.search.index import IndexUnavailable
from brain.search.query import ParsedQuery, edit_distance, parse, slot_bounds
from brain.search.service import (
    GLOSSARY_BOOST, PREFERRED_LANGUAGE_BOOST, FacetValue, Hit, Matches, SearchOutcome, SearchRequest, load_views,
)
from brain.security import viewer_is_member

logger = logging.getLogger(__name__)

#: The text search configuration of each language family (created by the migration).
CONFIGS = {"en": "brain_english", "fr": "brain_french", "es": "brain_spanish", "pt": "brain_portuguese",
           "xx": "brain_simple"}
#: ts_rank weights for D (unused), C (names and places), B (body), A (title): title counts double.
#: (ts_rank, not ts_rank_cd: cover density over a query in five configurations plus the glossary
#: cost 5 to 10 times more per matched row, measured at 10,000 documents, for a similar order.)
RANK_WEIGHTS = "'{0.1, 0.5, 0.5, 1.0}'::float4[]"
#: Normalisation 2: divide by the length, so a long programme or agenda does not win by size alone
#: (measured on the relevance set: nDCG@10 0.831 against 0.824 with 1, dividing by 1 + log(length)).
RANK_NORMALISATION = 2
HEADLINE_OPTIONS = ('StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=12, '
                    'FragmentDelimiter=" … "')
#: Longest text a snippet is cut from (as for Whoosh's highlighter).
SNIPPET_SOURCE_CHARS = 200_000
#: SQLSTATEs that mean the search tables or configurations are not there.
UNAVAILABLE_STATES = {"42P01": "missing", "42703": "damaged", "42704": "damaged", "42883": "damaged"}
_COLUMNS = ["key", "type", "access", "edition", "year", "kind", "languages", "topics", "date", "meta", "grp"] + [
    f"{part}_{family}" for family in FIELD_LANGUAGES for part in ("title", "body")]
_UPSERT = text(
    f"INSERT INTO search_documents ({', '.join(_COLUMNS)}) VALUES ({', '.join(':' + c for c in _COLUMNS)}) "
    f"ON CONFLICT (key) DO UPDATE SET {', '.join(f'{c} = EXCLUDED.{c}' for c in _COLUMNS[1:])}"
)
#: Words of letters only, three or more, as Whoosh's spelling fields keep them.
_SPELLING_WORD = "w.lexeme ~ '^[[:alpha:]]{3,}$'"
_ADD_WORDS = text(f"""
    INSERT INTO search_words (word, access, language)
    SELECT DISTINCT w.lexeme, s.access, s.language
    FROM unnest(CAST(:accesses AS text[]), CAST(:languages AS text[]), CAST(:texts AS text[]))
         AS s(access, language, text),
         unnest(to_tsvector('brain_simple', s.text)) AS w
    WHERE {_SPELLING_WORD}
    ORDER BY 1, 2, 3
    ON CONFLICT DO NOTHING""")
_COUNT_WORDS = text(f"""
    INSERT INTO search_words (word, access, language, documents)
    SELECT w.lexeme, CASE WHEN d.access = 'public' AND d.type <> 'member' THEN 'public' ELSE 'members' END,
           t.language, count(*)
    FROM search_documents d
    CROSS JOIN LATERAL (VALUES {', '.join(f"('{f}', concat_ws(' ', d.title_{f}, d.body_{f}))" for f in FIELD_LANGUAGES)})
         AS t(language, text)
    CROSS JOIN LATERAL unnest(to_tsvector('brain_simple', t.text)) AS w
    WHERE t.text <> '' AND {_SPELLING_WORD}
    GROUP BY 1, 2, 3""")
_STATUS = text(f"""
    SELECT to_regclass('search_documents') IS NOT NULL,
           to_regclass('search_words') IS NOT NULL AND to_regclass('search_rebuilds') IS NOT NULL,
           EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass('search_documents')
                   AND attname = 'document' AND NOT attisdropped),
           (SELECT count(*) FROM pg_ts_config WHERE cfgname IN ({', '.join(f"'{c}'" for c in CONFIGS.values())}))""")


def _row(document: SearchDocument) -> dict:
    """The values of a document's row: its texts grouped by language family, as Whoosh's fields are."""
    row = {"key": document.id, "type": document.type, "access": document.access,
           "edition": document.edition or "", "year": document.year or 0, "kind": document.kind or "",
           "languages": document.languages, "topics": list(document.topics), "date": document.date,
           "meta": document.meta or "", "grp": document.group or ""}
    for family in FIELD_LANGUAGES:
        row[f"title_{family}"] = row[f"body_{family}"] = None
    for language, title, body in document.texts:
        family = field_language(language)
        for part, value in (("title", title or ""), ("body", body or "")):
            column = f"{part}_{family}"
            row[column] = value if row[column] is None else f"{row[column]}\n{value}"
    return row


def _spelling_level(document: SearchDocument) -> str:
    """Which readers a document's words may be suggested to: visitors never see profiles."""
    return "public" if document.access == "public" and document.type != "member" else "members"


class _Params:
    """The bound parameters of one statement: the only way user text reaches SQL."""

    def __init__(self) -> None:
        self.values: dict = {}

    def bind(self, value) -> str:
        name = f"p{len(self.values)}"
        self.values[name] = value
        return f":{name}"


_FORMS = text("""
    SELECT s.n, array_agg(DISTINCT f.query::text) FILTER (WHERE f.query::text <> '')
    FROM unnest(CAST(:texts AS text[]), CAST(:phrases AS boolean[])) WITH ORDINALITY AS s(text, phrase, n)
    CROSS JOIN unnest(CAST(:configs AS regconfig[])) AS c(config)
    CROSS JOIN LATERAL (SELECT CASE WHEN s.phrase THEN phraseto_tsquery(c.config, s.text)
                                    ELSE plainto_tsquery(c.config, s.text) END) AS f(query)
    GROUP BY s.n""")


_PREFIX_FORMS = text("""
    SELECT array_agg(DISTINCT f.query::text) FILTER (WHERE f.query::text <> '')
    FROM unnest(CAST(:configs AS regconfig[])) AS c(config)
    CROSS JOIN LATERAL (SELECT to_tsquery(c.config, quote_literal(:word) || ':*')) AS f(query)""")


def _prefix_form(word: str) -> str | None:
    """A word as the start of longer words ("coop" finds "cooperatives"), in every configuration."""
    found = db.session.execute(_PREFIX_FORMS, {"word": word, "configs": list(CONFIGS.values())}).scalar()
    return _any([f"({form})" for form in sorted(found or [])])


def _any(parts: list) -> str | None:
    """OR the tsqueries that exist (None when none does)."""
    parts = [part for part in parts if part]
    return None if not parts else parts[0] if len(parts) == 1 else "(" + " | ".join(parts) + ")"


def _all(parts: list) -> str | None:
    """AND the tsqueries that exist; a word without any lexeme is ignored, as PostgreSQL does."""
    parts = [part for part in parts if part]
    return None if not parts else parts[0] if len(parts) == 1 else "(" + " & ".join(parts) + ")"


def _forms(pieces: list[tuple[str, ...]]) -> dict[tuple[str, ...], str | None]:
    """Analyse words and phrases in every language's configuration, in one statement.

    Each comes back as the OR of its distinct forms, written by PostgreSQL itself
    (plainto_tsquery / phraseto_tsquery output, lexemes quoted), or None when no configuration
    finds a lexeme in it. Only these texts and operators are ever assembled into a tsquery.
    """
    unique = list(dict.fromkeys(pieces))
    if not unique:
        return {}
    found = dict(db.session.execute(_FORMS, {"texts": [" ".join(piece) for piece in unique],
                                             "phrases": [len(piece) > 1 for piece in unique],
                                             "configs": list(CONFIGS.values())}).all())
    return {piece: _any([f"({form})" for form in sorted(found.get(number) or [])])
            for number, piece in enumerate(unique, 1)}


class _Queries:
    """The tsqueries of one search, each a single bound parameter cast to tsquery."""

    def __init__(self, parsed: ParsedQuery, expansions: list[Expansion]) -> None:
        alternatives = [(expansion, alternative) for expansion in expansions for alternative in expansion.alternatives]
        clauses = [tuple(clause.words) for group in parsed.groups for clause in group]
        spoken = clauses + [tuple(alternative.words) for _, alternative in alternatives]
        forms = _forms(spoken + [tuple(clause.words) for clause in parsed.excluded]
                       + [(word,) for words in spoken for word in words])
        groups = [_any([forms[tuple(clause.words)] for clause in group]
                       + [_prefix_form(clause.words[0]) for clause in group if clause.prefix])
                  for group in parsed.groups]
        join = _any if parsed.any_group else _all
        excluded = _any([forms[tuple(clause.words)] for clause in parsed.excluded])
        #: The words as typed, minus the excluded ones.
        self.plain = self._without(join(groups), excluded)
        #: Each glossary alternative that has a form, in the order its note would name it.
        self.alternatives = [(expansion, alternative, forms[tuple(alternative.words)])
                             for expansion, alternative in alternatives if forms[tuple(alternative.words)]]
        #: Any typed word, and any word of an alternative: what relevance counts and snippets mark.
        #: (Ranking by these words rather than by the phrases costs a fraction and orders alike.)
        self.typed_words = _any([forms[(word,)] for words in clauses for word in words]
                                + [_prefix_form(clause.words[0]) for group in parsed.groups for clause in group
                                   if clause.prefix])
        self.other_words = _any([forms[(word,)] for _, alternative, _ in self.alternatives for word in alternative.words])
        self.highlight = _any([self.typed_words, self.other_words])
        _, owners = slot_bounds(parsed)
        spans = {owners[e.start][0]: (owners[e.end - 1][0], e) for e in expansions}
        parts, index = [], 0
        while index < len(parsed.groups):
            if index in spans:
                end, expansion = spans[index]
                others = [query for owner, _, query in self.alternatives if owner is expansion]
                parts.append(_any([_all(groups[index:end + 1])] + others))
                index = end + 1
            else:
                parts.append(groups[index])
                index += 1
        #: Typed words or their glossary alternatives, minus the excluded ones: what must match.
        self.match = self._without(join(parts), excluded)

    @staticmethod
    def _without(positive: str | None, excluded: str | None) -> str | None:
        return f"({positive} & !{excluded})" if positive and excluded else positive

    def params(self) -> dict:
        return {"match": self.match, "typed_words": self.typed_words, "other_words": self.other_words}

    def rank(self, preferred_language: str | None, params: _Params) -> str:
        """Relevance: typed words fully, glossary alternatives at GLOSSARY_BOOST, preferred language first."""
        def rank_of(name: str) -> str:
            return f"ts_rank({RANK_WEIGHTS}, d.document, CAST(:{name} AS tsquery), {RANK_NORMALISATION})"

        rank = rank_of("typed_words") if self.typed_words else "0"
        if self.other_words:
            rank += f" + {GLOSSARY_BOOST} * {rank_of('other_words')}"
        if preferred_language:
            rank = (f"({rank}) * CASE WHEN {params.bind(preferred_language)} = ANY(d.languages) "
                    f"THEN {PREFERRED_LANGUAGE_BOOST} ELSE 1.0 END")
        return rank


def _glossary():
    return current_app.extensions["brain_search"].glossary


def _find_expansions(parsed: ParsedQuery) -> list[Expansion]:
    """The glossary terms that name whole groups of the query."""
    words, owners = slot_bounds(parsed)
    return [expansion for expansion in find_expansions(words, _glossary())
            if owners[expansion.start][1] and owners[expansion.end - 1][2]]


def _preferred_language(expansions: list[Expansion]) -> str:
    """The language the glossary says the reader typed in (the most frequent, then alphabetical)."""
    languages = [expansion.matched.language for expansion in expansions]
    return min(set(languages), key=lambda language: (-languages.count(language), language))


def _visibility(viewer) -> str:
    """What the reader may see; part of every statement, so counts, snippets and words obey it."""
    if viewer_is_member(viewer):
        return "d.access IN ('public', 'members')"
    return "d.access = 'public' AND d.type <> 'member'"


def _filters(request: SearchRequest, params: _Params) -> list[str]:
    """The reader's filters as conditions, each value bound."""
    conditions = []
    for name in ("type", "edition", "kind"):
        if getattr(request, name):
            conditions.append(f"d.{name} = {params.bind(getattr(request, name))}")
    if request.year:
        conditions.append(f"d.year = {params.bind(request.year)}")
    if request.language:
        conditions.append(f"{params.bind(request.language)} = ANY(d.languages)")
    if request.topic:
        conditions.append(f"{params.bind(request.topic)} = ANY(d.topics)")
    return conditions


_FACETS_AND_PAGE = """
WITH matched AS MATERIALIZED (
    SELECT d.key, d.type, d.edition, d.year, d.kind, d.languages, d.topics, d.date, {rank} AS rank,
           CASE WHEN d.grp <> '' THEN d.grp ELSE d.key END AS hit
    FROM search_documents d WHERE {where}
), page AS (
    SELECT key, row_number() OVER (ORDER BY {order}) AS position, rank
    FROM matched ORDER BY {order} LIMIT :limit
)
SELECT 'hit', key, position, rank FROM page
UNION ALL SELECT 'type', type, count(DISTINCT hit), 0 FROM matched GROUP BY type
UNION ALL SELECT 'edition', edition, count(DISTINCT hit), 0 FROM matched WHERE edition <> '' GROUP BY edition
UNION ALL SELECT 'year', year::text, count(DISTINCT hit), 0 FROM matched WHERE year <> 0 GROUP BY year
UNION ALL SELECT 'kind', kind, count(DISTINCT hit), 0 FROM matched WHERE kind <> '' GROUP BY kind
UNION ALL SELECT 'language', language, count(DISTINCT hit), 0 FROM matched, unnest(languages) AS language
    GROUP BY language
UNION ALL SELECT 'topic', topic, count(DISTINCT hit), 0 FROM matched, unnest(topics) AS topic GROUP BY topic
"""


class PostgresIndex:
    """Search documents in the application's PostgreSQL database."""

    #: Documents are written in before_commit, inside the transaction of the rows (see sync.py).
    writes_in_transaction = True

    # Writing -------------------------------------------------------------------------------

    def _write(self, connection, documents: list[SearchDocument], deletes: list[str]) -> None:
        """Delete and upsert in key order (so concurrent writers cannot deadlock), then add new words."""
        if deletes:
            connection.execute(text("DELETE FROM search_documents WHERE key = ANY(:keys)"), {"keys": sorted(deletes)})
        if not documents:
            return
        connection.execute(_UPSERT, [_row(document) for document in sorted(documents, key=lambda d: d.id)])
        words = {"accesses": [], "languages": [], "texts": []}
        for document in documents:
            for language, title, body in document.texts:
                words["accesses"].append(_spelling_level(document))
                words["languages"].append(field_language(language))
                words["texts"].append(f"{title or ''}\n{body or ''}")
        connection.execute(_ADD_WORDS, words)

    def apply_in_transaction(self, session, built: dict[str, SearchDocument | None]) -> None:
        """Write the documents of a transaction inside it, just before it commits."""
        self._write(session.connection(), [d for d in built.values() if d is not None],
                    [key for key, document in built.items() if document is None])

    def apply(self, documents: list[SearchDocument], deletes: list[str], merge: bool = True) -> bool:
        """Write documents and deletions in a transaction of their own (for repairs); always True."""
        if documents or deletes:
            with db.engine.begin() as connection:
                self._write(connection, documents, deletes)
        return True

    def rebuild(self, documents: Iterable[SearchDocument], on_document: Callable[[], None] | None = None) -> int:
        """Replace every document in one transaction: readers see the old set until it commits.

        Writers of an existing document wait for the commit (its row is locked meanwhile).
        """
        state = self.status()
        if state in ("missing", "damaged"):
            raise IndexUnavailable(state, "the search tables are not there: run `flask db upgrade`")
        count, batch = 0, []
        with db.engine.begin() as connection:
            connection.execute(text("DELETE FROM search_documents"))
            for document in documents:
                batch.append(_row(document))
                count += 1
                if on_document:
                    on_document()
                if len(batch) >= 500:
                    connection.execute(_UPSERT, batch)
                    batch = []
            if batch:
                connection.execute(_UPSERT, batch)
            self._count_words(connection)
            connection.execute(text("INSERT INTO search_rebuilds (documents) VALUES (:count)"), {"count": count})
        return count

    def _count_words(self, connection) -> None:
        """Recount the words for suggestions from the documents, dropping those no longer used."""
        connection.execute(text("DELETE FROM search_words"))
        connection.execute(_COUNT_WORDS)

    def optimize(self) -> None:
        """Recount the suggestion words (new words count 1 until then) and refresh the planner's statistics."""
        with db.engine.begin() as connection:
            self._count_words(connection)
            connection.execute(text("ANALYZE search_documents"))
            connection.execute(text("ANALYZE search_words"))
        logger.info("search words recounted and statistics refreshed")

    def merge_small_segments(self) -> None:
        """Nothing to merge: PostgreSQL maintains its GIN index itself."""

    def close(self) -> None:
        """Nothing is held between requests: the database session is the app's."""

    # State ---------------------------------------------------------------------------------

    def status(self) -> str:
        """Say whether the index is "ok", "incomplete" (never rebuilt), "missing" or "damaged"."""
        with db.engine.connect() as connection:
            documents, companions, vector, configurations = connection.execute(_STATUS).one()
            if not documents:
                return "missing"
            if not (companions and vector and configurations == len(CONFIGS)):
                return "damaged"
            rebuilt = connection.execute(text("SELECT EXISTS (SELECT 1 FROM search_rebuilds)")).scalar()
        return "ok" if rebuilt else "incomplete"

    def is_complete(self) -> bool:
        """True once a rebuild has filled the table (every write since keeps it complete)."""
        return self._read(lambda: db.session.execute(text("SELECT EXISTS (SELECT 1 FROM search_rebuilds)")).scalar())

    def stored_ids(self) -> set[str]:
        """Return the key of every document."""
        return self._read(lambda: set(db.session.scalars(text("SELECT key FROM search_documents"))))

    @staticmethod
    def _read(work):
        """Run reads in the session; missing tables become IndexUnavailable, and the session stays usable."""
        try:
            return work()
        except DBAPIError as error:
            db.session.rollback()
            reason = UNAVAILABLE_STATES.get(getattr(error.orig, "sqlstate", None))
            if reason:
                raise IndexUnavailable(reason, str(error.orig)) from error
            raise

    # Reading -------------------------------------------------------------------------------

    def search(self, request: SearchRequest, parsed: ParsedQuery, viewer, outcome: SearchOutcome, pool: int) -> Matches:
        """Count and facet a reader's request into the outcome, with a suggestion; return its best `pool` matches."""
        return self._read(lambda: self._search(request, parsed, viewer, outcome, pool))

    def _search(self, request: SearchRequest, parsed: ParsedQuery, viewer, outcome: SearchOutcome,
                pool: int) -> Matches:
        if not self.is_complete():
            outcome.notice = _("The search index is being rebuilt; some results may be missing for a while.")
        params = _Params()
        where = [_visibility(viewer)] + _filters(request, params)
        queries = None
        if not parsed.is_empty:
            if request.xlang:
                outcome.expansions = _find_expansions(parsed)
            queries = _Queries(parsed, outcome.expansions)
            params.values.update(queries.params())
            where.insert(0, "d.document @@ CAST(:match AS tsquery)" if queries.match else "false")
        if queries is None or request.sort == "date":
            rank, order = "0", "date DESC NULLS LAST, key"
        else:
            preferred = _preferred_language(outcome.expansions) if outcome.expansions else None
            rank, order = queries.rank(preferred, params), "rank DESC, date DESC NULLS LAST, key"
        statement = _FACETS_AND_PAGE.format(rank=rank, where=" AND ".join(where), order=order)
        rows = db.session.execute(text(statement), {**params.values, "limit": pool}).all()
        candidates = [(key, float(score)) for _, key, _, score in sorted(
            (row for row in rows if row[0] == "hit"), key=lambda row: row[2])]
        counts: dict[str, dict[str, int]] = {}
        for facet, value, count, _ in rows:
            if facet != "hit":
                counts.setdefault(facet, {})[value] = count
        outcome.total = sum(counts.get("type", {}).values())
        selected = request.filters()
        outcome.facets = {
            name: sorted((FacetValue(value, count, selected.get(name) == value) for value, count in bucket.items()),
                         key=lambda facet: (-facet.count, facet.value))
            for name, bucket in counts.items()
        }
        if queries:
            outcome.suggestion = self._suggest(parsed, viewer)
        expansions = list(outcome.expansions)

        def present(keys: list[str]) -> list[Hit]:
            views = load_views(keys, viewer)
            shown = [(key, *views[key]) for key in keys if key in views]
            snippets = self._snippets(shown, queries.highlight) if queries and queries.highlight else {}
            notes = self._glossary_notes([key for key, _, _ in shown], queries) if expansions else {}
            return [Hit(type_name, view, snippets.get(key) or _opening(view), notes.get(key, ""), key)
                    for key, type_name, view in shown]

        return Matches(candidates, present)

    def _snippets(self, shown: list, highlight: str) -> dict[str, Markup]:
        """Highlight each hit's first text that holds a query word, in that text's own configuration.

        The text is HTML-escaped before ts_headline sees it, which only adds the <mark> tags.
        """
        sources = [(key, CONFIGS[field_language(language)], str(escape(body[:SNIPPET_SOURCE_CHARS])))
                   for key, _, view in shown for language, body in view.texts if body]
        if not sources:
            return {}
        keys, configs, texts = (list(column) for column in zip(*sources))
        statement = text("SELECT s.n, ts_headline(s.config, s.body, CAST(:highlight AS tsquery), :options) "
                         "FROM unnest(CAST(:configs AS regconfig[]), CAST(:texts AS text[])) WITH ORDINALITY "
                         "AS s(config, body, n) ORDER BY s.n")
        snippets: dict[str, Markup] = {}
        for position, headline in db.session.execute(statement, {
                "highlight": highlight, "options": HEADLINE_OPTIONS, "configs": configs, "texts": texts}):
            key = keys[position - 1]
            if key not in snippets and "<mark>" in headline:
                snippets[key] = Markup(headline)
        return snippets

    def _glossary_notes(self, keys: list[str], queries: _Queries) -> dict[str, str]:
        """Say which glossary term found the hits that the words as typed do not match."""
        if not keys or not queries.alternatives:
            return {}
        statement = text(
            "SELECT d.key, coalesce(d.document @@ CAST(:plain AS tsquery), false), "
            "ARRAY(SELECT d.document @@ a.query FROM unnest(CAST(:alternatives AS tsquery[])) WITH ORDINALITY "
            "AS a(query, n) ORDER BY a.n) FROM search_documents d WHERE d.key = ANY(:keys)")
        notes = {}
        for key, typed, matches in db.session.execute(statement, {
                "plain": queries.plain, "keys": keys,
                "alternatives": [query for _, _, query in queries.alternatives]}):
            found = None if typed else next(
                (found for found, matched in zip(queries.alternatives, matches) if matched), None)
            if found:
                expansion, alternative = found[:2]
                notes[key] = _("Found through the glossary: “%(typed)s” is “%(term)s” (%(language)s).",
                               typed=expansion.matched.term, term=alternative.term, language=alternative.language)
        return notes

    def _suggest(self, parsed: ParsedQuery, viewer) -> str:
        """Offer a corrected query from the archive's own words the reader may see, in their language first."""
        levels = ["public", "members"] if viewer_is_member(viewer) else ["public"]
        words = [word for group in parsed.groups for clause in group for word in clause.words]
        known = set(db.session.scalars(text(
            "SELECT DISTINCT word FROM search_words WHERE access = ANY(:levels) AND word = ANY(:words)"),
            {"levels": levels, "words": words}))
        own = field_language(current_language())
        changed, corrected = False, []
        for word in words:
            if word not in known and len(word) >= 4 and not word.isdigit():
                limit = 1 if len(word) <= 5 else 2
                # Closest first; then most used in the reader's language, then most its own (as on Whoosh).
                candidates = [
                    (edit_distance(word, candidate), -own_documents, -own_documents / documents, candidate)
                    for candidate, own_documents, documents in db.session.execute(text(
                        "SELECT word, coalesce(sum(documents) FILTER (WHERE language = :own), 0), sum(documents) "
                        "FROM search_words "
                        "WHERE access = ANY(:levels) AND word % :word AND left(word, 1) = left(:word, 1) "
                        "GROUP BY word ORDER BY max(similarity(word, :word)) DESC LIMIT 30"),
                        {"own": own, "levels": levels, "word": word})
                ]
                candidates = [candidate for candidate in candidates if candidate[0] <= limit]
                if candidates:
                    corrected.append(min(candidates)[3])
                    changed = True
                    continue
            corrected.append(word)
        if not changed:
            return ""
        suggestion = " ".join(corrected)
        check = _Queries(parse(suggestion), [])
        finds = check.match and db.session.execute(text(
            f"SELECT EXISTS (SELECT 1 FROM search_documents d WHERE {_visibility(viewer)} "
            f"AND d.document @@ CAST(:match AS tsquery))"), {"match": check.match}).scalar()
        return suggestion if finds else ""


def _opening(view) -> Markup:
    """The start of a hit's first text, when no text holds a highlighted match."""
    first = next((body for _, body in view.texts if body), "")
    return escape(first[:240] + ("…" if len(first) > 240 else ""))

