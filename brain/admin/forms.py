"""Admin forms: editions, sessions, topics, materials and the glossary."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired, MultipleFileField
from wtforms import (
    BooleanField, DateField, IntegerField, RadioField, SelectField, StringField,
    SubmitField, TextAreaField, TimeField, URLField,
)
from wtforms.validators import URL, DataRequired, Length, NumberRange, Optional, Regexp, ValidationError

from brain.archive.models import LICENCES, MATERIAL_KINDS, SESSION_KINDS
from brain.fields import MultiCheckboxField
from brain.ids import MAX_ID
from brain.labels import LICENCE_LABELS, MATERIAL_KIND_LABELS, SESSION_KIND_LABELS, VISIBILITY_LABELS, as_choices

LANGUAGE_FIELDS = ("en", "fr", "es", "pt")


def _optional_id(value) -> int:
    """Read a record number from a form, 0 for none (or for anything that is not a valid number)."""
    try:
        number = int(value or 0)
    except (TypeError, ValueError):
        return 0
    return number if 0 < number <= MAX_ID else 0


SLUG = Regexp(r"^[a-z0-9]+(?:-[a-z0-9]+)*$", message=_l("Use lowercase letters, digits and hyphens only."))


def _per_language(form_class, name: str, label, field_type=StringField, **kwargs) -> None:
    """Add one field per interface language, e.g. theme_en, theme_fr…"""
    names = {"en": _l("English"), "fr": _l("French"), "es": _l("Spanish"), "pt": _l("Portuguese")}
    for language in LANGUAGE_FIELDS:
        setattr(form_class, f"{name}_{language}", field_type(
            _l("%(field)s (%(language)s)", field=label, language=names[language]),
            validators=[Optional(), Length(max=kwargs.get("max_length", 5000))],
        ))


class EditionForm(FlaskForm):
    """Create or edit an edition."""

    number = IntegerField(_l("Number"), validators=[DataRequired(), NumberRange(min=1, max=999)])
    year = IntegerField(_l("Year"), validators=[DataRequired(), NumberRange(min=2000, max=2100)])
    slug = StringField(_l("Address (e.g. 2021-lisbon)"), validators=[DataRequired(), Length(max=80), SLUG])
    city = StringField(_l("City"), validators=[DataRequired(), Length(max=120)])
    country = SelectField(_l("Country"), validators=[DataRequired()])
    start_date = DateField(_l("Start date"), validators=[Optional()])
    end_date = DateField(_l("End date"), validators=[Optional()])
    is_virtual = BooleanField(_l("Held online"))
    partners = TextAreaField(_l("Partners"), validators=[Optional(), Length(max=2000)])
    languages = StringField(_l("Interpretation languages (codes separated by spaces)"),
                            validators=[Optional(), Length(max=60), Regexp(r"^[a-z]{2}( [a-z]{2})*$", message=_l("Use two-letter codes separated by spaces."))])
    submit = SubmitField(_l("Save"))


_per_language(EditionForm, "theme", _l("Theme"), max_length=500)
_per_language(EditionForm, "description", _l("Description"), TextAreaField)


class SessionForm(FlaskForm):
    """Create or edit a programme item."""

    day = IntegerField(_l("Day"), validators=[DataRequired(), NumberRange(min=1, max=31)])
    date = DateField(_l("Date"), validators=[Optional()])
    start_time = TimeField(_l("Starts at"), validators=[Optional()])
    end_time = TimeField(_l("Ends at"), validators=[Optional()])
    kind = SelectField(_l("Kind"), choices=as_choices((k, SESSION_KIND_LABELS[k]) for k in SESSION_KINDS))
    speakers = TextAreaField(_l("Speakers"), validators=[Optional(), Length(max=2000)])
    recording_url = URLField(_l("Recording link"), validators=[Optional(), URL(), Length(max=500)])
    stream_url = URLField(_l("Live stream link"), validators=[Optional(), URL(), Length(max=500)])
    submit = SubmitField(_l("Save"))


_per_language(SessionForm, "title", _l("Title"), max_length=500)
_per_language(SessionForm, "summary", _l("Summary"), TextAreaField)


class TopicForm(FlaskForm):
    """Create or rename a topic."""

    slug = StringField(_l("Address (e.g. decent-work)"), validators=[DataRequired(), Length(max=80), SLUG])
    submit = SubmitField(_l("Save"))


_per_language(TopicForm, "name", _l("Name"), max_length=200)


class MaterialMetadataForm(FlaskForm):
    """Metadata shared by every way of adding or editing a material."""

    title = StringField(_l("Title"), validators=[Optional(), Length(max=300)])
    description = TextAreaField(_l("Description"), validators=[Optional(), Length(max=5000)])
    kind = SelectField(_l("Kind"), validators=[DataRequired(message=_l("Choose the kind of material."))],
                       choices=as_choices([("", _l("Choose…"))] + [(k, MATERIAL_KIND_LABELS[k]) for k in MATERIAL_KINDS]))
    language = SelectField(_l("Language"), validators=[DataRequired()])
    edition = SelectField(_l("Edition"), coerce=int, validators=[DataRequired(message=_l("Choose an edition."))])
    #: Submitting with this button reloads the form with the chosen edition's sessions, saving nothing.
    show_sessions = SubmitField(_l("Show this edition's sessions"))
    #: Offers the chosen edition's sessions only; a session of another edition is refused by validate_session.
    session = SelectField(_l("Session"), coerce=int, validators=[Optional()], validate_choice=False)
    topics = MultiCheckboxField(_l("Topics"), coerce=int, validators=[Optional()])
    authors = StringField(_l("Authors"), validators=[Optional(), Length(max=1000)])
    visibility = SelectField(_l("Visibility"), choices=as_choices(VISIBILITY_LABELS.items()))
    #: Empty: the default, CC BY 4.0 for a public material and all rights reserved for a members-only one.
    licence = SelectField(_l("Licence"), validators=[Optional()], choices=as_choices(
        [("", _l("Default: CC BY 4.0 when public, all rights reserved when members-only"))]
        + [(name, LICENCE_LABELS.get(name, name)) for name in LICENCES]))
    #: Words of the other language version's title (or its number), to list the materials to pick from.
    translation_query = StringField(_l("Translation of: search the other language version by its title"),
                                    validators=[Optional(), Length(max=200)])
    find_translation = SubmitField(_l("Find the material"))
    translation_of = RadioField(_l("Translation of:"), coerce=_optional_id, default=0, validators=[Optional()])

    def validate_session(self, field) -> None:
        """Refuse a session of another edition (the edition was changed without reloading its sessions)."""
        if field.data and field.data not in {choice.value for choice in field.choices}:
            raise ValidationError(_l("This session is not part of the chosen edition: press “Show this edition's sessions” and choose again."))

    @property
    def reloading(self) -> bool:
        """True when a button asked to reload the form (sessions or translation search), not to save it."""
        return bool(self.show_sessions.data or self.find_translation.data)


class UploadForm(MaterialMetadataForm):
    """Upload one or several files with the same metadata."""

    files = MultipleFileField(_l("Files"), validators=[DataRequired(message=_l("Choose at least one file."))])
    submit = SubmitField(_l("Upload"))


class LinkForm(MaterialMetadataForm):
    """Add a material that is an outbound link, such as a recording."""

    url = URLField(_l("Link"), validators=[DataRequired(), URL(), Length(max=500)])
    submit = SubmitField(_l("Add the link"))


class MaterialEditForm(MaterialMetadataForm):
    """Edit the metadata of a material."""

    url = URLField(_l("Link"), validators=[Optional(), URL(), Length(max=500)])
    submit = SubmitField(_l("Save"))


class ReplaceFileForm(FlaskForm):
    """Replace a material's file."""

    file = FileField(_l("New file"), validators=[FileRequired(message=_l("Choose a file."))])
    submit = SubmitField(_l("Replace the file"))


class ConceptForm(FlaskForm):
    """Create or edit a glossary concept; variants separated by |."""

    slug = StringField(_l("Concept (e.g. decent-work)"), validators=[DataRequired(), Length(max=80), SLUG])
    submit = SubmitField(_l("Save"))


_per_language(ConceptForm, "terms", _l("Terms, separated by |"), max_length=1000)


class InvitationUploadForm(FlaskForm):
    """Invite the participants of an edition from a CSV: email,name,country,organisation."""

    edition = SelectField(_l("Edition"), coerce=int, validators=[DataRequired()])
    participants = FileField(_l("Participants (CSV with the columns email,name,country,organisation)"),
                             validators=[FileRequired(message=_l("Choose a CSV file."))])
    submit = SubmitField(_l("Send the invitations"))


class UserRoleForm(FlaskForm):
    """Change an account's role."""

    role = SelectField(_l("Role"), choices=as_choices([
        ("member", _l("Member")), ("moderator", _l("Moderator")), ("admin", _l("Admin"))]))
    submit = SubmitField(_l("Change the role"))
