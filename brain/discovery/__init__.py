"""How search engines, harvesters and reference managers find the archive: sitemap, robots.txt,
structured data in the pages and citation downloads."""
from flask import Blueprint

bp = Blueprint("discovery", __name__, template_folder="templates")

from brain.discovery import routes, structured_data  # noqa: E402,F401
