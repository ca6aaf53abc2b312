"""Per-language analysis: fold accents first, then stem with the language's Snowball stemmer."""
from functools import lru_cache

from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter
from whoosh.support.charset import accent_map

#: Languages with a stemmer; any other language is folded but not stemmed ("xx").
STEMMED_LANGUAGES = ("en", "fr", "es", "pt")
OTHER = "xx"
FIELD_LANGUAGES = STEMMED_LANGUAGES + (OTHER,)

_TOKEN_PATTERN = r"\w+"


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
