"""The browsable API documentation: Swagger UI from this site's own files, started by a static script."""
from flask import abort, render_template, send_from_directory
from swagger_ui_bundle import swagger_ui_path

from brain.api import docs_bp

#: The files of Swagger UI the docs page loads; nothing else of the bundle is served.
SWAGGER_UI_FILES = ("swagger-ui-bundle.js", "swagger-ui.css")


@docs_bp.route("/docs")
def docs():
    """Show the OpenAPI document in Swagger UI."""
    return render_template("api/docs.html")


@docs_bp.route("/docs/swagger-ui/<name>")
def swagger_ui(name: str):
    """Send one of Swagger UI's files from its Python package."""
    if name not in SWAGGER_UI_FILES:
        abort(404)
    return send_from_directory(str(swagger_ui_path), name, max_age=24 * 3600)
