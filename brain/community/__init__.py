"""The community: discussion threads, notifications, bookmarks, moderation and feeds."""
from flask import Blueprint

bp = Blueprint("community", __name__, template_folder="templates")

from brain.community import indexing, routes, feeds  # noqa: E402,F401

indexing.register()
