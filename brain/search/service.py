"""The search service: what a reader asks and gets, whichever engine answers.

Each engine (Whoosh on disk, PostgreSQL full-text search) implements the same small
interface: apply documents, rebuild, list stored ids, report its status, and answer a
SearchRequest by filling a SearchOutcome.
"""
import logging
import math
from dataclasses import dataclass, field

from flask import current_app
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from markupsafe import Markup

from brain.extensions import db
from brain.pagination import page_number
from brain.search import documents
from brain.search.glossary import Expansion
from brain.search.index import IndexUnavailable
from brain.search.query import parse

logger = logging.getLogger(__name__)

PER_PAGE = 10
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

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / PER_PAGE))


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
        engine.index.search(request, parse(request.q), viewer, outcome)
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
