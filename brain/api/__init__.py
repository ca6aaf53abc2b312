"""The read-only JSON API under /api/v1/, its OpenAPI document, its browsable docs and personal tokens."""
from flask import Blueprint, Flask
from flask_smorest import Api
from flask_smorest import Blueprint as ApiBlueprint

from brain.api.schemas import ErrorSchema

#: Every address of version 1 of the API starts with this.
API_PREFIX = "/api/v1"

#: The API itself: JSON only, documented in /api/v1/openapi.json.
bp = ApiBlueprint("api", __name__, url_prefix=API_PREFIX,
                  description="Editions, materials, topics and search of the archive, read-only.")
#: The browsable documentation (Swagger UI, served from this site).
docs_bp = Blueprint("api_docs", __name__, url_prefix=API_PREFIX, template_folder="templates",
                    static_folder="static", static_url_path="/docs/static")
#: The account pages where members create and revoke their tokens.
tokens_bp = Blueprint("api_tokens", __name__, template_folder="templates")

#: Settings flask-smorest reads; an app's own config may override any of them.
API_SETTINGS = {
    "API_TITLE": "Collective Brain API",
    "API_VERSION": "1",
    "OPENAPI_VERSION": "3.0.3",
    "OPENAPI_URL_PREFIX": API_PREFIX,
    "OPENAPI_JSON_PATH": "openapi.json",
    "API_SPEC_OPTIONS": {
        "info": {"description": (
            "The archive of the ILO Academy on Social and Solidarity Economy, read-only. Visitors read public "
            "records; a member who sends `Authorization: Bearer <token>` (a personal token created on the "
            "account page) also reads members-only ones. Lists are paged with `page` and `per_page` and carry "
            "RFC 8288 `Link` headers (first, prev, next, last). Errors are JSON: "
            "`{\"code\", \"status\", \"message\"}`.")},
        "components": {"securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer",
                                                          "description": "A personal API token (cbk_…)"}}},
        "security": [{}, {"bearerAuth": []}],
    },
}


class BrainApi(Api):
    """flask-smorest's Api, leaving error responses to brain.errors: JSON under /api/, HTML pages elsewhere."""

    ERROR_SCHEMA = ErrorSchema

    def _register_error_handlers(self) -> None:
        """Register nothing: an app-wide HTTPException handler here would turn every HTML error page into JSON."""


def init_app(app: Flask) -> None:
    """Register the API, its OpenAPI document and docs page, and the token pages."""
    from brain.api import docs, routes, token_routes  # noqa: F401  (the routes attach to the blueprints)

    for name, value in API_SETTINGS.items():
        app.config.setdefault(name, value)
    api = BrainApi(app)
    api.register_blueprint(bp)
    app.register_blueprint(docs_bp)
    app.register_blueprint(tokens_bp)
    app.extensions["brain_api"] = api
