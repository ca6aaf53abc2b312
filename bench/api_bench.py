"""p50 and p95 of the JSON API's list and search requests, in-process, on the demo archive or a large corpus.

    .venv/bin/python bench/api_bench.py              # 60 requests of each kind, as a visitor and with a token
    .venv/bin/python bench/api_bench.py --rounds 200
    .venv/bin/python bench/api_bench.py --materials 50000   # the generated corpus of search_bench.py instead

A measurement, not a test: a fresh instance (migrations, seed, demo, index) in a temporary folder,
the app run in this process through Flask's test client (no gunicorn, no network). For each kind of
request it prints the median and p95 wall time, for a visitor and for a member sending a token.
"""
import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, BENCH)
sys.path.insert(0, os.path.dirname(BENCH))

import load  # noqa: E402  (bench/load.py: instance set-up and search queries)

REQUESTS = {
    "editions": ["/api/v1/editions"],
    "materials": ["/api/v1/materials", "/api/v1/materials?per_page=100", "/api/v1/materials?kind=presentation",
                  "/api/v1/materials?language=fr&page=2"],
    "edition materials": ["/api/v1/editions/2021-lisbon/materials", "/api/v1/editions/2019-madrid/materials"],
    "search": ["/api/v1/search?q=cooperatives", "/api/v1/search?q=économie+sociale", "/api/v1/search?q=informal+economy",
               "/api/v1/search?q=decent+work&type=material", "/api/v1/search?q=%22social+economy%22&page=2"],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=60, help="requests of each kind per caller")
    parser.add_argument("--materials", type=int, default=0,
                        help="instead of the demo, this many generated materials (as bench/search_bench.py makes them)")
    options = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="brain-api-bench-")
    try:
        environment = load.instance_environment(folder)
        load.run_command(["flask", "db", "upgrade"], environment)
        load.run_command(["flask", "brain", "seed"], environment)
        if options.materials:
            _insert_generated(environment, folder, options.materials)
        else:
            load.run_command(["flask", "brain", "demo"], environment)
        load.run_command(["flask", "brain", "reindex"], environment)
        for name in ("BRAIN_INSTANCE_DIR", "DATABASE_URL", "SEARCH_INDEX_DIR", "UPLOAD_DIR", "SECRET_KEY"):
            os.environ[name] = environment[name]
        from config import DevelopmentConfig

        from brain import create_app

        app = create_app(DevelopmentConfig, INSTANCE_DIR=folder, SQLALCHEMY_DATABASE_URI=environment["DATABASE_URL"],
                         SEARCH_INDEX_DIR=environment["SEARCH_INDEX_DIR"], UPLOAD_DIR=environment["UPLOAD_DIR"],
                         SECRET_KEY=environment["SECRET_KEY"], RATELIMIT_ENABLED=False, LOG_LEVEL="WARNING")
        token = _member_token(app)
        client = app.test_client()
        print(f"{'request':<20} {'caller':<8} {'p50 ms':>8} {'p95 ms':>8}")
        for kind, urls in REQUESTS.items():
            for caller, headers in (("visitor", {}), ("member", {"Authorization": f"Bearer {token}"})):
                timings = []
                for round_ in range(options.rounds):
                    url = urls[round_ % len(urls)]
                    started = time.perf_counter()
                    response = client.get(url, headers=headers)
                    timings.append((time.perf_counter() - started) * 1000)
                    if response.status_code != 200:
                        raise SystemExit(f"{url}: {response.status_code} {response.get_data(as_text=True)[:200]}")
                timings.sort()
                p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
                print(f"{kind:<20} {caller:<8} {statistics.median(timings):8.1f} {p95:8.1f}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _insert_generated(environment: dict, folder: str, count: int) -> None:
    """Insert search_bench.py's generated corpus (four languages, 15 % members-only) in bulk."""
    import search_bench
    from config import DevelopmentConfig

    from brain import create_app
    from brain.extensions import db

    app = create_app(DevelopmentConfig, INSTANCE_DIR=folder, SQLALCHEMY_DATABASE_URI=environment["DATABASE_URL"],
                     SEARCH_INDEX_DIR=environment["SEARCH_INDEX_DIR"], UPLOAD_DIR=environment["UPLOAD_DIR"],
                     SECRET_KEY=environment["SECRET_KEY"], SEARCH_ENABLED=False, LOG_LEVEL="WARNING")
    with app.app_context():
        search_bench.insert_corpus(count, seed=1)
        db.session.remove()
        db.engine.dispose()


def _member_token(app) -> str:
    """Create a verified member and a personal token for it."""
    from brain.accounts.models import User
    from brain.api.tokens import create_token
    from brain.database import utcnow
    from brain.extensions import db

    with app.app_context():
        user = User(email="api-bench@example.org", display_name="API bench", role="member", email_verified_at=utcnow())
        user.set_password("api bench passphrase")
        db.session.add(user)
        db.session.commit()
        return create_token(user, "bench")[1]


if __name__ == "__main__":
    main()
