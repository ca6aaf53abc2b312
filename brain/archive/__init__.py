"""The archive: editions, sessions, topics and materials."""
from flask import Blueprint

bp = Blueprint("archive", __name__, template_folder="templates")

from brain.archive import display, indexing, media, routes  # noqa: E402,F401

indexing.register()
