"""Atom feeds of public content: new materials and new threads."""
import xml.etree.ElementTree as ET
from datetime import datetime, timezone

from flask import make_response, request, url_for
from flask_babel import gettext as _
from sqlalchemy import select

from brain.archive.models import Material
from brain.community import bp, queries
from brain.extensions import db
from brain.markdown import render_markdown
from brain.text import xml_text

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _iso(moment: datetime | None) -> str:
    moment = moment or datetime(2010, 1, 1, tzinfo=timezone.utc)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    """Add an element whose text and attributes hold only characters XML allows, whatever old rows contain."""
    element = ET.SubElement(parent, tag, {name: xml_text(str(value)) for name, value in attributes.items()})
    if text is not None:
        element.text = xml_text(str(text))
    return element


def _feed(title: str, self_url: str, alternate: str, entries: list[dict]):
    """Write an Atom document with ElementTree, which escapes every text and attribute."""
    feed = ET.Element("feed", xmlns=ATOM)
    _add(feed, "title", title)
    _add(feed, "id", self_url)
    _add(feed, "updated", max((entry["updated"] for entry in entries), default=_iso(None)))
    _add(feed, "link", rel="self", type="application/atom+xml", href=self_url)
    _add(feed, "link", rel="alternate", type="text/html", href=alternate)
    _add(feed, "generator", "Collective Brain")
    for entry in entries:
        item = _add(feed, "entry", **{XML_LANG: entry["language"]})
        _add(item, "title", entry["title"])
        _add(item, "id", entry["id"])
        _add(item, "link", rel="alternate", type="text/html", href=entry["link"])
        _add(item, "updated", entry["updated"])
        _add(_add(item, "author"), "name", entry["author"])
        if entry["html"] is not None:
            _add(item, "content", entry["html"], type="html")
        else:
            _add(item, "summary", entry["summary"])
    response = make_response(ET.tostring(feed, encoding="utf-8", xml_declaration=True))
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
