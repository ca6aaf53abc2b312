"""Rules of accounts: creating them and checking credentials."""
import logging

from flask_babel import gettext as _
from sqlalchemy import func, select

from brain.accounts.models import ROLES, User
from brain.database import utcnow
from brain.extensions import db

logger = logging.getLogger(__name__)


class AccountError(ValueError):
    """An account change was refused; the message is meant for the person."""


def normalise_email(email: str) -> str:
    """Compare emails without case or surrounding spaces."""
    return (email or "").strip().lower()


def find_by_email(email: str) -> User | None:
    """Return the account with this email, if any."""
    return db.session.scalar(select(User).where(func.lower(User.email) == normalise_email(email)))


def authenticate(email: str, password: str) -> User | None:
    """Return the active account matching these credentials, or None."""
    user = find_by_email(email)
    if user is None or not user.check_password(password) or not user.is_enabled:
        return None
    user.last_login_at = utcnow()
    db.session.commit()
    return user


def create_admin(email: str, password: str, display_name: str | None = None) -> User:
    """Create a verified admin account, or promote the existing account with this email."""
    if len(password) < 10:
        raise AccountError(_("The password must have at least 10 characters."))
    user = find_by_email(email)
    if user is None:
        user = User(email=normalise_email(email), display_name=display_name or email.split("@")[0])
        db.session.add(user)
    user.role = "admin"
    user.is_enabled = True
    user.set_password(password)
    user.mark_verified()
    db.session.commit()
    logger.info("admin account %s ready", user.email)
    return user


def set_role(user: User, role: str) -> None:
    """Give an account one of the roles."""
    if role not in ROLES:
        raise AccountError(_("Unknown role: %(role)s.", role=role))
    user.role = role
