"""Personal API tokens: create (shown once), list, revoke, and recognise them on API requests."""
import hashlib
import logging
import secrets
from datetime import timedelta, timezone

from sqlalchemy import delete, func, select

from brain.accounts.models import User
from brain.api.models import ApiToken
from brain.database import utcnow
from brain.extensions import db

logger = logging.getLogger(__name__)

#: Every token starts with this, so a leaked one is easy to recognise (and to search for in code).
PREFIX = "cbk_"
#: How stale "last used" may get before a request refreshes it (one write per token per interval).
LAST_USED_INTERVAL = timedelta(minutes=5)
#: How many tokens one account may hold at once.
MAX_TOKENS = 20


class TokenLimitReached(Exception):
    """The account already holds MAX_TOKENS tokens."""


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def tokens_of(user: User) -> list[ApiToken]:
    """The account's tokens, newest first."""
    return list(db.session.scalars(
        select(ApiToken).where(ApiToken.user_id == user.id).order_by(ApiToken.created_at.desc(), ApiToken.id.desc())))


def create_token(user: User, name: str) -> tuple[ApiToken, str]:
    """Create a token for the account and commit; return it with its plain value, which is never stored."""
    count = db.session.scalar(select(func.count()).select_from(ApiToken).where(ApiToken.user_id == user.id))
    if count >= MAX_TOKENS:
        raise TokenLimitReached()
    secret = secrets.token_urlsafe(32)
    plain = PREFIX + secret
    token = ApiToken(user_id=user.id, name=name.strip()[:100], token_hash=_hash(plain), hint=secret[:6])
    db.session.add(token)
    db.session.commit()
    logger.info("%r created by %s", token, user.email)
    return token, plain


def revoke_token(user: User, token_id: int) -> bool:
    """Delete one of the account's tokens and commit; False when it has no such token."""
    removed = db.session.execute(delete(ApiToken).where(ApiToken.user_id == user.id, ApiToken.id == token_id))
    db.session.commit()
    if removed.rowcount:
        logger.info("API token %s revoked by %s", token_id, user.email)
    return removed.rowcount > 0


def user_for_token(plain: str) -> User | None:
    """Return the member a token belongs to, or None for an unknown token or an account that may not use it.

    Refreshes the token's "last used" date at most every LAST_USED_INTERVAL (and commits then).
    """
    if not plain.startswith(PREFIX) or len(plain) > 200:
        return None
    token = db.session.scalar(select(ApiToken).where(ApiToken.token_hash == _hash(plain)))
    if token is None:
        return None
    user = db.session.get(User, token.user_id)
    if user is None or not user.is_member:
        return None
    last_used = token.last_used_at
    if last_used is not None and last_used.tzinfo is None:
        last_used = last_used.replace(tzinfo=timezone.utc)
    if last_used is None or utcnow() - last_used > LAST_USED_INTERVAL:
        token.last_used_at = utcnow()
        db.session.commit()
    return user
