"""People: accounts and their roles."""
from datetime import datetime

from flask import current_app
from flask_login import UserMixin
from sqlalchemy import Column, DateTime, ForeignKey, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from brain.database import TimestampMixin, utcnow
from brain.extensions import db

ROLES = ("member", "moderator", "admin")
PROFILE_VISIBILITIES = ("members", "public")

user_topics = Table(
    "user_topics",
    db.metadata,
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_id", ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True),
)


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
    #: The TOTP secret of two-factor sign-in, encrypted with a key derived from SECRET_KEY.
    totp_secret_encrypted: Mapped[str | None] = mapped_column(String(255))
    #: When two-factor sign-in was turned on; None while it is off.
    totp_enabled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    #: The last 30-second step whose code was accepted: a code is never accepted twice.
    totp_last_step: Mapped[int | None]
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    #: A new address waiting for confirmation; the current one stays until then.
    pending_email: Mapped[str | None] = mapped_column(String(254))

    organisation: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[str] = mapped_column(String(200), default="")
    #: ISO 3166-1 alpha-2 code.
    country: Mapped[str] = mapped_column(String(2), default="")
    #: Markdown source; rendered through the sanitiser.
    bio: Mapped[str] = mapped_column(Text, default="")
    #: Languages spoken, ISO 639-1 codes separated by spaces.
    languages_spoken: Mapped[str] = mapped_column(String(120), default="")
    #: Path of the square thumbnail, relative to UPLOAD_DIR.
    photo_path: Mapped[str] = mapped_column(String(200), default="")
    #: "members" (default) or "public".
    profile_visibility: Mapped[str] = mapped_column(String(10), default="members")
    #: The member's IANA time zone ("Europe/Paris"): edition times are also shown in it. Empty: not said.
    timezone: Mapped[str] = mapped_column(String(64), default="")
    #: Notifications by mail: "immediate", "digest" (daily) or "never".
    notify_by_mail: Mapped[str] = mapped_column(String(10), default="never")

    #: Both loaded on demand: the signed-in user of every request and each post's author do not
    #: need them (profiles, exports and indexing do).
    expertise = relationship("Topic", secondary=user_topics)
    attendances: Mapped[list["Attendance"]] = relationship(back_populates="user", cascade="all, delete-orphan")

    def __repr__(self) -> str:
        return f"<User {self.id} {self.email} {self.role}>"

    #: The signed-in device of the current request (set at sign-in and by the user loader).
    device_token: str = ""

    def get_id(self) -> str:
        """Identify the login by account and device, so ending a device's session signs it out."""
        return f"{self.id}:{self.device_token}"

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
        """Moderators and admins may moderate the community, once they sign in with a second factor."""
        return self.is_member and self.role in ("moderator", "admin") and self.has_two_factor

    @property
    def is_admin(self) -> bool:
        """Admins manage the archive, users and the search index, once they sign in with a second factor."""
        return self.is_enabled and self.role == "admin" and self.has_two_factor

    def set_password(self, password: str) -> None:
        """Store a slow, salted hash of the password (scrypt)."""
        self.password_hash = generate_password_hash(password, method=current_app.config.get("PASSWORD_HASH_METHOD", "scrypt"))

    def check_password(self, password: str) -> bool:
        """Tell whether the password matches the stored hash."""
        return bool(self.password_hash) and check_password_hash(self.password_hash, password)

    @property
    def has_two_factor(self) -> bool:
        """True once the account signs in with a code from an authenticator app."""
        return self.totp_enabled_at is not None

    @property
    def needs_two_factor(self) -> bool:
        """Admins and moderators must sign in with a second factor."""
        return self.role in ("moderator", "admin")

    def mark_verified(self) -> None:
        """Record that the email address is confirmed."""
        if self.email_verified_at is None:
            self.email_verified_at = utcnow()


class DeviceSession(db.Model):
    """One signed-in browser of an account: listed on the account page, ended by signing out."""

    __tablename__ = "device_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    #: SHA-256 of the random token kept in the browser's cookie (the token itself is never stored).
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    #: Refreshed at most every few minutes, not on every request.
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    #: The browser's User-Agent, shortened, so the member can recognise the device.
    user_agent: Mapped[str] = mapped_column(String(200), default="")
    ip_address: Mapped[str] = mapped_column(String(45), default="")

    def __repr__(self) -> str:
        return f"<DeviceSession {self.id} of user {self.user_id}>"


class RecoveryCode(db.Model):
    """A single-use code that replaces the authenticator app once, kept hashed."""

    __tablename__ = "recovery_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    def __repr__(self) -> str:
        return f"<RecoveryCode {self.id} of user {self.user_id}>"


class Attendance(db.Model):
    """An edition a member attended: claimed by the member, or verified by an admin or an invitation."""

    __tablename__ = "attendances"
    __table_args__ = (UniqueConstraint("user_id", "edition_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"), index=True)
    verified_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    user: Mapped[User] = relationship(back_populates="attendances")
    edition = relationship("Edition", lazy="joined")

    def __repr__(self) -> str:
        return f"<Attendance user {self.user_id} edition {self.edition_id}>"

    @property
    def is_verified(self) -> bool:
        return self.verified_at is not None


class Invitation(db.Model):
    """An invitation sent to a participant of an edition; its link creates a verified account."""

    __tablename__ = "invitations"
    __table_args__ = (UniqueConstraint("email", "edition_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), index=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    accepted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    edition = relationship("Edition", lazy="joined")

    def __repr__(self) -> str:
        return f"<Invitation {self.email} edition {self.edition_id}>"
