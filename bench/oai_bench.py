"""How fast a harvester takes the whole archive through OAI-PMH, and what the server holds meanwhile.

    .venv/bin/python bench/oai_bench.py                    # N = 1,000 and 10,000 records
    .venv/bin/python bench/oai_bench.py -n 50000 --page 200

A measurement, not a test: it builds a throwaway instance (SQLite, search off), inserts N public
link materials spread over the twelve editions, four languages and the topics, serves the app
with werkzeug on 127.0.0.1 and harvests ListRecords (oai_dc) with Sickle through every resumption
token. It prints records/s, pages, the mean time per page and the peak resident memory of the
process (`ru_maxrss`: the server and the harvester share it, so it bounds both) before and
after the harvest; runs share the process, so a later N starts from an earlier one's peak.
"""
import argparse
import os
import resource
import shutil
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def build(folder: str, count: int, page_size: int):
    """An app on a fresh instance holding `count` public materials."""
    from flask_migrate import upgrade
    from sqlalchemy import insert, select

    from brain import create_app
    from brain.archive.demo import seed_editions, seed_topics
    from brain.archive.models import Edition, Material, Topic, material_topics
    from brain.database import utcnow
    from brain.extensions import db
    from config import DevelopmentConfig

    app = create_app(
        DevelopmentConfig, INSTANCE_DIR=folder, SQLALCHEMY_DATABASE_URI=f"sqlite:///{folder}/brain.sqlite3",
        SEARCH_INDEX_DIR=f"{folder}/search-index", UPLOAD_DIR=f"{folder}/uploads", SEARCH_ENABLED=False,
        RATELIMIT_ENABLED=False, LOG_LEVEL="WARNING", OAI_PAGE_SIZE=page_size, SECRET_KEY="bench",
    )
    with app.app_context():
        upgrade()
        seed_editions()
        seed_topics()
        editions = list(db.session.scalars(select(Edition.id)))
        topics = list(db.session.scalars(select(Topic.id)))
        now = utcnow()
        rows = [{"title": f"Bench material {n}: cooperatives, mutuals and the social economy",
                 "description": "A generated material for the OAI-PMH bench. " * 4, "kind": "reading",
                 "language": ("en", "fr", "es", "pt")[n % 4], "edition_id": editions[n % len(editions)],
                 "authors": "Ada Example; Bea Example", "visibility": "public",
                 "url": f"https://example.org/bench/{n}", "translation_group": f"bench-{n // 4}",
                 "created_at": now, "updated_at": now} for n in range(count)]
        db.session.execute(insert(Material), rows)
        ids = list(db.session.scalars(select(Material.id)))
        db.session.execute(insert(material_topics), [{"material_id": material_id, "topic_id": topics[i % len(topics)]}
                                                     for i, material_id in enumerate(ids)])
        db.session.commit()
        db.session.remove()
    return app


def harvest(app, expected: int) -> dict:
    """Serve the app and harvest every record; return the figures."""
    from sickle import Sickle
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    pages = []

    class Counting(Sickle):
        def _request(self, kwargs):
            pages.append(time.perf_counter())
            return super()._request(kwargs)

    started = time.perf_counter()
    records = sum(1 for _record in Counting(f"http://127.0.0.1:{server.server_port}/oai", max_retries=0,
                                            timeout=120).ListRecords(metadataPrefix="oai_dc"))
    elapsed = time.perf_counter() - started
    server.shutdown()
    assert records == expected, f"harvested {records} of {expected}"
    return {"records": records, "seconds": elapsed, "pages": len(pages)}


def main() -> None:
    """Run the bench for each N and print one line per run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, action="append", help="records to harvest (repeatable; default 1,000 and 10,000)")
    parser.add_argument("--page", type=int, default=100, help="records per response (OAI_PAGE_SIZE)")
    arguments = parser.parse_args()
    for count in arguments.n or [1_000, 10_000]:
        folder = tempfile.mkdtemp(prefix="brain-oai-bench-")
        try:
            app = build(folder, count, arguments.page)
            built = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            figures = harvest(app, count)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"N = {count:,}: {figures['records'] / figures['seconds']:.0f} records/s "
              f"({figures['seconds']:.1f} s, {figures['pages']} pages of {arguments.page}, "
              f"{1000 * figures['seconds'] / figures['pages']:.0f} ms per page); "
              f"peak RSS {built:.0f} MB after building the archive, {rss:.0f} MB after the harvest", flush=True)


if __name__ == "__main__":
    main()
