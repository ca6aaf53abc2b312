"""Names a reader sees for codes (kinds, languages, countries) and dates, times and sizes in the reader's language."""
import re
from datetime import date, datetime, timedelta, timezone

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.dates import format_time as babel_format_time
from babel.dates import parse_pattern
from flask import Flask
from flask_babel import format_decimal, get_locale, get_timezone
from flask_babel import gettext as _
from flask_babel import ngettext
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
#: Licences are written by their own names (CC BY 4.0…), except the reservation of all rights.
LICENCE_LABELS = {"All rights reserved": _l("All rights reserved")}
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


def licence_label(licence: str) -> str:
    """Name a material's licence in the reader's language."""
    return str(LICENCE_LABELS.get(licence, licence))


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


#: English pages write dates the way most of the world reads them: "3 Dec 2026", never "Dec 3" or "12/3".
_DATE_LOCALES = {"en": "en_GB"}


def _date_locale() -> Locale:
    locale = _locale()
    return Locale.parse(_DATE_LOCALES.get(str(locale), str(locale)))


def format_date(value: date | datetime | None, format: str = "medium") -> str:
    """Write a day in the reader's language, with the month in words (never 3/12/26)."""
    if value is None:
        return ""
    return babel_format_date(value, format, locale=_date_locale())


def _interval_patterns(locale: Locale) -> dict:
    """The locale's interval patterns for day, month and year, with the month written in full."""
    formats = locale.interval_formats
    if "yMMMMd" in formats:
        return formats["yMMMMd"]
    return {part: [re.sub(r"(?<!M)MMM(?!M)", "MMMM", pattern) for pattern in patterns]
            for part, patterns in formats["yMMMd"].items()}


def date_range(start: date | None, end: date | None) -> str:
    """Write an edition's dates as one interval in the reader's language: "15–26 November 2021"."""
    if not start:
        return ""
    locale = _date_locale()
    if not end or end == start:
        return babel_format_date(start, "long", locale=locale)
    if end.year != start.year:
        part = "y"
    elif end.month != start.month:
        part = "M"
    else:
        part = "d"
    patterns = _interval_patterns(locale)[part]
    return "".join(parse_pattern(pattern).apply(day, locale) for pattern, day in zip(patterns, (start, end)))


def format_when(value: datetime | None) -> str:
    """Write a moment as a medium date, a 24-hour time and the zone: "3 Dec 2026, 08:05 UTC".

    Every date and time a person reads goes through here, so none is ambiguous (3/12/26, 7:50 AM).
    """
    if value is None:
        return ""
    locale = _date_locale()
    zone = get_timezone()
    aware = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    moment = aware.astimezone(zone)
    day = babel_format_date(moment, "medium", locale=locale)
    time = babel_format_time(moment, "HH:mm", tzinfo=zone, locale=locale)
    zone_name = "UTC" if moment.utcoffset() == timedelta(0) and str(zone) in ("UTC", "Etc/UTC") else \
        babel_format_time(moment, "z", tzinfo=zone, locale=locale)
    return locale.datetime_formats["medium"].replace("{1}", day).replace("{0}", f"{time} {zone_name}")


def format_datetime(value: datetime | None, format: str | None = None) -> str:
    """Write a moment as format_when does, whatever format a template asks for, so all moments read alike."""
    return format_when(value)


#: Decimal units, as file managers and browsers show them.
_SIZE_UNITS = ((10**9, "GB"), (10**6, "MB"), (10**3, "kB"))


def file_size(size: int | None) -> str:
    """Write a file's size in the reader's language: "46 bytes", "37.4 kB", "37,4 ko"."""
    size = int(size or 0)
    for factor, unit in _SIZE_UNITS:
        if size >= factor:
            number = format_decimal(round(size / factor, 1), format="#,##0.#")
            if unit == "GB":
                return _("%(size)s GB", size=number)
            if unit == "MB":
                return _("%(size)s MB", size=number)
            return _("%(size)s kB", size=number)
    return ngettext("%(num)s byte", "%(num)s bytes", size)


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
    app.jinja_env.filters["file_size"] = file_size
    app.jinja_env.globals.update(
        render_markdown=render_markdown,
        material_kind_label=material_kind_label,
        session_kind_label=session_kind_label,
        language_label=language_label,
        licence_label=licence_label,
        country_name=country_name,
        date_range=date_range,
        format_date=format_date,
        format_when=format_when,
        format_datetime=format_datetime,
        file_size=file_size,
        format_number=format_decimal,
        visibility_labels=VISIBILITY_LABELS,
        role_labels=ROLE_LABELS,
    )
