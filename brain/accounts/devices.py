"""Signed-in devices: each sign-in opens one, signing out ends it, so a copied cookie dies with it."""
import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from flask import request
from sqlalchemy import delete, select

from brain.accounts.models import DeviceSession, User
from brain.database import utcnow
from brain.extensions import db

#: How stale "last seen" may get before a request refreshes it (one write per device per interval).
LAST_SEEN_INTERVAL = timedelta(minutes=5)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def open_device(user: User) -> str:
    """Record a new signed-in device for this request's browser; the caller commits."""
    token = secrets.token_urlsafe(32)
    db.session.add(DeviceSession(
        user_id=user.id, token_hash=_hash(token),
        user_agent=(request.headers.get("User-Agent") or "")[:200], ip_address=(request.remote_addr or "")[:45]))
    user.device_token = token
    return token


def load_signed_in(identifier: str) -> User | None:
    """Return the account of a login cookie ("<id>:<device token>") whose device is still signed in."""
    account_id, _, token = identifier.partition(":")
    if not account_id.isdigit() or not token:
        return None
    device = db.session.scalar(select(DeviceSession).where(DeviceSession.token_hash == _hash(token)))
    if device is None or device.user_id != int(account_id):
        return None
    user = db.session.get(User, device.user_id)
    if user is None or not user.is_enabled:
        return None
    user.device_token = token
    if utcnow() - _aware(device.last_seen_at) > LAST_SEEN_INTERVAL:
        device.last_seen_at = utcnow()
        db.session.commit()
    return user


def _aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes for UTC columns."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def current_device_id(user: User) -> int | None:
    """The id of the device this request signed in from."""
    if not user.device_token:
        return None
    return db.session.scalar(select(DeviceSession.id).where(DeviceSession.token_hash == _hash(user.device_token)))


def devices_of(user: User) -> list[DeviceSession]:
    """The account's signed-in devices, most recently seen first."""
    return list(db.session.scalars(
        select(DeviceSession).where(DeviceSession.user_id == user.id).order_by(DeviceSession.last_seen_at.desc())))


def end_device(user: User, device_id: int | None = None) -> bool:
    """End one device's session (this request's by default); the caller commits. False if there was none."""
    if device_id is None:
        device_id = current_device_id(user)
    if device_id is None:
        return False
    ended = db.session.execute(
        delete(DeviceSession).where(DeviceSession.user_id == user.id, DeviceSession.id == device_id))
    return ended.rowcount > 0


def end_every_device(user: User) -> None:
    """End every session of the account, on every device; the caller commits."""
    db.session.execute(delete(DeviceSession).where(DeviceSession.user_id == user.id))
    user.device_token = ""
