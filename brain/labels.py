"""Names a reader sees for codes: kinds, languages and countries in the reader's language."""
from babel import Locale
from flask import Flask
from flask_babel import format_date, format_datetime, format_decimal, get_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms.fields.choices import SelectChoice

MATERIAL_KIND_LABELS = {
    "agenda": _l("Agenda"),
    "summary": _l("Session summary"),
    "presentation": _l("Presentation"),
    "recording": _l("Recording"),
    "reading": _l("Reading"),
    "report": _l("Report"),
    "photo": _l("Photo"),
    "other": _l("Other"),
}
SESSION_KIND_LABELS = {
    "plenary": _l("Plenary"),
    "elective": _l("Elective"),
    "workshop": _l("Workshop"),
    "study_visit": _l("Study visit"),
}
VISIBILITY_LABELS = {"public": _l("Public"), "members": _l("Members only")}
ROLE_LABELS = {"member": _l("Member"), "moderator": _l("Moderator"), "admin": _l("Admin")}


def as_choices(pairs) -> list[SelectChoice]:
    """Turn (value, label) pairs into select options."""
    return [SelectChoice(value, label) for value, label in pairs]


def _locale() -> Locale:
    return get_locale() or Locale("en")


def material_kind_label(kind: str) -> str:
    """Name a kind of material in the reader's language."""
    return str(MATERIAL_KIND_LABELS.get(kind, kind))


def session_kind_label(kind: str) -> str:
    """Name a kind of programme item in the reader's language."""
    return str(SESSION_KIND_LABELS.get(kind, kind))


def language_label(code: str) -> str:
    """Name a language (ISO 639-1) in the reader's language, capitalised."""
    name = _locale().languages.get(code or "", code or "")
    return name[:1].upper() + name[1:]


def country_name(code: str) -> str:
    """Name a country (ISO 3166-1 alpha-2) in the reader's language."""
    return _locale().territories.get((code or "").upper(), code or "")


def country_choices() -> list[tuple[str, str]]:
    """Every country as (code, localised name), sorted by name, for forms."""
    territories = _locale().territories
    return sorted(
        ((code, name) for code, name in territories.items() if len(code) == 2 and code.isalpha() and code != "ZZ"),
        key=lambda pair: pair[1],
    )


def language_choices(codes) -> list[tuple[str, str]]:
    """Languages as (code, localised name), for forms."""
    return [(code, language_label(code)) for code in codes]


def date_range(start, end) -> str:
    """Format an edition's dates in the reader's locale."""
    if start and end:
        return f"{format_date(start, 'medium')} – {format_date(end, 'medium')}"
    if start:
        return format_date(start, "medium")
    return ""


#: (User-Agent fragment, name), most specific first: Edge and Opera also say "Chrome", Chrome says "Safari".
_BROWSERS = (("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("Chrome/", "Chrome"),
             ("Chromium/", "Chromium"), ("Safari/", "Safari"))
_SYSTEMS = (("Android", "Android"), ("iPhone", "iPhone"), ("iPad", "iPad"), ("Windows", "Windows"),
            ("Mac OS X", "macOS"), ("CrOS", "ChromeOS"), ("Linux", "Linux"))


def device_label(user_agent: str) -> str:
    """Name a signed-in device from its User-Agent, as "Firefox on Linux", so a member recognises it."""
    user_agent = user_agent or ""
    browser = next((name for fragment, name in _BROWSERS if fragment in user_agent), None)
    system = next((name for fragment, name in _SYSTEMS if fragment in user_agent), None)
    if browser and system:
        return _("%(browser)s on %(system)s", browser=browser, system=system)
    return browser or system or _("Unknown browser")


def init_app(app: Flask) -> None:
    """Expose the label helpers and formatters to every template."""
    from brain.markdown import render_markdown

    app.jinja_env.filters["device_label"] = device_label
    app.jinja_env.globals.update(
        render_markdown=render_markdown,
        material_kind_label=material_kind_label,
        session_kind_label=session_kind_label,
        language_label=language_label,
        country_name=country_name,
        date_range=date_range,
        format_date=format_date,
        format_datetime=format_datetime,
        format_number=format_decimal,
        visibility_labels=VISIBILITY_LABELS,
        role_labels=ROLE_LABELS,
    )
