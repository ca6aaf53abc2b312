"""The token page's form."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import StringField, SubmitField
from wtforms.validators import DataRequired, Length


class NewTokenForm(FlaskForm):
    """Name a new personal API token."""

    name = StringField(_l("Name of the token"), validators=[DataRequired(), Length(max=100)])
    submit = SubmitField(_l("Create a token"))
