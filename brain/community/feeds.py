"""Atom feeds of public content: new materials and new threads."""
from datetime import datetime, timezone

from flask import make_response, render_template, request, url_for
from flask_babel import gettext as _
from sqlalchemy import select

from brain.archive.models import Material
from brain.community import bp, queries
from brain.extensions import db
from brain.markdown import render_markdown


def _iso(moment: datetime | None) -> str:
    moment = moment or datetime(2010, 1, 1, tzinfo=timezone.utc)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _feed(title: str, self_url: str, alternate: str, entries: list[dict]):
    updated = max((entry["updated"] for entry in entries), default=_iso(None))
    body = render_template("community/feed.atom.xml", title=title, self_url=self_url, alternate=alternate,
                           feed_id=self_url, updated=updated, entries=entries)
    response = make_response(body)
    response.mimetype = "application/atom+xml"
    return response


@bp.route("/feeds/materials.atom")
def materials_feed():
    """The newest public materials."""
    stmt = (select(Material).where(Material.is_deleted.is_(False), Material.visibility == "public")
            .order_by(Material.created_at.desc()).limit(50))
    entries = [{
        "id": url_for("archive.material", material_id=m.id, _external=True), "title": m.title,
        "link": url_for("archive.material", material_id=m.id, _external=True), "updated": _iso(m.updated_at),
        "author": m.authors or _("ILO Academy on SSE"), "summary": m.description or m.title, "language": m.language,
        "html": None,
    } for m in db.session.scalars(stmt)]
    return _feed(_("Collective Brain: new materials"), request.url, url_for("archive.materials", _external=True), entries)


@bp.route("/feeds/threads.atom")
def threads_feed():
    """The newest threads of public categories."""
    entries = []
    for thread in queries.public_threads():
        first = queries.first_post(thread)
        entries.append({
            "id": url_for("community.thread", thread_id=thread.id, _external=True), "title": thread.title,
            "link": url_for("community.thread", thread_id=thread.id, _external=True), "updated": _iso(thread.created_at),
            "author": thread.author.display_name if thread.author else _("former member"),
            "summary": None, "language": thread.language,
            "html": str(render_markdown(first.body)) if first is not None and first.is_visible else "",
        })
    return _feed(_("Collective Brain: new discussions"), request.url, url_for("community.index", _external=True), entries)
