"""Multilingual search over the archive and the community, on Whoosh or PostgreSQL full-text search."""
from importlib import metadata

from flask import Blueprint, Flask

bp = Blueprint("search", __name__, template_folder="templates")

#: brain/search/engine.py reads this release's private internals (segments, postings, columns).
WHOOSH_DISTRIBUTION, WHOOSH_VERSION = "Whoosh-Reloaded", "2.7.5"


def whoosh_version_problem(installed: str | None) -> str | None:
    """Say why an installed Whoosh release cannot serve the engine, or None when it is the expected one."""
    if installed == WHOOSH_VERSION:
        return None
    return (f"The search engine reads {WHOOSH_DISTRIBUTION} {WHOOSH_VERSION}'s internals, but "
            f"{'version ' + installed if installed else 'no version'} is installed: run "
            f"`pip install -r requirements.txt` (or set SEARCH_BACKEND=postgres).")


def check_whoosh_version() -> None:
    """Refuse to start on another Whoosh release than the one the engine was written against."""
    try:
        installed = metadata.version(WHOOSH_DISTRIBUTION)
    except metadata.PackageNotFoundError:
        installed = None
    problem = whoosh_version_problem(installed)
    if problem:
        raise RuntimeError(problem)


class SearchEngine:
    """The per-process search state: the engine chosen by SEARCH_BACKEND and the glossary cache."""

    def __init__(self, app: Flask) -> None:
        from brain.search.glossary import GlossaryCache

        backend = app.config["SEARCH_BACKEND"]
        if backend == "postgres":
            from brain.search.postgres import PostgresIndex

            if not app.config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql"):
                raise RuntimeError("SEARCH_BACKEND=postgres needs a PostgreSQL database (DATABASE_URL)")

            self.index = PostgresIndex()
        elif backend == "whoosh":
            from brain.search.index import WhooshIndex

            check_whoosh_version()
            self.index = WhooshIndex(app.config["SEARCH_INDEX_DIR"], app.config["SEARCH_WRITER_TIMEOUT"])
        else:
            raise RuntimeError(f"SEARCH_BACKEND must be 'whoosh' or 'postgres', not {backend!r}")
        self.glossary = GlossaryCache()


def init_search(app: Flask) -> None:
    """Attach the search engine to the app and keep the index following the database."""
    from brain.search import models, sync  # noqa: F401  (models registers the glossary tables)

    if app.config["SEARCH_ENABLED"]:
        app.extensions["brain_search"] = SearchEngine(app)
        sync.install()


from brain.search import routes  # noqa: E402,F401
