"""Answer a SearchRequest from the Whoosh index: parse, expand, filter, facet, highlight."""
from flask import current_app
from flask_babel import gettext as _
from markupsafe import Markup, escape
from whoosh import highlight
from whoosh import query as wq

from brain.i18n import current_language
from brain.search import documents
from brain.search.analysis import FIELD_LANGUAGES, field_language
from brain.search.engine import engine_for
from brain.search.glossary import Expansion, find_expansions
from brain.search.query import (
    Clause, ParsedQuery, combine, edit_distance, group_query, parse, prune, slot_bounds, with_exclusions, words_query,
)
from brain.search.schema import LIST_SEPARATOR
from brain.search.service import (
    GLOSSARY_BOOST, PREFERRED_LANGUAGE_BOOST, FacetValue, Hit, Matches, SearchOutcome, SearchRequest, load_views,
)
from brain.security import viewer_is_member


_FACET_COLUMNS = {"type": "type", "edition": "edition", "year": "year", "kind": "kind",
                  "language": "language_facet", "topic": "topic_facet"}
_MULTI_VALUED = {"language", "topic"}


class MarkFormatter(highlight.HtmlFormatter):
    """Wrap matched words in a plain <mark>, escaping the text around them."""

    template = "<%(tag)s>%(t)s</%(tag)s>"


def _glossary():
    return current_app.extensions["brain_search"].glossary


def _visibility_filter(viewer) -> wq.Query:
    """What the reader may see; applied inside the query, so counts and snippets obey it."""
    if viewer_is_member(viewer):
        return wq.Or([wq.Term("access", "public"), wq.Term("access", "members")])
    return wq.And([wq.Term("access", "public"), wq.Not(wq.Term("type", "member"))])


def _filter_query(request: SearchRequest, viewer) -> wq.Query:
    parts = [_visibility_filter(viewer)]
    if request.type:
        parts.append(wq.Term("type", request.type))
    if request.edition:
        parts.append(wq.Term("edition", request.edition))
    if request.year:
        parts.append(wq.NumericRange("year", request.year, request.year))
    if request.language:
        parts.append(wq.Term("language", request.language))
    if request.topic:
        parts.append(wq.Term("topic", request.topic))
    if request.kind:
        parts.append(wq.Term("kind", request.kind))
    return wq.And(parts)


#: Longer words a prefix stands for, at most, in each field (the most frequent ones).
PREFIX_TERMS = 20
#: A word matched only as the start of a longer word counts less than the word itself.
PREFIX_BOOST = 0.5


def _group(group: list[Clause], searcher) -> wq.Query:
    """The query of a group; a prefix clause also matches the longer words it starts."""
    query = group_query(group)
    prefixed = [clause.words[0] for clause in group if clause.prefix]
    if not prefixed:
        return query
    reader, terms = searcher.reader(), []
    for word in prefixed:
        for fieldname in ["meta"] + [f"{part}_{family}" for family in FIELD_LANGUAGES for part in ("title", "body")]:
            found = [(reader.doc_frequency(fieldname, term), term) for term in
                     (raw.decode("utf-8") for raw in reader.expand_prefix(fieldname, word)) if term != word]
            terms += [wq.Term(fieldname, term) for _, term in sorted(found, reverse=True)[:PREFIX_TERMS]]
    return wq.Or([query, wq.Or(terms, boost=PREFIX_BOOST)]) if terms else query


def _expanded_query(parsed: ParsedQuery, expansions_out: list[Expansion], searcher) -> wq.Query:
    words, owners = slot_bounds(parsed)
    spans: dict[int, tuple[int, Expansion]] = {}
    for expansion in find_expansions(words, _glossary()):
        first, last = owners[expansion.start], owners[expansion.end - 1]
        if first[1] and last[2]:
            spans[first[0]] = (last[0], expansion)
            expansions_out.append(expansion)
    queries, index = [], 0
    while index < len(parsed.groups):
        if index in spans:
            end, expansion = spans[index]
            typed = [_group(group, searcher) for group in parsed.groups[index:end + 1]]
            typed_query = typed[0] if len(typed) == 1 else wq.And(typed)
            others = wq.Or([words_query(alt.words, alt.language) for alt in expansion.alternatives], boost=GLOSSARY_BOOST)
            queries.append(wq.Or([typed_query, others]))
            index = end + 1
        else:
            queries.append(_group(parsed.groups[index], searcher))
            index += 1
    return with_exclusions(combine(queries, parsed), parsed)


def _prefer_language(query: wq.Query, expansions: list[Expansion]) -> wq.Query:
    """Rank first the documents in the language the glossary says the reader typed in."""
    languages = [expansion.matched.language for expansion in expansions]
    typed_in = max(set(languages), key=languages.count)
    return wq.AndMaybe(query, wq.Term("language", typed_in, boost=PREFERRED_LANGUAGE_BOOST))


def _plain_query(parsed: ParsedQuery, searcher=None) -> wq.Query:
    queries = [_group(group, searcher) if searcher else group_query(group) for group in parsed.groups]
    return with_exclusions(combine(queries, parsed), parsed)


def _suggest(engine, parsed: ParsedQuery, viewer) -> str:
    """Offer a corrected query from the archive's own words the reader may see, in their language first."""
    access = ["public"] + (["members"] if viewer_is_member(viewer) else [])
    fields = [f"spell_{level}_{family}" for level in access for family in FIELD_LANGUAGES]
    own = {f"spell_{level}_{field_language(current_language())}" for level in access}
    reader = engine.searcher.reader()
    changed, corrected = False, []
    for group in parsed.groups:
        for clause in group:
            for word in clause.words:
                known = any((name, word) in engine for name in fields)
                if not known and len(word) >= 4 and not word.isdigit():
                    # Per candidate: how often in the reader's language, and how often anywhere.
                    candidates: dict[str, tuple[int, int]] = {}
                    for name in fields:
                        for candidate in reader.terms_within(name, word, 1 if len(word) <= 5 else 2, prefix=1):
                            in_own, frequency = candidates.get(candidate, (0, 0))
                            found = reader.doc_frequency(name, candidate)
                            candidates[candidate] = (in_own + (found if name in own else 0), frequency + found)
                    if candidates:
                        # Closest first; then most used in the reader's language, then most its own
                        # (a word of another language quoted once in English is not the English word).
                        best = min(candidates, key=lambda c: (
                            edit_distance(word, c), -candidates[c][0], -candidates[c][0] / candidates[c][1], c))
                        corrected.append(best)
                        changed = True
                        continue
                corrected.append(word)
    if not changed:
        return ""
    suggestion = " ".join(corrected)
    corrected_query = prune(_plain_query(parse(suggestion)), engine)
    if corrected_query is wq.NullQuery:
        return ""
    return suggestion if engine.count(wq.And([corrected_query, _visibility_filter(viewer)])) else ""


def _facets(counts: dict[str, dict], request: SearchRequest) -> dict[str, list[FacetValue]]:
    """Turn the engine's counts per column value into facet values, splitting multi-valued ones."""
    merged: dict[str, dict[str, int]] = {}
    for name, column in _FACET_COLUMNS.items():
        bucket: dict[str, int] = {}
        for value, count in counts.get(column, {}).items():
            if name in _MULTI_VALUED:
                values = value.split(LIST_SEPARATOR) if value else []
            else:
                values = [str(value)] if value not in ("", None, 0) else []
            for item in values:
                bucket[item] = bucket.get(item, 0) + count
        if bucket:
            merged[name] = bucket
    selected = request.filters()
    return {
        name: sorted(
            (FacetValue(value, count, selected.get(name) == value) for value, count in bucket.items()),
            key=lambda facet: (-facet.count, facet.value),
        )
        for name, bucket in merged.items()
    }


_FRAGMENTER = highlight.ContextFragmenter(maxchars=240, surround=70)
_FORMATTER = MarkFormatter(tagname="mark", between=" … ")
_HIGHLIGHTER = highlight.Highlighter(fragmenter=_FRAGMENTER, formatter=_FORMATTER)
#: Never analyse more of a text than this for its snippet.
HIGHLIGHT_CHARS = 50_000
#: Look for the passage in the opening characters first; analyse the rest only when they hold no match.
HIGHLIGHT_HEAD_CHARS = 1_200


def _highlighted(schema, fieldname: str, text: str, words: frozenset, wanted: int) -> str:
    """Mark the query's words in the passages of a text that hold the most of them.

    Analysing (stemming) a whole body for each of the page's ten hits was the largest part of a
    query's time; the opening characters are enough when their best passage already holds
    `wanted` different words (every word of the query). Otherwise the rest is read too, so the
    passage that answers is never missed.
    """
    if not words:
        return ""
    if len(text) > HIGHLIGHT_HEAD_CHARS * 2:
        cut = text.rfind(" ", 0, HIGHLIGHT_HEAD_CHARS)
        fragments = _fragments(schema, fieldname, text[:cut if cut > 0 else HIGHLIGHT_HEAD_CHARS], words)
        if fragments and max(len(fragment.matched_terms) for fragment in fragments) >= wanted:
            return _FORMATTER.format(fragments)
    return _FORMATTER.format(_fragments(schema, fieldname, text, words))


def _fragments(schema, fieldname: str, text: str, words: frozenset) -> list:
    """The two best passages of a text for the query's words, as Whoosh's Hit.highlights() picks them:
    the most different words first, then the most matches."""
    tokens = schema[fieldname].analyzer(text, positions=True, chars=True, mode="index", removestops=False)
    tokens = _HIGHLIGHTER._merge_matched_tokens(highlight.set_matched_filter(tokens, words))
    return highlight.top_fragments(_FRAGMENTER.fragment_tokens(text, tokens), 2, _HIGHLIGHTER.scorer,
                                   _HIGHLIGHTER.order, minscore=1)


def _snippet(schema, terms: dict[str, frozenset], view: documents.HitView, wanted: int) -> Markup:
    for language, text in view.texts:
        if not text:
            continue
        fieldname = f"body_{field_language(language)}"
        try:
            marked = _highlighted(schema, fieldname, text[:HIGHLIGHT_CHARS], terms.get(fieldname, frozenset()), wanted)
        except Exception:  # a highlight must never break a results page
            marked = ""
        if marked:
            return Markup(marked)
    first = next((text for _, text in view.texts if text), "")
    return escape(first[:240] + ("…" if len(first) > 240 else ""))


def _terms_by_field(query: wq.Query) -> dict[str, frozenset]:
    by_field: dict[str, set] = {}
    for fieldname, text in query.iter_all_terms():
        by_field.setdefault(fieldname, set()).add(text)
    return {fieldname: frozenset(texts) for fieldname, texts in by_field.items()}


def _glossary_notes(engine, hits_docnums: list[int], plain: wq.Query, expansions: list[Expansion],
                    restrict: wq.Query) -> dict[int, str]:
    typed = engine.matches(wq.And([plain, restrict]))
    notes = {}
    pending = [docnum for docnum in hits_docnums if docnum not in typed]
    for expansion in expansions:
        for alternative in expansion.alternatives:
            if not pending:
                return notes
            matched = engine.matches(prune(words_query(alternative.words, alternative.language), engine))
            for docnum in [d for d in pending if d in matched]:
                notes[docnum] = _("Found through the glossary: “%(typed)s” is “%(term)s” (%(language)s).",
                                  typed=expansion.matched.term, term=alternative.term,
                                  language=alternative.language)
                pending.remove(docnum)
    return notes


def run(index, request: SearchRequest, parsed: ParsedQuery, viewer, outcome: SearchOutcome, pool: int) -> Matches:
    """Fill the outcome's count, facets and suggestion from the index's current searcher (its
    segments' files are all open, so merges removing them meanwhile do not disturb it), and
    return its best `pool` matches."""
    searcher = index.searcher()
    engine = engine_for(searcher)
    engine.forget()
    try:
        return _answer(index, searcher, engine, request, parsed, viewer, outcome, pool)
    finally:
        engine.forget()


def _answer(index, searcher, engine, request: SearchRequest, parsed: ParsedQuery, viewer,
            outcome: SearchOutcome, pool: int) -> Matches:
    if not index.is_complete():
        outcome.notice = _("The search index is being rebuilt; some results may be missing for a while.")
    restrict = _filter_query(request, viewer)
    if parsed.is_empty:
        query = wq.Every()
        plain = query
    else:
        plain = _plain_query(parsed, searcher)
        query = _expanded_query(parsed, outcome.expansions, searcher) if request.xlang else plain
        if outcome.expansions:
            query = _prefer_language(query, outcome.expansions)
        query, plain = prune(query, engine), prune(plain, engine)
    sortedby = "date" if request.sort == "date" or parsed.is_empty else None
    # The filter is part of the query, so hidden documents never reach the count or the facets;
    # its constant score is tiny, so it does not change the order.
    visible_query = wq.And([query, wq.ConstantScoreQuery(restrict, 1e-6)])
    ranked = engine.rank(visible_query, limit=pool, facets=tuple(_FACET_COLUMNS.values()),
                         sortedby=sortedby, reverse=bool(sortedby), group="group")
    outcome.total = ranked.total
    outcome.facets = _facets(ranked.facets, request)
    keys = {docnum: searcher.stored_fields(docnum)["id"] for docnum in ranked.docnums}
    docnum_of = {key: docnum for docnum, key in keys.items()}
    if not parsed.is_empty:
        outcome.suggestion = _suggest(engine, parsed, viewer)
    terms = _terms_by_field(query) if not parsed.is_empty else {}
    wanted = len(set(parsed.plain_words()))
    expansions = list(outcome.expansions)

    def present(shown: list[str]) -> list[Hit]:
        docnums = [docnum_of[key] for key in shown]
        notes = _glossary_notes(engine, docnums, plain, expansions, restrict) if expansions else {}
        views = load_views(shown, viewer)
        hits = []
        for key, docnum in zip(shown, docnums):
            if key in views:
                type_name, view = views[key]
                hits.append(Hit(type_name, view, _snippet(searcher.schema, terms, view, wanted), notes.get(docnum, ""),
                                key))
        engine.forget()
        return hits

    return Matches([(keys[docnum], score) for docnum, score in zip(ranked.docnums, ranked.scores)], present)
