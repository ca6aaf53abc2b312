"""Paged lists: every paginated view reads `?page=` and pages its query here.

A page number that is not a positive integer is page 1, and a page past the end shows the last
page, so a huge `?page=` never reaches SQL as an OFFSET SQLite or PostgreSQL cannot hold.
"""
from collections.abc import Mapping

from flask_sqlalchemy.pagination import Pagination
from sqlalchemy import Select, func, select
from sqlalchemy.orm import lazyload

from brain.extensions import db


def page_number(args: Mapping[str, str]) -> int:
    """Read `page` from query-string arguments: anything but a positive integer is page 1."""
    try:
        return max(int(args.get("page", 1)), 1)
    except ValueError:
        return 1


def paginate(stmt: Select, page: int, per_page: int) -> Pagination:
    """Return one page of a select, the last one when page is past the end (one count, as db.paginate)."""
    total = db.session.scalar(select(func.count()).select_from(stmt.options(lazyload("*")).order_by(None).subquery()))
    last_page = max(1, -(-total // per_page))
    pagination = db.paginate(stmt, page=min(max(page, 1), last_page), per_page=per_page, error_out=False, count=False)
    pagination.total = total
    return pagination
