"""Signed, time-limited links: email verification, password reset, email change, invitations."""
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from flask import current_app

#: How long each kind of link stays valid, in seconds.
LIFETIMES = {"verify": 7 * 24 * 3600, "reset": 3600, "email": 24 * 3600, "invite": 60 * 24 * 3600}


class TokenError(ValueError):
    """A link is expired, altered or already used; `reason` is "expired" or "invalid"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _serializer(purpose: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=f"brain-{purpose}")


def make_token(purpose: str, payload: dict) -> str:
    """Sign a payload for one purpose."""
    return _serializer(purpose).dumps(payload)


def read_token(purpose: str, token: str) -> dict:
    """Return the payload of a valid link for this purpose, or raise TokenError."""
    try:
        payload = _serializer(purpose).loads(token, max_age=LIFETIMES[purpose])
    except SignatureExpired as expired:
        raise TokenError("expired") from expired
    except BadSignature as bad:
        raise TokenError("invalid") from bad
    if not isinstance(payload, dict):
        raise TokenError("invalid")
    return payload
