"""People: accounts and their roles."""
import secrets
from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import DateTime, String
from sqlalchemy.orm import Mapped, mapped_column
from werkzeug.security import check_password_hash, generate_password_hash

from brain.database import TimestampMixin, utcnow
from brain.extensions import db

ROLES = ("member", "moderator", "admin")


def _new_session_token() -> str:
    """Return a random token that identifies a login; rotating it ends open sessions."""
    return secrets.token_urlsafe(24)


class User(UserMixin, TimestampMixin, db.Model):
    """A person with an account: member, moderator or admin."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True, index=True)
    display_name: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str] = mapped_column(String(255))
    #: One of ROLES.
    role: Mapped[str] = mapped_column(String(20), default="member")
    #: False once an admin deactivates the account: it can no longer sign in.
    is_enabled: Mapped[bool] = mapped_column(default=True)
    email_verified_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    #: When the person consented to the privacy notice.
    consent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    #: Interface language chosen by the member (en, fr, es, pt).
    locale: Mapped[str | None] = mapped_column(String(5))
    #: Part of the login cookie; a new value signs the account out everywhere.
    session_token: Mapped[str] = mapped_column(String(64), default=_new_session_token)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    def __repr__(self) -> str:
        return f"<User {self.id} {self.email} {self.role}>"

    def get_id(self) -> str:
        """Identify the login by id and session token, so rotating the token signs out."""
        return f"{self.id}:{self.session_token}"

    @property
    def is_active(self) -> bool:
        """Flask-Login refuses sign-in for deactivated accounts."""
        return self.is_enabled

    @property
    def is_verified(self) -> bool:
        """True once the email address has been confirmed."""
        return self.email_verified_at is not None

    @property
    def is_member(self) -> bool:
        """A verified, active account: may see members-only content."""
        return self.is_enabled and self.is_verified

    @property
    def is_moderator(self) -> bool:
        """Moderators and admins may moderate the community."""
        return self.is_member and self.role in ("moderator", "admin")

    @property
    def is_admin(self) -> bool:
        """Admins manage the archive, users and the search index."""
        return self.is_enabled and self.role == "admin"

    def set_password(self, password: str) -> None:
        """Store a slow, salted hash of the password (scrypt)."""
        self.password_hash = generate_password_hash(password, method="scrypt")

    def check_password(self, password: str) -> bool:
        """Tell whether the password matches the stored hash."""
        return bool(self.password_hash) and check_password_hash(self.password_hash, password)

    def end_sessions(self) -> None:
        """Invalidate every open session and remember-me cookie of this account."""
        self.session_token = _new_session_token()

    def mark_verified(self) -> None:
        """Record that the email address is confirmed."""
        if self.email_verified_at is None:
            self.email_verified_at = utcnow()
