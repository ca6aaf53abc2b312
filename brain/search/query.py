"""The reader's query language: words (all must match), "phrases", -exclusion and OR.

Parsed by hand so that no input can raise: anything that is not a word is ignored.
Each word is matched in every language's fields, in every language's stemmed form, so
`economia` finds `economía` (Spanish) and `Économie` (French).
"""
import re
from dataclasses import dataclass, field

from whoosh import query as wq

from brain.search.analysis import FIELD_LANGUAGES, OTHER, STEMMED_LANGUAGES, field_language, fold, stems

MAX_QUERY_CHARS = 500
MAX_CLAUSES = 24
#: The last word matches as a prefix from this many letters ("coop" finds "cooperatives").
PREFIX_LETTERS = 4
_TOKENS = re.compile(r'-?"[^"]*"?|\S+')


@dataclass
class Clause:
    """A word or a phrase of the query, folded into lowercase unaccented words."""

    words: list[str]
    raw: str
    #: The last word of a query, four letters or more: it also matches as the start of longer words.
    prefix: bool = False

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1


@dataclass
class ParsedQuery:
    """An AND of groups, each group an OR of clauses, minus the excluded clauses."""

    groups: list[list[Clause]] = field(default_factory=list)
    excluded: list[Clause] = field(default_factory=list)
    #: True for the "some of your words" search: any group may match instead of all of them.
    any_group: bool = False

    @property
    def is_empty(self) -> bool:
        return not self.groups

    def plain_words(self) -> list[str]:
        """Return the words of the positive clauses, in order."""
        return [word for group in self.groups for clause in group for word in clause.words]


def _clean(text: str) -> str:
    text = "".join(ch if ch.isprintable() else " " for ch in (text or ""))
    return text[:MAX_QUERY_CHARS]


def parse(text: str) -> ParsedQuery:
    """Turn whatever the reader typed into a ParsedQuery; never raises."""
    parsed = ParsedQuery()
    join_next = False
    for token in _TOKENS.findall(_clean(text)):
        if token == "OR":
            join_next = bool(parsed.groups)
            continue
        negative = token.startswith("-") and len(token) > 1
        body = token[1:] if negative else token
        words = fold(body.strip('"')).split()
        if not words:
            continue
        clause = Clause(words=words[:12], raw=body.strip('"'))
        if negative:
            parsed.excluded.append(clause)
        elif join_next:
            parsed.groups[-1].append(clause)
        else:
            parsed.groups.append([clause])
        join_next = False
        if len(parsed.groups) + len(parsed.excluded) >= MAX_CLAUSES:
            break
    last = parsed.groups[-1][-1] if parsed.groups else None
    if last is not None and not last.is_phrase and not last.raw.startswith('"') and len(last.words[0]) >= PREFIX_LETTERS \
            and not last.words[0].isdigit():
        last.prefix = True
    return parsed


def some_of(parsed: ParsedQuery) -> ParsedQuery:
    """The same query where any of its groups may match: for "Results with some of your words"."""
    return ParsedQuery(groups=parsed.groups, excluded=parsed.excluded, any_group=True)


def slot_bounds(parsed: ParsedQuery) -> tuple[list, list[tuple[int, bool, bool]]]:
    """Flatten single-clause groups into words, noting each word's group and clause edges.

    The glossary looks for its terms in these words; a term may only replace whole groups.
    """
    words, owners = [], []
    for index, group in enumerate(parsed.groups):
        if len(group) != 1:
            words.append(None)
            owners.append((index, False, False))
            continue
        clause_words = group[0].words
        for position, word in enumerate(clause_words):
            words.append(word)
            owners.append((index, position == 0, position == len(clause_words) - 1))
    return words, owners


def edit_distance(a: str, b: str) -> int:
    """Count the insertions, deletions and substitutions that turn one word into another."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


def _forms(word: str) -> set[str]:
    """Every indexed form a word may take: its stem in each language, and itself."""
    forms = {word}
    for language in STEMMED_LANGUAGES:
        forms.update(stems(word, language))
    return forms


def word_query(word: str) -> wq.Query:
    """Match one word in every language's title and body, and in names and places."""
    forms = sorted(_forms(word))
    subqueries = [wq.Term("meta", word)]
    for language in FIELD_LANGUAGES:
        for form in forms:
            subqueries.append(wq.Term(f"title_{language}", form))
            subqueries.append(wq.Term(f"body_{language}", form))
    return wq.Or(subqueries)


def phrase_query(words: list[str], languages: tuple[str, ...] = FIELD_LANGUAGES) -> wq.Query:
    """Match consecutive words in each language's own stemmed form (in the given field families)."""
    subqueries = []
    for language in languages:
        if language == OTHER:
            forms = list(words)
        else:
            forms = [stems(word, language)[0] if stems(word, language) else word for word in words]
        subqueries.append(wq.Phrase(f"title_{language}", forms))
        subqueries.append(wq.Phrase(f"body_{language}", forms))
    return wq.Or(subqueries)


def clause_query(clause: Clause) -> wq.Query:
    """Build the Whoosh query of one clause."""
    return phrase_query(clause.words) if clause.is_phrase else word_query(clause.words[0])


def words_query(words: list[str] | tuple[str, ...], language: str | None = None) -> wq.Query:
    """Build the query of a glossary term: a word, or a phrase in its own language's fields.

    A glossary phrase names a concept in one language ("trabajo decente"); looking for it in
    the other languages' fields only costs time (their stems rarely line up into a phrase).
    """
    if len(words) == 1:
        return word_query(words[0])
    if language is None:
        return phrase_query(list(words))
    return phrase_query(list(words), (field_language(language),))


def group_query(group: list[Clause]) -> wq.Query:
    """An OR of clauses."""
    queries = [clause_query(clause) for clause in group]
    return queries[0] if len(queries) == 1 else wq.Or(queries)


def combine(queries: list[wq.Query], parsed: ParsedQuery) -> wq.Query:
    """AND the groups' queries, or OR them for a "some of your words" search."""
    if len(queries) == 1:
        return queries[0]
    return wq.Or(queries) if parsed.any_group else wq.And(queries)


def with_exclusions(positive: wq.Query, parsed: ParsedQuery) -> wq.Query:
    """Remove the documents that match an excluded clause."""
    if not parsed.excluded:
        return positive
    return wq.AndNot(positive, wq.Or([clause_query(clause) for clause in parsed.excluded]))


def prune(query: wq.Query, terms) -> wq.Query:
    """Drop the terms and phrases the index does not hold, so that Whoosh scores only real ones.

    A word is tried in every language's fields and stemmed forms; most of those terms do not
    exist, and each would still cost a lookup per segment while scoring. `terms` answers
    `(fieldname, text) in terms`: a Whoosh reader, or the search engine that remembers the answers.
    """
    if isinstance(query, wq.Term):
        return query if (query.fieldname, query.text) in terms else wq.NullQuery
    if isinstance(query, wq.Phrase):
        return query if all((query.fieldname, word) in terms for word in query.words) else wq.NullQuery
    if isinstance(query, (wq.AndNot, wq.AndMaybe)):
        positive, other = prune(query.a, terms), prune(query.b, terms)
        if positive is wq.NullQuery:
            return wq.NullQuery
        return positive if other is wq.NullQuery else type(query)(positive, other)
    if isinstance(query, wq.And):
        parts = [prune(part, terms) for part in query.subqueries]
        if any(part is wq.NullQuery for part in parts):
            return wq.NullQuery
        return wq.And(parts, boost=query.boost)
    if isinstance(query, wq.Or):
        parts = [part for part in (prune(part, terms) for part in query.subqueries) if part is not wq.NullQuery]
        if not parts:
            return wq.NullQuery
        return wq.Or(parts, boost=query.boost)
    return query
