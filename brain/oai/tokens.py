"""Resumption tokens: signed and stateless, carrying the original arguments and where the list stopped."""
from datetime import datetime, timedelta, timezone

from flask import current_app
from itsdangerous import BadSignature, URLSafeTimedSerializer

#: How long a harvester may take to ask for the next page.
TOKEN_LIFETIME = timedelta(hours=24)


class BadToken(ValueError):
    """The token was not made here, was altered, or has expired."""


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="brain-oai-resumption")


def issue(arguments: dict, after_id: int, cursor: int) -> tuple[str, datetime]:
    """Sign the next page's position; return the token and when it expires."""
    token = _serializer().dumps({"args": arguments, "after": after_id, "cursor": cursor})
    expires = datetime.now(timezone.utc).replace(microsecond=0) + TOKEN_LIFETIME
    return token, expires


def read(token: str) -> tuple[dict, int, int]:
    """Return (original arguments, last id delivered, cursor) of a token, or raise BadToken."""
    try:
        payload = _serializer().loads(token, max_age=int(TOKEN_LIFETIME.total_seconds()))
        arguments, after_id, cursor = payload["args"], int(payload["after"]), int(payload["cursor"])
    except (BadSignature, KeyError, TypeError, ValueError) as error:
        raise BadToken(str(error)) from error
    if not isinstance(arguments, dict) or after_id < 0 or cursor < 0:
        raise BadToken("malformed")
    return arguments, after_id, cursor
