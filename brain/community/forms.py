"""Forms of the community."""
import uuid

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import HiddenField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length

from brain.i18n import CONTENT_LANGUAGES, current_language
from brain.labels import as_choices


def _new_key() -> str:
    return uuid.uuid4().hex


def _language_field(label) -> SelectField:
    """The language a message is written in: the author's interface language unless they choose another."""
    return SelectField(label, default=current_language,
                       choices=as_choices((code, name) for code, name in CONTENT_LANGUAGES.items()))


class ThreadForm(FlaskForm):
    """Start a thread."""

    category = SelectField(_l("Category"), validators=[DataRequired()])
    title = StringField(_l("Title"), validators=[DataRequired(), Length(max=200)])
    language = SelectField(_l("Language of the discussion"))
    body = TextAreaField(_l("Message (Markdown)"), validators=[DataRequired(message=_l("Write something before sending."))])
    material = HiddenField()
    edition = HiddenField()
    submission_key = HiddenField(default=_new_key)
    submit = SubmitField(_l("Start the thread"))


class ReplyForm(FlaskForm):
    """Reply to a thread."""

    body = TextAreaField(_l("Your reply (Markdown)"), validators=[DataRequired(message=_l("Write something before sending."))])
    language = _language_field(_l("Language of your reply"))
    submission_key = HiddenField(default=_new_key)
    submit = SubmitField(_l("Reply"))


class EditPostForm(FlaskForm):
    """Edit one's own post."""

    body = TextAreaField(_l("Message (Markdown)"), validators=[DataRequired(message=_l("Write something before sending."))])
    language = _language_field(_l("Language of your message"))
    submit = SubmitField(_l("Save"))


class FlagForm(FlaskForm):
    """Report a post to the moderators."""

    reason = TextAreaField(_l("Why should a moderator look at this post?"), validators=[DataRequired(), Length(max=2000)])
    submit = SubmitField(_l("Send the report"))


class MailPreferenceForm(FlaskForm):
    """How notifications reach a member."""

    notify_by_mail = SelectField(_l("Also send my notifications by mail"), choices=as_choices([
        ("never", _l("Never")), ("immediate", _l("At once")), ("digest", _l("Once a day, as a digest")),
    ]))
    submit = SubmitField(_l("Save"))
