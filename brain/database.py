"""Database helpers: SQLite pragmas, timestamps, clean text columns and the shared model mixins."""
from datetime import datetime, timezone

from flask import Flask
from sqlalchemy import DateTime, String, Text, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Mapped, mapped_column

from brain.extensions import db
from brain.text import clean_line, clean_text


def utcnow() -> datetime:
    """Return the current time in UTC, timezone-aware."""
    return datetime.now(timezone.utc)


class TimestampMixin:
    """Add UTC `created_at` and `updated_at` columns."""

    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )


@event.listens_for(db.Model, "attribute_instrument")
def _clean_text_columns(model: type, key: str, attribute) -> None:
    """Clean every String and Text column as it is set, so no form, service, importer or command can skip it.

    Forms are only one way in (services, the importer, the CLI and the demo loader set attributes
    directly), while every ORM write sets the attribute. Text columns keep line breaks, except
    titles; String columns (names, titles, short fields) are single lines.
    """
    columns = getattr(attribute.property, "columns", ())
    if not columns or not isinstance(columns[0].type, String):
        return
    clean = clean_text if isinstance(columns[0].type, Text) and key != "title" else clean_line

    @event.listens_for(attribute, "set", retval=True)
    def _clean(target, value, oldvalue, initiator):
        return clean(value) if isinstance(value, str) else value


@event.listens_for(Engine, "connect")
def _set_sqlite_pragmas(dbapi_connection, connection_record) -> None:
    """Put every SQLite connection in WAL mode with foreign keys on."""
    module = type(dbapi_connection).__module__
    if not module.startswith("sqlite3"):
        return
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def init_app(app: Flask) -> None:
    """Give this app's SQLite connections its busy timeout (call before db.init_app)."""
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        options = dict(app.config.get("SQLALCHEMY_ENGINE_OPTIONS") or {})
        connect_args = dict(options.get("connect_args") or {})
        connect_args["timeout"] = app.config["SQLITE_BUSY_TIMEOUT_MS"] / 1000
        options["connect_args"] = connect_args
        app.config["SQLALCHEMY_ENGINE_OPTIONS"] = options
