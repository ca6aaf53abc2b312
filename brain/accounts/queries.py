"""Read-side queries of accounts: the member directory."""
from dataclasses import dataclass

from sqlalchemy import Select, func, or_, select

from brain.accounts.models import Attendance, User, user_topics
from brain.archive.models import Topic
from brain.extensions import db
from brain.ids import record_id


@dataclass
class DirectoryFilters:
    """Filters of the member directory."""

    q: str = ""
    edition_id: int | None = None
    country: str = ""
    language: str = ""
    topic_id: int | None = None
    organisation: str = ""

    @classmethod
    def from_args(cls, args) -> "DirectoryFilters":
        """Read the filters from a query string, ignoring what does not parse."""
        def text(name: str, limit: int = 100) -> str:
            return (args.get(name) or "").strip()[:limit]

        return cls(q=text("q"), edition_id=args.get("edition", type=record_id),
                   country=text("country", 2).upper(), language=text("language", 5).lower(),
                   topic_id=args.get("topic", type=record_id), organisation=text("organisation"))


def directory(filters: DirectoryFilters) -> Select:
    """Select the active, verified members matching the filters, by name."""
    stmt = select(User).where(User.is_enabled.is_(True), User.email_verified_at.is_not(None))
    if filters.q:
        stmt = stmt.where(User.display_name.ilike(f"%{filters.q}%"))
    if filters.organisation:
        stmt = stmt.where(User.organisation.ilike(f"%{filters.organisation}%"))
    if filters.country:
        stmt = stmt.where(User.country == filters.country)
    if filters.language:
        stmt = stmt.where(or_(User.languages_spoken == filters.language,
                              User.languages_spoken.like(f"{filters.language} %"),
                              User.languages_spoken.like(f"% {filters.language}"),
                              User.languages_spoken.like(f"% {filters.language} %")))
    if filters.edition_id:
        stmt = stmt.where(User.id.in_(select(Attendance.user_id).where(Attendance.edition_id == filters.edition_id)))
    if filters.topic_id:
        stmt = stmt.where(User.id.in_(select(user_topics.c.user_id).where(user_topics.c.topic_id == filters.topic_id)))
    return stmt.order_by(func.lower(User.display_name), User.id)


def countries_in_use() -> list[str]:
    """Return the countries members come from."""
    return list(db.session.scalars(select(User.country).where(User.country != "").distinct()))


def topics_in_use() -> list[Topic]:
    """Return the topics that at least one member claims expertise in."""
    return list(db.session.scalars(select(Topic).where(Topic.id.in_(select(user_topics.c.topic_id))).order_by(Topic.slug)))
