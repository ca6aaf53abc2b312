"""Ranking written once for both engines: their best matches, re-scored as a reader expects.

An engine scores words: titles above bodies, typed words above glossary ones. This layer adds
what a word score cannot see (docs/search.md says how, for editors):
- an edition page is what a person wants when the query names the edition (its city in any
  language, its year); for a topical query its programme is only a weak clue, so it gives way to
  the documents and at most two editions stay among the first ten;
- a material of the edition, or of the kind of material, that the query names comes first
  ("Lisbon recording", "síntese Agadir");
- documents in the language the query was typed in come before the others;
- the language versions of one material are one hit, shown in the reader's language when that
  version matches.
"""
import csv
import io
import re
from dataclasses import dataclass, field
from importlib import resources

from sqlalchemy import select

from brain.extensions import db
from brain.search.analysis import fold

#: How many of an engine's best matches are re-scored (more for deep pages).
POOL = 100
#: An edition page whose edition the query does not name keeps this share of its score.
UNNAMED_EDITION = 0.12
#: At most this many editions the query does not name among the first ten hits.
MAX_UNNAMED_EDITIONS_ON_FIRST_PAGE = 2
#: An edition page is the answer when the query is nothing but its names: it goes before every document.
EDITION_ONLY_QUERY = 100.0
#: A material of an edition the query names.
NAMED_EDITION = 2.0
#: A material of the kind the query names ("recording", "synthèse").
NAMED_KIND = 2.0
#: An agenda lists the whole programme: a topic in it is a clue, unless the query asks for agendas.
UNASKED_AGENDA = 0.5
#: A document written in the query's language.
QUERY_LANGUAGE = 1.6
#: A document with every query word in its title.
WHOLE_TITLE = 1.5
FIRST_PAGE = 10

#: This many words of an edition's theme in a row name the edition, as its theme's title does.
THEME_RUN_WORDS = 4
#: Words that name an edition page without naming which one.
EDITION_WORDS = {"academy", "academie", "academia", "edition", "edicion", "edicao", "sse", "ess"}
#: Letters that only some of the four languages write.
_LETTERS = {"pt": "ãõç", "es": "ñ¿¡", "fr": "èêëàâùûîïôœç"}
#: Short words frequent in one language and rare in the others.
_FUNCTION_WORDS = {
    "en": {"the", "and", "of", "for", "in", "on", "with", "to", "from"},
    "fr": {"le", "les", "des", "et", "du", "pour", "dans", "sur", "au", "aux", "une", "un"},
    "es": {"el", "los", "las", "y", "del", "para", "en", "con", "por", "una", "un"},
    "pt": {"o", "os", "as", "e", "do", "dos", "das", "da", "para", "em", "com", "no", "na", "um", "uma"},
}


@dataclass
class Candidate:
    """One match of an engine, with what ranking needs to know of its record."""

    key: str
    score: float
    type: str = ""
    language: str = ""
    #: The translation group ("group:<name>") or the key itself: one hit per group.
    group: str = ""
    edition: str = ""
    kind: str = ""
    title: str = ""


@dataclass
class RankedHit:
    """A hit to show, in the reader's order."""

    key: str
    #: An edition page the query does not name: its passage is a programme others may share.
    unnamed_edition: bool = False


@dataclass
class Intent:
    """What a query names besides its words: editions, kinds of material, its language."""

    editions: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    language: str = ""
    #: True when every word of the query names an edition (a place, a year, "Academy").
    only_editions: bool = False
    words: list[str] = field(default_factory=list)


def _kind_words() -> dict[str, set[tuple[str, ...]]]:
    """Each kind of material and the folded words that name it in the four languages."""
    text = resources.files("brain.search").joinpath("data", "kinds.csv").read_text(encoding="utf-8")
    kinds: dict[str, set[tuple[str, ...]]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        kinds[row["kind"]] = {tuple(fold(term).split()) for language in ("en", "fr", "es", "pt")
                              for term in row[language].split("|") if term.strip()}
    return kinds


KIND_WORDS = _kind_words()


def kind_terms(kind: str) -> str:
    """The words of a kind of material in every language, for the documents' names and places."""
    return " ".join(" ".join(words) for words in sorted(KIND_WORDS.get(kind, ())))


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(words[start:start + size]) == phrase for start in range(len(words) - size + 1))


@dataclass
class _EditionNames:
    """How queries may name one edition."""

    #: Its city in every language, its year: folded word runs.
    names: set[tuple[str, ...]] = field(default_factory=set)
    #: Its themes' folded words, one list per language.
    themes: list[list[str]] = field(default_factory=list)
    #: Its themes' titles: the words before a colon or a dash ("Building back better").
    titles: set[tuple[str, ...]] = field(default_factory=set)

    def named_by_theme(self, words: list[str]) -> bool:
        """A query names the theme when it is the theme's title, or four of its words in a row."""
        return tuple(words) in self.titles or (
            len(words) >= THEME_RUN_WORDS and any(_contains(theme, tuple(words)) for theme in self.themes))


def _edition_names() -> dict[str, _EditionNames]:
    """How queries may name each edition, by slug, read in two small queries."""
    from brain.archive.models import Edition, EditionTranslation

    editions: dict[str, _EditionNames] = {}
    slugs = {}
    for edition_id, slug, year, city in db.session.execute(select(Edition.id, Edition.slug, Edition.year, Edition.city)):
        slugs[edition_id] = slug
        editions[slug] = _EditionNames(names={tuple(fold(city).split()), (str(year),)})
    for edition_id, city, theme in db.session.execute(
            select(EditionTranslation.edition_id, EditionTranslation.city, EditionTranslation.theme)):
        edition = editions[slugs[edition_id]]
        if city:
            edition.names.add(tuple(fold(city).split()))
        if theme:
            edition.themes.append(fold(theme).split())
            title = re.split(r"\s*[:–—]\s*|\s+-\s+", theme, maxsplit=1)[0]
            if title != theme:
                edition.titles.add(tuple(fold(title).split()))
    return editions


def guess_language(raw_words: list[str], expansions, reader_language: str) -> str:
    """The language a query was typed in: its letters, its small words, its glossary terms; else the reader's."""
    votes = {language: 0.0 for language in _FUNCTION_WORDS}
    for raw in raw_words:
        lowered = raw.lower()
        for language, letters in _LETTERS.items():
            if any(letter in lowered for letter in letters):
                votes[language] += 1
        for language, words in _FUNCTION_WORDS.items():
            if lowered in words:
                votes[language] += 0.5
    for expansion in expansions:
        votes[expansion.matched.language] = votes.get(expansion.matched.language, 0) + 1
    best = max(votes.values())
    leaders = [language for language, vote in votes.items() if vote == best]
    if best == 0 or len(leaders) > 1:
        return reader_language if reader_language in leaders or best == 0 else leaders[0]
    return leaders[0]


def read_intent(parsed, expansions, reader_language: str) -> Intent:
    """Find the editions and kinds a query names, and the language it was typed in."""
    words = parsed.plain_words()
    intent = Intent(words=words)
    named_words: set[int] = set()
    topical = any(expansion.start == 0 and expansion.end == len(words) for expansion in expansions)
    for slug, edition in _edition_names().items():
        for name in edition.names:
            if name and _contains(words, name):
                intent.editions.add(slug)
                named_words.update(i for i in range(len(words)) if words[i] in name)
        if words and not topical and edition.named_by_theme(words):
            intent.editions.add(slug)
            named_words.update(range(len(words)))
    for kind, names in KIND_WORDS.items():
        if any(_contains(words, name) for name in names):
            intent.kinds.add(kind)
    raw_words = [word for group in parsed.groups for clause in group for word in re.findall(r"\w+", clause.raw)]
    intent.language = guess_language(raw_words, expansions, reader_language)
    intent.only_editions = bool(intent.editions) and all(
        index in named_words or word in EDITION_WORDS for index, word in enumerate(words))
    return intent


def describe(candidates: list[Candidate]) -> None:
    """Fill in each candidate's type, language, group, edition, kind and title, in two queries."""
    from brain.archive.models import Edition, Material

    by_key = {candidate.key: candidate for candidate in candidates}
    material_ids, edition_ids = [], []
    for candidate in candidates:
        candidate.type, _, identity = candidate.key.partition(":")
        candidate.group = candidate.key
        if identity.isdigit():
            (material_ids if candidate.type == "material" else edition_ids if candidate.type == "edition"
             else []).append(int(identity))
    if material_ids:
        for identity, language, group, kind, title, slug in db.session.execute(
                select(Material.id, Material.language, Material.translation_group, Material.kind, Material.title,
                       Edition.slug).join(Edition, Material.edition_id == Edition.id)
                .where(Material.id.in_(material_ids))):
            candidate = by_key[f"material:{identity}"]
            candidate.language, candidate.kind, candidate.title, candidate.edition = language, kind, title, slug
            if group:
                candidate.group = f"group:{group}"
    if edition_ids:
        for identity, slug in db.session.execute(select(Edition.id, Edition.slug).where(Edition.id.in_(edition_ids))):
            by_key[f"edition:{identity}"].edition = slug


def _score(candidate: Candidate, top: float, intent: Intent) -> float:
    score = candidate.score / top if top > 0 else 0.0
    if candidate.type == "edition":
        if candidate.edition not in intent.editions:
            return score * UNNAMED_EDITION
        return EDITION_ONLY_QUERY + score if intent.only_editions else score
    if intent.editions and candidate.edition in intent.editions:
        score *= NAMED_EDITION
    if intent.kinds and candidate.kind in intent.kinds:
        score *= NAMED_KIND
    elif candidate.kind == "agenda":
        score *= UNASKED_AGENDA
    if candidate.language and candidate.language == intent.language:
        score *= QUERY_LANGUAGE
    if candidate.title and intent.words and all(word in fold(candidate.title).split() for word in intent.words):
        score *= WHOLE_TITLE
    return score


def rerank(candidates: list[Candidate], intent: Intent | None, reader_language: str,
           per_page: int = FIRST_PAGE) -> list[list[RankedHit]]:
    """Order candidates for the reader in pages: one hit per material, editions in their place.

    The first page holds at most two editions the query does not name, even when it then
    holds fewer hits: the others start the second page.
    """
    describe(candidates)
    if intent is None:
        return _pages(collapse(candidates, reader_language), per_page)
    top = max((candidate.score for candidate in candidates), default=0.0)
    scored = sorted(((_score(c, top, intent), index, c) for index, c in enumerate(candidates)),
                    key=lambda item: (-item[0], item[1]))
    hits = collapse([candidate for _, _, candidate in scored], reader_language)
    unnamed = {c.key for c in candidates if c.type == "edition" and c.edition not in intent.editions}
    for hit in hits:
        hit.unnamed_edition = hit.key in unnamed
    first, later = [], []
    for hit in hits:
        crowding = hit.key in unnamed and sum(h.key in unnamed for h in first) >= MAX_UNNAMED_EDITIONS_ON_FIRST_PAGE
        (later if crowding or len(first) >= per_page else first).append(hit)
    return [first] + _pages(later, per_page) if later else [first]


def _pages(hits: list[RankedHit], per_page: int) -> list[list[RankedHit]]:
    return [hits[start:start + per_page] for start in range(0, len(hits), per_page)] or [[]]


def collapse(candidates: list[Candidate], reader_language: str) -> list[RankedHit]:
    """One hit per translation group, at its best version's place, shown in the reader's language if it matched."""
    members: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        members.setdefault(candidate.group, []).append(candidate)
    return [RankedHit(next((v for v in versions if v.language == reader_language), versions[0]).key)
            for versions in members.values()]


def other_versions(keys: list[str], viewer) -> dict[str, list[tuple[str, int]]]:
    """For each material key shown, the (language, id) of its other versions the reader may see."""
    from brain.archive.models import Material
    from brain.security import viewer_is_member

    ids = [int(key.partition(":")[2]) for key in keys if key.startswith("material:")]
    if not ids:
        return {}
    groups = {identity: group for identity, group in db.session.execute(
        select(Material.id, Material.translation_group).where(Material.id.in_(ids), Material.translation_group != ""))}
    if not groups:
        return {}
    visible = Material.is_deleted.is_(False)
    if not viewer_is_member(viewer):
        visible = visible & (Material.visibility == "public")
    versions: dict[str, list[tuple[str, int]]] = {}
    for identity, language, group in db.session.execute(
            select(Material.id, Material.language, Material.translation_group)
            .where(Material.translation_group.in_(set(groups.values())), visible)
            .order_by(Material.language)):
        versions.setdefault(group, []).append((language, identity))
    return {f"material:{identity}": [(language, other) for language, other in versions.get(group, [])
                                     if other != identity]
            for identity, group in groups.items()}

