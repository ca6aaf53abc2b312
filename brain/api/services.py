"""The API's reads: the archive's own queries with the caller's visibility, shaped as plain data."""
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, time, timezone
from urllib.parse import urljoin

from flask import current_app, request, url_for
from sqlalchemy import false, select
from sqlalchemy.orm import selectinload

from brain.api.schemas import SLUG
from brain.archive import queries
from brain.archive.models import Edition, Material, Topic, material_topics
from brain.extensions import db
from brain.i18n import current_language, localized
from brain.pagination import paginate
from brain.search.service import PER_PAGE, SearchOutcome, SearchRequest, search
from brain.security import can_view_material


@dataclass
class Page:
    """One page of a list; past the last page `items` is empty and `page` is the one asked for."""

    items: list
    page: int
    per_page: int
    total: int
    pages: int


def _page(stmt, page: int, per_page: int) -> Page:
    """Page a select with the project's helper; a page past the end is empty instead of the last one."""
    pagination = paginate(stmt, page, per_page)
    pages = max(1, -(-pagination.total // per_page))
    items = list(pagination.items) if page <= pages else []
    return Page(items=items, page=page, per_page=per_page, total=pagination.total, pages=pages)


def _aware(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes for UTC columns; the API always says which zone."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=timezone.utc)


def _clock(moment: time | None) -> str | None:
    return moment.strftime("%H:%M") if moment is not None else None


def _absolute(path: str) -> str:
    return urljoin(request.host_url, path)


def is_slug(value: str) -> bool:
    """True for a string shaped like an edition's or a topic's slug (anything else names nothing)."""
    return re.fullmatch(SLUG, value) is not None


# Editions ------------------------------------------------------------------------------------------

def _edition_ref(edition: Edition) -> dict:
    return {"slug": edition.slug, "number": edition.number, "year": edition.year, "city": edition.city,
            "api_url": url_for("api.edition", slug=edition.slug, _external=True)}


def _edition(edition: Edition, counts: dict[int, int]) -> dict:
    return {
        **_edition_ref(edition),
        "country": edition.country, "start_date": edition.start_date, "end_date": edition.end_date,
        "is_virtual": edition.is_virtual, "partners": edition.partners,
        "languages": (edition.languages or "").split(),
        "theme": edition.theme()[0],
        "translations": {row.language: {"theme": row.theme, "description": row.description, "city": row.city}
                         for row in edition.translations},
        "material_count": counts.get(edition.id, 0),
        "html_url": url_for("archive.edition", slug=edition.slug, _external=True),
        "materials_url": url_for("api.edition_materials", slug=edition.slug, _external=True),
    }


def edition_page(viewer, page: int, per_page: int) -> Page:
    """Return a page of editions, oldest first, with the number of materials the caller may see."""
    stmt = select(Edition).order_by(Edition.year, Edition.start_date, Edition.number)
    result = _page(stmt, page, per_page)
    counts = queries.material_counts_by_edition(viewer)
    result.items = [_edition(edition, counts) for edition in result.items]
    return result


def edition_exists(slug: str) -> bool:
    """True when an edition has this slug."""
    return queries.edition_by_slug(slug) is not None


def edition_detail(viewer, slug: str) -> dict | None:
    """Return an edition with its programme, or None when there is no such edition."""
    edition = db.session.scalar(
        select(Edition).where(Edition.slug == slug).options(selectinload(Edition.sessions)))
    if edition is None:
        return None
    sessions = [{
        "id": session.id, "day": session.day, "date": session.date,
        "start_time": _clock(session.start_time), "end_time": _clock(session.end_time),
        "kind": session.kind, "title": session.title()[0], "speakers": session.speakers,
        "recording_url": session.recording_url or None, "stream_url": session.stream_url or None,
        "translations": {row.language: {"title": row.title, "summary": row.summary} for row in session.translations},
    } for session in edition.sessions]
    return {**_edition(edition, queries.material_counts_by_edition(viewer)), "sessions": sessions}


# Materials -----------------------------------------------------------------------------------------

@dataclass
class MaterialQuery:
    """The materials list's filters as the API received them (slugs, not rows)."""

    edition: str | None = None
    kind: str | None = None
    language: str | None = None
    topic: str | None = None


def _versions(materials: list[Material], viewer) -> dict[int, list[dict]]:
    """The other language versions the caller may see of each material, in one query."""
    groups = {m.translation_group for m in materials if m.translation_group}
    if not groups:
        return {}
    by_group: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    stmt = queries.visible_materials(viewer).where(Material.translation_group.in_(groups))
    for row in db.session.execute(stmt.with_only_columns(
            Material.id, Material.language, Material.title, Material.translation_group).order_by(Material.language)):
        by_group[row.translation_group].append((row.id, row.language, row.title))
    return {m.id: [{"id": other, "language": language, "title": title,
                    "api_url": url_for("api.material", material_id=other, _external=True)}
                   for other, language, title in by_group.get(m.translation_group, []) if other != m.id]
            for m in materials if m.translation_group}


def _topics(materials: list[Material], language: str) -> dict[int, list[dict]]:
    """The topics of each material, named in the reader's language, in one query."""
    ids = [m.id for m in materials]
    if not ids:
        return {}
    rows = db.session.execute(
        select(material_topics.c.material_id, Topic).join(Topic, Topic.id == material_topics.c.topic_id)
        .where(material_topics.c.material_id.in_(ids)).order_by(Topic.slug))
    found: dict[int, list[dict]] = defaultdict(list)
    for material_id, topic in rows:
        found[material_id].append({"slug": topic.slug, "name": topic.name(language)[0]})
    return found


def _material(material: Material, versions: list[dict], topics: list[dict]) -> dict:
    stored = material.file
    has_download = stored is not None or bool(material.url)
    return {
        "id": material.id, "title": material.title, "description": material.description, "kind": material.kind,
        "language": material.language, "authors": material.authors, "visibility": material.visibility,
        "edition": _edition_ref(material.edition), "session_id": material.session_id,
        "translation_group": material.translation_group or None, "topics": topics,
        "file": {"name": material.file_name or f"material-{material.id}", "size": stored.size,
                 "media_type": stored.media_type, "sha256": stored.sha256} if stored is not None else None,
        "link": (material.url or None) if stored is None else None,
        "download_url": url_for("archive.download", material_id=material.id, _external=True) if has_download else None,
        "versions": versions,
        "created_at": _aware(material.created_at), "updated_at": _aware(material.updated_at),
        "html_url": url_for("archive.material", material_id=material.id, _external=True),
        "api_url": url_for("api.material", material_id=material.id, _external=True),
    }


def _materials(materials: list[Material], viewer) -> list[dict]:
    versions = _versions(materials, viewer)
    topics = _topics(materials, current_language())
    return [_material(m, versions.get(m.id, []), topics.get(m.id, [])) for m in materials]


def material_page(viewer, wanted: MaterialQuery, page: int, per_page: int) -> Page:
    """Return a page of the materials the caller may see, newest first, as the site's list shows them.

    Without a language filter each translation group counts once, in the reader's language when it
    has it; an edition or topic that does not exist matches nothing.
    """
    filters = queries.MaterialFilters(kind=wanted.kind, language=wanted.language)
    missing = False
    if wanted.edition:
        filters.edition = queries.edition_by_slug(wanted.edition)
        missing = filters.edition is None
    if wanted.topic:
        filters.topic = queries.topic_by_slug(wanted.topic)
        missing = missing or filters.topic is None
    stmt = queries.filter_materials(queries.visible_materials(viewer), filters.edition, filters.kind,
                                    filters.language, filters.topic)
    if missing:
        stmt = stmt.where(false())
    if not filters.language:
        stmt = queries.one_per_translation_group(stmt, current_language())
    result = _page(stmt.order_by(Material.created_at.desc(), Material.id.desc()), page, per_page)
    result.items = _materials(result.items, viewer)
    return result


def material_detail(viewer, material_id: int) -> dict | None:
    """Return a material the caller may see, or None (missing, deleted or members-only for a visitor)."""
    material = db.session.get(Material, material_id)
    if material is None or material.is_deleted or not can_view_material(viewer, material):
        return None
    return _materials([material], viewer)[0]


# Topics --------------------------------------------------------------------------------------------

def topic_page(viewer, page: int, per_page: int) -> Page:
    """Return a page of topics by slug, with the number of materials the caller may see."""
    result = _page(select(Topic).order_by(Topic.slug), page, per_page)
    counts = queries.material_counts_by_topic(viewer)
    language = current_language()
    result.items = [{
        "slug": topic.slug, "name": topic.name(language)[0],
        "names": {row.language: row.name for row in topic.translations if row.name},
        "material_count": counts.get(topic.id, 0),
        "materials_url": url_for("api.materials", topic=topic.slug, _external=True),
    } for topic in result.items]
    return result


# Search --------------------------------------------------------------------------------------------

def _hits(hits, slugs: dict[int, str]) -> list[dict]:
    shown = []
    for hit in hits:
        identity = int(hit.key.partition(":")[2])
        if hit.type == "material":
            api_url = url_for("api.material", material_id=identity, _external=True)
        elif hit.type == "edition" and identity in slugs:
            api_url = url_for("api.edition", slug=slugs[identity], _external=True)
        else:
            api_url = None
        shown.append({
            "type": hit.type, "id": identity, "title": hit.view.title, "html_url": _absolute(hit.view.url),
            "api_url": api_url, "edition": hit.view.edition_label or "", "language": hit.view.language or "",
            "date": _aware(hit.view.date), "snippet_html": str(hit.snippet or ""),
            "glossary_note": str(hit.glossary_note or ""),
            "also_in": [{"language": language, "id": other,
                         "api_url": url_for("api.material", material_id=other, _external=True)}
                        for language, other in hit.also_in],
        })
    return shown


def search_page(viewer, args: dict) -> dict:
    """Run the site's search for the caller and return one page of hits with the facets and notices."""
    values = {name: value for name, value in args.items() if value not in (None, "")}
    values["xlang"] = "1" if args.get("xlang", True) else "0"
    search_request = SearchRequest.from_args({name: str(value) for name, value in values.items()})
    if "brain_search" in current_app.extensions:
        outcome = search(search_request, viewer)
    else:
        outcome = SearchOutcome(request=search_request)
    hits = outcome.hits + outcome.partial_hits
    edition_ids = [int(hit.key.partition(":")[2]) for hit in hits if hit.type == "edition"]
    slugs = {identity: slug for identity, slug in db.session.execute(
        select(Edition.id, Edition.slug).where(Edition.id.in_(edition_ids)))} if edition_ids else {}
    return {
        "items": _hits(outcome.hits, slugs), "partial_items": _hits(outcome.partial_hits, slugs),
        "page": search_request.page, "per_page": PER_PAGE,
        "total": outcome.total, "pages": outcome.pages,
        "facets": {name: [{"value": str(facet.value), "count": facet.count, "selected": bool(facet.selected)}
                          for facet in facet_values]
                   for name, facet_values in outcome.facets.items()},
        "corrected": outcome.corrected or "", "suggestion": outcome.suggestion or "",
        "notice": str(outcome.notice or ""),
    }
