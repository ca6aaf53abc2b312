"""The audit log: who did what to which record, and when."""
import logging
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from brain.database import utcnow
from brain.extensions import db

logger = logging.getLogger(__name__)


class AuditEvent(db.Model):
    """One recorded action of an admin or moderator."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    #: A short verb such as "material.create" or "edition.update".
    action: Mapped[str] = mapped_column(String(60), index=True)
    target_type: Mapped[str] = mapped_column(String(40))
    target_id: Mapped[int | None]
    #: A human-readable summary of the change.
    details: Mapped[str] = mapped_column(Text, default="")

    actor = relationship("User", lazy="joined")

    def __repr__(self) -> str:
        return f"<AuditEvent {self.action} {self.target_type}:{self.target_id}>"


def record(actor, action: str, target, details: str = "") -> AuditEvent:
    """Add an audit event to the current transaction; the caller commits."""
    target_type = getattr(target, "__tablename__", type(target).__name__)
    db.session.flush()
    event = AuditEvent(
        actor_id=getattr(actor, "id", None),
        action=action,
        target_type=target_type,
        target_id=getattr(target, "id", None),
        details=details[:2000],
    )
    db.session.add(event)
    logger.info("%s %r by %s %s", action, target, getattr(actor, "email", "system"), details)
    return event
