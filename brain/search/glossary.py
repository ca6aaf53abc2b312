"""Load, edit and apply the glossary: find its terms in a query, offer the other languages."""
import csv
import io
import logging
import threading
from dataclasses import dataclass
from importlib import resources

from flask_babel import gettext as _
from sqlalchemy import func, select

from brain import audit
from brain.database import utcnow
from brain.extensions import db
from brain.search.analysis import fold
from brain.search.models import GlossaryConcept, GlossaryTerm

logger = logging.getLogger(__name__)
LANGUAGES = ("en", "fr", "es", "pt")


@dataclass(frozen=True)
class GlossaryEntry:
    """A term as the matcher sees it: folded words, concept and language."""

    words: tuple[str, ...]
    term: str
    language: str
    concept_id: int


class GlossaryError(ValueError):
    """A glossary change was refused; the message says why."""


def seed_glossary() -> int:
    """Load the glossary shipped with the project into an empty table; return concepts added."""
    text = resources.files("brain.search").joinpath("data", "glossary.csv").read_text(encoding="utf-8")
    added = 0
    for row in csv.DictReader(io.StringIO(text)):
        if db.session.scalar(select(GlossaryConcept.id).where(GlossaryConcept.slug == row["concept"])):
            continue
        concept = GlossaryConcept(slug=row["concept"])
        for language in LANGUAGES:
            for position, term in enumerate(t.strip() for t in row[language].split("|")):
                if term:
                    concept.terms.append(GlossaryTerm(language=language, term=term, position=position))
        db.session.add(concept)
        added += 1
    db.session.commit()
    return added


def save_concept(slug: str, terms: dict[str, str], actor, concept: GlossaryConcept | None = None) -> GlossaryConcept:
    """Create or change a concept from its terms by language (variants separated by "|")."""
    slug = (slug or "").strip().lower()
    if not slug or not all(ch.isalnum() or ch == "-" for ch in slug):
        raise GlossaryError(_("The address may hold only letters, digits and hyphens."))
    parsed = {language: [t.strip() for t in (terms.get(language) or "").split("|") if t.strip()] for language in LANGUAGES}
    if sum(1 for values in parsed.values() if values) < 2:
        raise GlossaryError(_("Give the concept's terms in at least two languages."))
    action = "glossary.update" if concept else "glossary.create"
    concept = concept or GlossaryConcept()
    concept.slug = slug
    concept.terms = [
        GlossaryTerm(language=language, term=term, position=position)
        for language, values in parsed.items() for position, term in enumerate(values)
    ]
    concept.updated_at = utcnow()
    db.session.add(concept)
    audit.record(actor, action, concept, slug)
    try:
        db.session.commit()
    except Exception as error:
        db.session.rollback()
        raise GlossaryError(_("Another concept already uses this address.")) from error
    return concept


def delete_concept(concept: GlossaryConcept, actor) -> None:
    """Remove a concept from the glossary."""
    audit.record(actor, "glossary.delete", concept, concept.slug)
    db.session.delete(concept)
    db.session.commit()


class GlossaryCache:
    """The glossary in memory, reloaded when the table changes (no rebuild needed)."""

    def __init__(self) -> None:
        self._stamp = None
        self._entries: list[GlossaryEntry] = []
        self._by_concept: dict[int, list[GlossaryEntry]] = {}
        self._lock = threading.Lock()

    def _current_stamp(self):
        return db.session.execute(
            select(func.count(GlossaryTerm.id), func.max(GlossaryTerm.id), func.max(GlossaryConcept.updated_at))
            .select_from(GlossaryConcept).outerjoin(GlossaryTerm)
        ).one()

    def entries(self) -> tuple[list[GlossaryEntry], dict[int, list[GlossaryEntry]]]:
        """Return the entries, longest terms first, and the entries of each concept."""
        stamp = tuple(self._current_stamp())
        with self._lock:
            if stamp != self._stamp:
                entries = [
                    GlossaryEntry(tuple(fold(term).split()), term, language, concept_id)
                    for term, language, concept_id in db.session.execute(
                        select(GlossaryTerm.term, GlossaryTerm.language, GlossaryTerm.concept_id)
                    )
                ]
                entries = [entry for entry in entries if entry.words]
                entries.sort(key=lambda entry: -len(entry.words))
                by_concept: dict[int, list[GlossaryEntry]] = {}
                for entry in entries:
                    by_concept.setdefault(entry.concept_id, []).append(entry)
                self._entries, self._by_concept, self._stamp = entries, by_concept, stamp
            return self._entries, self._by_concept


@dataclass
class Expansion:
    """A run of query words that names a glossary concept, with the other terms for it."""

    start: int
    end: int
    matched: GlossaryEntry
    alternatives: list[GlossaryEntry]


def find_expansions(words: list[str], cache: GlossaryCache) -> list[Expansion]:
    """Find glossary terms among consecutive folded query words, longest first, without overlap."""
    entries, by_concept = cache.entries()
    taken = [False] * len(words)
    found = []
    for entry in entries:
        size = len(entry.words)
        for start in range(0, len(words) - size + 1):
            if any(taken[start:start + size]) or tuple(words[start:start + size]) != entry.words:
                continue
            alternatives = [other for other in by_concept[entry.concept_id] if other.words != entry.words]
            if alternatives:
                found.append(Expansion(start, start + size, entry, alternatives))
                for index in range(start, start + size):
                    taken[index] = True
    return sorted(found, key=lambda expansion: expansion.start)
