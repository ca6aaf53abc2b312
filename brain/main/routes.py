"""The home page with the timeline, the about page, the language picker and the health check."""
import logging
from datetime import date

from flask import current_app, jsonify, redirect, render_template, request, session
from flask_login import current_user
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from brain.archive import queries
from brain.extensions import db, limiter
from brain.i18n import current_language, without_language_parameter
from brain.main import bp
from brain.security import safe_next

logger = logging.getLogger(__name__)
#: Search states in which the engine still answers (a rebuild in progress still serves results).
_SEARCH_ANSWERS = {"ok", "incomplete", "outdated", "disabled"}


@bp.route("/")
def home():
    """Welcome a visitor: the ways in, the edition under way (else the newest), the timeline newest first."""
    editions = queries.editions_timeline()[::-1]
    today = date.today()
    under_way = next((edition for edition in editions if edition.is_under_way(today)), None)
    return render_template(
        "main/home.html",
        editions=editions,
        featured=under_way or next(iter(editions), None),
        featured_under_way=under_way is not None,
        counts=queries.material_counts(current_user, "edition"),
        newest=queries.newest_materials(current_user, current_language()),
    )


@bp.route("/about")
def about():
    """Tell the history of the Academy since 2010, built from the editions' facts."""
    return render_template("main/about.html", editions=queries.editions_timeline())


@bp.route("/language", methods=["POST"])
def choose_language():
    """Remember the reader's language in the session and, for a member, in the profile."""
    language = request.form.get("language", "")
    if language in current_app.config["LANGUAGES"]:
        session["locale"] = language
        if current_user.is_authenticated:
            current_user.locale = language
            db.session.commit()
    return redirect(without_language_parameter(safe_next()))


@bp.route("/healthz")
@limiter.exempt
def healthz():
    """Tell a load balancer whether this host can serve: 200 when the database and search answer, else 503."""
    checks = {"database": "ok", "search": "disabled"}
    try:
        db.session.execute(text("SELECT 1"))
    except SQLAlchemyError as error:
        db.session.rollback()
        logger.warning("health check: database unavailable: %s", error)
        checks["database"] = "unavailable"
    engine = current_app.extensions.get("brain_search")
    if engine is not None and checks["database"] == "ok":
        try:
            checks["search"] = engine.index.status()
        except Exception as error:  # any failure of the engine means this host cannot search
            logger.warning("health check: search unavailable: %s", error)
            checks["search"] = "unavailable"
    elif engine is not None:
        checks["search"] = "unknown"
    healthy = checks["database"] == "ok" and checks["search"] in _SEARCH_ANSWERS
    response = jsonify(status="ok" if healthy else "unavailable", **checks)
    response.status_code = 200 if healthy else 503
    response.headers["Cache-Control"] = "no-store"
    return response
