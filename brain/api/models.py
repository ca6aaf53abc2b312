"""Personal API tokens: a member's key to the members-only records of the JSON API."""
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from brain.database import utcnow
from brain.extensions import db


class ApiToken(db.Model):
    """One personal token of an account, sent as `Authorization: Bearer <token>`."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    #: The member's label for the token ("my laptop script").
    name: Mapped[str] = mapped_column(String(100))
    #: SHA-256 of the token, hex: the token itself is shown once and never stored.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    #: The first characters of the token's random part, so the member can tell tokens apart.
    hint: Mapped[str] = mapped_column(String(12), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    #: Refreshed at most every few minutes, not on every request.
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    user = relationship("User")

    def __repr__(self) -> str:
        return f"<ApiToken {self.id} of user {self.user_id}>"
