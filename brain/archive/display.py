"""Helpers the archive's pages use to show an edition's facts: its partners and its time zone."""
import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from brain.archive import bp

#: "CASES (Cooperativa António Sérgio para a Economia Social)": a short name and its full form.
_EXPANDED = re.compile(r"^(?P<short>[^()]+?)\s*\((?P<full>[^()]+)\)$")


@dataclass(frozen=True)
class Partner:
    """One partner organisation: the name to show and, for an acronym, its full name."""

    short: str
    full: str = ""


@bp.app_template_global()
def partner_list(partners: str) -> list[Partner]:
    """Split an edition's partners (organisations separated by ";") into the names to list."""
    found = []
    for name in (part.strip() for part in (partners or "").split(";")):
        if not name:
            continue
        match = _EXPANDED.match(name)
        found.append(Partner(match["short"], match["full"]) if match else Partner(name))
    return found


@bp.app_template_global()
def utc_offset_iso(offset: str) -> str:
    """Turn an offset as pages show it ("+0", "-3", "+5:30") into ISO 8601 ("+00:00")."""
    sign, rest = offset[0], offset[1:]
    hours, _, minutes = rest.partition(":")
    return f"{sign}{int(hours):02d}:{int(minutes or 0):02d}"


@bp.app_template_global()
def time_for_reader(edition, day: dt.date | None, at: dt.time | None, reader) -> str:
    """A session's start in a signed-in member's own time zone ("09:00"), when it is known and not the edition's."""
    zone_name = getattr(reader, "timezone", "") if getattr(reader, "is_authenticated", False) else ""
    if not (zone_name and edition.timezone and day and at) or zone_name == edition.timezone:
        return ""
    try:
        start = dt.datetime.combine(day, at, ZoneInfo(edition.timezone))
        return start.astimezone(ZoneInfo(zone_name)).strftime("%H:%M")
    except (ZoneInfoNotFoundError, ValueError):
        return ""
