"""Public pages of the archive: editions, materials, topics and downloads."""
import os
from datetime import date

from flask import abort, redirect, render_template, request, send_file
from flask_login import current_user

from brain import storage
from brain.archive import bp, media, queries, services
from brain.archive.models import MATERIAL_KINDS, Material
from brain.community import queries as community_queries
from brain.community import services as community_services
from brain.extensions import db, login_manager
from brain.i18n import current_language
from brain.pagination import page_number
from brain.security import can_view_material


def _material_or_404(material_id: int) -> Material:
    material = db.session.get(Material, material_id)
    if material is None or (material.is_deleted and not getattr(current_user, "is_admin", False)):
        abort(404)
    return material


def _require_view(material: Material):
    """Send a visitor to sign in, and refuse an unverified account, for members-only material."""
    if can_view_material(current_user, material):
        return None
    if not current_user.is_authenticated:
        return login_manager.unauthorized()
    abort(403)


@bp.route("/editions")
def editions():
    """List every edition since 2010."""
    return render_template(
        "archive/editions.html", editions=queries.editions_timeline(),
        counts=queries.material_counts(current_user, "edition"),
    )


@bp.route("/editions/<slug>")
def edition(slug: str):
    """Show an edition: facts, quick links, programme by day and materials by session."""
    edition = queries.edition_by_slug(slug)
    if edition is None:
        abort(404)
    page = queries.edition_page(edition, current_user, current_language(), date.today())
    return render_template("archive/edition.html", edition=edition, page=page,
                           threads=community_queries.threads_about(current_user, edition=edition))


@bp.route("/editions/<slug>/summaries")
def edition_summaries(slug: str):
    """Show the summaries of all the sessions of an edition on one page."""
    edition = queries.edition_by_slug(slug)
    if edition is None:
        abort(404)
    page = queries.edition_page(edition, current_user, current_language(), date.today())
    return render_template("archive/summaries.html", edition=edition, page=page)


@bp.route("/materials")
def materials():
    """List materials with filters, newest first, one version per translation group."""
    filters = queries.MaterialFilters.from_args(request.args)
    pagination = queries.list_materials(current_user, filters, current_language(), page_number(request.args))
    return render_template(
        "archive/materials.html", pagination=pagination, filters=filters,
        editions=queries.editions_timeline(), topics=queries.all_topics(), kinds=MATERIAL_KINDS,
        languages=queries.material_languages(),
    )


@bp.route("/materials/<int:material_id>")
def material(material_id: int):
    """Show a material, its other-language versions and its download or link."""
    material = _material_or_404(material_id)
    refusal = _require_view(material)
    if refusal is not None:
        return refusal
    return render_template(
        "archive/material.html", material=material,
        translations=queries.translations_of(material, current_user),
        threads=community_queries.threads_about(current_user, material=material),
        bookmarked=community_services.is_bookmarked(current_user, material=material),
    )


@bp.route("/materials/<int:material_id>/download")
def download(material_id: int):
    """Send a material's file under its original name, counting the download (a link counts a view)."""
    material = _material_or_404(material_id)
    refusal = _require_view(material)
    if refusal is not None:
        return refusal
    if material.file is None:
        # An older address of a link-only material: following the link is opening it, a view.
        if material.url and media.safe_link(material.url):
            services.record_view(material)
            return redirect(material.url)
        abort(404)
    path = _stored_path(material.file.storage_path)
    services.record_download(material)
    response = send_file(
        path, mimetype=material.file.media_type, as_attachment=True,
        download_name=material.file_name or f"material-{material.id}", max_age=0,
    )
    response.headers["Content-Security-Policy"] = UPLOADED_FILE_POLICY
    response.headers["Cache-Control"] = _cache_control(material)
    return response


#: Uploaded bytes are served in a sandbox that runs nothing and cannot be framed.
UPLOADED_FILE_POLICY = "default-src 'none'; sandbox; frame-ancestors 'none'"


def _stored_path(relative: str) -> str:
    """The absolute path of stored bytes, or a 404 when they are not (or no longer) there."""
    try:
        path = storage.absolute_path(relative)
    except ValueError:
        abort(404)
    if not os.path.isfile(path):
        abort(404)
    return path


def _cache_control(material: Material) -> str:
    """Members-only bytes stay out of shared caches."""
    return "private, no-store" if material.visibility != "public" else "public, max-age=0"


@bp.route("/materials/<int:material_id>/preview.png")
def preview(material_id: int):
    """Send the image of a PDF's first page, to whoever may download the PDF."""
    material = _material_or_404(material_id)
    refusal = _require_view(material)
    if refusal is not None:
        return refusal
    if material.file is None:
        abort(404)
    response = send_file(_stored_path(media.preview_path(material.file.storage_path)), mimetype="image/png",
                         max_age=0)
    response.headers["Cache-Control"] = _cache_control(material)
    return response


@bp.route("/materials/<int:material_id>/play")
def play(material_id: int):
    """Stream an audio or video file to the page's player (ranges allowed), counting a view, not a download."""
    material = _material_or_404(material_id)
    refusal = _require_view(material)
    if refusal is not None:
        return refusal
    if media.player_kind(material) is None:
        abort(404)
    path = _stored_path(material.file.storage_path)
    # A player asks for the file in several ranges: only the first request of a playing counts.
    if request.headers.get("Range", "bytes=0-").replace(" ", "").startswith("bytes=0-"):
        services.record_view(material)
    response = send_file(path, mimetype=material.file.media_type, conditional=True, max_age=0)
    response.headers["Content-Security-Policy"] = UPLOADED_FILE_POLICY
    response.headers["Cache-Control"] = _cache_control(material)
    return response


@bp.route("/materials/<int:material_id>/open")
def open_link(material_id: int):
    """Send the reader to a link-only material (a recording, say), counting a view, not a download."""
    material = _material_or_404(material_id)
    refusal = _require_view(material)
    if refusal is not None:
        return refusal
    if not material.is_link or not media.safe_link(material.url):
        abort(404)
    services.record_view(material)
    return redirect(material.url)


@bp.route("/topics")
def topics():
    """List the topics with their number of materials."""
    return render_template("archive/topics.html", topics=queries.all_topics(),
                           counts=queries.material_counts(current_user, "topic"))


@bp.route("/topics/<slug>")
def topic(slug: str):
    """List one topic's materials."""
    topic = queries.topic_by_slug(slug)
    if topic is None:
        abort(404)
    filters = queries.MaterialFilters(topic=topic)
    pagination = queries.list_materials(current_user, filters, current_language(), page_number(request.args))
    count = queries.material_counts(current_user, "topic", only=topic.id).get(topic.id)
    return render_template("archive/topic.html", topic=topic, pagination=pagination,
                           extra=count.members_only if count else 0)
