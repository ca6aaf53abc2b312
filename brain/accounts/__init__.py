"""Accounts: sign-in, registration, invitations, profiles and the directory."""
from flask import Blueprint

bp = Blueprint("accounts", __name__, template_folder="templates")

from brain.accounts import indexing, routes  # noqa: E402,F401

indexing.register()
