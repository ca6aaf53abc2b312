"""The Whoosh schema: analysed text per language, filter fields and facet columns."""
from whoosh.fields import ID, KEYWORD, NUMERIC, TEXT, Schema

from brain.search.analysis import FIELD_LANGUAGES, ArrayPositions, analyzer_for, folding_analyzer, spelling_analyzer

#: Fields a filter or facet can use, with the query-string name of each.
FACET_FIELDS = ("type", "edition", "year", "language", "topic", "kind")
#: Multi-valued facets keep their values joined by this separator in a column.
LIST_SEPARATOR = "|"


def build_schema() -> Schema:
    """Describe every field of the index."""
    fields = {
        "id": ID(stored=True, unique=True),
        "type": ID(sortable=True),
        #: "public", "members": who may see the document (hidden content is not indexed).
        "access": ID,
        "edition": ID(sortable=True),
        "year": NUMERIC(sortable=True, signed=False),
        "kind": ID(sortable=True),
        "language": KEYWORD(commas=True),
        "topic": KEYWORD(commas=True),
        "language_facet": ID(sortable=True),
        "topic_facet": ID(sortable=True),
        #: Seconds since the epoch of the date the content belongs to, for sort=date.
        "date": NUMERIC(sortable=True, bits=64, signed=False),
        "meta": TEXT(analyzer=folding_analyzer(), phrase=False),
        #: "group:<translation group>" for a material with language versions, else empty.
        "group": ID(sortable=True),
    }
    for language in FIELD_LANGUAGES:
        #: Words for "did you mean", kept apart by who may see them and by language.
        fields[f"spell_public_{language}"] = TEXT(analyzer=spelling_analyzer(), phrase=False)
        fields[f"spell_members_{language}"] = TEXT(analyzer=spelling_analyzer(), phrase=False)
        fields[f"title_{language}"] = _array_positions(TEXT(analyzer=analyzer_for(language), field_boost=2.0))
        fields[f"body_{language}"] = _array_positions(TEXT(analyzer=analyzer_for(language)))
    return Schema(**fields)


def _array_positions(field: TEXT) -> TEXT:
    """Store a text field's positions as plain integers (see analysis.ArrayPositions)."""
    field.format = ArrayPositions(field_boost=field.format.field_boost)
    return field
