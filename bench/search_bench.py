"""Search speed on a large seeded corpus: full reindex rate, query latency, small writes, and FTS5.

    .venv/bin/python bench/search_bench.py              # 10,000 then 50,000 materials
    .venv/bin/python bench/search_bench.py --n 10000    # one size
    .venv/bin/python bench/search_bench.py --big        # also 100,000
    .venv/bin/python bench/search_bench.py --n 10000 --backend postgres   # also PostgreSQL full-text search

For each size, on a fresh temporary instance (migrations, editions, topics, glossary):

1. generates N materials (~300 words of "extracted text" in en/fr/es/pt, edition, year, kind,
   topics, authors; 15 % members-only) and inserts them into the database in bulk (SQLAlchemy
   core), without files;
2. feeds the project's own WhooshIndex.rebuild() with SearchDocument(...), built
   from those rows the way brain.archive.indexing.material_document does: documents/s;
3. runs a fixed, seeded set of 200 queries (single words, two words, "phrases", word + filter,
   accent-less words, cross-language glossary terms) through brain.search.service.search() in a
   request context, as an anonymous reader (and a quarter of them as a member): p50/p95 overall
   and per category; facets, highlights, glossary notes and suggestions are on, as on the page;
4. times 20 add-and-commit and 20 update-and-commit calls of WhooshIndex.apply();
5. builds a SQLite FTS5 table of the same rows (unicode61 remove_diacritics 2, bm25) and runs
   the same queries (same parsing and glossary expansion, FTS5 syntax, filters as WHERE on
   extra columns): count + top 10 with a snippet, and a variant that also computes facets.

With --backend postgres, each size then runs again with SEARCH_BACKEND=postgres on a fresh
PostgreSQL database (the same corpus, rebuild, the same queries through the service, 20 + 20
PostgresIndex.apply() calls), and a table shows Whoosh, PostgreSQL and FTS5 side by side. The
server is the one named by BRAIN_TEST_POSTGRES_URL or DATABASE_URL, else a throwaway cluster
started by scripts/with_postgres.py.

Then prints a table, and a cProfile of a few queries of the slowest category.
Progress goes to stderr; figures to stdout.
"""
import argparse
import cProfile
import io
import os
import pstats
import random
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import datetime, time as dtime, timezone
from types import SimpleNamespace

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import _corpus  # noqa: E402
from _corpus import CATEGORIES, LANGUAGES, VOCABULARIES, percentile  # noqa: E402
from _postgres import postgres_execute, postgres_server  # noqa: E402

BATCH = 1000
from brain.search.index import MAX_SEGMENTS_BEFORE_MERGE  # noqa: E402


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def settings(instance: str) -> dict:
    return {
        "INSTANCE_DIR": instance,
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{os.path.join(instance, 'brain.sqlite3')}",
        "SEARCH_INDEX_DIR": os.path.join(instance, "search-index"),
        "UPLOAD_DIR": os.path.join(instance, "uploads"),
        "LOG_LEVEL": "WARNING",
    }


class MemberViewer:
    """A signed-in, verified member as brain.security sees one."""

    is_authenticated = True
    is_active = True
    is_anonymous = False
    is_member = True
    is_admin = False
    id = None


def dir_size_mb(path: str) -> float:
    total = 0
    for folder, _, names in os.walk(path):
        for name in names:
            try:
                total += os.path.getsize(os.path.join(folder, name))
            except OSError:
                pass
    return total / 1e6


# Corpus into the database ---------------------------------------------------------------------

def insert_corpus(n: int, seed: int) -> dict:
    """Insert n Material rows (ids 1..n) and their topics in bulk; return edition facts by id."""
    from sqlalchemy import insert, select

    from brain.archive.models import Edition, Material, Topic, material_topics
    from brain.extensions import db

    editions = {row.id: row for row in db.session.execute(
        select(Edition.id, Edition.slug, Edition.year, Edition.city, Edition.start_date))}
    topic_ids = dict(db.session.execute(select(Topic.slug, Topic.id)).all())
    edition_ids = sorted(editions)
    rng = random.Random(seed)
    now = datetime.now(timezone.utc)
    rows, links = [], []
    started = time.perf_counter()
    with db.engine.begin() as connection:
        for material_id in range(1, n + 1):
            language = rng.choice(LANGUAGES)
            vocabulary = VOCABULARIES[language]
            rows.append({
                "id": material_id, "title": vocabulary.title(rng),
                "description": vocabulary.text(rng, rng.randint(10, 30)) if rng.random() < 0.5 else "",
                "kind": rng.choice(_corpus.KINDS_WITH_FILES), "language": language,
                "edition_id": rng.choice(edition_ids), "session_id": None, "authors": _corpus.authors(rng),
                "visibility": "members" if rng.random() < 0.15 else "public", "url": "", "file_id": None,
                "file_name": f"material-{material_id}-{language}.pdf", "translation_group": None,
                "text": vocabulary.text(rng, rng.randint(250, 350)), "extraction_warning": "",
                "download_count": 0, "import_key": None, "is_deleted": False, "deleted_at": None,
                "created_by_id": None, "created_at": now, "updated_at": now,
            })
            for slug in rng.sample(_corpus.TOPICS, rng.choice((0, 1, 1, 2, 2, 3))):
                links.append({"material_id": material_id, "topic_id": topic_ids[slug]})
            if len(rows) >= BATCH or material_id == n:
                connection.execute(insert(Material.__table__), rows)
                if links:
                    connection.execute(insert(material_topics), links)
                rows, links = [], []
                if material_id % 10_000 == 0 or material_id == n:
                    log(f"  inserted {material_id}/{n} rows ({time.perf_counter() - started:.0f}s)")
    return editions


def _edition_date(edition) -> datetime:
    if edition.start_date:
        return datetime.combine(edition.start_date, dtime(), tzinfo=timezone.utc)
    return datetime(edition.year, 1, 1, tzinfo=timezone.utc)


def material_document(row, topics: list[str], edition, title_suffix: str = ""):
    """The search document of one material row, as brain.archive.indexing.material_document builds it."""
    from brain.search.documents import SearchDocument

    body = "\n".join(part for part in (row.description, row.text) if part)
    return SearchDocument(
        id=f"material:{row.id}", type="material", access=row.visibility,
        texts=[(row.language, row.title + title_suffix, body)], edition=edition.slug, year=edition.year,
        kind=row.kind, topics=sorted(topics), date=_edition_date(edition),
        meta=" ".join((row.authors, row.file_name, edition.city)),
    )


def iter_documents(editions: dict, progress_every: int = 5000):
    """Every document of the archive: the editions (through the project's builder), then the materials."""
    from sqlalchemy import select

    from brain.archive.indexing import edition_document
    from brain.archive.models import Edition, Material, Topic, material_topics
    from brain.extensions import db

    for edition in db.session.scalars(select(Edition)):
        yield edition_document(edition)
    db.session.expunge_all()
    table = Material.__table__
    last_id, count, started = 0, 0, time.perf_counter()
    while True:
        rows = db.session.execute(
            select(table).where(table.c.id > last_id).order_by(table.c.id).limit(BATCH)).all()
        if not rows:
            break
        topics: dict[int, list[str]] = {}
        for material_id, slug in db.session.execute(
                select(material_topics.c.material_id, Topic.slug).join(Topic)
                .where(material_topics.c.material_id.between(rows[0].id, rows[-1].id))):
            topics.setdefault(material_id, []).append(slug)
        for row in rows:
            yield material_document(row, topics.get(row.id, []), editions[row.edition_id])
            count += 1
            if count % progress_every == 0:
                elapsed = time.perf_counter() - started
                log(f"  indexed {count} materials ({elapsed:.0f}s, {count / elapsed:.0f}/s, peak RSS {peak_rss_mb():.0f} MB)")
        last_id = rows[-1].id


# Queries through the service -----------------------------------------------------------------

def run_service_queries(app, queries: list[dict], viewer, label: str) -> list[dict]:
    from brain.extensions import db
    from brain.search.service import SearchRequest, search

    results = []
    for number, entry in enumerate(queries, 1):
        request = SearchRequest(q=entry["q"], language=entry.get("language", ""),
                                edition=entry.get("edition", ""), kind=entry.get("kind", ""))
        with app.test_request_context("/search"):
            started = time.perf_counter()
            outcome = search(request, viewer)
            elapsed = time.perf_counter() - started
        db.session.remove()
        results.append({**entry, "seconds": elapsed, "total": outcome.total, "hits": len(outcome.hits),
                        "notice": outcome.notice, "expanded": bool(outcome.expansions)})
        if number % 50 == 0:
            log(f"  {label}: {number}/{len(queries)} queries")
    return results


# Small writes -------------------------------------------------------------------------------

def time_applies(index, editions: dict, n: int, seed: int, count: int = 20) -> dict:
    """20 add-and-commit and 20 update-and-commit through the index's apply(), Whoosh or PostgreSQL;
    on Whoosh, the number of segments after each."""
    from sqlalchemy import select

    from brain.archive.models import Material, Topic, material_topics
    from brain.extensions import db

    rng = random.Random(seed + 99)
    table = Material.__table__
    template_rows = db.session.execute(select(table).where(table.c.id <= count)).all()
    adds, updates, segments = [], [], []
    for i in range(count):
        row = template_rows[i % len(template_rows)]._asdict()
        row["id"] = n + 1 + i
        row["title"] = VOCABULARIES[row["language"]].title(rng)
        document = material_document(SimpleNamespace(**row), ["decent-work"], editions[row["edition_id"]])
        started = time.perf_counter()
        index.apply([document], [])
        adds.append(time.perf_counter() - started)
        segments.append(segment_count(index))
    for i in range(count):
        material_id = rng.randint(1, n)
        row = db.session.execute(select(table).where(table.c.id == material_id)).one()
        topics = list(db.session.scalars(select(Topic.slug).join(material_topics)
                                         .where(material_topics.c.material_id == material_id)))
        document = material_document(row, topics, editions[row.edition_id], title_suffix=f" (rev. {i})")
        started = time.perf_counter()
        index.apply([document], [])
        updates.append(time.perf_counter() - started)
        segments.append(segment_count(index))
    if getattr(index, "merging", None) is not None:  # let a background merge finish before measuring on
        index.merging.join()
    db.session.remove()
    return {"add": adds, "update": updates, "segments": segments}


def segment_count(index) -> int:
    """The Whoosh index's segments; 0 on PostgreSQL, which has none."""
    if not hasattr(index, "current_dir"):
        return 0
    return len(index._open(index.current_dir())._segments())


# FTS5 ---------------------------------------------------------------------------------------

FTS_SCHEMA = """CREATE VIRTUAL TABLE docs USING fts5(
    title, body, meta,
    access UNINDEXED, language UNINDEXED, edition UNINDEXED, kind UNINDEXED, year UNINDEXED, topics UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2')"""


def build_fts(brain_db: str, path: str) -> tuple[sqlite3.Connection, float, int]:
    connection = sqlite3.connect(path)
    connection.execute(FTS_SCHEMA)
    connection.execute("ATTACH DATABASE ? AS brain", (brain_db,))
    started = time.perf_counter()
    connection.execute("""
        INSERT INTO docs(rowid, title, body, meta, access, language, edition, kind, year, topics)
        SELECT m.id, m.title, m.description || char(10) || m.text,
               m.authors || ' ' || m.file_name || ' ' || e.city,
               m.visibility, m.language, e.slug, m.kind, e.year,
               coalesce((SELECT group_concat(t.slug, '|') FROM brain.material_topics mt
                         JOIN brain.topics t ON t.id = mt.topic_id WHERE mt.material_id = m.id), '')
        FROM brain.materials m JOIN brain.editions e ON e.id = m.edition_id
        WHERE NOT m.is_deleted""")
    connection.execute("INSERT INTO docs(docs) VALUES ('optimize')")
    connection.commit()
    seconds = time.perf_counter() - started
    connection.execute("DETACH DATABASE brain")
    count = connection.execute("SELECT count(*) FROM docs").fetchone()[0]
    return connection, seconds, count


def fts_expression(q: str, glossary) -> str:
    """The same query in FTS5 syntax: words and phrases ANDed, glossary terms ORed in."""
    from brain.search.glossary import find_expansions
    from brain.search.query import parse
    from brain.search.query import slot_bounds

    parsed = parse(q)

    def words(ws) -> str:
        return '"' + " ".join(ws) + '"'

    def group(clauses) -> str:
        parts = [words(clause.words) for clause in clauses]
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"

    slots, owners = slot_bounds(parsed)
    spans = {}
    for expansion in find_expansions(slots, glossary):
        first, last = owners[expansion.start], owners[expansion.end - 1]
        if first[1] and last[2]:
            spans[first[0]] = (last[0], expansion)
    parts, index = [], 0
    while index < len(parsed.groups):
        if index in spans:
            end, expansion = spans[index]
            typed = " AND ".join(group(g) for g in parsed.groups[index:end + 1])
            others = " OR ".join(words(alt.words) for alt in expansion.alternatives)
            parts.append(f"(({typed}) OR {others})")
            index = end + 1
        else:
            parts.append(group(parsed.groups[index]))
            index += 1
    return " AND ".join(parts)


def run_fts_queries(connection, queries: list[dict], glossary, facets: bool) -> list[dict]:
    results = []
    for entry in queries:
        expression = fts_expression(entry["q"], glossary)
        where, params = "docs MATCH ? AND access = 'public'", [expression]
        for column in ("language", "edition", "kind"):
            if entry.get(column):
                where += f" AND {column} = ?"
                params.append(entry[column])
        started = time.perf_counter()
        if facets:
            buckets: dict[str, dict[str, int]] = {"edition": {}, "kind": {}, "language": {}, "year": {}, "topic": {}}
            total = 0
            for edition, kind, language, year, topics, count in connection.execute(
                    f"SELECT edition, kind, language, year, topics, count(*) FROM docs WHERE {where} "
                    "GROUP BY edition, kind, language, year, topics", params):
                total += count
                for name, value in (("edition", edition), ("kind", kind), ("language", language), ("year", year)):
                    buckets[name][value] = buckets[name].get(value, 0) + count
                for topic in filter(None, (topics or "").split("|")):
                    buckets["topic"][topic] = buckets["topic"].get(topic, 0) + count
        else:
            total = connection.execute(f"SELECT count(*) FROM docs WHERE {where}", params).fetchone()[0]
        top = connection.execute(
            f"SELECT rowid, title, snippet(docs, 1, '<mark>', '</mark>', ' … ', 24) FROM docs WHERE {where} "
            "ORDER BY bm25(docs, 2.0, 1.0, 1.0) LIMIT 10", params).fetchall()
        elapsed = time.perf_counter() - started
        results.append({**entry, "seconds": elapsed, "total": total, "hits": len(top)})
    return results


# One size -----------------------------------------------------------------------------------

def summarise(results: list[dict]) -> dict:
    out = {}
    for category in CATEGORIES + ("all",):
        chosen = [r for r in results if category == "all" or r["category"] == category]
        if chosen:
            times = [r["seconds"] for r in chosen]
            out[category] = {"count": len(chosen), "p50": percentile(times, 0.5), "p95": percentile(times, 0.95),
                             "max": max(times), "hits": sum(r["total"] for r in chosen) / len(chosen)}
    return out


def prepare_database() -> None:
    """Migrate a fresh database and seed what the corpus refers to: editions, topics, glossary."""
    from flask_migrate import upgrade

    from brain.archive.demo import seed_editions, seed_topics
    from brain.search.glossary import seed_glossary

    upgrade()
    seed_editions()
    seed_topics()
    seed_glossary()


def bench_size(n: int, args) -> dict:
    from flask_login import AnonymousUserMixin

    from brain import create_app
    from brain.extensions import db
    from config import TestingConfig

    workdir = tempfile.mkdtemp(prefix=f"brain-search-bench-{n}-", dir="/tmp")
    instance = os.path.join(workdir, "instance")
    log(f"[N={n}] instance in {workdir}")
    app = create_app(TestingConfig, **settings(instance))
    figures: dict = {"n": n}
    try:
        with app.app_context():
            prepare_database()
            engine = app.extensions["brain_search"]
            index = engine.index

            started = time.perf_counter()
            editions = insert_corpus(n, args.seed)
            figures["insert_s"] = time.perf_counter() - started
            log(f"[N={n}] corpus in the database in {figures['insert_s']:.1f}s; rebuilding the Whoosh index")

            started = time.perf_counter()
            count = index.rebuild(iter_documents(editions))
            figures["rebuild_s"] = time.perf_counter() - started
            figures["rebuild_docs"] = count
            figures["index_mb"] = dir_size_mb(index.current_dir())
            figures["rss_after_rebuild"] = peak_rss_mb()
            log(f"[N={n}] indexed {count} documents in {figures['rebuild_s']:.1f}s "
                f"({count / figures['rebuild_s']:.0f}/s, {figures['index_mb']:.0f} MB)")

            edition_slugs = sorted(e.slug for e in editions.values())
            queries = _corpus.make_queries(random.Random(args.seed + 7), edition_slugs, args.queries)
            random.Random(args.seed + 8).shuffle(queries)
            figures["queries"] = queries
            anonymous = AnonymousUserMixin()
            warm_up = [next(q for q in queries if q["category"] == c) for c in CATEGORIES]
            run_service_queries(app, warm_up, anonymous, "warm-up")
            log(f"[N={n}] {len(queries)} queries through brain.search.service.search (anonymous)")
            whoosh = run_service_queries(app, queries, anonymous, "anonymous")
            errors = [r for r in whoosh if r["notice"]]
            figures["whoosh"] = summarise(whoosh)
            figures["whoosh_raw"] = whoosh
            figures["errors"] = errors
            log(f"[N={n}] member viewer: every 4th query")
            member = run_service_queries(app, queries[::4], MemberViewer(), "member")
            figures["member"] = summarise(member)["all"]
            figures["rss_after_queries"] = peak_rss_mb()

            if args.profile and n == args.profile_size:
                log(f"[N={n}] cProfile of the slowest category")
                figures["profile"] = profile_slowest(app, figures, anonymous, args.profile_queries)

            log(f"[N={n}] 20 add-and-commit and 20 update-and-commit through WhooshIndex.apply()")
            applies = time_applies(index, editions, n, args.seed)
            figures["apply"] = applies
            figures["segments_after_applies"] = segment_count(index)
            log(f"[N={n}] every 4th query again, on the index after those 40 small commits")
            figures["after_applies"] = summarise(
                run_service_queries(app, queries[::4], anonymous, "after commits"))["all"]
            figures["before_applies"] = summarise(whoosh[::4])["all"]

            log(f"[N={n}] building the FTS5 table")
            brain_db = os.path.join(instance, "brain.sqlite3")
            connection, seconds, fts_count = build_fts(brain_db, os.path.join(workdir, "fts.sqlite3"))
            figures["fts_build_s"], figures["fts_docs"] = seconds, fts_count
            figures["fts_mb"] = os.path.getsize(os.path.join(workdir, "fts.sqlite3")) / 1e6
            run_fts_queries(connection, queries[:20], engine.glossary, facets=False)  # warm-up
            log(f"[N={n}] {len(queries)} queries through FTS5")
            figures["fts"] = summarise(run_fts_queries(connection, queries, engine.glossary, facets=False))
            figures["fts_facets"] = summarise(run_fts_queries(connection, queries, engine.glossary, facets=True))
            connection.close()

            db.session.remove()
            db.engine.dispose()
            index.close()
    finally:
        if args.keep:
            log(f"[N={n}] kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    return figures


def profile_slowest(app, figures: dict, viewer, how_many: int) -> str:
    """cProfile a few queries of the category with the worst Whoosh p95."""
    from brain.extensions import db
    from brain.search.service import SearchRequest, search

    category = max(CATEGORIES, key=lambda c: figures["whoosh"].get(c, {}).get("p95", 0))
    chosen = sorted((r for r in figures["whoosh_raw"] if r["category"] == category),
                    key=lambda r: -r["seconds"])[:how_many]
    profiler = cProfile.Profile()
    for entry in chosen:
        request = SearchRequest(q=entry["q"], language=entry.get("language", ""),
                                edition=entry.get("edition", ""), kind=entry.get("kind", ""))
        with app.test_request_context("/search"):
            profiler.enable()
            search(request, viewer)
            profiler.disable()
        db.session.remove()
    path = f"/tmp/search_bench_{figures['n']}_{category}.prof"
    profiler.dump_stats(path)
    out = io.StringIO()
    out.write(f"cProfile of the {len(chosen)} slowest '{category}' queries at N={figures['n']} "
              f"({', '.join(repr(r['q']) + (' ' + str({k: r[k] for k in ('language', 'edition', 'kind') if k in r}) if any(k in r for k in ('language', 'edition', 'kind')) else '') for r in chosen)}); "
              f"full profile in {path}\n")
    stats = pstats.Stats(profiler, stream=out)
    stats.strip_dirs().sort_stats("cumulative").print_stats(30)
    stats.sort_stats("tottime").print_stats(20)
    out.write("Where search() spends it (its direct callees, cumulative seconds under the profiler):\n")
    stats.sort_stats("cumulative").print_callees(r"service.py:\d+\(search\)$")
    return out.getvalue()


# PostgreSQL full-text search ------------------------------------------------------------------

def bench_postgres(n: int, args, queries: list[dict]) -> dict:
    """The same corpus and queries on SEARCH_BACKEND=postgres, in a fresh database of the server."""
    from flask_login import AnonymousUserMixin
    from sqlalchemy import text

    from brain import create_app
    from brain.extensions import db
    from config import TestingConfig

    server = postgres_server()
    database = f"brain_search_bench_{n}"
    postgres_execute(server, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    postgres_execute(server, f'CREATE DATABASE "{database}"')
    workdir = tempfile.mkdtemp(prefix=f"brain-search-bench-pg-{n}-", dir="/tmp")
    overrides = {**settings(os.path.join(workdir, "instance")), "SEARCH_BACKEND": "postgres",
                 "SQLALCHEMY_DATABASE_URI": f"{server.rsplit('/', 1)[0]}/{database}"}
    app = create_app(TestingConfig, **overrides)
    figures: dict = {"n": n}
    log(f"[N={n}] PostgreSQL: database {database}")
    try:
        with app.app_context():
            prepare_database()
            index = app.extensions["brain_search"].index
            started = time.perf_counter()
            editions = insert_corpus(n, args.seed)
            figures["insert_s"] = time.perf_counter() - started
            log(f"[N={n}] PostgreSQL: corpus inserted in {figures['insert_s']:.1f}s; PostgresIndex.rebuild()")
            started = time.perf_counter()
            figures["rebuild_docs"] = index.rebuild(iter_documents(editions))
            figures["rebuild_s"] = time.perf_counter() - started
            db.session.remove()
            with db.engine.begin() as connection:
                connection.execute(text("ANALYZE"))
                figures["table_mb"] = connection.execute(text(
                    "SELECT pg_total_relation_size('search_documents') + pg_total_relation_size('search_words')"
                )).scalar() / 1e6
            log(f"[N={n}] PostgreSQL: {figures['rebuild_docs']} documents in {figures['rebuild_s']:.1f}s "
                f"({figures['rebuild_docs'] / figures['rebuild_s']:.0f}/s, {figures['table_mb']:.0f} MB with indexes)")
            anonymous = AnonymousUserMixin()
            run_service_queries(app, [next(q for q in queries if q["category"] == c) for c in CATEGORIES],
                                anonymous, "warm-up")
            log(f"[N={n}] PostgreSQL: {len(queries)} queries through brain.search.service.search (anonymous)")
            results = run_service_queries(app, queries, anonymous, "postgres")
            figures["postgres"] = summarise(results)
            figures["postgres_raw"] = results
            figures["errors"] = [r for r in results if r["notice"]]
            figures["member"] = summarise(run_service_queries(app, queries[::4], MemberViewer(), "member"))["all"]
            log(f"[N={n}] PostgreSQL: 20 add-and-commit and 20 update-and-commit through PostgresIndex.apply()")
            figures["apply"] = time_applies(index, editions, n, args.seed)
            figures["after_applies"] = summarise(
                run_service_queries(app, queries[::4], anonymous, "after commits"))["all"]
            db.session.remove()
            db.engine.dispose()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        if not args.keep:
            postgres_execute(server, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    return figures


def report_postgres(all_figures: list[dict]) -> None:
    """Whoosh, PostgreSQL and SQLite FTS5 side by side, per size."""
    print()
    print("=" * 118)
    print("Whoosh, PostgreSQL full-text search and SQLite FTS5, side by side (times in ms; hits = average matches)")
    print("=" * 118)
    for f in all_figures:
        pg = f["postgres"]
        print(f"\nN = {f['n']:,} materials (+12 editions)")
        print(f"  full rebuild       Whoosh {f['rebuild_docs'] / f['rebuild_s']:7.0f} documents/s   "
              f"PostgreSQL {pg['rebuild_docs'] / pg['rebuild_s']:7.0f} documents/s ({pg['table_mb']:.0f} MB)   "
              f"FTS5 {f['fts_docs'] / f['fts_build_s']:7.0f} documents/s")
        for kind in ("add", "update"):
            w, p = f["apply"][kind], pg["apply"][kind]
            print(f"  {kind + ' + commit':<18} Whoosh p50 {ms(percentile(w, .5))} p95 {ms(percentile(w, .95))}   "
                  f"PostgreSQL p50 {ms(percentile(p, .5))} p95 {ms(percentile(p, .95))}")
        print(f"  every 4th query    as a member: Whoosh p95 {ms(f['member']['p95'])}   "
              f"PostgreSQL p95 {ms(pg['member']['p95'])};   after the 40 commits: Whoosh p95 "
              f"{ms(f['after_applies']['p95'])}   PostgreSQL p95 {ms(pg['after_applies']['p95'])}")
        print(f"  service errors/notices: Whoosh {len(f['errors'])}, PostgreSQL {len(pg['errors'])}")
        header = (f"  {'category':<11} {'n':>3} | {'Whoosh p50':>10} {'p95':>8} {'hits':>7} | "
                  f"{'PG p50':>8} {'p95':>8} {'max':>8} {'hits':>7} | {'FTS5 p50':>8} {'p95':>8} {'+facets p95':>11}")
        print(header)
        print("  " + "-" * (len(header) - 2))
        for category in CATEGORIES + ("all",):
            w, p, s, sf = (f["whoosh"].get(category), pg["postgres"].get(category), f["fts"].get(category),
                           f["fts_facets"].get(category))
            if not w or not p:
                continue
            print(f"  {category:<11} {w['count']:>3} | {ms(w['p50']):>10} {ms(w['p95'])} {w['hits']:7.0f} | "
                  f"{ms(p['p50'])} {ms(p['p95'])} {ms(p['max'])} {p['hits']:7.0f} | "
                  f"{ms(s['p50'])} {ms(s['p95'])} {ms(sf['p95']):>11}")
        for error in pg["errors"][:5]:
            print(f"  ! PostgreSQL {error['q']!r}: {error['notice']}")
    print()
    print("PostgreSQL = brain.search.service.search() with SEARCH_BACKEND=postgres, end to end like Whoosh's")
    print("(count, facets, 10 hits with ts_headline snippets, glossary notes, suggestion, rows loaded).")
    print("add/update + commit = PostgresIndex.apply(): upsert (tsvector generated), new words, commit.")


# Report -------------------------------------------------------------------------------------

def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f}"


def report(all_figures: list[dict]) -> None:
    print()
    print("=" * 118)
    print("Collective Brain search benchmark (times in ms; hits = average total matches per query)")
    print("=" * 118)
    for f in all_figures:
        n = f["n"]
        rebuild_rate = f["rebuild_docs"] / f["rebuild_s"]
        print(f"\nN = {n:,} materials (+12 editions)")
        print(f"  bulk DB insert of the corpus     {f['insert_s']:8.1f} s")
        print(f"  Whoosh full rebuild              {f['rebuild_s']:8.1f} s   {rebuild_rate:7.0f} documents/s   "
              f"index {f['index_mb']:.0f} MB   peak RSS {f['rss_after_rebuild']:.0f} MB")
        print(f"  FTS5 build (+optimize)           {f['fts_build_s']:8.1f} s   {f['fts_docs'] / f['fts_build_s']:7.0f} documents/s   "
              f"db {f['fts_mb']:.0f} MB")
        adds, updates = f["apply"]["add"], f["apply"]["update"]
        print(f"  WhooshIndex.apply add+commit     p50 {ms(percentile(adds, .5))}  p95 {ms(percentile(adds, .95))}  "
              f"max {ms(max(adds))}   (20 calls)")
        print(f"  WhooshIndex.apply update+commit  p50 {ms(percentile(updates, .5))}  p95 {ms(percentile(updates, .95))}  "
              f"max {ms(max(updates))}   (20 calls)")
        seen = f["apply"]["segments"]
        print(f"  index segments during the 40 writes: 1 -> max {max(seen)}, {f['segments_after_applies']} after "
              f"(background merge above {MAX_SEGMENTS_BEFORE_MERGE})")
        member, before, after = f["member"], f["before_applies"], f["after_applies"]
        print(f"  every 4th query, anonymous       p50 {ms(before['p50'])}  p95 {ms(before['p95'])}  "
              f"({before['count']} queries, optimised 1-segment index)")
        print(f"  the same as a member             p50 {ms(member['p50'])}  p95 {ms(member['p95'])}")
        print(f"  the same after the 40 commits    p50 {ms(after['p50'])}  p95 {ms(after['p95'])}  "
              f"(anonymous; index then has {f['segments_after_applies']} segments)")
        print(f"  peak RSS of this process         {f['rss_after_queries']:.0f} MB; service errors/notices: {len(f['errors'])}")
        header = (f"  {'category':<11} {'n':>3} | {'Whoosh p50':>10} {'p95':>8} {'max':>8} {'hits':>7} | "
                  f"{'FTS5 p50':>8} {'p95':>8} {'hits':>7} | {'FTS5+fac p95':>12} | {'p95 ratio W/F':>13}")
        print(header)
        print("  " + "-" * (len(header) - 2))
        for category in CATEGORIES + ("all",):
            w, s, sf = f["whoosh"].get(category), f["fts"].get(category), f["fts_facets"].get(category)
            if not w:
                continue
            ratio = w["p95"] / s["p95"] if s["p95"] else float("inf")
            print(f"  {category:<11} {w['count']:>3} | {ms(w['p50']):>10} {ms(w['p95'])} {ms(w['max'])} {w['hits']:7.0f} | "
                  f"{ms(s['p50'])} {ms(s['p95'])} {s['hits']:7.0f} | {ms(sf['p95']):>12} | {ratio:12.1f}x")
        for error in f["errors"][:5]:
            print(f"  ! {error['q']!r}: {error['notice']}")
    print()
    print("Whoosh = brain.search.service.search() end to end (parse, glossary, query, facets, highlights,")
    print("glossary notes, suggestion, DB load of the page's rows). FTS5 = count(*) + top 10 by bm25 with snippet;")
    print("FTS5+fac = the same with facet counts (edition, kind, language, year, topic) by GROUP BY.")
    print("FTS5 has no stemming, so its hit counts are lower: folding and the glossary are matched, stems are not.")
    for f in all_figures:
        if f.get("profile"):
            print()
            print(f["profile"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=None, help="one corpus size (default: 10000 then 50000)")
    parser.add_argument("--big", action="store_true", help="also run 100000 materials")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-profile", dest="profile", action="store_false",
                        help="skip the cProfile of the slowest category")
    parser.add_argument("--profile-queries", type=int, default=6, help="queries to profile (default 6)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folders")
    parser.add_argument("--backend", choices=("whoosh", "postgres"), default="whoosh",
                        help="postgres: also run PostgreSQL full-text search, beside Whoosh and FTS5")
    args = parser.parse_args()
    if args.backend == "postgres" and not postgres_server():
        script = os.path.join(ROOT, "scripts", "with_postgres.py")
        os.execv(sys.executable, [sys.executable, script, "--", sys.executable, *sys.argv])
    sizes = [args.n] if args.n else [10_000, 50_000]
    if args.big and 100_000 not in sizes:
        sizes.append(100_000)
    args.profile_size = max(sizes)
    all_figures = []
    for n in sizes:
        all_figures.append(bench_size(n, args))
        if args.backend == "postgres":
            all_figures[-1]["postgres"] = bench_postgres(n, args, all_figures[-1]["queries"])
    report(all_figures)
    if args.backend == "postgres":
        report_postgres(all_figures)


if __name__ == "__main__":
    main()
