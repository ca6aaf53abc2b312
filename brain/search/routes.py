"""The results page."""
from flask import current_app, render_template, request
from flask_login import current_user

from brain.archive import queries
from brain.search import bp
from brain.search.service import FACET_TITLES, TYPE_LABELS, SearchOutcome, SearchRequest, search


@bp.route("/search")
def results():
    """Search materials, editions, threads, posts and (for members) profiles."""
    search_request = SearchRequest.from_args(request.args)
    if "brain_search" in current_app.extensions:
        outcome = search(search_request, current_user)
    else:
        outcome = SearchOutcome(request=search_request)
    facet_labels = {
        "edition": {e.slug: f"{e.year} · {e.city}" for e in queries.editions_timeline()},
        "topic": {t.slug: t.name()[0] for t in queries.all_topics()},
    }
    return render_template("search/results.html", outcome=outcome, facet_titles=FACET_TITLES,
                           type_labels=TYPE_LABELS, facet_labels=facet_labels)
