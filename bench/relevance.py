"""Ranking quality on the relevance set: nDCG@10 and MRR per language, per kind of query and overall.

    .venv/bin/python bench/relevance.py                      # Whoosh
    .venv/bin/python bench/relevance.py --backend postgres   # PostgreSQL full-text search
    .venv/bin/python bench/relevance.py --backend both

For each engine, on a fresh temporary instance: migrations, then the demo archive through
brain.archive.demo.load_demo (the `flask brain demo` path, which indexes as it imports), then
every query of tests/search/relevance/judgements.toml through brain.search.service.search() as a
visitor, with the default ordering. The formulas and keys are in tests/search/relevance/README.md.

Prints the figures beside the goals and the test's floors, the queries that came out worst, and
the queries that lost most since the last run: per-query figures are kept in
bench/out/relevance-last.json (git-ignored) and compared with the file the previous run left.

PostgreSQL runs on the server named by BRAIN_TEST_POSTGRES_URL or DATABASE_URL, else on a
throwaway cluster started by scripts/with_postgres.py.
"""
import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from datetime import datetime, timezone

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _postgres import postgres_execute, postgres_server  # noqa: E402
from tests.search.relevance import metrics  # noqa: E402

LAST_RUN = os.path.join(ROOT, "bench", "out", "relevance-last.json")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def measure(backend: str) -> tuple[list[metrics.Result], float]:
    """Load the demo into a fresh instance on one engine and run the relevance set; return results and load time."""
    from flask_migrate import upgrade

    from brain import create_app
    from brain.extensions import db
    from brain.search.reindex import rebuild
    from config import TestingConfig

    workdir = tempfile.mkdtemp(prefix=f"brain-relevance-{backend}-", dir="/tmp")
    instance = os.path.join(workdir, "instance")
    settings = {
        "INSTANCE_DIR": instance, "SEARCH_BACKEND": backend, "LOG_LEVEL": "WARNING",
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{os.path.join(instance, 'brain.sqlite3')}",
        "SEARCH_INDEX_DIR": os.path.join(instance, "search-index"), "UPLOAD_DIR": os.path.join(instance, "uploads"),
    }
    server, database = postgres_server(), "brain_relevance_bench"
    if backend == "postgres":
        postgres_execute(server, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        postgres_execute(server, f'CREATE DATABASE "{database}"')
        settings["SQLALCHEMY_DATABASE_URI"] = f"{server.rsplit('/', 1)[0]}/{database}"
    app = create_app(TestingConfig, **settings)
    try:
        with app.app_context():
            started = time.perf_counter()
            upgrade()
            rebuild()  # an empty, complete index, as `make run` leaves it; the import then indexes as it goes
            metrics.load_demo_archive()
            loaded = time.perf_counter() - started
            log(f"[{backend}] demo archive loaded and indexed in {loaded:.1f}s; running the relevance set")
            results = metrics.evaluate(app)
            db.session.remove()
            db.engine.dispose()
            app.extensions["brain_search"].index.close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        if backend == "postgres":
            postgres_execute(server, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    return results, loaded


# Report --------------------------------------------------------------------------------------

def _cell(figures: dict | None, name: str) -> str:
    return f"{figures[name]:.3f}" if figures else "-"


def report_table(summaries: dict[str, dict]) -> None:
    """One row per slice (overall, each language, each kind), nDCG@10 and MRR per engine."""
    engines = list(summaries)
    header = "| slice | queries | " + " | ".join(f"{e} nDCG@10 | {e} MRR" for e in engines) + " |"
    print(header)
    print("|" + " --- |" * (2 + 2 * len(engines)))
    rows = [("overall", lambda s: s["overall"])]
    rows += [(f"language {language}", lambda s, l=language: s["language"].get(l)) for language in metrics.LANGUAGES]
    rows += [(f"kind {kind}", lambda s, k=kind: s["kind"].get(k)) for kind in metrics.KINDS]
    for label, pick in rows:
        first = pick(summaries[engines[0]])
        if first is None:
            continue
        cells = " | ".join(f"{_cell(pick(summaries[e]), 'ndcg')} | {_cell(pick(summaries[e]), 'mrr')}" for e in engines)
        print(f"| {label} | {first['queries']} | {cells} |")


def report_goals(backend: str, summary: dict) -> None:
    floors = metrics.FLOORS[backend]
    overall = summary["overall"]
    languages = ", ".join(f"{language} {summary['language'][language]['ndcg']:.3f} (floor {floors['language'][language]:.2f})"
                          for language in metrics.LANGUAGES if language in summary["language"])
    print(f"{backend}: nDCG@10 {overall['ndcg']:.3f} (goal {metrics.GOALS['ndcg']}, floor {floors['ndcg']:.2f}); "
          f"MRR {overall['mrr']:.3f} (goal {metrics.GOALS['mrr']}, floor {floors['mrr']:.2f}); "
          f"per language (goal {metrics.GOALS['language']}): {languages}")


def describe(result: metrics.Result, how_many: int = 3) -> str:
    """What came first for a query, with grades, and where the first wanted key came."""
    wanted = result.query.wanted_grade
    first_wanted = next((rank for rank, grade in enumerate(result.grades, 1) if grade >= wanted), None)
    top = ", ".join(f"{key} [{grade}]" for key, grade in zip(result.ranked[:how_many], result.grades[:how_many]))
    wanted_keys = [key for key, grade in result.query.judgements.items() if grade == wanted]
    where = f"first wanted at {first_wanted}" if first_wanted else "no wanted hit in the first ten"
    return f"top: {top or '(nothing)'}; {where}; wanted: {', '.join(wanted_keys[:3])}"


def report_worst(backend: str, results: list[metrics.Result], count: int) -> None:
    print(f"\n{backend}: the {count} worst queries (nDCG@10, RR)")
    for result in sorted(results, key=lambda r: (r.ndcg, r.rr, r.query.id))[:count]:
        print(f"  {result.query.id} {result.query.query!r} ({result.query.kind}): {result.ndcg:.3f}, {result.rr:.2f}; "
              f"{describe(result)}")


def report_losses(backend: str, results: list[metrics.Result], previous: dict | None, count: int) -> None:
    if not previous or backend not in previous.get("engines", {}):
        print(f"\n{backend}: no previous run to compare with")
        return
    before = {row["id"]: row for row in previous["engines"][backend]["queries"]}
    changes = []
    for result in results:
        old = before.get(result.query.id)
        if old is not None:
            # The file keeps four decimals: compare at that precision, so unchanged queries show no loss.
            changes.append((round(result.ndcg, 4) - old["ndcg"], round(result.rr, 4) - old["rr"], result, old))
    lost = sorted((c for c in changes if c[0] < -1e-9 or c[1] < -1e-9), key=lambda c: (c[0], c[1]))[:count]
    gained = sum(1 for c in changes if c[0] > 1e-9)
    print(f"\n{backend}: since the previous run ({previous.get('when', '?')}): "
          f"{len([c for c in changes if c[0] < -1e-9])} queries lost nDCG, {gained} gained")
    for delta, delta_rr, result, old in lost:
        print(f"  {result.query.id} {result.query.query!r}: nDCG {old['ndcg']:.3f} -> {result.ndcg:.3f} ({delta:+.3f}), "
              f"RR {old['rr']:.2f} -> {result.rr:.2f}; was top {', '.join(old['top'][:3])}; {describe(result)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", choices=("whoosh", "postgres", "both"), default="whoosh")
    parser.add_argument("--worst", type=int, default=10, help="how many of the worst and of the most degraded queries")
    parser.add_argument("--no-save", dest="save", action="store_false",
                        help="do not replace bench/out/relevance-last.json with this run")
    args = parser.parse_args()
    backends = ["whoosh", "postgres"] if args.backend == "both" else [args.backend]
    if "postgres" in backends and not postgres_server():
        script = os.path.join(ROOT, "scripts", "with_postgres.py")
        os.execv(sys.executable, [sys.executable, script, "--", sys.executable, *sys.argv])
    previous = None
    if os.path.exists(LAST_RUN):
        with open(LAST_RUN, encoding="utf-8") as handle:
            previous = json.load(handle)
    queries = metrics.load_set()
    log(f"{len(queries)} queries in {os.path.relpath(metrics.JUDGEMENTS, ROOT)}")
    all_results, summaries, timings = {}, {}, {}
    for backend in backends:
        started = time.perf_counter()
        all_results[backend], loaded = measure(backend)
        summaries[backend] = metrics.summarise(all_results[backend])
        timings[backend] = (loaded, time.perf_counter() - started)
    print(f"Relevance set: {len(queries)} queries; figures are means over queries "
          f"(nDCG@10 with gains 2^g-1; RR of the first grade-2 hit, grade 1 when none is graded 2)\n")
    report_table(summaries)
    print()
    for backend in backends:
        report_goals(backend, summaries[backend])
        print(f"  ({backend}: demo loaded in {timings[backend][0]:.1f}s, whole run {timings[backend][1]:.1f}s)")
    for backend in backends:
        report_worst(backend, all_results[backend], args.worst)
    for backend in backends:
        report_losses(backend, all_results[backend], previous, args.worst)
    if args.save:
        engines = dict(previous.get("engines", {})) if previous else {}
        for backend in backends:
            engines[backend] = {"summary": summaries[backend],
                                "queries": [result.as_dict() for result in all_results[backend]]}
        os.makedirs(os.path.dirname(LAST_RUN), exist_ok=True)
        with open(LAST_RUN, "w", encoding="utf-8") as handle:
            json.dump({"when": datetime.now(timezone.utc).isoformat(timespec="seconds"), "engines": engines},
                      handle, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
