"""robots.txt, the sitemap and a material's citation downloads."""
import json

from flask import abort, make_response, url_for
from flask_login import current_user

from brain.archive.models import Material
from brain.discovery import bp, citations, sitemap
from brain.discovery.records import material_record
from brain.extensions import db, login_manager
from brain.security import can_view_material

#: Pages crawlers should leave alone: administration, accounts, sign-in and search results.
DISALLOWED = ("/admin/", "/account", "/login", "/register", "/password/", "/search")


def _xml(body: bytes):
    response = make_response(body)
    response.mimetype = "application/xml"
    return response


@bp.route("/robots.txt")
def robots():
    """Point crawlers to the sitemap and keep them out of private and endless pages."""
    lines = ["User-agent: *"] + [f"Disallow: {path}" for path in DISALLOWED]
    lines += ["Allow: /", "", f"Sitemap: {url_for('discovery.sitemap_index', _external=True)}", ""]
    response = make_response("\n".join(lines))
    response.mimetype = "text/plain"
    return response


@bp.route("/sitemap.xml")
def sitemap_index():
    """The sitemap, or the index of its parts when it outgrows one file."""
    parts = sitemap.part_count()
    return _xml(sitemap.index(parts) if parts else sitemap.urlset())


@bp.route("/sitemap-<int:number>.xml")
def sitemap_part(number: int):
    """One part of a large sitemap."""
    if not 1 <= number <= sitemap.part_count():
        abort(404)
    return _xml(sitemap.urlset(number))


def _citable(material_id: int):
    """The material to cite, or the refusal a reader gets on its page (sign in, 403 or 404)."""
    material = db.session.get(Material, material_id)
    if material is None or (material.is_deleted and not getattr(current_user, "is_admin", False)):
        abort(404)
    if not can_view_material(current_user, material):
        if not current_user.is_authenticated:
            return None, login_manager.unauthorized()
        abort(403)
    return material, None


def _download(body: str, mimetype: str, filename: str, material: Material):
    response = make_response(body)
    response.mimetype = mimetype
    response.charset = "utf-8"
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    if material.visibility != "public":
        response.headers["Cache-Control"] = "private, no-store"
    return response


@bp.route("/materials/<int:material_id>/cite.bib")
def cite_bibtex(material_id: int):
    """Download a material's citation as BibTeX."""
    material, refusal = _citable(material_id)
    if refusal is not None:
        return refusal
    record = material_record(material)
    return _download(citations.bibtex(record), "application/x-bibtex", f"{citations.citation_key(record)}.bib",
                     material)


@bp.route("/materials/<int:material_id>/cite.json")
def cite_csl(material_id: int):
    """Download a material's citation as CSL-JSON."""
    material, refusal = _citable(material_id)
    if refusal is not None:
        return refusal
    record = material_record(material)
    body = json.dumps(citations.csl_json(record), ensure_ascii=False, indent=2)
    return _download(body, "application/vnd.citationstyles.csl+json", f"{citations.citation_key(record)}.json",
                     material)
