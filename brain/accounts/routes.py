"""Accounts: registration, sign-in, passwords, email, invitations, profiles and the directory."""
import json
import time

from flask import Response, abort, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from brain.accounts import bp, devices, queries, services, two_factor
from brain.accounts.forms import (
    ChangeEmailForm, ChangePasswordForm, ConfirmForm, DeleteAccountForm, DirectoryForm, ForgotPasswordForm,
    InvitationForm, LoginForm, PasswordConfirmForm, ProfileForm, RegisterForm, ResetPasswordForm, TwoFactorCodeForm,
    TwoFactorEnrolForm,
)
from brain.accounts.models import User
from brain.accounts.tokens import TokenError
from brain.archive import queries as archive_queries
from brain.errors import render_error
from brain.extensions import db, limiter
from brain.i18n import CONTENT_LANGUAGES, current_language
from brain.labels import as_choices, country_choices, language_label
from brain.pagination import page_number, paginate
from brain.security import can_edit_profile, can_view_profile, member_required, safe_next


def _login_account_key() -> str:
    """Rate-limit sign-in attempts per account as well as per address."""
    return "login:" + services.normalise_email(request.form.get("email", ""))


def _form_error(form, error: services.AccountError) -> None:
    """Show every problem of a refusal beside the field it concerns, or as a message."""
    for field_name, message in error.problems:
        field = getattr(form, field_name, None) if field_name else None
        if field is not None:
            field.errors = list(field.errors) + [str(message)]
        else:
            flash(str(message), "error")


def _token_problem(error: TokenError):
    detail = _("This link has expired. Ask for a new one.") if error.reason == "expired" else _(
        "This link is not valid: it was already used, or it was changed on the way.")
    return render_template("accounts/token_problem.html", detail=detail), 400


#: How long the second step of a sign-in may wait for its code, in seconds.
SECOND_STEP_SECONDS = 300


def _sign_in(user: User, remember: bool = False):
    """Open a device session for this browser, then tell Flask-Login; admins without 2FA go to enrol."""
    session.pop("two_factor", None)
    services.open_session(user)
    login_user(user, remember=remember)
    if user.needs_two_factor and not user.has_two_factor:
        flash(_("Your role requires two-factor sign-in. Set it up now to use the admin and moderation screens."),
              "info")
        return redirect(url_for("accounts.two_factor_settings"))
    return None


def _second_step_user() -> User | None:
    """The account whose password was right a moment ago and now waits for its code."""
    pending = session.get("two_factor") or {}
    if not pending or time.time() - pending.get("at", 0) > SECOND_STEP_SECONDS:
        return None
    user = db.session.get(User, pending.get("user"))
    return user if user is not None and user.is_enabled and user.has_two_factor else None


def _second_step_key() -> str:
    """Rate-limit codes per waiting account, whatever address they come from."""
    return f"2fa:{(session.get('two_factor') or {}).get('user', '')}"


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit("10 per minute", methods=["POST"])
@limiter.limit("10 per minute", methods=["POST"], key_func=_login_account_key)
def login():
    """Sign in with email and password, then with a code when the account has two-factor sign-in."""
    if current_user.is_authenticated:
        return redirect(safe_next())
    form = LoginForm(next=request.args.get("next", ""))
    if form.validate_on_submit():
        user = services.authenticate(form.email.data, form.password.data)
        if user is None:
            flash(_("The email or password is not right, or the account is deactivated."), "error")
        elif user.has_two_factor:
            session["two_factor"] = {"user": user.id, "remember": bool(form.remember.data), "at": time.time()}
            return redirect(url_for("accounts.login_second_step", next=form.next.data or None))
        else:
            flash(_("Welcome back, %(name)s.", name=user.display_name), "success")
            return _sign_in(user, remember=form.remember.data) or redirect(safe_next())
    return render_template("accounts/login.html", form=form)


@bp.route("/login/code", methods=["GET", "POST"])
@limiter.limit("5 per minute", methods=["POST"], key_func=_second_step_key)
@limiter.limit("20 per minute", methods=["POST"])
def login_second_step():
    """The second step of a sign-in: a code from the authenticator app, or a recovery code."""
    user = _second_step_user()
    if user is None:
        session.pop("two_factor", None)
        flash(_("Please sign in again."), "info")
        return redirect(url_for("accounts.login", next=request.args.get("next")))
    form = TwoFactorCodeForm()
    if form.validate_on_submit():
        if two_factor.check_second_factor(user, form.code.data):
            remember = session["two_factor"].get("remember", False)
            flash(_("Welcome back, %(name)s.", name=user.display_name), "success")
            return _sign_in(user, remember=remember) or redirect(safe_next())
        form.code.errors = list(form.code.errors) + [
            _("This code is not right, or it was already used. Wait for the next code and try again.")]
    return render_template("accounts/login_code.html", form=form), 400 if form.errors else 200


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    """Sign out: this browser's session ends, so a copy of its cookie no longer works either."""
    services.close_session(current_user._get_current_object())
    logout_user()
    flash(_("You are signed out."), "info")
    return redirect(url_for("main.home"))


@bp.route("/register", methods=["GET", "POST"])
@limiter.limit("20 per hour", methods=["POST"])
def register():
    """Create an account; the link that finishes it goes to the email address."""
    if current_user.is_authenticated:
        return redirect(url_for("main.home"))
    form = RegisterForm()
    if form.validate_on_submit():
        try:
            services.register(form.email.data, form.display_name.data, form.password.data,
                              form.consent.data, current_language())
        except services.AccountError as refused:
            _form_error(form, refused)
        else:
            flash(_("We sent a message to %(email)s. Open the link in it to confirm your address, then sign in.",
                    email=services.normalise_email(form.email.data)), "success")
            return redirect(url_for("accounts.login"))
    return render_template("accounts/register.html", form=form), 400 if form.errors else 200


@bp.route("/verify/<token>")
def verify_email(token: str):
    """Confirm an email address from the link that was mailed."""
    try:
        services.verify_email(token)
    except TokenError as error:
        return _token_problem(error)
    flash(_("Thank you: your email address is confirmed."), "success")
    return redirect(url_for("main.home") if current_user.is_authenticated else url_for("accounts.login"))


@bp.route("/verify/resend", methods=["POST"])
@login_required
@limiter.limit("5 per hour")
def resend_verification():
    """Send the verification link again."""
    if not current_user.is_verified:
        services.send_verification(current_user)
        flash(_("We sent the link again to %(email)s.", email=current_user.email), "info")
    return redirect(safe_next())


@bp.route("/password/forgot", methods=["GET", "POST"])
@limiter.limit("10 per hour", methods=["POST"])
def forgot_password():
    """Ask for a reset link; the answer is the same whether or not the account exists."""
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        services.request_password_reset(form.email.data)
        flash(_("If an account uses this address, a link to reset the password is on its way."), "info")
        return redirect(url_for("accounts.login"))
    return render_template("accounts/forgot.html", form=form)


@bp.route("/password/reset/<token>", methods=["GET", "POST"])
def reset_password(token: str):
    """Choose a new password from a reset link (valid one hour, once)."""
    try:
        services.user_for_reset(token)
    except TokenError as error:
        return _token_problem(error)
    form = ResetPasswordForm()
    if form.validate_on_submit():
        try:
            services.reset_password(token, form.password.data)
        except services.AccountError as refused:
            _form_error(form, refused)
        except TokenError as error:
            return _token_problem(error)
        else:
            flash(_("Your password is changed. Sign in with the new one."), "success")
            return redirect(url_for("accounts.login"))
    return render_template("accounts/reset.html", form=form)


@bp.route("/privacy")
def privacy():
    """Say what is kept about members, who sees it, and how to export or delete it."""
    return render_template("accounts/privacy.html")


@bp.route("/invite/<token>", methods=["GET", "POST"])
def accept_invitation(token: str):
    """Join from an invitation: the account is verified and the edition is on the profile."""
    try:
        invitation = services.invitation_for(token)
    except TokenError as error:
        return _token_problem(error)
    existing = services.find_by_email(invitation.email)
    form = InvitationForm(display_name=invitation.name)
    if existing is not None and request.method == "GET":
        services.accept_invitation(token, existing.display_name, "", True)
        flash(_("The edition %(edition)s is now on your profile. Sign in to see it.",
                edition=f"{invitation.edition.city_name()} {invitation.edition.year}"), "success")
        return redirect(url_for("accounts.login"))
    if form.validate_on_submit():
        try:
            user = services.accept_invitation(token, form.display_name.data, form.password.data, form.consent.data)
        except services.AccountError as refused:
            _form_error(form, refused)
        else:
            flash(_("Welcome to the Collective Brain, %(name)s.", name=user.display_name), "success")
            return _sign_in(user) or redirect(url_for("accounts.edit_profile", user_id=user.id))
    return render_template("accounts/invitation.html", form=form, invitation=invitation)


@bp.route("/account", methods=["GET", "POST"])
@login_required
def account():
    """Change email or password, export data, delete the account."""
    password_form = ChangePasswordForm(prefix="password")
    email_form = ChangeEmailForm(prefix="email")
    delete_form = DeleteAccountForm(prefix="delete")
    if password_form.submit.data and password_form.validate_on_submit():
        try:
            services.change_password(current_user, password_form.current_password.data, password_form.password.data)
        except services.AccountError as refused:
            _form_error(password_form, refused)
        else:
            login_user(current_user._get_current_object())
            flash(_("Your password is changed. Every other device is signed out."), "success")
            return redirect(url_for("accounts.account"))
    elif email_form.submit.data and email_form.validate_on_submit():
        try:
            services.request_email_change(current_user, email_form.email.data, email_form.password.data)
        except services.AccountError as refused:
            _form_error(email_form, refused)
        else:
            flash(_("We sent a link to %(email)s. Your address changes when you open it.",
                    email=email_form.email.data), "info")
            return redirect(url_for("accounts.account"))
    elif delete_form.submit.data and delete_form.validate_on_submit():
        try:
            services.delete_account(current_user._get_current_object(), delete_form.password.data)
        except services.AccountError as refused:
            _form_error(delete_form, refused)
        else:
            logout_user()
            flash(_("Your account is deleted. Your posts remain under “former member”."), "info")
            return redirect(url_for("main.home"))
    status = 400 if (password_form.errors or email_form.errors or delete_form.errors) else 200
    user = current_user._get_current_object()
    return render_template("accounts/account.html", password_form=password_form, email_form=email_form,
                           delete_form=delete_form, devices=devices.devices_of(user),
                           this_device=devices.current_device_id(user), confirm_form=ConfirmForm()), status


@bp.route("/account/sign-out-everywhere", methods=["POST"])
@login_required
def sign_out_everywhere():
    """End the account's sessions on every device, this one included."""
    if ConfirmForm().validate_on_submit():
        services.sign_out_everywhere(current_user._get_current_object())
        logout_user()
        flash(_("You are signed out on every device."), "info")
        return redirect(url_for("accounts.login"))
    abort(400)


@bp.route("/account/devices/<int:device_id>/sign-out", methods=["POST"])
@login_required
def sign_out_device(device_id: int):
    """End the session of one of my other devices."""
    if not ConfirmForm().validate_on_submit():
        abort(400)
    user = current_user._get_current_object()
    if device_id == devices.current_device_id(user):
        return logout()
    if not services.close_device(user, device_id):
        abort(404)
    flash(_("That device is signed out."), "info")
    return redirect(url_for("accounts.account"))


@bp.route("/account/two-factor", methods=["GET", "POST"])
@login_required
@limiter.limit("10 per minute", methods=["POST"])
def two_factor_settings():
    """Turn two-factor sign-in on (QR code, first code, recovery codes), or manage it."""
    user = current_user._get_current_object()
    if user.has_two_factor:
        return render_template("accounts/two_factor.html", user=user, password_form=PasswordConfirmForm(),
                               codes_left=two_factor.recovery_codes_left(user))
    form = TwoFactorEnrolForm()
    secret = two_factor.pending_secret(user)
    if form.validate_on_submit() and secret:
        codes = two_factor.confirm_enrolment(user, form.code.data)
        if codes is not None:
            services.open_session(user)
            login_user(user)
            flash(_("Two-factor sign-in is on. Every other device is signed out."), "success")
            return render_template("accounts/recovery_codes.html", codes=codes)
        form.code.errors = list(form.code.errors) + [
            _("This code is not right. Check that the app shows the Collective Brain account and try the next code.")]
    if secret is None:
        secret = two_factor.start_enrolment(user)
    uri = two_factor.provisioning_uri(user, secret)
    return render_template("accounts/two_factor.html", user=user, form=form, secret=secret,
                           qr_code=two_factor.qr_code_svg(uri)), 400 if form.errors else 200


@bp.route("/account/two-factor/recovery-codes", methods=["POST"])
@login_required
def new_recovery_codes():
    """Replace the recovery codes after checking the password; the new ones are shown once."""
    user = current_user._get_current_object()
    form = PasswordConfirmForm()
    if not user.has_two_factor:
        return redirect(url_for("accounts.two_factor_settings"))
    if form.validate_on_submit() and user.check_password(form.password.data):
        return render_template("accounts/recovery_codes.html", codes=two_factor.new_recovery_codes(user))
    flash(_("The current password is not right."), "error")
    return redirect(url_for("accounts.two_factor_settings"))


@bp.route("/account/two-factor/off", methods=["POST"])
@login_required
def two_factor_off():
    """Turn two-factor sign-in off after checking the password; admins and moderators must keep it."""
    user = current_user._get_current_object()
    form = PasswordConfirmForm()
    if user.needs_two_factor:
        flash(_("Your role requires two-factor sign-in: it cannot be turned off."), "error")
    elif form.validate_on_submit() and user.check_password(form.password.data):
        two_factor.disable(user, user)
        services.open_session(user)
        login_user(user)
        flash(_("Two-factor sign-in is off. Every other device is signed out."), "info")
    else:
        flash(_("The current password is not right."), "error")
    return redirect(url_for("accounts.two_factor_settings"))


@bp.route("/account/email/<token>")
def confirm_email(token: str):
    """Switch to a new email address from its confirmation link."""
    try:
        services.confirm_email_change(token)
    except TokenError as error:
        return _token_problem(error)
    except services.AccountError as refused:
        return render_template("accounts/token_problem.html", detail=str(refused)), 400
    flash(_("Your new email address is confirmed."), "success")
    return redirect(url_for("main.home"))


@bp.route("/account/export")
@login_required
def export():
    """Download everything the Collective Brain keeps about me, as JSON."""
    body = json.dumps(services.export_data(current_user), ensure_ascii=False, indent=2)
    return Response(body, mimetype="application/json",
                    headers={"Content-Disposition": "attachment; filename=collective-brain-my-data.json"})


@bp.route("/members")
@member_required
def directory():
    """Find members by name, edition, country, language, topic or organisation."""
    filters = queries.DirectoryFilters.from_args(request.args)
    form = DirectoryForm(request.args)
    form.edition.choices = as_choices([("", _("All editions"))] + [
        (str(e.id), f"{e.year} · {e.city_name()}") for e in archive_queries.editions_timeline()])
    form.country.choices = as_choices([("", _("All countries"))] + [
        (code, name) for code, name in country_choices() if code in set(queries.countries_in_use())])
    form.language.choices = as_choices([("", _("All languages"))] + [
        (code, language_label(code)) for code in CONTENT_LANGUAGES])
    form.topic.choices = as_choices([("", _("All topics"))] + [
        (str(t.id), t.name()[0]) for t in queries.topics_in_use()])
    pagination = paginate(queries.directory(filters), page_number(request.args), per_page=24)
    args = {key: value for key, value in request.args.items() if key != "page" and value}
    return render_template("accounts/directory.html", form=form, pagination=pagination, args=args)


@bp.route("/members/<int:user_id>")
def profile(user_id: int):
    """Show a profile to those allowed to see it."""
    user = db.session.get(User, user_id)
    if user is None or not user.is_enabled:
        abort(404)
    if not can_view_profile(current_user, user):
        if not current_user.is_authenticated:
            return redirect(url_for("accounts.login", next=request.path))
        return render_error(403, _("Confirm your email address to see members' profiles."))
    return render_template("accounts/profile.html", user=user, can_edit=can_edit_profile(current_user, user))


@bp.route("/members/<int:user_id>/photo")
def photo(user_id: int):
    """Send a member's thumbnail to those allowed to see the profile."""
    from flask import send_file

    from brain import storage

    user = db.session.get(User, user_id)
    if user is None or not user.photo_path or not can_view_profile(current_user, user):
        abort(404)
    response = send_file(storage.absolute_path(user.photo_path), mimetype="image/jpeg", max_age=300)
    return response


@bp.route("/members/<int:user_id>/edit", methods=["GET", "POST"])
@login_required
def edit_profile(user_id: int):
    """Edit a profile: only its owner and admins."""
    user = db.session.get(User, user_id)
    if user is None:
        abort(404)
    if not can_edit_profile(current_user, user):
        abort(403)
    form = ProfileForm(obj=user)
    form.country.choices = as_choices([("", _("Not said"))] + country_choices())
    form.timezone.choices = as_choices([("", _("Not said"))] + [(zone, zone) for zone in services.TIME_ZONES])
    form.languages_spoken.choices = as_choices((code, language_label(code)) for code in CONTENT_LANGUAGES)
    form.expertise.choices = as_choices((t.id, t.name()[0]) for t in archive_queries.all_topics())
    form.editions.choices = as_choices((e.id, f"{e.year} · {e.city_name()}") for e in archive_queries.editions_timeline())
    if request.method == "GET":
        form.languages_spoken.data = user.languages_spoken.split()
        form.expertise.data = [t.id for t in user.expertise]
        form.editions.data = [a.edition_id for a in user.attendances]
    if form.validate_on_submit():
        from brain.archive.models import Edition, Topic

        data = services.ProfileData(
            display_name=form.display_name.data, country=form.country.data or "",
            organisation=form.organisation.data or "", position=form.position.data or "", bio=form.bio.data or "",
            languages_spoken=form.languages_spoken.data or [],
            expertise=[db.session.get(Topic, i) for i in form.expertise.data or []],
            claimed_editions=[db.session.get(Edition, i) for i in form.editions.data or []],
            profile_visibility=form.profile_visibility.data, timezone=form.timezone.data or "",
        )
        try:
            services.update_profile(user, data, current_user)
            if form.remove_photo.data and user.photo_path:
                services.remove_photo(user)
            elif form.photo.data and getattr(form.photo.data, "filename", ""):
                services.set_photo(user, form.photo.data.stream)
        except services.AccountError as refused:
            _form_error(form, refused)
        else:
            flash(_("The profile is saved."), "success")
            return redirect(url_for("accounts.profile", user_id=user.id))
    return render_template("accounts/edit_profile.html", form=form, user=user), 400 if form.errors else 200
