"""What harvesters see: public materials, deleted ones as tombstones, members-only ones never."""
from dataclasses import dataclass
from datetime import datetime, timezone

from flask_babel import gettext as _
from sqlalchemy import Select, func, select
from sqlalchemy.orm import selectinload

from brain.archive.models import MATERIAL_KINDS, Edition, Material, Topic, material_topics
from brain.extensions import db
from brain.i18n import localized
from brain.labels import language_label, material_kind_label

#: The first level of each set hierarchy: edition:<slug>, language:<code>, kind:<kind>, topic:<slug>.
SET_FAMILIES = ("edition", "language", "kind", "topic")


class UnknownSet(ValueError):
    """The set named in the request does not exist."""


def harvestable() -> Select:
    """Select every material a harvester may know about: the public ones, deleted or not."""
    return select(Material).where(Material.visibility == "public")


def in_set(stmt: Select, spec: str) -> Select:
    """Narrow a selection to one set, or raise UnknownSet."""
    family, _sep, value = spec.partition(":")
    if family not in SET_FAMILIES or ":" in value:
        raise UnknownSet(spec)
    if not value:
        return stmt
    if family == "edition":
        edition_id = db.session.scalar(select(Edition.id).where(Edition.slug == value))
        if edition_id is None:
            raise UnknownSet(spec)
        return stmt.where(Material.edition_id == edition_id)
    if family == "language":
        if not value.isalpha() or len(value) > 5:
            raise UnknownSet(spec)
        return stmt.where(Material.language == value)
    if family == "kind":
        if value not in MATERIAL_KINDS:
            raise UnknownSet(spec)
        return stmt.where(Material.kind == value)
    topic_id = db.session.scalar(select(Topic.id).where(Topic.slug == value))
    if topic_id is None:
        raise UnknownSet(spec)
    return stmt.where(Material.id.in_(select(material_topics.c.material_id).where(material_topics.c.topic_id == topic_id)))


def _naive_utc(moment: datetime) -> datetime:
    """Compare with stored moments as the database keeps them (SQLite: naive UTC; PostgreSQL: aware)."""
    if db.engine.dialect.name == "sqlite":
        return moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment


def select_records(spec: str | None, start: datetime | None, end: datetime | None) -> Select:
    """Select the records of a list request: set, then datestamps from `start` (inclusive) to `end` (exclusive)."""
    stmt = harvestable()
    if spec:
        stmt = in_set(stmt, spec)
    if start is not None:
        stmt = stmt.where(Material.updated_at >= _naive_utc(start))
    if end is not None:
        stmt = stmt.where(Material.updated_at < _naive_utc(end))
    return stmt


def count(stmt: Select) -> int:
    """Count a selection of records."""
    return db.session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery()))


def page(stmt: Select, after_id: int, size: int) -> list[Material]:
    """Return the next page of records, in id order, after the last id delivered."""
    stmt = stmt.where(Material.id > after_id).order_by(Material.id).limit(size).options(selectinload(Material.topics))
    return list(db.session.scalars(stmt))


def record(material_id: int) -> Material | None:
    """Return one harvestable material, or None (members-only ones do not exist here)."""
    material = db.session.get(Material, material_id)
    if material is None or material.visibility != "public":
        return None
    return material


def earliest_datestamp() -> datetime:
    """The oldest datestamp in the repository (the Academy's first year when it is empty)."""
    oldest = db.session.scalar(select(func.min(Material.updated_at)).where(Material.visibility == "public"))
    if oldest is None:
        return datetime(2010, 1, 1, tzinfo=timezone.utc)
    return oldest if oldest.tzinfo else oldest.replace(tzinfo=timezone.utc)


def set_specs(material: Material) -> list[str]:
    """The sets a record belongs to."""
    specs = [f"edition:{material.edition.slug}", f"language:{material.language}", f"kind:{material.kind}"]
    return specs + [f"topic:{topic.slug}" for topic in sorted(material.topics, key=lambda topic: topic.slug)]


@dataclass
class SetEntry:
    """One set as ListSets shows it."""

    spec: str
    name: str


def all_sets() -> list[SetEntry]:
    """Every set: the four families, then each edition, language, kind and topic."""
    sets = [SetEntry("edition", _("Editions")), SetEntry("language", _("Languages")),
            SetEntry("kind", _("Kinds of material")), SetEntry("topic", _("Topics"))]
    for edition in db.session.scalars(select(Edition).order_by(Edition.year, Edition.number)):
        sets.append(SetEntry(f"edition:{edition.slug}", _("Edition %(number)s: %(city)s %(year)s",
                                                           number=edition.number, city=edition.city_name(),
                                                           year=edition.year)))
    languages = db.session.scalars(select(Material.language).where(Material.visibility == "public")
                                   .distinct().order_by(Material.language))
    for code in languages:
        sets.append(SetEntry(f"language:{code}", language_label(code)))
    for kind in MATERIAL_KINDS:
        sets.append(SetEntry(f"kind:{kind}", str(material_kind_label(kind))))
    for topic in db.session.scalars(select(Topic).order_by(Topic.slug)):
        sets.append(SetEntry(f"topic:{topic.slug}", localized(topic.translations, "name")[0] or topic.slug))
    return sets
