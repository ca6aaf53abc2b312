"""Sign in and sign out."""
from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from brain.accounts import bp, services
from brain.accounts.forms import LoginForm
from brain.extensions import limiter
from brain.security import safe_next


def _login_account_key() -> str:
    """Rate-limit sign-in attempts per account as well as per address."""
    return "login:" + services.normalise_email(request.form.get("email", ""))


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit("10 per minute", methods=["POST"])
@limiter.limit("10 per minute", methods=["POST"], key_func=_login_account_key)
def login():
    """Sign in with email and password."""
    if current_user.is_authenticated:
        return redirect(safe_next())
    form = LoginForm(next=request.args.get("next", ""))
    if form.validate_on_submit():
        user = services.authenticate(form.email.data, form.password.data)
        if user is None:
            flash(_("The email or password is not right, or the account is deactivated."), "error")
        else:
            login_user(user, remember=form.remember.data)
            flash(_("Welcome back, %(name)s.", name=user.display_name), "success")
            return redirect(safe_next())
    return render_template("accounts/login.html", form=form)


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    """Sign out."""
    logout_user()
    flash(_("You are signed out."), "info")
    return redirect(url_for("main.home"))
