"""Community pages: thin routes over brain.community.services."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from brain.accounts.models import User
from brain.archive.models import Edition, Material
from brain.community import bp, queries, services
from brain.community.forms import EditPostForm, FlagForm, MailPreferenceForm, ReplyForm, ThreadForm
from brain.community.models import Category, Notification, Post, Thread
from brain.errors import render_error
from brain.extensions import db, limiter, login_manager
from brain.i18n import CONTENT_LANGUAGES, current_language
from brain.ids import record_id
from brain.labels import as_choices
from brain.pagination import page_number
from brain.security import can_view_material, enrol_first, member_required, safe_next


def _poster_key() -> str:
    """Rate-limit posting per member."""
    return f"post:{getattr(current_user, 'id', request.remote_addr)}"


def _get_or_404(model, identity: int):
    obj = db.session.get(model, identity)
    if obj is None:
        abort(404)
    return obj


def _readable_thread(thread_id: int) -> Thread:
    thread = _get_or_404(Thread, thread_id)
    if not services.can_read_thread(current_user, thread):
        if not current_user.is_authenticated:
            abort(401)
        abort(403)
    return thread


def _refused(error: services.CommunityError):
    if error.status == 403:
        return render_error(403, str(error))
    flash(str(error), "error")
    return None


@bp.app_errorhandler(401)
def _sign_in_first(error):
    """Send visitors to sign in when a page is for members."""
    return login_manager.unauthorized()


@bp.app_context_processor
def _inject_unread():
    return {"unread_notifications": services.unread_count(current_user) if current_user.is_authenticated else 0,
            "category_name": services.category_name, "notification_text": services.notification_text}


@bp.route("/community")
def index():
    """List the latest threads and the categories the reader may open."""
    return render_template("community/index.html", overview=queries.categories_overview(current_user),
                           latest=queries.latest_threads(current_user))


@bp.route("/community/<slug>")
def category(slug: str):
    """List a category's threads, pinned first, then by last activity."""
    category = queries.category_by_slug(slug)
    if category is None:
        abort(404)
    if not services.can_read_category(current_user, category):
        if not current_user.is_authenticated:
            return login_manager.unauthorized()
        return render_error(403, _("Confirm your email address to take part: open the link we sent you."))
    pagination = queries.threads_in(category, page_number(request.args))
    return render_template("community/category.html", category=category, pagination=pagination)


@bp.route("/community/new", methods=["GET", "POST"])
@member_required
@limiter.limit("10 per minute", key_func=_poster_key, methods=["POST"])
def new_thread():
    """Start a thread, optionally about a material or an edition."""
    form = ThreadForm()
    categories = [c for c in db.session.scalars(queries.readable_categories(current_user))]
    form.category.choices = as_choices((c.slug, services.category_name(c)) for c in categories)
    form.language.choices = as_choices((code, str(name)) for code, name in CONTENT_LANGUAGES.items())
    material = db.session.get(Material, request.values.get("material", type=record_id) or 0)
    edition = db.session.get(Edition, request.values.get("edition", type=record_id) or 0)
    if material is not None and not can_view_material(current_user, material):
        material = None
    if request.method == "GET":
        form.language.data = current_language()
        linked_edition = edition or (material.edition if material else None)
        default = next((c for c in categories if linked_edition and c.edition_id == linked_edition.id), None)
        form.category.data = (default or next((c for c in categories if c.kind == "general"), categories[0])).slug
        if material is not None:
            form.title.data = material.title
    if form.validate_on_submit():
        category = queries.category_by_slug(form.category.data)
        try:
            thread = services.start_thread(current_user, category, form.title.data, form.body.data, form.language.data,
                                           material=material, edition=edition or (material.edition if material else None),
                                           submission_key=form.submission_key.data)
        except services.CommunityError as refused:
            page = _refused(refused)
            if page is not None:
                return page
        else:
            return redirect(url_for("community.thread", thread_id=thread.id))
    return render_template("community/new_thread.html", form=form, material=material, edition=edition), \
        400 if form.errors else 200


@bp.route("/threads/<int:thread_id>")
def thread(thread_id: int):
    """Read a thread and reply to it."""
    thread = _readable_thread(thread_id)
    pagination = queries.posts_of(thread, page_number(request.args))
    form = ReplyForm()
    quote = db.session.get(Post, request.args.get("quote", type=record_id) or 0)
    if quote is not None and quote.thread_id == thread.id and quote.is_visible:
        author = quote.author.display_name if quote.author else _("former member")
        form.body.data = "\n".join([f"> **{author}:**"] + [f"> {line}" for line in quote.body.splitlines()]) + "\n\n"
    return render_template(
        "community/thread.html", thread=thread, pagination=pagination, form=form,
        mentions=queries.mention_links(current_user, pagination.items),
        following=services.is_following(current_user, thread),
        bookmarked=services.is_bookmarked(current_user, thread=thread),
        can_reply=services.can_reply(current_user, thread), can_moderate=services.can_moderate(current_user),
    )


@bp.route("/threads/<int:thread_id>/reply", methods=["POST"])
@member_required
@limiter.limit("10 per minute", key_func=_poster_key)
def reply(thread_id: int):
    """Add a reply."""
    thread = _readable_thread(thread_id)
    form = ReplyForm()
    if not form.validate_on_submit():
        for errors in form.errors.values():
            for error in errors:
                flash(error, "error")
        return redirect(url_for("community.thread", thread_id=thread.id))
    try:
        post = services.reply(current_user, thread, form.body.data, form.submission_key.data,
                              language=form.language.data)
    except services.CommunityError as refused:
        page = _refused(refused)
        return page if page is not None else redirect(url_for("community.thread", thread_id=thread.id))
    last_page = queries.post_pages(thread)
    return redirect(url_for("community.thread", thread_id=thread.id, page=last_page) + f"#post-{post.id}")


@bp.route("/posts/<int:post_id>/edit", methods=["GET", "POST"])
@member_required
def edit_post(post_id: int):
    """Edit one's own post."""
    post = _get_or_404(Post, post_id)
    if not services.can_edit_post(current_user, post):
        abort(403)
    form = EditPostForm(obj=post)
    if request.method == "GET":
        form.language.data = post.written_in
    if form.validate_on_submit():
        try:
            services.edit_post(current_user, post, form.body.data, language=form.language.data)
        except services.CommunityError as refused:
            page = _refused(refused)
            if page is not None:
                return page
        else:
            return redirect(url_for("community.thread", thread_id=post.thread_id) + f"#post-{post.id}")
    return render_template("community/edit_post.html", form=form, post=post)


@bp.route("/posts/<int:post_id>/delete", methods=["POST"])
@member_required
def delete_post(post_id: int):
    """Delete one's own post (a placeholder stays)."""
    post = _get_or_404(Post, post_id)
    try:
        services.delete_post(current_user, post)
    except services.CommunityError as refused:
        return _refused(refused) or redirect(url_for("community.thread", thread_id=post.thread_id))
    flash(_("Your post is deleted."), "info")
    return redirect(url_for("community.thread", thread_id=post.thread_id))


@bp.route("/posts/<int:post_id>/like", methods=["POST"])
@member_required
def like(post_id: int):
    """Like a post, or take the like back."""
    post = _get_or_404(Post, post_id)
    try:
        services.toggle_like(current_user, post)
    except services.CommunityError as refused:
        return _refused(refused) or redirect(url_for("community.thread", thread_id=post.thread_id))
    return redirect(url_for("community.thread", thread_id=post.thread_id) + f"#post-{post.id}")


@bp.route("/posts/<int:post_id>/flag", methods=["GET", "POST"])
@member_required
def flag(post_id: int):
    """Report a post to the moderators."""
    post = _get_or_404(Post, post_id)
    if not services.can_read_thread(current_user, post.thread):
        abort(403)
    form = FlagForm()
    if form.validate_on_submit():
        try:
            services.flag_post(current_user, post, form.reason.data)
        except services.CommunityError as refused:
            page = _refused(refused)
            if page is not None:
                return page
        else:
            flash(_("Thank you. A moderator will look at this post."), "success")
            return redirect(url_for("community.thread", thread_id=post.thread_id))
    return render_template("community/flag.html", form=form, post=post)


@bp.route("/threads/<int:thread_id>/follow", methods=["POST"])
@member_required
def follow(thread_id: int):
    """Follow or stop following a thread."""
    thread = _readable_thread(thread_id)
    services.set_following(current_user, thread, request.form.get("follow") == "1")
    return redirect(url_for("community.thread", thread_id=thread.id))


@bp.route("/threads/<int:thread_id>/bookmark", methods=["POST"])
@member_required
def bookmark_thread(thread_id: int):
    """Keep a thread in one's bookmarks, or drop it."""
    thread = _readable_thread(thread_id)
    services.toggle_bookmark(current_user, thread=thread)
    return redirect(url_for("community.thread", thread_id=thread.id))


@bp.route("/materials/<int:material_id>/bookmark", methods=["POST"])
@member_required
def bookmark_material(material_id: int):
    """Keep a material in one's bookmarks, or drop it."""
    material = _get_or_404(Material, material_id)
    if not can_view_material(current_user, material):
        abort(404)
    services.toggle_bookmark(current_user, material=material)
    return redirect(url_for("archive.material", material_id=material.id))


@bp.route("/bookmarks")
@member_required
def bookmarks():
    """The threads and materials a member keeps."""
    return render_template("community/bookmarks.html", bookmarks=queries.bookmarks_for(current_user))


@bp.route("/notifications", methods=["GET", "POST"])
@login_required
def notifications():
    """A member's notifications, and how they also arrive by mail."""
    form = MailPreferenceForm(notify_by_mail=current_user.notify_by_mail)
    if form.validate_on_submit():
        services.set_mail_preference(current_user, form.notify_by_mail.data)
        flash(_("Saved."), "success")
        return redirect(url_for("community.notifications"))
    pagination = queries.notifications_for(current_user, page_number(request.args))
    return render_template("community/notifications.html", pagination=pagination, form=form)


@bp.route("/notifications/read", methods=["POST"])
@login_required
def read_all():
    """Mark every notification as read."""
    services.mark_read(current_user)
    return redirect(url_for("community.notifications"))


@bp.route("/notifications/<int:notification_id>", methods=["POST"])
@login_required
def open_notification(notification_id: int):
    """Mark a notification read and go to its thread."""
    notification = _get_or_404(Notification, notification_id)
    if notification.user_id != current_user.id:
        abort(404)
    services.mark_read(current_user, notification)
    anchor = f"#post-{notification.post_id}" if notification.post_id else ""
    if notification.thread_id:
        return redirect(url_for("community.thread", thread_id=notification.thread_id) + anchor)
    return redirect(url_for("community.notifications"))


# Moderation ------------------------------------------------------------------------------------

def _moderator_only() -> None:
    if not current_user.is_authenticated:
        abort(401)
    if current_user.needs_two_factor and not current_user.has_two_factor:
        abort(enrol_first())
    if not services.can_moderate(current_user):
        abort(403)


@bp.route("/moderation")
def moderation():
    """The queue of flagged posts."""
    _moderator_only()
    return render_template("community/moderation.html", flags=queries.open_flags())


@bp.route("/posts/<int:post_id>/hide", methods=["POST"])
def hide_post(post_id: int):
    """Hide a post, or restore it."""
    _moderator_only()
    post = _get_or_404(Post, post_id)
    services.set_hidden(current_user, post, request.form.get("hidden") != "0")
    return redirect(safe_next() if request.values.get("next") else url_for("community.thread", thread_id=post.thread_id))


@bp.route("/threads/<int:thread_id>/lock", methods=["POST"])
def lock(thread_id: int):
    """Lock or unlock a thread."""
    _moderator_only()
    thread = _get_or_404(Thread, thread_id)
    services.set_locked(current_user, thread, request.form.get("locked") != "0")
    return redirect(url_for("community.thread", thread_id=thread.id))


@bp.route("/threads/<int:thread_id>/pin", methods=["POST"])
def pin(thread_id: int):
    """Pin or unpin a thread."""
    _moderator_only()
    thread = _get_or_404(Thread, thread_id)
    services.set_pinned(current_user, thread, request.form.get("pinned") != "0")
    return redirect(url_for("community.thread", thread_id=thread.id))


@bp.route("/flags/<int:flag_id>/dismiss", methods=["POST"])
def dismiss_flag(flag_id: int):
    """Close a flag without hiding the post."""
    _moderator_only()
    from brain.community.models import Flag

    services.dismiss_flag(current_user, _get_or_404(Flag, flag_id))
    return redirect(url_for("community.moderation"))


@bp.route("/admin/categories", methods=["GET", "POST"])
def categories_admin():
    """Admins open a category to visitors, or close it."""
    if not current_user.is_authenticated:
        abort(401)
    if not current_user.is_admin:
        abort(403)
    if request.method == "POST":
        category = _get_or_404(Category, request.form.get("category", type=record_id) or 0)
        services.set_category_public(category, request.form.get("public") == "1", current_user)
        flash(_("Saved."), "success")
        return redirect(url_for("community.categories_admin"))
    return render_template("community/categories_admin.html",
                           categories=list(db.session.scalars(db.select(Category).order_by(Category.slug))))


def author_name(user: User | None) -> str:
    """Name a post's author, or say the account is gone."""
    return user.display_name if user is not None else _("former member")


#: How many colours avatars without a photo take (classes avatar-0 … avatar-7 in brain.css).
AVATAR_COLOURS = 8


def initials(name: str | None) -> str:
    """The initials an avatar without a photo shows: "Ana Silva" gives "AS", "Ana" gives "A"."""
    words = [word for word in (name or "").split() if word[:1].isalnum()]
    if not words:
        return "?"
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


def avatar_colour(user: User | None) -> str:
    """The colour class of an avatar without a photo, the same for a member on every page."""
    return f"avatar-{user.id % AVATAR_COLOURS}" if user is not None else "avatar-none"


def shows_photo(user: User | None) -> bool:
    """Whether the reader may see this member's photo (the photo route answers 404 otherwise)."""
    from brain.security import can_view_profile

    return bool(user is not None and user.photo_path and can_view_profile(current_user, user))


bp.add_app_template_global(author_name)
bp.add_app_template_global(initials)
bp.add_app_template_global(avatar_colour)
bp.add_app_template_global(shows_photo)
