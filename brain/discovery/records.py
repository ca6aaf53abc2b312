"""One description of a material or an edition, from which every machine-readable rendering is made.

The JSON-LD of the pages, the citation meta tags, the BibTeX and CSL-JSON downloads and the
OAI-PMH Dublin Core records all read these records, so they cannot disagree.
"""
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask import url_for
from flask_babel import gettext as _
from sqlalchemy import select

from brain.archive.models import Edition, Material
from brain.extensions import db

#: The time zone of each host country of an edition (one city per country so far), for editions
#: whose own time zone the archive does not record.
TIME_ZONES = {
    "IT": "Europe/Rome", "CA": "America/Toronto", "MA": "Africa/Casablanca", "BR": "America/Sao_Paulo",
    "ZA": "Africa/Johannesburg", "MX": "America/Mexico_City", "CR": "America/Costa_Rica", "KR": "Asia/Seoul",
    "LU": "Europe/Luxembourg", "ES": "Europe/Madrid", "PT": "Europe/Lisbon",
}
#: How the partners field names the ILO's International Training Centre (Turin).
ITC_ILO = "ITC-ILO"


@dataclass
class MaterialRecord:
    """What a citation, a harvester or a search engine needs to know about one public material."""

    id: int
    url: str
    title: str
    description: str
    language: str
    kind: str
    authors: list[str]
    #: The edition's first day (or its year) stands for the date the material was given.
    published: date | None
    year: int
    created: datetime
    media_type: str
    #: Where the file itself is downloaded, or the outbound link of a link-only material.
    content_url: str
    is_pdf: bool
    edition_slug: str
    edition_url: str
    #: The event the material belongs to, in words: "ILO Academy on Social and Solidarity Economy, Lisbon 2021".
    edition_name: str
    edition_city: str
    #: Topic slugs with their names by language.
    topics: list[tuple[str, dict[str, str]]]
    #: The public, undeleted language versions of the same material: (url, language), this one excluded.
    versions: list[tuple[str, str]] = field(default_factory=list)
    #: The version other versions translate: the first one added to the archive.
    original_url: str = ""

    @property
    def is_original(self) -> bool:
        """True when this version is the one the others translate."""
        return self.original_url == self.url


def as_utc(moment: datetime | None) -> datetime | None:
    """Return a stored moment as an aware UTC datetime (SQLite hands back naive UTC ones)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def split_authors(authors: str) -> list[str]:
    """Split the authors field ("A; B" or one per line) into names."""
    return [name.strip() for name in authors.replace("\n", ";").split(";") if name.strip()]


def academy_name(edition: Edition) -> str:
    """Name an edition as an event: "ILO Academy on Social and Solidarity Economy, Lisbon 2021"."""
    return _("%(academy)s, %(city)s %(year)s", academy=_("ILO Academy on Social and Solidarity Economy"),
             city=edition.city_name(), year=edition.year)


def public_versions(groups) -> dict[str, list[tuple[int, str]]]:
    """Return (id, language) of the public, undeleted versions of each translation group, oldest first."""
    groups = {group for group in groups if group}
    if not groups:
        return {}
    rows = db.session.execute(
        select(Material.translation_group, Material.id, Material.language).where(
            Material.translation_group.in_(groups), Material.is_deleted.is_(False), Material.visibility == "public",
        ).order_by(Material.id)
    )
    versions: dict[str, list[tuple[int, str]]] = {}
    for group, material_id, language in rows:
        versions.setdefault(group, []).append((material_id, language))
    return versions


def material_record(material: Material, versions: dict[str, list[tuple[int, str]]] | None = None) -> MaterialRecord:
    """Describe one material for citations, structured data and harvesters (call inside a request).

    :param versions: the groups' versions from public_versions(), when a list of records read them at once.
    """
    edition = material.edition
    url = url_for("archive.material", material_id=material.id, _external=True)
    if versions is None:
        versions = public_versions([material.translation_group])
    group = versions.get(material.translation_group, []) if material.translation_group else []
    media_type = material.file.media_type if material.file is not None else ""
    if material.file is not None:
        content_url = url_for("archive.download", material_id=material.id, _external=True)
    else:
        content_url = material.url
    return MaterialRecord(
        id=material.id, url=url, title=material.title, description=material.description or "",
        language=material.language, kind=material.kind, authors=split_authors(material.authors or ""),
        published=edition.start_date, year=edition.year, created=as_utc(material.created_at),
        media_type=media_type, content_url=content_url, is_pdf=media_type == "application/pdf",
        edition_slug=edition.slug, edition_url=url_for("archive.edition", slug=edition.slug, _external=True),
        edition_name=academy_name(edition), edition_city=edition.city_name(),
        topics=[(topic.slug, {row.language: row.name for row in topic.translations if row.name})
                for topic in sorted(material.topics, key=lambda topic: topic.slug)],
        versions=[(url_for("archive.material", material_id=other_id, _external=True), language)
                  for other_id, language in group if other_id != material.id],
        original_url=url_for("archive.material", material_id=group[0][0], _external=True) if group else url,
    )


def local_moment(edition: Edition, day: date | None, moment: time | None) -> str | None:
    """Write a day and time of an edition as ISO 8601 with the host city's offset; a day alone without one."""
    if day is None:
        return None
    if moment is None:
        return day.isoformat()
    return datetime.combine(day, moment, tzinfo=edition_zone(edition)).isoformat()


def edition_zone(edition: Edition) -> ZoneInfo:
    """The time zone of an edition's programme: its own when the archive records one, else its country's."""
    for name in (getattr(edition, "timezone", "") or "", TIME_ZONES.get(edition.country, "UTC")):
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return ZoneInfo("UTC")


@dataclass
class SessionEvent:
    """One programme item as an event."""

    title: str
    language: str | None
    start: str | None
    end: str | None
    speakers: list[str]


@dataclass
class EditionEvent:
    """An edition as an event: when, where, how, who organised it, and its programme."""

    url: str
    name: str
    theme: str
    description: str
    start: str | None
    end: str | None
    is_virtual: bool
    city: str
    country: str
    languages: list[str]
    organised_by_itc: bool
    sessions: list[SessionEvent]


def edition_event(edition: Edition) -> EditionEvent:
    """Describe an edition as an event, its sessions with their times in the host city's time zone."""
    sessions = []
    for session in edition.sessions:
        title, language = session.title()
        sessions.append(SessionEvent(
            title=title, language=language,
            start=local_moment(edition, session.date, session.start_time),
            end=local_moment(edition, session.date, session.end_time),
            speakers=split_authors(session.speakers or ""),
        ))
    timed = [s for s in edition.sessions if s.date and s.start_time]
    first = min(timed, key=lambda s: (s.date, s.start_time), default=None)
    last = max((s for s in timed if s.end_time), key=lambda s: (s.date, s.end_time), default=None)
    start = local_moment(edition, first.date, first.start_time) if first and first.date == edition.start_date \
        else local_moment(edition, edition.start_date, None)
    end = local_moment(edition, last.date, last.end_time) if last and last.date == edition.end_date \
        else local_moment(edition, edition.end_date, None)
    theme, _theme_language = edition.theme()
    description, _description_language = edition.description()
    partners = [name.strip() for name in (edition.partners or "").split(";")]
    return EditionEvent(
        url=url_for("archive.edition", slug=edition.slug, _external=True), name=academy_name(edition),
        theme=theme, description=description, start=start, end=end, is_virtual=edition.is_virtual,
        city=edition.city_name(), country=edition.country, languages=(edition.languages or "").split(),
        organised_by_itc=ITC_ILO in partners, sessions=sessions,
    )
