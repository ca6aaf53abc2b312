"""The JSON API: editions, materials, topics and search, read-only, for visitors and token holders."""
from flask import abort, current_app, g, request, url_for
from flask_login import AnonymousUserMixin
from werkzeug.exceptions import Unauthorized

from brain.api import bp, services, tokens
from brain.api.errors import json_error
from brain.api.schemas import (
    MAX_SEARCH_PAGE, SLUG, EditionDetailSchema, EditionPageSchema, MaterialArgs, MaterialPageSchema, MaterialSchema,
    PageArgs, SearchArgs, SearchResultSchema, TopicPageSchema,
)
from brain.extensions import limiter

#: How the Link header is documented on every paged list.
LINK_HEADER = {"Link": {"description": "RFC 8288 links to the first, prev, next and last pages",
                        "schema": {"type": "string"}}}
#: A slug in a path, as the OpenAPI document describes it.
SLUG_PARAMETER = {"in": "path", "name": "slug", "required": True, "schema": {"type": "string", "pattern": SLUG}}

#: Requests per client address, unless the app's API_RATE_LIMIT says otherwise.
RATE_LIMIT = "300 per minute"

limiter.limit(lambda: current_app.config.get("API_RATE_LIMIT", RATE_LIMIT))(bp)


@bp.before_request
def _identify_caller() -> None:
    """Read the caller from `Authorization: Bearer <token>`: no header is a visitor, a bad token a 401.

    A signed-in browser's session is not used: the API's members are those who send a token.
    """
    header = request.headers.get("Authorization")
    if header is None:
        g.api_viewer = AnonymousUserMixin()
        return
    scheme, _, credentials = header.strip().partition(" ")
    user = tokens.user_for_token(credentials.strip()) if scheme.lower() == "bearer" else None
    if user is None:
        raise Unauthorized()
    g.api_viewer = user


@bp.errorhandler(401)
def _bad_token(error):
    """A bad token gets the API's JSON 401, not the site's sign-in redirect (brain.community's 401 handler)."""
    return json_error(401)


@bp.after_request
def _vary(response):
    """Answers differ by token and language: caches must keep them apart, and keep members' ones private."""
    response.vary.update(("Authorization", "Accept-Language"))
    if request.headers.get("Authorization"):
        response.headers["Cache-Control"] = "private, no-store"
    return response


def _links(page: services.Page, endpoint: str, **values) -> dict[str, str]:
    """The RFC 8288 Link header of a page: first and last always, prev and next where they exist."""
    args = {name: value for name, value in request.args.items() if name != "page"}
    args.update(values)

    def link(number: int, rel: str) -> str:
        return f'<{url_for(endpoint, page=number, **args, _external=True)}>; rel="{rel}"'

    links = [link(1, "first")]
    if page.page > 1:
        links.append(link(min(page.page - 1, page.pages), "prev"))
    if page.page < page.pages:
        links.append(link(page.page + 1, "next"))
    links.append(link(page.pages, "last"))
    return {"Link": ", ".join(links)}


def _paged(page: services.Page, endpoint: str, **values):
    """Return a page as the list schemas dump it, with its Link header."""
    body = {"items": page.items, "page": page.page, "per_page": page.per_page, "total": page.total,
            "pages": page.pages}
    return body, _links(page, endpoint, **values)


@bp.route("/editions")
@bp.arguments(PageArgs, location="query", as_kwargs=True)
@bp.response(200, EditionPageSchema, headers=LINK_HEADER)
@bp.alt_response(401, response="UNAUTHORIZED")
@bp.alt_response(422, response="UNPROCESSABLE_ENTITY")
def editions(page: int, per_page: int):
    """List the editions since 2010, oldest first."""
    return _paged(services.edition_page(g.api_viewer, page, per_page), "api.editions")


@bp.route("/editions/<slug>", parameters=[SLUG_PARAMETER])
@bp.response(200, EditionDetailSchema)
@bp.alt_response(401, response="UNAUTHORIZED")
@bp.alt_response(404, response="NOT_FOUND")
def edition(slug: str):
    """Show an edition with its programme (sessions), texts in every language it has."""
    found = services.edition_detail(g.api_viewer, slug) if services.is_slug(slug) else None
    if found is None:
        abort(404)
    return found


@bp.route("/editions/<slug>/materials", parameters=[SLUG_PARAMETER])
@bp.arguments(PageArgs, location="query", as_kwargs=True)
@bp.response(200, MaterialPageSchema, headers=LINK_HEADER)
@bp.alt_response(401, response="UNAUTHORIZED")
@bp.alt_response(404, response="NOT_FOUND")
@bp.alt_response(422, response="UNPROCESSABLE_ENTITY")
def edition_materials(slug: str, page: int, per_page: int):
    """List an edition's materials the caller may see, newest first, one version per translation group."""
    if not services.is_slug(slug) or not services.edition_exists(slug):
        abort(404)
    found = services.material_page(g.api_viewer, services.MaterialQuery(edition=slug), page, per_page)
    return _paged(found, "api.edition_materials", slug=slug)


@bp.route("/materials")
@bp.arguments(MaterialArgs, location="query", as_kwargs=True)
@bp.response(200, MaterialPageSchema, headers=LINK_HEADER)
@bp.alt_response(401, response="UNAUTHORIZED")
@bp.alt_response(422, response="UNPROCESSABLE_ENTITY")
def materials(page: int, per_page: int, edition: str | None = None, kind: str | None = None,
              language: str | None = None, topic: str | None = None):
    """List the materials the caller may see, newest first; without `language`, one version per translation group."""
    wanted = services.MaterialQuery(edition=edition, kind=kind, language=language, topic=topic)
    return _paged(services.material_page(g.api_viewer, wanted, page, per_page), "api.materials")


@bp.route("/materials/<int:material_id>")
@bp.response(200, MaterialSchema)
@bp.alt_response(401, response="UNAUTHORIZED")
@bp.alt_response(404, response="NOT_FOUND")
def material(material_id: int):
    """Show a material: metadata, topics, file, download address and other language versions."""
    found = services.material_detail(g.api_viewer, material_id)
    if found is None:
        abort(404)
    return found


@bp.route("/topics")
@bp.arguments(PageArgs, location="query", as_kwargs=True)
@bp.response(200, TopicPageSchema, headers=LINK_HEADER)
@bp.alt_response(401, response="UNAUTHORIZED")
@bp.alt_response(422, response="UNPROCESSABLE_ENTITY")
def topics(page: int, per_page: int):
    """List the topics, named in every language, with the number of materials the caller may see."""
    return _paged(services.topic_page(g.api_viewer, page, per_page), "api.topics")


@bp.route("/search")
@bp.arguments(SearchArgs, location="query")
@bp.response(200, SearchResultSchema, headers=LINK_HEADER)
@bp.alt_response(401, response="UNAUTHORIZED")
@bp.alt_response(422, response="UNPROCESSABLE_ENTITY")
def search(args: dict):
    """Search as the site's search page does: same query language, filters, facets and ranking; 10 hits a page."""
    result = services.search_page(g.api_viewer, args)
    # The search service answers the first MAX_SEARCH_PAGE pages: the links stop there too.
    page = services.Page(items=[], page=result["page"], per_page=result["per_page"], total=result["total"],
                         pages=min(result["pages"], MAX_SEARCH_PAGE))
    return result, _links(page, "api.search")

