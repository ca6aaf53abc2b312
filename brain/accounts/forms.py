"""Forms of the accounts area."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import (
    BooleanField, EmailField, HiddenField, PasswordField, SelectField, StringField,
    SubmitField, TextAreaField,
)
from wtforms.validators import DataRequired, Email, EqualTo, Length, Optional, ValidationError

from brain.fields import MultiCheckboxField
from brain.labels import as_choices

#: Refused with the other mistakes of a submission, not in a round of its own after them.
CONSENT_REQUIRED = DataRequired(message=_l("Please accept the privacy notice to create an account."))


def strong_password(form, field) -> None:
    """Refuse a short or common password along with the form's other mistakes."""
    from brain.accounts.services import password_problem

    email = form.email.data if hasattr(form, "email") else ""
    problem = password_problem(field.data or "", email or "")
    if problem:
        raise ValidationError(problem)


class LoginForm(FlaskForm):
    """Sign in with email and password."""

    email = EmailField(_l("Email"), validators=[DataRequired(), Email(), Length(max=254)])
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(max=200)])
    remember = BooleanField(_l("Remember me"))
    next = HiddenField()
    submit = SubmitField(_l("Sign in"))


class RegisterForm(FlaskForm):
    """Create an account."""

    email = EmailField(_l("Email"), validators=[DataRequired(), Email(), Length(max=254)])
    display_name = StringField(_l("Display name"), validators=[DataRequired(), Length(max=120)])
    password = PasswordField(_l("Password (at least 10 characters)"), validators=[DataRequired(), Length(max=200), strong_password])
    confirm = PasswordField(_l("Password again"), validators=[DataRequired(), EqualTo("password", message=_l("The two passwords differ."))])
    consent = BooleanField(_l("I have read the privacy notice and agree that my account and profile are kept as it describes."),
                           validators=[CONSENT_REQUIRED])
    submit = SubmitField(_l("Create my account"))


class InvitationForm(FlaskForm):
    """Accept an invitation: choose a name and a password."""

    display_name = StringField(_l("Display name"), validators=[DataRequired(), Length(max=120)])
    password = PasswordField(_l("Password (at least 10 characters)"), validators=[DataRequired(), Length(max=200), strong_password])
    confirm = PasswordField(_l("Password again"), validators=[DataRequired(), EqualTo("password", message=_l("The two passwords differ."))])
    consent = BooleanField(_l("I have read the privacy notice and agree that my account and profile are kept as it describes."),
                           validators=[CONSENT_REQUIRED])
    submit = SubmitField(_l("Join the Collective Brain"))


class ForgotPasswordForm(FlaskForm):
    """Ask for a password reset link."""

    email = EmailField(_l("Email"), validators=[DataRequired(), Email(), Length(max=254)])
    submit = SubmitField(_l("Send me a link"))


class ResetPasswordForm(FlaskForm):
    """Choose a new password from a reset link."""

    password = PasswordField(_l("New password (at least 10 characters)"), validators=[DataRequired(), Length(max=200), strong_password])
    confirm = PasswordField(_l("New password again"), validators=[DataRequired(), EqualTo("password", message=_l("The two passwords differ."))])
    submit = SubmitField(_l("Save the new password"))


class ChangePasswordForm(FlaskForm):
    """Change the password while signed in."""

    current_password = PasswordField(_l("Current password"), validators=[DataRequired()])
    password = PasswordField(_l("New password (at least 10 characters)"), validators=[DataRequired(), Length(max=200), strong_password])
    confirm = PasswordField(_l("New password again"), validators=[DataRequired(), EqualTo("password", message=_l("The two passwords differ."))])
    submit = SubmitField(_l("Change the password"))


class ChangeEmailForm(FlaskForm):
    """Move the account to another address, confirmed by a link."""

    email = EmailField(_l("New email"), validators=[DataRequired(), Email(), Length(max=254)])
    password = PasswordField(_l("Current password"), validators=[DataRequired()])
    submit = SubmitField(_l("Send the confirmation link"))


class DeleteAccountForm(FlaskForm):
    """Delete the account for good."""

    password = PasswordField(_l("Current password"), validators=[DataRequired()])
    confirm = BooleanField(_l("I understand that my profile, photo and email are deleted for good."), validators=[DataRequired()])
    submit = SubmitField(_l("Delete my account"))


class ProfileForm(FlaskForm):
    """A member's profile."""

    display_name = StringField(_l("Display name"), validators=[DataRequired(), Length(max=120)])
    photo = FileField(_l("Photo (JPEG, PNG or WebP)"))
    remove_photo = BooleanField(_l("Remove the photo"))
    country = SelectField(_l("Country"), validators=[Optional()])
    timezone = SelectField(_l("My time zone (edition times are also shown in it)"), validators=[Optional()])
    organisation = StringField(_l("Organisation"), validators=[Optional(), Length(max=200)])
    position = StringField(_l("Position"), validators=[Optional(), Length(max=200)])
    bio = TextAreaField(_l("About me (Markdown)"), validators=[Optional(), Length(max=5000)])
    languages_spoken = MultiCheckboxField(_l("Languages spoken"), validators=[Optional()])
    expertise = MultiCheckboxField(_l("Topics of expertise"), coerce=int, validators=[Optional()])
    editions = MultiCheckboxField(_l("Editions I attended"), coerce=int, validators=[Optional()])
    profile_visibility = SelectField(_l("Who may see my profile"), choices=as_choices([
        ("members", _l("Members only")), ("public", _l("Everyone, including visitors")),
    ]))
    submit = SubmitField(_l("Save the profile"))


class DirectoryForm(FlaskForm):
    """Filters of the member directory (sent by GET, so no CSRF)."""

    class Meta:
        csrf = False

    q = StringField(_l("Name"), validators=[Optional(), Length(max=100)])
    edition = SelectField(_l("Edition"), validators=[Optional()])
    country = SelectField(_l("Country"), validators=[Optional()])
    language = SelectField(_l("Language spoken"), validators=[Optional()])
    topic = SelectField(_l("Topic of expertise"), validators=[Optional()])
    organisation = StringField(_l("Organisation"), validators=[Optional(), Length(max=100)])
    submit = SubmitField(_l("Find"))


class TwoFactorCodeForm(FlaskForm):
    """Give the code of the authenticator app, or a recovery code."""

    code = StringField(_l("Code from your authenticator app, or a recovery code"),
                       validators=[DataRequired(), Length(max=20)],
                       render_kw={"autocomplete": "one-time-code", "inputmode": "text", "autofocus": True})
    submit = SubmitField(_l("Continue"))


class TwoFactorEnrolForm(FlaskForm):
    """Confirm the authenticator app with its first code."""

    code = StringField(_l("The 6-digit code your app shows now"), validators=[DataRequired(), Length(max=10)],
                       render_kw={"autocomplete": "one-time-code", "inputmode": "numeric"})
    submit = SubmitField(_l("Turn on two-factor sign-in"))


class PasswordConfirmForm(FlaskForm):
    """Confirm a sensitive change with the current password."""

    password = PasswordField(_l("Current password"), validators=[DataRequired(), Length(max=200)])
    submit = SubmitField(_l("Confirm"))


class ConfirmForm(FlaskForm):
    """A button that changes something, protected against cross-site requests."""

    submit = SubmitField(_l("Confirm"))
