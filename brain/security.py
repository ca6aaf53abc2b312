"""Sign-in plumbing, permission predicates and safe redirects."""
from functools import wraps
from urllib.parse import urlsplit

from flask import Flask, abort, request, url_for
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from brain.extensions import login_manager


def init_app(app: Flask) -> None:
    """Configure Flask-Login: where to sign in, what to say, how to load a user."""
    login_manager.login_view = "accounts.login"
    login_manager.login_message = _l("Please sign in to open this page.")
    login_manager.login_message_category = "info"
    login_manager.session_protection = "basic"

    @login_manager.user_loader
    def _load_user(user_id: str):
        from brain.accounts.devices import load_signed_in

        return load_signed_in(user_id)


def is_safe_redirect(target: str | None) -> bool:
    """Allow only paths on this site: no scheme, no host, no backslash tricks."""
    if not target or not isinstance(target, str):
        return False
    if "\\" in target or any(ord(ch) < 32 for ch in target):
        return False
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//")


def safe_next(default_endpoint: str = "main.home") -> str:
    """Return the `next` URL if it stays on the site, else the default page."""
    target = request.values.get("next")
    return target if is_safe_redirect(target) else url_for(default_endpoint)


def viewer_is_member(user=None) -> bool:
    """True when the reader may see members-only content."""
    user = user if user is not None else current_user
    return bool(getattr(user, "is_authenticated", False) and user.is_member)


def can_view_material(user, material) -> bool:
    """Public materials are for everyone; members-only ones for verified members."""
    if material.is_deleted:
        return bool(getattr(user, "is_authenticated", False) and user.is_admin)
    return material.visibility == "public" or viewer_is_member(user)


def can_manage_archive(user) -> bool:
    """Only admins create, edit and delete editions, sessions, topics and materials."""
    return bool(getattr(user, "is_authenticated", False) and user.is_admin)


def admin_required(view):
    """Send visitors to sign in and give signed-in non-admins a 403."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        if not current_user.is_authenticated:
            return login_manager.unauthorized()
        if current_user.needs_two_factor and not current_user.has_two_factor:
            return enrol_first()
        if not can_manage_archive(current_user):
            abort(403)
        return view(*args, **kwargs)

    return wrapped


def enrol_first():
    """Send an admin or moderator without two-factor sign-in to set it up (a redirect response)."""
    from flask import flash, redirect
    from flask_babel import gettext as _

    flash(_("Your role requires two-factor sign-in. Set it up now to use the admin and moderation screens."), "info")
    return redirect(url_for("accounts.two_factor_settings"))


def can_view_profile(viewer, user) -> bool:
    """Members see every profile; visitors only public ones; owners always see their own."""
    if getattr(viewer, "is_authenticated", False) and viewer.id == user.id:
        return True
    return user.profile_visibility == "public" or viewer_is_member(viewer)


def can_edit_profile(viewer, user) -> bool:
    """Only the owner and admins edit a profile."""
    return bool(getattr(viewer, "is_authenticated", False) and (viewer.id == user.id or viewer.is_admin))


def member_required(view):
    """Send visitors to sign in, and tell unverified or deactivated accounts why they cannot enter."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        if not current_user.is_authenticated:
            return login_manager.unauthorized()
        if not viewer_is_member(current_user):
            from flask_babel import gettext as _

            from brain.errors import render_error

            return render_error(403, _("Confirm your email address to take part: open the link we sent you."))
        return view(*args, **kwargs)

    return wrapped
