"""Admin screens over the services of the other areas."""
from flask import Blueprint

bp = Blueprint("admin", __name__, template_folder="templates")

from brain.admin import routes  # noqa: E402,F401
