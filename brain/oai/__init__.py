"""OAI-PMH 2.0: the public archive for harvesters (library catalogues, aggregators, search services)."""
from flask import Blueprint

bp = Blueprint("oai", __name__)

from brain.oai import routes  # noqa: E402,F401
