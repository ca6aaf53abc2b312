"""Home, about and the language picker."""
from flask import Blueprint

bp = Blueprint("main", __name__, template_folder="templates")

from brain.main import routes  # noqa: E402,F401
