"""Language choice and multilingual content: picker, profile, browser, then English."""
import os
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from flask import Flask, current_app, has_request_context, request, session
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from brain.extensions import babel

#: Each interface language named in itself, as the picker shows it.
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "pt": "Português"}

#: Content languages an archive item may be written in (ISO 639-1), with their names.
CONTENT_LANGUAGES = {
    "en": _l("English"),
    "fr": _l("French"),
    "es": _l("Spanish"),
    "pt": _l("Portuguese"),
    "ar": _l("Arabic"),
    "it": _l("Italian"),
    "de": _l("German"),
    "ko": _l("Korean"),
}


def select_locale() -> str:
    """Pick the reader's language: `?lang=` in the address, picker/session, profile, browser, then English.

    The `lang` parameter names one language version of a page (the sitemap's hreflang alternates)
    and holds for that request only. Outside a request (the command line) the operator's LANG decides.
    """
    supported = current_app.config["LANGUAGES"]
    if not has_request_context():
        system = (os.environ.get("LANGUAGE") or os.environ.get("LANG") or "")[:2].lower()
        return system if system in supported else current_app.config["BABEL_DEFAULT_LOCALE"]
    in_address = request.args.get("lang")
    if in_address in supported:
        return in_address
    chosen = session.get("locale")
    if chosen in supported:
        return chosen
    preferred = getattr(current_user, "locale", None) if current_user else None
    if preferred in supported:
        return preferred
    return request.accept_languages.best_match(supported) or current_app.config["BABEL_DEFAULT_LOCALE"]


def without_language_parameter(url: str) -> str:
    """Drop `lang` from a URL's query, so that a language chosen with the picker is not overridden on return."""
    parts = urlsplit(url)
    query = [(name, value) for name, value in parse_qsl(parts.query, keep_blank_values=True) if name != "lang"]
    return urlunsplit(parts._replace(query=urlencode(query)))


def current_language() -> str:
    """Return the two-letter code of the language the page is shown in."""
    return str(get_locale() or "en").split("_")[0]


def language_in_text(code: str) -> str:
    """Name a language as the reader's language writes it inside a sentence: "in English", "en anglais"."""
    locale = get_locale()
    return (locale.languages.get(code or "") if locale else None) or code or ""


def pick_translation(translations, language: str | None = None):
    """Return the translation row for the reader's language, or the best fallback.

    Fallback order: the reader's language, English, then French, Spanish, Portuguese,
    then whatever exists. Returns None when there is no row at all.
    """
    if not translations:
        return None
    by_language = {row.language: row for row in translations}
    language = language or current_language()
    for code in (language, "en", "fr", "es", "pt"):
        if code in by_language:
            return by_language[code]
    return next(iter(by_language.values()))


def localized(translations, field: str, language: str | None = None) -> tuple[str, str | None]:
    """Return (text, language shown) for a multilingual field, skipping empty values."""
    language = language or current_language()
    rows = [row for row in translations or [] if getattr(row, field, None)]
    row = pick_translation(rows, language)
    if row is None:
        return "", None
    return getattr(row, field), row.language


def init_app(app: Flask) -> None:
    """Wire Flask-Babel with our locale selector and expose helpers to templates."""
    babel.init_app(app, locale_selector=select_locale)
    app.jinja_env.globals["reader_language"] = current_language
    app.jinja_env.globals["language_in_text"] = language_in_text

    @app.context_processor
    def _inject_languages():
        return {
            "language_names": LANGUAGE_NAMES,
            "content_languages": CONTENT_LANGUAGES,
            "current_language": current_language(),
            "localized": localized,
        }
