"""JSON errors for everything under /api/: `{"code", "status", "message"}` (and `errors` for 422)."""
from http import HTTPStatus

from flask import Response, jsonify, request
from flask_babel import gettext as _
from werkzeug.exceptions import HTTPException

#: What a client is told for 401, beside the JSON body (RFC 6750).
WWW_AUTHENTICATE = 'Bearer realm="Collective Brain API", error="invalid_token"'


def is_api_request() -> bool:
    """True for any address under /api/, routed or not: those get JSON errors, never HTML pages."""
    return request.path == "/api" or request.path.startswith("/api/")


def _messages() -> dict[int, str]:
    return {
        400: _("The request could not be understood."),
        401: _("The API token is missing its value, unknown or revoked. Create a token on your account page."),
        403: _("You may not read this."),
        404: _("There is no such record, or it is not visible to you."),
        405: _("The API only reads: use GET."),
        422: _("Some parameters are not valid: see errors."),
        429: _("Too many requests. Please wait a minute and try again."),
        500: _("An unexpected error happened on our side. It has been logged; please try again later."),
        503: _("The service is busy or under maintenance. Please try again in a moment."),
    }


def json_error(code: int, message: str | None = None, errors: dict | None = None,
               headers: dict | None = None) -> Response:
    """Build the JSON response of an API error."""
    try:
        status = HTTPStatus(code).phrase
    except ValueError:
        status = "Error"
    payload = {"code": code, "status": status, "message": message or _messages().get(code) or status}
    if errors:
        payload["errors"] = errors
    response = jsonify(payload)
    response.status_code = code
    response.headers.update(headers or {})
    if code == 401:
        response.headers["WWW-Authenticate"] = WWW_AUTHENTICATE
    elif code == 429:
        response.headers.setdefault("Retry-After", "60")
    return response


def http_error(error: HTTPException) -> Response:
    """Turn an HTTP error (abort, routing, webargs validation) into the API's JSON error."""
    data = getattr(error, "data", None) or {}
    errors = data.get("errors") or data.get("messages")
    headers = {name: value for name, value in error.get_headers() if name.lower() == "allow"}
    headers.update(data.get("headers") or {})
    return json_error(error.code or 500, data.get("message"), errors, headers)
