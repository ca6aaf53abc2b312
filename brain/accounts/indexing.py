"""How members appear in search: only to members, and only while active and verified."""
from flask import url_for
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from brain.accounts.models import Attendance, User
from brain.labels import country_name
from brain.search import documents
from brain.security import can_view_profile, viewer_is_member


def member_document(user: User) -> documents.SearchDocument | None:
    """Index a member's public face; deactivated or unconfirmed accounts leave the index."""
    if not user.is_member:
        return None
    body = "\n".join(part for part in (user.position, user.organisation, user.bio) if part)
    return documents.SearchDocument(
        id=f"member:{user.id}", type="member", access="members", texts=[("xx", user.display_name, body)],
        topics=sorted(topic.slug for topic in user.expertise), date=user.created_at,
        meta=" ".join([user.display_name, user.organisation, user.country] +
                      [attendance.edition.city for attendance in user.attendances]),
    )


def present_member(user: User, viewer) -> documents.HitView | None:
    """Show a member result to members only."""
    if not viewer_is_member(viewer) or not can_view_profile(viewer, user):
        return None
    detail = " · ".join(part for part in (user.position, user.organisation, country_name(user.country)) if part)
    return documents.HitView(title=user.display_name, url=url_for("accounts.profile", user_id=user.id),
                             texts=[("xx", "\n".join(part for part in (detail, user.bio) if part))],
                             date=user.created_at)


def register() -> None:
    """Make members searchable, and reindex one when their editions change."""
    documents.register(User, "member", member_document,
                       lambda: select(User).options(selectinload(User.expertise), selectinload(User.attendances)),
                       present_member)
    documents.register_dependent(Attendance, lambda row: [row.user] if row.user else [])
