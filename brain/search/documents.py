"""What a searchable record looks like to the index, and which models are searchable."""
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Iterable

from brain.search.analysis import field_language
from brain.search.schema import LIST_SEPARATOR


@dataclass
class SearchDocument:
    """One record as the index sees it: texts by language, filters and facets."""

    id: str
    type: str
    #: "public" or "members".
    access: str
    #: (language, title, body) for each language the record is written in.
    texts: list[tuple[str, str, str]]
    edition: str = ""
    year: int = 0
    kind: str = ""
    topics: list[str] = field(default_factory=list)
    date: datetime | None = None
    #: Names and places, matched without stemming: authors, speakers, cities.
    meta: str = ""
    #: The language versions of one material share a group ("group:<name>"): one hit, counted once.
    group: str = ""

    @property
    def languages(self) -> list[str]:
        return sorted({language for language, _, _ in self.texts})

    def to_fields(self) -> dict:
        """Return the values Whoosh stores for this document."""
        fields: dict = {
            "id": self.id,
            "type": self.type,
            "access": self.access,
            "edition": self.edition,
            "year": self.year,
            "kind": self.kind,
            "language": ",".join(self.languages),
            "topic": ",".join(self.topics),
            "language_facet": LIST_SEPARATOR.join(self.languages),
            "topic_facet": LIST_SEPARATOR.join(self.topics),
            "date": int((self.date or datetime(1970, 1, 1, tzinfo=timezone.utc)).timestamp()),
            "meta": self.meta,
            "group": self.group,
        }
        titles: dict[str, list[str]] = {}
        bodies: dict[str, list[str]] = {}
        for language, title, body in self.texts:
            family = field_language(language)
            titles.setdefault(family, []).append(title or "")
            bodies.setdefault(family, []).append(body or "")
        level = "public" if self.access == "public" else "members"
        for family, values in titles.items():
            fields[f"title_{family}"] = "\n".join(values)
            fields[f"body_{family}"] = "\n".join(bodies[family])
            fields[f"spell_{level}_{family}"] = _distinct_words("\n".join(values + bodies[family]))
        return fields


#: The words the spelling fields keep (as brain.search.analysis.spelling_analyzer cuts them).
_SPELLING_WORD = re.compile(r"[^\W\d_]{3,}")


def _distinct_words(text: str) -> str:
    """Return each word of a text once: "did you mean" only asks which words exist, and where.

    The spelling fields hold the same words as the title and body; analysing each distinct word
    once instead of every occurrence saves about a fifth of a rebuild's analysis.
    """
    return " ".join(dict.fromkeys(_SPELLING_WORD.findall(text.lower())))


@dataclass
class HitView:
    """What a result shows: title, link, labels and the texts a snippet can come from."""

    title: str
    url: str
    edition_label: str = ""
    language: str = ""
    #: (language, text) pairs, searched in order for the highlighted passage.
    texts: list[tuple[str, str]] = field(default_factory=list)
    date: datetime | None = None
    #: The kind of a material (agenda, recording…), shown beside its type.
    kind: str = ""


@dataclass
class Searchable:
    """How one model becomes a document and a result."""

    model: type
    type_name: str
    #: Returns the document, or None when the row must leave the index (deleted, hidden…).
    build: Callable[[object], SearchDocument | None]
    #: Returns a query over every row to index, for a full rebuild.
    query_all: Callable[[], object]
    #: Returns the HitView for a reader, or None when the reader may not see the row.
    present: Callable[[object, object], HitView | None]
    #: Returns a query over the rows to present, with the loads `present` needs (default: query_all).
    query_views: Callable[[], object] | None = None
    #: Presents several rows at once, with one query for what they all need (default: `present` each).
    present_all: Callable[[list, object], list[HitView | None]] | None = None

    def key(self, obj) -> str:
        return f"{self.type_name}:{obj.id}"

    def views_query(self):
        """Return the query that loads rows for results pages."""
        return (self.query_views or self.query_all)()

    def present_rows(self, rows: list, viewer) -> list[HitView | None]:
        """Return each row's HitView for a reader (None where the reader may not see it)."""
        if self.present_all is not None:
            return self.present_all(rows, viewer)
        return [self.present(row, viewer) for row in rows]


_SEARCHABLES: dict[type, Searchable] = {}
_DEPENDENTS: dict[type, Callable[[object], Iterable]] = {}


def register(model: type, type_name: str, build: Callable, query_all: Callable, present: Callable,
             query_views: Callable | None = None, present_all: Callable | None = None) -> None:
    """Make a model searchable under a type name (material, edition, thread, post, member)."""
    _SEARCHABLES[model] = Searchable(model, type_name, build, query_all, present, query_views, present_all)


def searchable_named(type_name: str) -> Searchable | None:
    """Return the registration of a type name."""
    return next((s for s in _SEARCHABLES.values() if s.type_name == type_name), None)


def register_dependent(model: type, parents: Callable[[object], Iterable]) -> None:
    """Reindex the parents of a row when it changes (a translation, a programme item…)."""
    _DEPENDENTS[model] = parents


def searchable_for(obj) -> Searchable | None:
    """Return the registration of an object's model, if it is searchable."""
    return _SEARCHABLES.get(type(obj))


def parents_of(obj) -> Iterable:
    """Return the searchable records that include this row."""
    finder = _DEPENDENTS.get(type(obj))
    return finder(obj) if finder else ()


def all_searchables() -> list[Searchable]:
    """Return every registered searchable model."""
    return list(_SEARCHABLES.values())
