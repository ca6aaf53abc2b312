"""The results page."""
from flask import current_app, render_template, request
from flask_login import current_user

from brain.archive import queries
from brain.i18n import current_language
from brain.search import bp
from brain.search.service import FACET_TITLES, TYPE_LABELS, SearchOutcome, SearchRequest, search


@bp.route("/search")
def results():
    """Search materials, editions, threads, posts and (for members) profiles."""
    search_request = SearchRequest.from_args(request.args)
    if "brain_search" in current_app.extensions:
        outcome = search(search_request, current_user)
        if outcome.total and search_request.page > outcome.pages:
            # A page past the end shows the last page, as every paged list does (brain.pagination).
            search_request.page = outcome.pages
            outcome = search(search_request, current_user)
    else:
        outcome = SearchOutcome(request=search_request)
    # Only the editions and topics the facets show, by name: not every edition and topic as objects.
    facet_labels = {
        "edition": queries.edition_labels(fv.value for fv in outcome.facets.get("edition", [])),
        "topic": queries.topic_names((fv.value for fv in outcome.facets.get("topic", [])), current_language()),
    }
    return render_template("search/results.html", outcome=outcome, facet_titles=FACET_TITLES,
                           type_labels=TYPE_LABELS, facet_labels=facet_labels)
