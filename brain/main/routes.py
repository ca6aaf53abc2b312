"""The home page with the timeline, the about page and the language picker."""
from flask import current_app, redirect, render_template, request, session
from flask_login import current_user

from brain.archive import queries
from brain.extensions import db
from brain.i18n import current_language
from brain.main import bp
from brain.security import safe_next


@bp.route("/")
def home():
    """Show the timeline of every edition since 2010 and the newest materials."""
    return render_template(
        "main/home.html",
        editions=queries.editions_timeline(),
        counts=queries.material_counts_by_edition(current_user),
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
    return redirect(safe_next())
