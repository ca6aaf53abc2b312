"""What one request of each kind costs inside the app: CPU time, SQL statements, a profile.

    .venv/bin/python bench/request_costs.py                       # fresh instance, 30 rounds
    .venv/bin/python bench/request_costs.py --instance /tmp/brain-load-xxxx   # a folder kept by load.py --keep
    .venv/bin/python bench/request_costs.py --profile search      # pyinstrument tree of the search requests

A measurement, not a test: it runs the app in this process through Flask's test client (no
gunicorn, no network), signed in as a member, on the same data bench/load.py uses (the demo
catalogue, its members, the thread it replies to). For each kind of request of the load mix
(the six browsing pages, the search queries of load.py, the thread page and its reply, the
upload form and its upload) it prints the median and p95 of the CPU time of this process
(`time.process_time`, much less sensitive than wall time to the other processes of a shared
machine), the wall time, and the number of SQL statements per request. `--profile KIND` wraps
that kind's requests in pyinstrument (if installed) or cProfile and prints where the time goes.
"""
import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections import defaultdict

BENCH = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, BENCH)

import load  # noqa: E402  (bench/load.py: the same instance, people and queries)

KINDS = ("home", "edition", "materials", "material", "topic", "community", "search", "thread", "reply",
         "upload-form", "upload")


def prepare(folder: str | None, members: int) -> tuple[str, dict, bool]:
    """Return an instance folder, its environment, and whether we created it."""
    if folder:
        return folder, load.instance_environment(folder), False
    folder = tempfile.mkdtemp(prefix="brain-costs-")
    environment = load.instance_environment(folder)
    for command in (["flask", "db", "upgrade"], ["flask", "brain", "seed"], ["flask", "brain", "demo"],
                    ["flask", "brain", "reindex"]):
        load.run_command(command, environment)
    load.create_people(environment, members)
    return folder, environment, True


def make_app(environment: dict):
    for name in ("BRAIN_INSTANCE_DIR", "DATABASE_URL", "SEARCH_INDEX_DIR", "UPLOAD_DIR", "SECRET_KEY", "RATELIMIT_ENABLED"):
        os.environ[name] = environment[name]
    from config import DevelopmentConfig

    from brain import create_app

    return create_app(
        DevelopmentConfig, INSTANCE_DIR=environment["BRAIN_INSTANCE_DIR"],
        SQLALCHEMY_DATABASE_URI=environment["DATABASE_URL"], SEARCH_INDEX_DIR=environment["SEARCH_INDEX_DIR"],
        UPLOAD_DIR=environment["UPLOAD_DIR"], SECRET_KEY=environment["SECRET_KEY"], RATELIMIT_ENABLED=False,
        LOG_LEVEL="WARNING",
    )


class Counter:
    """Count the SQL statements sent by the app's engine."""

    def __init__(self, engine) -> None:
        from sqlalchemy import event

        self.count = 0
        self.statements: list[str] | None = None
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, connection, cursor, statement, *args) -> None:
        self.count += 1
        if self.statements is not None:
            self.statements.append(" ".join(statement.split())[:160])


def sign_in(client, email: str) -> None:
    page = client.get("/login")
    token = load.field_value(page.get_data(as_text=True), "csrf_token")
    answer = client.post("/login", data={"email": email, "password": load.PASSWORD, "csrf_token": token, "next": ""})
    if answer.status_code != 302:
        sys.exit(f"sign-in of {email} failed with {answer.status_code}")


def requests_of(kind: str, catalogue: dict, thread_id: int, rng: random.Random):
    """Yield (method, url, kwargs-maker) for one request of a kind; makers see the previous page."""
    if kind == "home":
        return "GET", "/", None
    if kind == "edition":
        return "GET", f"/editions/{rng.choice(catalogue['edition_slugs'])}", None
    if kind == "materials":
        return "GET", f"/materials?page={rng.randint(1, catalogue['pages'])}", None
    if kind == "material":
        return "GET", f"/materials/{rng.choice(catalogue['materials'])}", None
    if kind == "topic":
        return "GET", f"/topics/{rng.choice(catalogue['topics'])}", None
    if kind == "community":
        return "GET", "/community", None
    if kind == "search":
        params = dict(rng.choice(load.QUERIES))
        if params.get("edition") == "{edition}":
            params["edition"] = rng.choice(catalogue["edition_slugs"])
        return "GET", "/search", {"query_string": params}
    if kind == "thread":
        return "GET", f"/threads/{thread_id}", None
    if kind == "upload-form":
        return "GET", "/admin/materials/upload", None
    raise ValueError(kind)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--instance", help="a folder kept by bench/load.py --keep (default: a fresh one)")
    parser.add_argument("--rounds", type=int, default=30, help="requests of each kind (default 30)")
    parser.add_argument("--profile", choices=KINDS, action="append", default=[],
                        help="print a profile of this kind's requests (repeatable)")
    parser.add_argument("--cprofile", action="store_true",
                        help="with --profile: cProfile's functions by own time instead of pyinstrument's tree")
    parser.add_argument("--sql", action="store_true", help="print the SQL statements of one request of each kind")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep a fresh instance folder")
    args = parser.parse_args()

    folder, environment, created = prepare(args.instance, 5)
    try:
        app = make_app(environment)
        catalogue = load.read_catalogue(os.path.join(folder, "brain.sqlite3"))
        import sqlite3

        with sqlite3.connect(os.path.join(folder, "brain.sqlite3")) as connection:
            thread_id = connection.execute("SELECT id FROM threads WHERE title = 'Load test: replies'").fetchone()[0]
            member = connection.execute("SELECT email FROM users WHERE role = 'member' ORDER BY id").fetchone()[0]
        from brain.extensions import db

        with app.app_context():
            counter = Counter(db.engine)
        client, admin = app.test_client(), app.test_client()
        client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"
        admin.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"
        sign_in(client, member)
        sign_in(admin, "admin@load.example")
        rng = random.Random(args.seed)
        results: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))

        def measure(kind: str, browser, method: str, url: str, **kwargs):
            statements = counter.count
            wall, cpu = time.perf_counter(), time.process_time()
            response = browser.open(url, method=method, **kwargs)
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            if response.status_code >= 400:
                sys.exit(f"{method} {url} answered {response.status_code}")
            results[kind]["cpu"].append(cpu)
            results[kind]["wall"].append(wall)
            results[kind]["sql"].append(counter.count - statements)
            return response

        def one(kind: str) -> None:
            if kind == "reply":
                page = client.get(f"/threads/{thread_id}").get_data(as_text=True)
                measure("reply", client, "POST", f"/threads/{thread_id}/reply", data={
                    "body": f"load reply {uuid.uuid4()}", "csrf_token": load.field_value(page, "csrf_token"),
                    "submission_key": load.field_value(page, "submission_key") or ""})
            elif kind == "upload":
                import io

                page = admin.get("/admin/materials/upload").get_data(as_text=True)
                marker = uuid.uuid4().hex
                measure("upload", admin, "POST", "/admin/materials/upload", data={
                    "csrf_token": load.field_value(page, "csrf_token"), "title": f"Load upload {marker}",
                    "kind": "reading", "language": "en", "edition": str(rng.choice(catalogue["edition_ids"])),
                    "session": "0", "visibility": "public",
                    "files": (io.BytesIO(f"Load upload {marker}\n\nsocial economy {marker}\n".encode()),
                              f"load-{marker}.txt", "text/plain")})
            else:
                method, url, kwargs = requests_of(kind, catalogue, thread_id, rng)
                measure(kind, admin if kind == "upload-form" else client, method, url, **(kwargs or {}))

        for kind in KINDS:  # warm up: templates compiled, searcher opened, caches filled
            for _ in range(3):
                one(kind)
        results.clear()
        if args.sql:
            for kind in KINDS:
                counter.statements = []
                one(kind)
                print(f"\n{kind}: {len(counter.statements)} statements")
                for statement in counter.statements:
                    print(f"    {statement}")
            counter.statements = None
            results.clear()
        for _ in range(args.rounds):
            for kind in KINDS:
                if kind not in args.profile:
                    one(kind)
        print(f"request costs in-process ({args.rounds} requests of each kind, signed in as a member; "
              f"{len(catalogue['materials'])} materials)")
        print(f"  {'kind':<13}{'cpu p50':>9}{'cpu p95':>9}{'wall p50':>10}{'wall p95':>10}{'sql/req':>9}")
        for kind in KINDS:
            if kind in args.profile:
                continue
            figures = results[kind]
            print(f"  {kind:<13}{ms(figures['cpu'], .5)}{ms(figures['cpu'], .95)} {ms(figures['wall'], .5)} "
                  f"{ms(figures['wall'], .95)}{statistics.mean(figures['sql']):>9.1f}")
        for kind in args.profile:
            profile(kind, args.rounds, one, args.cprofile)
        return 0
    finally:
        if created and not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
        elif created:
            print(f"kept {folder}", file=sys.stderr)


def ms(values: list[float], fraction: float) -> str:
    return f"{load.percentile(values, fraction) * 1000:>8.1f} " if values else f"{'-':>9}"


def profile(kind: str, rounds: int, one, flat: bool = False) -> None:
    """Print where the time of `rounds` requests of one kind goes."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        Profiler = None
    if flat:
        Profiler = None
    print(f"\nprofile of {rounds} '{kind}' requests")
    if Profiler is not None:
        profiler = Profiler(interval=0.0005)
        profiler.start()
        for _ in range(rounds):
            one(kind)
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False, show_all=False))
        return
    import cProfile
    import pstats

    with cProfile.Profile() as collected:
        for _ in range(rounds):
            one(kind)
    pstats.Stats(collected).sort_stats("tottime" if flat else "cumulative").print_stats(40)


if __name__ == "__main__":
    sys.exit(main())
