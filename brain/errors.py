"""Error pages in the reader's language, never a stack trace."""
import logging

from flask import Flask, g, render_template, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import HTTPException

from brain.api.errors import http_error as api_http_error
from brain.api.errors import is_api_request, json_error
from brain.extensions import db, login_manager

logger = logging.getLogger(__name__)


def _titles() -> dict[int, tuple[str, str]]:
    return {
        400: (_("Bad request"), _("The request could not be understood. Please check what you sent and try again.")),
        403: (_("Access denied"), _("You do not have permission to open this page.")),
        404: (_("Page not found"), _("The page you asked for does not exist or has moved.")),
        405: (_("Method not allowed"), _("This page cannot be used in that way.")),
        413: (_("File too large"), _("The file is larger than the site accepts. Please send a smaller file.")),
        429: (_("Too many requests"), _("You have tried too often in a short time. Please wait a minute and try again.")),
        500: (_("Something went wrong"), _("An unexpected error happened on our side. It has been logged; please try again later.")),
        503: (_("Temporarily unavailable"), _("The site is busy or under maintenance. Nothing was saved; please try again in a moment.")),
    }


def render_error(code: int, detail: str | None = None):
    """Render the error page for an HTTP status code."""
    titles = _titles()
    title, message = titles.get(code, titles[500])
    return render_template("errors/error.html", code=code, title=title, message=message, detail=detail), code


def init_app(app: Flask) -> None:
    """Register the error handlers."""

    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException):
        if error.code is None or error.code < 400:
            return error
        if is_api_request():
            return api_http_error(error)
        response = render_error(error.code)
        if error.code == 429:
            return response[0], 429, {"Retry-After": "60"}
        return response

    @app.errorhandler(CSRFError)
    def _form_without_token(error: CSRFError):
        if is_api_request():
            return json_error(400, error.description)
        return render_error(400, _("The form was too old or did not come from this site, so nothing was changed. "
                                   "Go back, reload the page and send it again."))

    @app.errorhandler(OperationalError)
    def _database_unavailable(error: OperationalError):
        db.session.rollback()
        if "_login_user" not in g:
            # The account could not be loaded: show the page as to a visitor, in the browser's language.
            g._login_user = login_manager.anonymous_user()
        logger.warning("database unavailable for %s %s: %s", request.method, request.path, error.orig)
        if is_api_request():
            return json_error(503, headers={"Retry-After": "5"})
        return render_error(503)[0], 503, {"Retry-After": "5"}

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        db.session.rollback()
        logger.exception("unhandled error on %s %s", request.method, request.path)
        if is_api_request():
            return json_error(500)
        return render_error(500)
