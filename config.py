"""Configuration classes: safe embedded defaults, overridden by the environment."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent


def _env_int(name: str, default: int) -> int:
    """Read an integer setting from the environment, falling back to a default."""
    value = os.environ.get(name)
    return int(value) if value else default


def _env_flag(name: str, default: bool = False) -> bool:
    """Read a yes/no setting from the environment."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


class Config:
    """Settings shared by every environment; paths default to the instance folder."""

    INSTANCE_DIR = Path(os.environ.get("BRAIN_INSTANCE_DIR", BASE_DIR / "instance"))
    #: Signs sessions, CSRF tokens and e-mailed links. Unset outside production: each instance then
    #: generates its own once and keeps it in the instance folder (see brain.secret_key).
    SECRET_KEY = os.environ.get("SECRET_KEY") or None
    #: True where a missing or weak SECRET_KEY must stop the app from starting.
    REQUIRE_SECRET_KEY = False
    SQLALCHEMY_DATABASE_URI = os.environ.get(
        "DATABASE_URL", f"sqlite:///{INSTANCE_DIR / 'brain.sqlite3'}"
    )
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
    #: Seconds SQLite waits for a lock before giving up with "database is locked".
    SQLITE_BUSY_TIMEOUT_MS = _env_int("SQLITE_BUSY_TIMEOUT_MS", 5000)
    #: "whoosh" (an index on local disk, the default) or "postgres" (full-text search in the database).
    SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "whoosh")
    SEARCH_INDEX_DIR = os.environ.get("SEARCH_INDEX_DIR", str(INSTANCE_DIR / "search-index"))
    #: Seconds a request waits for the Whoosh write lock before each retry.
    SEARCH_WRITER_TIMEOUT = float(os.environ.get("SEARCH_WRITER_TIMEOUT", "10"))
    SEARCH_ENABLED = _env_flag("SEARCH_ENABLED", True)
    UPLOAD_DIR = os.environ.get("UPLOAD_DIR", str(INSTANCE_DIR / "uploads"))
    MAX_CONTENT_LENGTH = _env_int("MAX_CONTENT_LENGTH", 100 * 1024 * 1024)
    #: Bytes one member of a DOCX/PPTX zip (or one PDF stream) may inflate to before its text is given up.
    EXTRACT_MAX_MEMBER_BYTES = _env_int("EXTRACT_MAX_MEMBER_BYTES", 10 * 1024 * 1024)
    #: Bytes all members of a DOCX/PPTX zip may inflate to together; also the most read of a text or HTML file.
    EXTRACT_MAX_TOTAL_BYTES = _env_int("EXTRACT_MAX_TOTAL_BYTES", 50 * 1024 * 1024)
    #: Seconds one file's text extraction may run (checked between pages, paragraphs and slides).
    EXTRACT_MAX_SECONDS = float(os.environ.get("EXTRACT_MAX_SECONDS", "20"))
    MATERIALS_PER_PAGE = 20
    #: Static files carry ?v=<mtime> in their address (see brain._version_static_files): keep them a year.
    SEND_FILE_MAX_AGE_DEFAULT = 365 * 24 * 3600

    BABEL_DEFAULT_LOCALE = "en"
    BABEL_DEFAULT_TIMEZONE = "UTC"
    BABEL_TRANSLATION_DIRECTORIES = str(BASE_DIR / "translations")
    LANGUAGES = ("en", "fr", "es", "pt")

    WTF_CSRF_TIME_LIMIT = None
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = _env_flag("SESSION_COOKIE_SECURE")
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_SECURE = _env_flag("SESSION_COOKIE_SECURE")

    #: "memory://" counts per process (one host); "redis://host:6379/0" shares the counts between hosts.
    RATELIMIT_STORAGE_URI = os.environ.get("RATELIMIT_STORAGE_URI", "memory://")
    RATELIMIT_ENABLED = _env_flag("RATELIMIT_ENABLED", True)
    RATELIMIT_HEADERS_ENABLED = True
    #: If the shared store goes away, count in memory meanwhile rather than refuse every request.
    RATELIMIT_IN_MEMORY_FALLBACK_ENABLED = True
    RATELIMIT_STORAGE_OPTIONS = {"socket_connect_timeout": 1, "socket_timeout": 1}
    #: How many proxies (a load balancer, nginx) sit in front of the app and set X-Forwarded-For.
    PROXY_COUNT = _env_int("PROXY_COUNT", 0)

    #: Where the site is reached, for links in mails sent from the command line.
    BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:5000")
    MAIL_SERVER = os.environ.get("MAIL_SERVER")
    MAIL_PORT = _env_int("MAIL_PORT", 25)
    MAIL_USE_TLS = _env_flag("MAIL_USE_TLS")
    MAIL_USERNAME = os.environ.get("MAIL_USERNAME")
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")
    MAIL_DEFAULT_SENDER = os.environ.get("MAIL_DEFAULT_SENDER", "collective-brain@localhost")

    LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")
    #: werkzeug's scrypt with its default, slow cost.
    PASSWORD_HASH_METHOD = "scrypt"


class DevelopmentConfig(Config):
    """Local `make run`: embedded SQLite, Whoosh and uploads under instance/."""

    DEBUG = False


class TestingConfig(Config):
    """Tests: each test gets its own temporary folders, set by the fixtures."""

    TESTING = True
    RATELIMIT_ENABLED = False
    SEARCH_WRITER_TIMEOUT = 5.0
    #: Still scrypt, at a lower cost, so that hundreds of test sign-ins stay quick.
    PASSWORD_HASH_METHOD = "scrypt:4096:8:1"


class ProductionConfig(Config):
    """A real deployment: the secret key must come from the environment."""

    REQUIRE_SECRET_KEY = True

    SESSION_COOKIE_SECURE = _env_flag("SESSION_COOKIE_SECURE", True)
    REMEMBER_COOKIE_SECURE = SESSION_COOKIE_SECURE


CONFIGS = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}
