"""Collective Brain: the archive and meeting place of the ILO Academy on SSE."""
import logging
import os

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from brain.secret_key import configure_secret_key
from config import CONFIGS, Config


def create_app(config_class: type[Config] | None = None, **overrides) -> Flask:
    """Build the application: configuration, extensions, blueprints, commands."""
    if config_class is None:
        config_class = CONFIGS[os.environ.get("BRAIN_ENV", "development")]
    app = Flask(__name__, instance_path=str(overrides.get("INSTANCE_DIR", config_class.INSTANCE_DIR)))
    app.config.from_object(config_class)
    app.config.update(overrides)
    if app.config["PROXY_COUNT"]:
        # Trust X-Forwarded-* only from the proxies we were told about, or a client could pick its address.
        hops = app.config["PROXY_COUNT"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)

    _prepare_folders(app)
    configure_secret_key(app)
    _configure_logging(app)
    _version_static_files(app)
    _register_extensions(app)
    _register_blueprints(app)
    _register_cli(app)
    return app


def _prepare_folders(app: Flask) -> None:
    """Create the instance, upload and index folders when they do not exist yet."""
    os.makedirs(app.instance_path, exist_ok=True)
    os.makedirs(app.config["UPLOAD_DIR"], exist_ok=True)


def _configure_logging(app: Flask) -> None:
    """Send the app's log (and the mails of a run without SMTP) to stderr."""
    logger = logging.getLogger("brain")
    logger.setLevel(app.config["LOG_LEVEL"])
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)


def _version_static_files(app: Flask) -> None:
    """Add `?v=<modification time>` to static URLs, so browsers may keep them for a year.

    Under gunicorn Flask serves /static itself; with a versioned address and a long max-age a
    returning reader asks for the stylesheet once, and a changed file gets a new address.
    """
    versions: dict[str, str] = {}

    @app.url_defaults
    def _static_version(endpoint: str, values: dict) -> None:
        if endpoint != "static" or "filename" not in values or "v" in values:
            return
        filename = values["filename"]
        if filename not in versions:
            try:
                versions[filename] = str(int(os.stat(os.path.join(app.static_folder, filename)).st_mtime))
            except OSError:
                versions[filename] = ""
        if versions[filename]:
            values["v"] = versions[filename]


def _register_extensions(app: Flask) -> None:
    """Bind the extensions and the request-wide hooks to this app."""
    from brain import database, headers, i18n, ids, labels, security
    from brain.extensions import csrf, db, limiter, login_manager, migrate
    from brain.search import init_search

    database.init_app(app)
    db.init_app(app)
    migrate.init_app(app, db, directory=os.path.join(os.path.dirname(__file__), os.pardir, "migrations"))
    login_manager.init_app(app)
    csrf.init_app(app)
    limiter.init_app(app)
    i18n.init_app(app)
    labels.init_app(app)
    security.init_app(app)
    headers.init_app(app)
    ids.init_app(app)
    init_search(app)


def _register_blueprints(app: Flask) -> None:
    """Attach one blueprint per area of the product."""
    from brain.accounts import bp as accounts_bp
    from brain.admin import bp as admin_bp
    from brain.api import init_app as init_api
    from brain.archive import bp as archive_bp
    from brain.community import bp as community_bp
    from brain.discovery import bp as discovery_bp
    from brain.errors import init_app as init_errors
    from brain.main import bp as main_bp
    from brain.oai import bp as oai_bp
    from brain.search import bp as search_bp

    app.register_blueprint(main_bp)
    app.register_blueprint(archive_bp)
    app.register_blueprint(search_bp)
    app.register_blueprint(accounts_bp)
    app.register_blueprint(community_bp)
    app.register_blueprint(admin_bp, url_prefix="/admin")
    app.register_blueprint(discovery_bp)
    app.register_blueprint(oai_bp)
    init_api(app)
    init_errors(app)


def _register_cli(app: Flask) -> None:
    """Add the `flask brain …` and `flask translate …` commands."""
    from brain import cli

    cli.init_app(app)
