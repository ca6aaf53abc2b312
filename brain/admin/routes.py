"""Admin screens: thin routes over the archive, search and audit services."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user
from sqlalchemy import func, select

from brain.admin import bp
from brain.admin.forms import (
    LANGUAGE_FIELDS, ConceptForm, EditionForm, InvitationUploadForm, LinkForm, MaterialEditForm, ReplaceFileForm,
    SessionForm, TopicForm, UploadForm, UserRoleForm, as_choices,
)
from brain.archive import queries, services
from brain.archive.models import Edition, EditionSession, Material, Topic
from brain import audit
from brain.audit import AuditEvent
from brain.extensions import db
from brain.i18n import CONTENT_LANGUAGES
from brain.ids import record_id
from brain.labels import country_choices, language_label
from brain.pagination import page_number, paginate
from brain.search import glossary
from brain.search.models import GlossaryConcept
from brain.security import admin_required


@bp.before_request
@admin_required
def _only_admins():
    """Every admin screen is for admins only."""


def _get_or_404(model, identity: int):
    obj = db.session.get(model, identity)
    if obj is None:
        abort(404)
    return obj


def _by_language(form, name: str) -> dict[str, str]:
    return {language: getattr(form, f"{name}_{language}").data or "" for language in LANGUAGE_FIELDS}


def _fill_by_language(form, name: str, rows, attribute: str) -> None:
    for row in rows:
        if row.language in LANGUAGE_FIELDS:
            getattr(form, f"{name}_{row.language}").data = getattr(row, attribute)


@bp.route("/")
def dashboard():
    """Show counts, the index status and the latest audit events."""
    from flask import current_app

    engine = current_app.extensions.get("brain_search")
    counts = {
        "editions": db.session.scalar(select(func.count()).select_from(Edition)),
        "materials": db.session.scalar(select(func.count()).where(Material.is_deleted.is_(False))),
        "deleted": db.session.scalar(select(func.count()).where(Material.is_deleted.is_(True))),
        "topics": db.session.scalar(select(func.count()).select_from(Topic)),
    }
    events = db.session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(10))
    return render_template("admin/dashboard.html", counts=counts, events=audit.describe(events),
                           index_status=engine.index.status() if engine else "disabled")


@bp.route("/search-index", methods=["POST"])
def rebuild_index():
    """Rebuild the search index from the database."""
    from brain.search import reindex

    count = reindex.rebuild()
    flash(_("The search index was rebuilt with %(count)s documents.", count=count), "success")
    return redirect(url_for("admin.dashboard"))


# Editions and sessions -------------------------------------------------------------------------

@bp.route("/editions")
def editions():
    """List the editions."""
    return render_template("admin/editions.html", editions=queries.editions_timeline())


@bp.route("/editions/new", methods=["GET", "POST"])
@bp.route("/editions/<int:edition_id>/edit", methods=["GET", "POST"])
def edit_edition(edition_id: int | None = None):
    """Create or edit an edition with its multilingual theme and description."""
    edition = _get_or_404(Edition, edition_id) if edition_id else None
    form = EditionForm(obj=edition)
    form.country.choices = as_choices(country_choices())
    if edition and request.method == "GET":
        _fill_by_language(form, "theme", edition.translations, "theme")
        _fill_by_language(form, "description", edition.translations, "description")
    if form.validate_on_submit():
        data = services.EditionData(
            number=form.number.data, year=form.year.data, slug=form.slug.data, city=form.city.data,
            country=form.country.data, start_date=form.start_date.data, end_date=form.end_date.data,
            is_virtual=form.is_virtual.data, partners=form.partners.data or "", languages=form.languages.data or "",
            themes=_by_language(form, "theme"), descriptions=_by_language(form, "description"),
        )
        try:
            edition = services.save_edition(data, current_user, edition)
        except services.ArchiveError as refused:
            flash(str(refused), "error")
        else:
            flash(_("Edition saved."), "success")
            return redirect(url_for("admin.edition_sessions", edition_id=edition.id))
    return render_template("admin/edition_form.html", form=form, edition=edition)


@bp.route("/editions/<int:edition_id>/sessions")
def edition_sessions(edition_id: int):
    """List an edition's programme."""
    edition = _get_or_404(Edition, edition_id)
    return render_template("admin/sessions.html", edition=edition)


@bp.route("/editions/<int:edition_id>/sessions/new", methods=["GET", "POST"])
@bp.route("/sessions/<int:session_id>/edit", methods=["GET", "POST"])
def edit_session(edition_id: int | None = None, session_id: int | None = None):
    """Create or edit a programme item."""
    session = _get_or_404(EditionSession, session_id) if session_id else None
    edition = session.edition if session else _get_or_404(Edition, edition_id)
    form = SessionForm(obj=session)
    if session and request.method == "GET":
        _fill_by_language(form, "title", session.translations, "title")
        _fill_by_language(form, "summary", session.translations, "summary")
    if form.validate_on_submit():
        data = services.SessionData(
            day=form.day.data, kind=form.kind.data, date=form.date.data, start_time=form.start_time.data,
            end_time=form.end_time.data, speakers=form.speakers.data or "",
            recording_url=form.recording_url.data or "", stream_url=form.stream_url.data or "",
            titles=_by_language(form, "title"), summaries=_by_language(form, "summary"),
        )
        try:
            services.save_session(edition, data, current_user, session)
        except services.ArchiveError as refused:
            flash(str(refused), "error")
        else:
            flash(_("Session saved."), "success")
            return redirect(url_for("admin.edition_sessions", edition_id=edition.id))
    return render_template("admin/session_form.html", form=form, edition=edition, session=session)


@bp.route("/sessions/<int:session_id>/delete", methods=["POST"])
def delete_session(session_id: int):
    """Remove a programme item."""
    session = _get_or_404(EditionSession, session_id)
    edition_id = session.edition_id
    services.delete_session(session, current_user)
    flash(_("Session removed."), "success")
    return redirect(url_for("admin.edition_sessions", edition_id=edition_id))


# Topics --------------------------------------------------------------------------------------

@bp.route("/topics")
def topics():
    """List the topics."""
    return render_template("admin/topics.html", topics=queries.all_topics())


@bp.route("/topics/new", methods=["GET", "POST"])
@bp.route("/topics/<int:topic_id>/edit", methods=["GET", "POST"])
def edit_topic(topic_id: int | None = None):
    """Create or rename a topic."""
    topic = _get_or_404(Topic, topic_id) if topic_id else None
    form = TopicForm(obj=topic)
    if topic and request.method == "GET":
        _fill_by_language(form, "name", topic.translations, "name")
    if form.validate_on_submit():
        try:
            services.save_topic(form.slug.data, _by_language(form, "name"), current_user, topic)
        except services.ArchiveError as refused:
            flash(str(refused), "error")
        else:
            flash(_("Topic saved."), "success")
            return redirect(url_for("admin.topics"))
    return render_template("admin/topic_form.html", form=form, topic=topic)


# Materials -----------------------------------------------------------------------------------

def _material_label(number: int, title: str, year: int, city: str, language: str) -> str:
    return _("%(title)s · %(year)s %(city)s · %(language)s", title=title, year=year, city=city,
             language=language_label(language))


def _prepare_metadata_choices(form) -> None:
    """Fill a material form's lists: sessions of the chosen edition only, and the materials matching
    the translation search (plus the one already chosen)."""
    form.language.choices = as_choices((code, str(name)) for code, name in CONTENT_LANGUAGES.items())
    editions = queries.editions_timeline()
    form.edition.choices = as_choices([(0, _("Choose…"))] + [(e.id, f"{e.year} · {e.city_name()}") for e in editions])
    sessions = queries.session_choices(form.edition.data) if form.edition.data else []
    form.session.choices = as_choices([(0, _("No particular session"))] + [
        (session_id, f"{_('Day %(day)s', day=day)} · {title}") for session_id, year, city, day, title in sessions
    ])
    form.topics.choices = as_choices((t.id, t.name()[0]) for t in queries.all_topics())
    matches = {row[0]: row for row in queries.materials_matching(form.translation_query.data or "")}
    chosen = db.session.get(Material, form.translation_of.data) if form.translation_of.data else None
    if chosen is not None and chosen.id not in matches:
        matches = {chosen.id: (chosen.id, chosen.title, chosen.edition.year, chosen.edition.city_name(), chosen.language),
                   **matches}
    form.translation_of.choices = as_choices([(0, _("Not a translation (or keep it as it is)"))] + [
        (row[0], _material_label(*row)) for row in matches.values()])


def _metadata_from(form, title: str | None = None) -> services.MaterialData:
    edition = _get_or_404(Edition, form.edition.data)
    session = db.session.get(EditionSession, form.session.data) if form.session.data else None
    topics = list(db.session.scalars(select(Topic).where(Topic.id.in_(form.topics.data or []))))
    group = None
    if form.translation_of.data:
        other = db.session.get(Material, form.translation_of.data)
        if other is None:
            raise services.ArchiveError(_("The material chosen under “Translation of:” no longer exists."))
        group = other.translation_group or f"material-{other.id}"
        if not other.translation_group:
            other.translation_group = group
    return services.MaterialData(
        title=title if title is not None else (form.title.data or ""), edition=edition, kind=form.kind.data,
        language=form.language.data, description=form.description.data or "", session=session, topics=topics,
        authors=form.authors.data or "", visibility=form.visibility.data,
        url=getattr(form, "url", None) and form.url.data or "", translation_group=group,
        licence=form.licence.data or "",
    )


def _title_from_filename(filename: str) -> str:
    stem = services.safe_display_name(filename).rsplit(".", 1)[0]
    return stem.replace("_", " ").replace("-", " ").strip() or _("Untitled")


@bp.route("/materials")
def materials():
    """List materials, or the deleted ones to restore them."""
    deleted = request.args.get("deleted") == "1"
    term = (request.args.get("q") or "").strip()
    stmt = select(Material).where(Material.is_deleted.is_(deleted))
    if term:
        stmt = stmt.where(Material.title.ilike(f"%{term}%"))
    pagination = paginate(stmt.order_by(Material.id.desc()), page_number(request.args), per_page=50)
    return render_template("admin/materials.html", pagination=pagination, deleted=deleted, term=term)


@bp.route("/materials/upload", methods=["GET", "POST"])
def upload():
    """Upload one or several files with the same metadata; each file becomes a material."""
    form = UploadForm()
    _prepare_metadata_choices(form)
    if form.is_submitted() and form.reloading:
        return render_template("admin/upload.html", form=form)
    if form.validate_on_submit():
        files = [f for f in form.files.data if f and f.filename]
        if not files:
            form.files.errors.append(_("Choose at least one file."))
        else:
            added, refused = [], []
            for upload_file in files:
                title = form.title.data if (form.title.data and len(files) == 1) else _title_from_filename(upload_file.filename)
                try:
                    data = _metadata_from(form, title=title)
                    material = services.add_material(data, current_user, upload_file.stream, upload_file.filename)
                except services.ArchiveError as error:
                    refused.append(f"{services.safe_display_name(upload_file.filename)}: {error}")
                    continue
                except OSError:
                    db.session.rollback()
                    refused.append(_("%(file)s: the file could not be stored; nothing was saved. Please tell an administrator.",
                                     file=services.safe_display_name(upload_file.filename)))
                    continue
                added.append(material)
                if material.extraction_warning:
                    flash(f"{material.file_name}: {material.extraction_warning}", "warning")
            for message in refused:
                flash(message, "error")
            if added:
                flash(ngettext("%(num)s material added.", "%(num)s materials added.", len(added)), "success")
                if len(added) == 1 and not refused:
                    return redirect(url_for("archive.material", material_id=added[0].id))
                return redirect(url_for("admin.materials"))
    return render_template("admin/upload.html", form=form), 400 if request.method == "POST" and form.errors else 200


@bp.route("/materials/link", methods=["GET", "POST"])
def add_link():
    """Add a material that is only a link (a recording, say)."""
    form = LinkForm()
    _prepare_metadata_choices(form)
    if form.is_submitted() and form.reloading:
        return render_template("admin/link.html", form=form)
    if form.validate_on_submit():
        if not form.title.data:
            form.title.errors.append(_("A title is required."))
        else:
            try:
                material = services.add_material(_metadata_from(form), current_user)
            except services.ArchiveError as refused:
                flash(str(refused), "error")
            else:
                flash(_("Link added."), "success")
                return redirect(url_for("archive.material", material_id=material.id))
    return render_template("admin/link.html", form=form)


@bp.route("/materials/<int:material_id>/edit", methods=["GET", "POST"])
def edit_material(material_id: int):
    """Edit a material's metadata."""
    material = _get_or_404(Material, material_id)
    form = MaterialEditForm(obj=material)
    if request.method == "GET":
        form.edition.data = material.edition_id
        form.session.data = material.session_id or 0
        form.topics.data = [t.id for t in material.topics]
        other = queries.translations_of(material, current_user)
        form.translation_of.data = other[0].id if other else 0
    _prepare_metadata_choices(form)
    if form.is_submitted() and form.reloading:
        return render_template("admin/material_form.html", form=form, material=material,
                               replace_form=ReplaceFileForm())
    if form.validate_on_submit():
        try:
            data = _metadata_from(form)
            if not form.translation_of.data:
                data.translation_group = material.translation_group
            services.update_material(material, data, current_user)
        except services.ArchiveError as refused:
            flash(str(refused), "error")
        else:
            flash(_("Material saved."), "success")
            return redirect(url_for("archive.material", material_id=material.id))
    return render_template("admin/material_form.html", form=form, material=material,
                           replace_form=ReplaceFileForm())


@bp.route("/materials/<int:material_id>/replace", methods=["POST"])
def replace_file(material_id: int):
    """Replace a material's file with a new one."""
    material = _get_or_404(Material, material_id)
    form = ReplaceFileForm()
    if form.validate_on_submit():
        try:
            services.replace_file(material, form.file.data.stream, form.file.data.filename, current_user)
        except services.ArchiveError as refused:
            flash(str(refused), "error")
        except OSError:
            db.session.rollback()
            flash(_("%(file)s: the file could not be stored; nothing was saved. Please tell an administrator.",
                    file=services.safe_display_name(form.file.data.filename)), "error")
        else:
            flash(_("File replaced."), "success")
            if material.extraction_warning:
                flash(material.extraction_warning, "warning")
    else:
        for errors in form.errors.values():
            for error in errors:
                flash(error, "error")
    return redirect(url_for("admin.edit_material", material_id=material.id))


@bp.route("/materials/<int:material_id>/delete", methods=["POST"])
def delete_material(material_id: int):
    """Soft-delete a material."""
    material = _get_or_404(Material, material_id)
    services.delete_material(material, current_user)
    flash(_("Material deleted. You can restore it from the list of deleted materials."), "success")
    return redirect(url_for("admin.materials"))


@bp.route("/materials/<int:material_id>/restore", methods=["POST"])
def restore_material(material_id: int):
    """Restore a soft-deleted material."""
    material = _get_or_404(Material, material_id)
    services.restore_material(material, current_user)
    flash(_("Material restored."), "success")
    return redirect(url_for("admin.materials", deleted="1"))


# Audit log and glossary ----------------------------------------------------------------------

@bp.route("/audit")
def audit_log():
    """Show who did what, and when."""
    pagination = paginate(select(AuditEvent).order_by(AuditEvent.id.desc()), page_number(request.args), per_page=50)
    return render_template("admin/audit.html", pagination=pagination, events=audit.describe(pagination.items))


@bp.route("/glossary")
def glossary_list():
    """List the glossary's concepts."""
    concepts = db.session.scalars(select(GlossaryConcept).order_by(GlossaryConcept.slug))
    return render_template("admin/glossary.html", concepts=list(concepts))


@bp.route("/glossary/new", methods=["GET", "POST"])
@bp.route("/glossary/<int:concept_id>/edit", methods=["GET", "POST"])
def edit_concept(concept_id: int | None = None):
    """Create or edit a glossary concept; search uses the change at once."""
    concept = _get_or_404(GlossaryConcept, concept_id) if concept_id else None
    form = ConceptForm(obj=concept)
    if concept and request.method == "GET":
        for language in LANGUAGE_FIELDS:
            getattr(form, f"terms_{language}").data = " | ".join(concept.terms_in(language))
    if form.validate_on_submit():
        try:
            glossary.save_concept(form.slug.data, _by_language(form, "terms"), current_user, concept)
        except glossary.GlossaryError as refused:
            flash(str(refused), "error")
        else:
            flash(_("Glossary saved."), "success")
            return redirect(url_for("admin.glossary_list"))
    return render_template("admin/concept_form.html", form=form, concept=concept)


@bp.route("/glossary/<int:concept_id>/delete", methods=["POST"])
def delete_concept(concept_id: int):
    """Remove a concept from the glossary."""
    glossary.delete_concept(_get_or_404(GlossaryConcept, concept_id), current_user)
    flash(_("Concept removed."), "success")
    return redirect(url_for("admin.glossary_list"))


# People ----------------------------------------------------------------------------------------

@bp.route("/users")
def users():
    """List and search accounts."""
    from brain.accounts.models import User

    term = (request.args.get("q") or "").strip()[:100]
    stmt = select(User)
    if term:
        stmt = stmt.where((User.email.ilike(f"%{term}%")) | (User.display_name.ilike(f"%{term}%")))
    pagination = paginate(stmt.order_by(User.id), page_number(request.args), per_page=50)
    return render_template("admin/users.html", pagination=pagination, term=term)


@bp.route("/users/<int:user_id>", methods=["GET", "POST"])
def user_detail(user_id: int):
    """Change an account's role, deactivate or reactivate it, verify its editions."""
    from brain.accounts import services as accounts
    from brain.accounts.models import Attendance, User

    user = _get_or_404(User, user_id)
    form = UserRoleForm(role=user.role)
    action = request.form.get("action")
    if request.method == "POST":
        try:
            if action == "role" and form.validate_on_submit():
                accounts.set_role(user, form.role.data, current_user)
                flash(_("Role changed."), "success")
            elif action in ("deactivate", "reactivate"):
                accounts.set_enabled(user, action == "reactivate", current_user)
                flash(_("Account reactivated.") if action == "reactivate" else _("Account deactivated."), "success")
            elif action == "reset-two-factor":
                accounts.reset_two_factor(user, current_user)
                flash(_("Two-factor sign-in is reset: the account must set it up again at its next sign-in."),
                      "success")
            elif action in ("verify", "unverify"):
                attendance = _get_or_404(Attendance, request.form.get("attendance", type=record_id) or 0)
                if attendance.user_id != user.id:
                    abort(404)
                accounts.verify_attendance(attendance, current_user, verified=action == "verify")
                flash(_("Edition verified.") if action == "verify" else _("Verification removed."), "success")
            else:
                abort(400)
        except accounts.AccountError as refused:
            flash(str(refused), "error")
        return redirect(url_for("admin.user_detail", user_id=user.id))
    return render_template("admin/user.html", user=user, form=form)


@bp.route("/invitations", methods=["GET", "POST"])
def invitations():
    """Invite an edition's participants from a CSV file."""
    from brain.accounts import services as accounts

    form = InvitationUploadForm()
    form.edition.choices = as_choices((e.id, f"{e.year} · {e.city_name()}") for e in queries.editions_timeline())
    if form.validate_on_submit():
        edition = _get_or_404(Edition, form.edition.data)
        raw = form.participants.data.read(2 * 1024 * 1024)
        try:
            report = accounts.invite_participants(edition, raw.decode("utf-8-sig"), current_user)
        except UnicodeDecodeError:
            flash(_("The file must be a CSV saved as UTF-8."), "error")
        except accounts.AccountError as refused:
            flash(str(refused), "error")
        else:
            flash(_("%(invited)s invited, %(members)s already members (the edition was added to their profile).",
                    invited=report.invited, members=report.already_members), "success")
            for line, reason in report.failures:
                flash(_("Line %(line)s: %(reason)s", line=line, reason=reason), "error")
            return redirect(url_for("admin.invitations"))
    return render_template("admin/invitations.html", form=form)
