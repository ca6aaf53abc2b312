"""The account page where a member creates, lists and revokes personal API tokens."""
from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from brain.accounts.forms import ConfirmForm
from brain.api import tokens, tokens_bp
from brain.api.forms import NewTokenForm
from brain.security import member_required


@tokens_bp.route("/account/api-tokens", methods=["GET", "POST"])
@member_required
def tokens_page():
    """List my API tokens and create one; a new token is shown on this answer only."""
    user = current_user._get_current_object()
    form = NewTokenForm()
    new_token = None
    if form.validate_on_submit():
        try:
            _token, new_token = tokens.create_token(user, form.name.data)
        except tokens.TokenLimitReached:
            form.name.errors = list(form.name.errors) + [
                _("You have %(count)s tokens already: revoke one you no longer use first.", count=tokens.MAX_TOKENS)]
        else:
            form = NewTokenForm(formdata=None)
    status = 400 if form.errors else 200
    return render_template("api/tokens.html", form=form, new_token=new_token, tokens=tokens.tokens_of(user),
                           confirm_form=ConfirmForm()), status


@tokens_bp.route("/account/api-tokens/<int:token_id>/revoke", methods=["POST"])
@member_required
def revoke(token_id: int):
    """Revoke one of my API tokens: it stops working at once."""
    if not ConfirmForm().validate_on_submit():
        abort(400)
    if not tokens.revoke_token(current_user._get_current_object(), token_id):
        abort(404)
    flash(_("The token is revoked: programs that use it can no longer read members-only records."), "info")
    return redirect(url_for("api_tokens.tokens_page"))
