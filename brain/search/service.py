"""The search service: what a reader asks and gets, whichever engine answers.

Each engine (Whoosh on disk, PostgreSQL full-text search) implements the same small
interface: apply documents, rebuild, list stored ids, report its status, and answer a
SearchRequest by filling a SearchOutcome.
"""
import logging
import math
from dataclasses import dataclass, field
from typing import Callable

from flask import current_app
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from markupsafe import Markup

from brain.extensions import db
from brain.i18n import current_language
from brain.pagination import page_number
from brain.search import documents, ranking
from brain.search.glossary import Expansion
from brain.search.index import IndexUnavailable
from brain.search.query import parse, some_of

logger = logging.getLogger(__name__)

PER_PAGE = 10
#: Below this many results for every word, the page also lists results with some of the words.
FEW_RESULTS = 5
#: Glossary matches in other languages rank below matches of the words as typed.
GLOSSARY_BOOST = 0.3
#: Weight of "written in the language the query was typed in", when the glossary can tell.
PREFERRED_LANGUAGE_BOOST = 3.0
SORTS = ("relevance", "date")
TYPE_LABELS = {
    "material": _l("Materials"),
    "edition": _l("Editions"),
    "thread": _l("Threads"),
    "post": _l("Posts"),
    "member": _l("Members"),
}
FACET_TITLES = {
    "type": _l("Kind of result"),
    "edition": _l("Edition"),
    "year": _l("Year"),
    "language": _l("Language"),
    "topic": _l("Topic"),
    "kind": _l("Kind of material"),
}
@dataclass
class SearchRequest:
    """What the reader asked for, from the query string."""

    q: str = ""
    type: str = ""
    edition: str = ""
    year: int | None = None
    language: str = ""
    topic: str = ""
    kind: str = ""
    sort: str = "relevance"
    page: int = 1
    xlang: bool = True

    @classmethod
    def from_args(cls, args) -> "SearchRequest":
        """Read a request from query-string arguments, ignoring what does not parse."""
        def text(name: str, limit: int = 80) -> str:
            return "".join(ch for ch in (args.get(name) or "") if ch.isprintable())[:limit].strip()

        year = text("year", 4)
        sort = text("sort", 20)
        return cls(
            q=(args.get("q") or "")[:10_000], type=text("type"), edition=text("edition"),
            year=int(year) if year.isdigit() else None, language=text("language", 5).lower(),
            topic=text("topic"), kind=text("kind"), sort=sort if sort in SORTS else "relevance",
            page=min(page_number(args), 1000), xlang=args.get("xlang") != "0",
        )

    def filters(self) -> dict[str, str]:
        """Return the active filters by name."""
        values = {"type": self.type, "edition": self.edition, "year": str(self.year or ""),
                  "language": self.language, "topic": self.topic, "kind": self.kind}
        return {name: value for name, value in values.items() if value}

    def args(self, **changes) -> dict:
        """Return query-string arguments for a link, with some values changed."""
        values = {"q": self.q, **self.filters(), "sort": self.sort if self.sort != "relevance" else "",
                  "xlang": "" if self.xlang else "0"}
        values.update(changes)
        return {name: value for name, value in values.items() if value not in ("", None)}


@dataclass
class Hit:
    """One result as the page shows it."""

    type: str
    view: documents.HitView
    snippet: Markup
    glossary_note: str = ""
    key: str = ""
    #: The other language versions of a material: (language, material id).
    also_in: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class Matches:
    """An engine's answer before ranking: its best keys with their scores, and how to show any of them."""

    candidates: list[tuple[str, float]]
    #: Builds the hits (snippets, glossary notes) of the given keys, in that order.
    present: Callable[[list[str]], list[Hit]]


@dataclass
class FacetValue:
    value: str
    count: int
    selected: bool


@dataclass
class SearchOutcome:
    """Everything the results page shows."""

    request: SearchRequest
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    suggestion: str = ""
    notice: str = ""
    expansions: list[Expansion] = field(default_factory=list)
    #: When nothing matched the words as typed and their correction did: the corrected query.
    corrected: str = ""
    #: When fewer than FEW_RESULTS match every word: the best matches of some of the words.
    partial_hits: list[Hit] = field(default_factory=list)

    #: How many pages the ranking made, when it knows (a first page may hold fewer than PER_PAGE hits).
    page_count: int = 0

    @property
    def pages(self) -> int:
        return max(1, self.page_count or math.ceil(self.total / PER_PAGE))


UNAVAILABLE = _l("Search is unavailable right now: the index is being repaired. "
                 "The rest of the site works; please try again later.")


def load_views(keys: list[str], viewer) -> dict[str, tuple[str, documents.HitView]]:
    """Load the rows behind result keys ("material:12"), keeping only those the reader may see."""
    by_type: dict[str, list[int]] = {}
    for key in keys:
        type_name, _, identity = key.partition(":")
        if identity.isdigit():
            by_type.setdefault(type_name, []).append(int(identity))
    views = {}
    for type_name, ids in by_type.items():
        searchable = documents.searchable_named(type_name)
        if searchable is None:
            continue
        rows = list(db.session.scalars(searchable.views_query().where(searchable.model.id.in_(ids))))
        for obj, view in zip(rows, searchable.present_rows(rows, viewer)):
            if view is not None:
                views[f"{type_name}:{obj.id}"] = (type_name, view)
    return views


def search(request: SearchRequest, viewer) -> SearchOutcome:
    """Run a reader's search; a missing or damaged index gives a notice, never an error."""
    outcome = SearchOutcome(request=request)
    engine = current_app.extensions["brain_search"]
    try:
        _ranked_page(engine.index, request, parse(request.q), viewer, outcome)
    except IndexUnavailable as unavailable:
        logger.error("search unavailable: %s", unavailable)
        outcome.hits, outcome.total, outcome.facets = [], 0, {}
        outcome.notice = str(UNAVAILABLE)
    except Exception:
        logger.exception("search failed for %r", request.q[:200])
        engine.index.close()
        outcome.hits, outcome.total, outcome.facets = [], 0, {}
        outcome.notice = _("Search could not answer this time. Please try again.")
    return outcome


def _ranked_page(index, request: SearchRequest, parsed, viewer, outcome: SearchOutcome) -> None:
    """Ask the engine for its best matches, rank them for the reader, and show one page of hits.

    Nothing found for a misspelt query? Its correction is searched instead, and said so. Fewer
    than FEW_RESULTS for every word? The results with some of the words follow, under their own heading.
    """
    pool = max(ranking.POOL, request.page * PER_PAGE * 2)
    matches = index.search(request, parsed, viewer, outcome, pool)
    if not outcome.total and outcome.suggestion:
        corrected = SearchOutcome(request=request, notice=outcome.notice)
        corrected_matches = index.search(request, parse(outcome.suggestion), viewer, corrected, pool)
        if corrected.total:
            corrected.corrected, parsed, matches = outcome.suggestion, parse(outcome.suggestion), corrected_matches
            outcome.__dict__.update(corrected.__dict__)
    reader_language = current_language()
    pages = _rank(matches, request, parsed, outcome.expansions, reader_language)
    shown = [hit.key for page in pages for hit in page]
    page = pages[request.page - 1] if request.page <= len(pages) else []
    outcome.hits = _distinct_passages(matches.present([hit.key for hit in page]), page)
    # Beyond the matches ranked here, pages go on at PER_PAGE each.
    outcome.page_count = len(pages) + max(0, math.ceil((outcome.total - len(shown)) / PER_PAGE))
    if outcome.total < FEW_RESULTS and len(parsed.groups) > 1 and request.page == 1 and not parsed.is_empty:
        some = SearchOutcome(request=request)
        partial = index.search(request, some_of(parsed), viewer, some, ranking.POOL)
        taken = set(shown)
        others = [hit for page in _rank(partial, request, parsed, some.expansions, reader_language) for hit in page
                  if hit.key not in taken][:PER_PAGE]
        outcome.partial_hits = _distinct_passages(partial.present([hit.key for hit in others]), others)
    versions = ranking.other_versions([hit.key for hit in outcome.hits + outcome.partial_hits], viewer)
    for hit in outcome.hits + outcome.partial_hits:
        hit.also_in = versions.get(hit.key, [])


def _distinct_passages(hits: list[Hit], ranked: list[ranking.RankedHit]) -> list[Hit]:
    """Show a passage of a shared programme once: edition pages the query does not name, quoting the same text."""
    programmes = {hit.key for hit in ranked if hit.unnamed_edition}
    seen: set[str] = set()
    kept = []
    for hit in hits:
        passage = str(hit.snippet)
        if hit.key in programmes and passage in seen:
            continue
        seen.add(passage)
        kept.append(hit)
    return kept


def _rank(matches: Matches, request: SearchRequest, parsed, expansions,
          reader_language: str) -> list[list[ranking.RankedHit]]:
    """An engine's matches in pages, in the order the reader sees them, one per material."""
    by_relevance = request.sort == "relevance" and not parsed.is_empty
    intent = ranking.read_intent(parsed, expansions, reader_language) if by_relevance else None
    candidates = [ranking.Candidate(key, score) for key, score in matches.candidates]
    return ranking.rerank(candidates, intent, reader_language, PER_PAGE)
