"""Record ids from outside (URL parts, query strings, form fields): beyond the id column's range is "not found".

SQLite raises OverflowError past 64 bits and PostgreSQL rejects an int4 column compared with a
larger number, so an id is checked against the smaller range before it reaches SQL.
"""
from flask import Flask
from werkzeug.routing import IntegerConverter

#: The largest value of an `Integer` primary key on PostgreSQL (int4); SQLite's range is wider.
MAX_ID = 2**31 - 1


class RecordIdConverter(IntegerConverter):
    """`<int:…>` in every route: a number beyond MAX_ID matches no route, so it answers 404."""

    def __init__(self, map, fixed_digits: int = 0, min: int | None = None, max: int | None = MAX_ID,
                 signed: bool = False) -> None:
        super().__init__(map, fixed_digits, min, max, signed)


def record_id(value: str) -> int:
    """Parse an id for `request.args.get(name, type=record_id)`, where out of range counts as not given."""
    number = int(value)
    if not 0 < number <= MAX_ID:
        raise ValueError(f"{value!r} is not a record id")
    return number


def init_app(app: Flask) -> None:
    """Make `<int:…>` route parts record ids (call before the blueprints are registered)."""
    app.url_map.converters["int"] = RecordIdConverter
