"""Read-side queries of the archive, with visibility applied."""
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from flask_babel import gettext as _
from sqlalchemy import Select, and_, case, func, literal, select

from brain.archive.models import (
    MATERIAL_KINDS, Edition, EditionSession, EditionTranslation, Material, SessionTranslation, Topic,
    TopicTranslation,
    material_topics,
)
from brain.extensions import db
from brain.i18n import current_language, localized
from brain.ids import MAX_ID
from brain.pagination import paginate
from brain.security import viewer_is_member

LANGUAGE_PREFERENCE = ("en", "fr", "es", "pt")


def visible_materials(user) -> Select:
    """Select the materials this reader may see (never deleted ones)."""
    stmt = select(Material).where(Material.is_deleted.is_(False))
    if not viewer_is_member(user):
        stmt = stmt.where(Material.visibility == "public")
    return stmt


def filter_materials(stmt: Select, edition=None, kind=None, language=None, topic=None) -> Select:
    """Narrow a material selection by edition, kind, language and topic."""
    if edition is not None:
        stmt = stmt.where(Material.edition_id == edition.id)
    if kind:
        stmt = stmt.where(Material.kind == kind)
    if language:
        stmt = stmt.where(Material.language == language)
    if topic is not None:
        stmt = stmt.where(
            Material.id.in_(select(material_topics.c.material_id).where(material_topics.c.topic_id == topic.id))
        )
    return stmt


def one_per_translation_group(stmt: Select, language: str) -> Select:
    """Keep one version of each translation group: the reader's language first, then en, fr, es, pt."""
    order = [language] + [code for code in LANGUAGE_PREFERENCE if code != language]
    rank = case({code: index for index, code in enumerate(order)}, value=Material.language, else_=len(order))
    group_key = func.coalesce(Material.translation_group, literal("#") + func.cast(Material.id, db.String))
    ranked = stmt.with_only_columns(
        Material.id.label("material_id"),
        func.row_number().over(partition_by=group_key, order_by=(rank, Material.id)).label("position"),
    ).subquery()
    return select(Material).join(ranked, and_(ranked.c.material_id == Material.id, ranked.c.position == 1))


def newest_materials(user, language: str, limit: int = 8) -> list[Material]:
    """Return the newest materials the reader may see, one per translation group."""
    stmt = one_per_translation_group(visible_materials(user), language)
    return list(db.session.scalars(stmt.order_by(Material.created_at.desc(), Material.id.desc()).limit(limit)))


def translations_of(material: Material, user) -> list[Material]:
    """Return the other-language versions of a material that the reader may see."""
    if not material.translation_group:
        return []
    stmt = visible_materials(user).where(
        Material.translation_group == material.translation_group, Material.id != material.id
    )
    return list(db.session.scalars(stmt.order_by(Material.language)))


def editions_timeline() -> list[Edition]:
    """Return every edition, oldest first."""
    return list(db.session.scalars(select(Edition).order_by(Edition.year, Edition.start_date, Edition.number)))


def _city_in_reader_language():
    """The edition's city as the reader's language writes it, as a column (Lisbonne, else Lisbon)."""
    return func.coalesce(func.nullif(EditionTranslation.city, ""), Edition.city)


def _with_reader_language_cities(stmt: Select) -> Select:
    """Join each edition's row in the reader's language, for _city_in_reader_language."""
    return stmt.outerjoin(EditionTranslation, and_(EditionTranslation.edition_id == Edition.id,
                                                   EditionTranslation.language == current_language()))


def session_choices(edition_id: int | None = None) -> list[tuple[int, int, str, int, str]]:
    """Return (session id, year, city, day, title in the reader's language) of every programme item,
    or of one edition's, in timeline and programme order, read as plain rows for forms."""
    titles: dict[int, list] = defaultdict(list)
    title_rows = select(SessionTranslation.session_id, SessionTranslation.language, SessionTranslation.title)
    stmt = (_with_reader_language_cities(
                select(EditionSession.id, Edition.year, _city_in_reader_language(), EditionSession.day)
                .join(Edition, EditionSession.edition_id == Edition.id))
            .order_by(Edition.year, Edition.start_date, Edition.number,
                      EditionSession.day, EditionSession.start_time, EditionSession.position))
    if edition_id is not None:
        stmt = stmt.where(EditionSession.edition_id == edition_id)
        title_rows = title_rows.join(EditionSession, EditionSession.id == SessionTranslation.session_id).where(
            EditionSession.edition_id == edition_id)
    for row in db.session.execute(title_rows):
        titles[row.session_id].append(row)
    rows = db.session.execute(stmt)
    return [(session_id, year, city, day, localized(titles[session_id], "title")[0])
            for session_id, year, city, day in rows]


def materials_matching(words: str, limit: int = 20) -> list[tuple[int, str, int, str, str]]:
    """Find materials (not deleted) by words of their title or by their number, for picking one in a form:
    (id, title, edition year, edition city, language), newest first."""
    words = (words or "").strip()[:200]
    if not words:
        return []
    condition = and_(*(Material.title.ilike(f"%{word}%") for word in words.split()[:8]))
    number = words.lstrip("#")
    if number.isdigit() and len(number) <= 12 and int(number) <= MAX_ID:
        condition = condition | (Material.id == int(number))
    rows = db.session.execute(
        _with_reader_language_cities(
            select(Material.id, Material.title, Edition.year, _city_in_reader_language(), Material.language)
            .join(Edition, Material.edition_id == Edition.id))
        .where(Material.is_deleted.is_(False), condition)
        .order_by(Material.id.desc()).limit(limit))
    return [tuple(row) for row in rows]


def edition_by_slug(slug: str) -> Edition | None:
    """Find an edition by its stable address."""
    return db.session.scalar(select(Edition).where(Edition.slug == slug))


def topic_by_slug(slug: str) -> Topic | None:
    """Find a topic by its slug."""
    return db.session.scalar(select(Topic).where(Topic.slug == slug))


def all_topics() -> list[Topic]:
    """Return every topic, by slug."""
    return list(db.session.scalars(select(Topic).order_by(Topic.slug)))


def edition_labels(slugs) -> dict[str, str]:
    """Name editions by slug as lists and facets show them ("2021 · Lisbon"), reading only those asked for."""
    slugs = list(slugs)
    if not slugs:
        return {}
    rows = db.session.execute(
        _with_reader_language_cities(select(Edition.slug, Edition.year, _city_in_reader_language()))
        .where(Edition.slug.in_(slugs)))
    return {slug: _("%(year)s · %(city)s", year=year, city=city) for slug, year, city in rows}


def topic_names(slugs, language: str) -> dict[str, str]:
    """Name topics by slug in the reader's language (or the usual fallback), reading only those asked for."""
    slugs = list(slugs)
    if not slugs:
        return {}
    rows = db.session.execute(
        select(Topic.slug, TopicTranslation.language, TopicTranslation.name)
        .join(TopicTranslation, TopicTranslation.topic_id == Topic.id).where(Topic.slug.in_(slugs))
    )
    by_slug: dict[str, list] = defaultdict(list)
    for row in rows:
        by_slug[row.slug].append(row)
    return {slug: localized(translations, "name", language)[0] for slug, translations in by_slug.items()}


def material_counts_by_edition(user) -> dict[int, int]:
    """Count the visible materials of each edition, for the timeline."""
    visible = visible_materials(user).subquery()
    rows = db.session.execute(select(visible.c.edition_id, func.count()).group_by(visible.c.edition_id))
    return {edition_id: count for edition_id, count in rows}



@dataclass(frozen=True)
class MaterialCount:
    """How many materials a reader can open under one heading, and how many more members could."""

    #: What this reader opens: one per translation group, as lists show them.
    shown: int = 0
    #: Translation groups only members can open (always 0 for members).
    members_only: int = 0


def material_counts(user, by: str, only: int | None = None) -> dict[int, MaterialCount]:
    """Count, per edition or per topic (`by`; `only` one of them), the materials a reader can open.

    Lists show one version per translation group, so the counts are of groups, not files. For a
    visitor, a group with a public version counts as shown; a group without one counts in
    `members_only`, so pages can say "+4 for members".
    """
    group_key = func.coalesce(Material.translation_group, literal("#") + func.cast(Material.id, db.String))
    is_public = func.max(case((Material.visibility == "public", 1), else_=0))
    if by == "edition":
        key = Material.edition_id
        stmt = select(key.label("key"), group_key.label("grp"), is_public.label("public"))
    elif by == "topic":
        key = material_topics.c.topic_id
        stmt = (select(key.label("key"), group_key.label("grp"), is_public.label("public"))
                .select_from(Material).join(material_topics, material_topics.c.material_id == Material.id))
    else:
        raise ValueError(f"cannot count materials by {by!r}")
    stmt = stmt.where(Material.is_deleted.is_(False))
    if only is not None:
        stmt = stmt.where(key == only)
    groups = stmt.group_by(key, group_key).subquery()
    rows = db.session.execute(select(groups.c.key, func.count(), func.sum(groups.c.public)).group_by(groups.c.key))
    member = viewer_is_member(user)
    counts = {}
    for key_id, total, public in rows:
        public = int(public or 0)
        counts[key_id] = MaterialCount(total, 0) if member else MaterialCount(public, total - public)
    return counts


@dataclass
class MaterialFilters:
    """The filters of the materials list; unknown values are ignored."""

    edition: Edition | None = None
    kind: str | None = None
    language: str | None = None
    topic: Topic | None = None

    @classmethod
    def from_args(cls, args) -> "MaterialFilters":
        """Read the filters from a query string."""
        kind = args.get("kind") or None
        language = (args.get("language") or "").strip().lower() or None
        return cls(
            edition=edition_by_slug(args["edition"]) if args.get("edition") else None,
            kind=kind if kind in MATERIAL_KINDS else None,
            language=language if language and len(language) == 2 and language.isalpha() else None,
            topic=topic_by_slug(args["topic"]) if args.get("topic") else None,
        )

    def as_args(self) -> dict[str, str]:
        """Return the filters as query-string arguments, for pagination links."""
        args = {}
        if self.edition:
            args["edition"] = self.edition.slug
        if self.kind:
            args["kind"] = self.kind
        if self.language:
            args["language"] = self.language
        if self.topic:
            args["topic"] = self.topic.slug
        return args


def list_materials(user, filters: MaterialFilters, language: str, page: int, per_page: int = 20):
    """Return a page of visible materials, newest first, one per translation group."""
    stmt = filter_materials(visible_materials(user), filters.edition, filters.kind, filters.language, filters.topic)
    if not filters.language:
        stmt = one_per_translation_group(stmt, language)
    stmt = stmt.order_by(Material.created_at.desc(), Material.id.desc())
    return paginate(stmt, page, per_page)


def material_languages() -> list[str]:
    """Return the languages that at least one material is written in."""
    return list(db.session.scalars(
        select(Material.language).where(Material.is_deleted.is_(False)).distinct().order_by(Material.language)
    ))


def material_counts_by_topic(user) -> dict[int, int]:
    """Count the visible materials of each topic."""
    visible = visible_materials(user).with_only_columns(Material.id).subquery()
    rows = db.session.execute(
        select(material_topics.c.topic_id, func.count())
        .where(material_topics.c.material_id.in_(select(visible.c.id)))
        .group_by(material_topics.c.topic_id)
    )
    return {topic_id: count for topic_id, count in rows}


@dataclass
class EditionPage:
    """What an edition page shows, gathered once for the template."""

    agenda: Material | None
    summaries: list[Material]
    sessions_by_day: dict[int, list[EditionSession]]
    plenary_recordings: dict[int, list[EditionSession]]
    live_sessions: list[EditionSession]
    materials_by_session: list[tuple[EditionSession | None, dict[str, list[Material]]]]
    material_count: int


def edition_page(edition: Edition, user, language: str, today: date) -> EditionPage:
    """Gather an edition's programme and materials as its page presents them."""
    stmt = one_per_translation_group(
        filter_materials(visible_materials(user), edition=edition), language
    ).order_by(Material.kind, Material.title)
    materials = list(db.session.scalars(stmt))
    agendas = [m for m in materials if m.kind == "agenda"]
    agenda = next((m for m in agendas if m.language == language), agendas[0] if agendas else None)

    sessions_by_day: dict[int, list[EditionSession]] = defaultdict(list)
    plenary_recordings: dict[int, list[EditionSession]] = defaultdict(list)
    for session in edition.sessions:
        sessions_by_day[session.day].append(session)
        if session.kind == "plenary" and session.recording_url:
            plenary_recordings[session.day].append(session)
    live_sessions = []
    if edition.is_under_way(today):
        live_sessions = [s for s in edition.sessions if s.stream_url and (s.date is None or s.date == today)]

    grouped: dict[int | None, dict[str, list[Material]]] = defaultdict(lambda: defaultdict(list))
    for material in materials:
        grouped[material.session_id][material.kind].append(material)
    order = [s for s in edition.sessions if s.id in grouped]
    materials_by_session = [(s, dict(grouped[s.id])) for s in order]
    if None in grouped:
        materials_by_session.append((None, dict(grouped[None])))
    return EditionPage(
        agenda=agenda,
        summaries=[m for m in materials if m.kind == "summary"],
        sessions_by_day=dict(sorted(sessions_by_day.items())),
        plenary_recordings=dict(sorted(plenary_recordings.items())),
        live_sessions=live_sessions,
        materials_by_session=materials_by_session,
        material_count=len(materials),
    )
