"""Per-language analysis: fold accents first, then stem with the language's Snowball stemmer."""
from functools import lru_cache

import sys
from array import array

from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter
from whoosh.formats import Positions
from whoosh.support.charset import accent_map

#: Languages with a stemmer; any other language is folded but not stemmed ("xx").
STEMMED_LANGUAGES = ("en", "fr", "es", "pt")
OTHER = "xx"
FIELD_LANGUAGES = STEMMED_LANGUAGES + (OTHER,)

_TOKEN_PATTERN = r"\w+"


class ArrayPositions(Positions):
    """Positions stored as 32-bit little-endian integers instead of Whoosh's pickled deltas.

    Cheaper to write, and a phrase query can check the positions of thousands of candidate
    documents at once with numpy (brain.search.engine) instead of unpickling them one by one.
    """

    def encode(self, poslist) -> bytes:
        values = array("I", poslist)
        if sys.byteorder != "little":
            values.byteswap()
        return values.tobytes()

    def decode_positions(self, valuestring) -> list[int]:
        values = array("I")
        values.frombytes(valuestring)
        if sys.byteorder != "little":
            values.byteswap()
        return values.tolist()

    def decode_frequency(self, valuestring) -> int:
        return len(valuestring) // 4


def has_array_positions(field) -> bool:
    """True when a field stores ArrayPositions (an index built before them has pickled ones)."""
    return isinstance(field.format, ArrayPositions)


def field_language(language: str | None) -> str:
    """Map a content language to the analysed field family that holds it."""
    return language if language in STEMMED_LANGUAGES else OTHER


@lru_cache(maxsize=None)
def analyzer_for(language: str):
    """Return the analyzer of one language: tokenise, lowercase, fold accents, stem."""
    chain = RegexTokenizer(_TOKEN_PATTERN) | LowercaseFilter() | CharsetFilter(accent_map)
    if language in STEMMED_LANGUAGES:
        chain = chain | StemFilter(lang=language, cachesize=100_000)
    return chain


@lru_cache(maxsize=None)
def folding_analyzer():
    """Return the analyzer that lowercases and folds accents without stemming."""
    return RegexTokenizer(_TOKEN_PATTERN) | LowercaseFilter() | CharsetFilter(accent_map)


def spelling_analyzer():
    """Return the analyzer of the spelling fields: words of letters, lowercased and folded."""
    return RegexTokenizer(r"[^\W\d_]{3,}") | LowercaseFilter() | CharsetFilter(accent_map)


def fold(text: str) -> str:
    """Lowercase and fold the accents of a text, keeping its words."""
    return " ".join(token.text for token in folding_analyzer()(text))


def stems(word: str, language: str) -> list[str]:
    """Return the indexed forms of a word in one language."""
    return [token.text for token in analyzer_for(language)(word)]
