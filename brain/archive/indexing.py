"""How editions and materials appear in search."""
from datetime import datetime, time, timezone

from babel import Locale
from flask import url_for
from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from brain.archive.models import Edition, EditionSession, EditionTranslation, Material, SessionTranslation
from brain.extensions import db
from brain.i18n import current_language
from brain.search import documents
from brain.search.ranking import kind_terms
from brain.security import can_view_material


#: What an edition page is, in the four languages: "Academy 2021" and "Académie 2017" name one.
EDITION_NAMES = "Academy Académie Academia Edition Édition Edición Edição"


def country_names(code: str) -> list[str]:
    """A country's name in the four languages (Brazil, Brésil, Brasil), so a query in any of them finds its editions."""
    names = []
    for language in ("en", "fr", "es", "pt"):
        name = Locale(language).territories.get(code or "")
        if name:
            names.append(name)
    return list(dict.fromkeys(names))


def _as_datetime(edition: Edition) -> datetime:
    if edition.start_date:
        return datetime.combine(edition.start_date, time(), tzinfo=timezone.utc)
    return datetime(edition.year, 1, 1, tzinfo=timezone.utc)


def edition_label(edition: Edition) -> str:
    """Name an edition the way results and lists show it: year and city, in the reader's language."""
    return _("%(year)s · %(city)s", year=edition.year, city=edition.city_name())


def material_document(material: Material) -> documents.SearchDocument | None:
    """Index a material in its own language; deleted materials leave the index."""
    if material.is_deleted:
        return None
    edition = material.edition
    body = "\n".join(part for part in (material.description, material.text) if part)
    return documents.SearchDocument(
        id=f"material:{material.id}", type="material", access=material.visibility,
        texts=[(material.language, material.title, body)], edition=edition.slug, year=edition.year,
        kind=material.kind, topics=sorted(topic.slug for topic in material.topics),
        date=_as_datetime(edition), meta=" ".join((material.authors, material.file_name, *edition.city_names(),
                                                   *country_names(edition.country), str(edition.year),
                                                   kind_terms(material.kind))),
        group=f"group:{material.translation_group}" if material.translation_group else "",
    )


def present_material(material: Material, viewer) -> documents.HitView | None:
    """Show a material result to a reader allowed to see it."""
    if not can_view_material(viewer, material) or material.is_deleted:
        return None
    body = "\n".join(part for part in (material.description, material.text) if part)
    return documents.HitView(
        title=material.title, url=url_for("archive.material", material_id=material.id),
        edition_label=edition_label(material.edition), language=material.language,
        texts=[(material.language, body)], date=_as_datetime(material.edition), kind=material.kind,
    )


def edition_document(edition: Edition) -> documents.SearchDocument:
    """Index an edition with its theme, description and programme in every language it has."""
    texts = []
    languages = {row.language for row in edition.translations}
    for session in edition.sessions:
        languages.update(row.language for row in session.translations)
    for language in sorted(languages):
        theme = next((row.theme for row in edition.translations if row.language == language), "")
        description = next((row.description for row in edition.translations if row.language == language), "")
        programme = [
            f"{row.title}. {row.summary}"
            for session in edition.sessions for row in session.translations if row.language == language
        ]
        texts.append((language, theme, "\n".join([description] + programme)))
    return documents.SearchDocument(
        id=f"edition:{edition.id}", type="edition", access="public", texts=texts,
        edition=edition.slug, year=edition.year, date=_as_datetime(edition),
        meta=" ".join((*edition.city_names(), *country_names(edition.country), edition.slug, str(edition.year),
                       edition.partners, EDITION_NAMES)),
    )


def present_edition(edition: Edition, viewer) -> documents.HitView:
    """Show an edition result, its theme in the reader's language when there is one."""
    return present_editions([edition], viewer)[0]


def present_editions(editions: list[Edition], viewer) -> list[documents.HitView]:
    """Show edition results, reading their programmes in one query of plain rows.

    Loading each edition's sessions and their translations as objects was most of a results
    page's time.
    """
    reader = current_language()
    programmes: dict[int, list[tuple[str, str]]] = {edition.id: [] for edition in editions}
    rows = db.session.execute(
        select(EditionSession.edition_id, SessionTranslation.language, SessionTranslation.title,
               SessionTranslation.summary)
        .join(EditionSession, SessionTranslation.session_id == EditionSession.id)
        .where(EditionSession.edition_id.in_(list(programmes)))
        .order_by(EditionSession.day, EditionSession.start_time, EditionSession.position, SessionTranslation.id)
    )
    for edition_id, language, title, summary in rows:
        programmes[edition_id].append((language, f"{title}. {summary}"))
    views = []
    for edition in editions:
        theme, language = edition.theme()
        description, _ = edition.description()
        programme = sorted(programmes[edition.id], key=lambda pair: pair[0] != reader)
        views.append(documents.HitView(
            title=theme or edition_label(edition), url=url_for("archive.edition", slug=edition.slug),
            edition_label=edition_label(edition), language=language or "",
            texts=[(language or reader, description)] + programme, date=_as_datetime(edition),
        ))
    return views


def register() -> None:
    """Make editions and materials searchable, and reindex an edition when its parts change."""
    documents.register(Material, "material", material_document,
                       lambda: select(Material).options(selectinload(Material.topics)), present_material)
    documents.register(Edition, "edition", edition_document,
                       lambda: select(Edition).options(selectinload(Edition.sessions)), present_edition,
                       query_views=lambda: select(Edition), present_all=present_editions)
    documents.register_dependent(EditionTranslation, lambda row: [row.edition])
    documents.register_dependent(EditionSession, lambda row: [row.edition])
    documents.register_dependent(SessionTranslation, lambda row: [row.session.edition] if row.session else [])
