"""A worker process that adds materials and freezes in the middle of a search-index commit.

The parent test runs it with `python -m tests.faults.killable_writer SETTINGS MARKER COMMITS`:
it builds an app on the parent's database, index and upload folders (as another gunicorn worker
would), adds COMMITS materials normally, then adds one more. For that last one the database
commit goes through and the index writer is taken, its new segment written to disk, but just
before the table of contents is written the worker writes MARKER and sleeps, holding Whoosh's
write lock, until the parent kills it with SIGKILL.

The only instrumentation is that pause; everything else is the product's code path.
"""
import io
import json
import os
import sys
import time


def main(settings: dict, marker: str, commits: int) -> None:
    from whoosh.writing import SegmentWriter

    from brain import create_app
    from brain.archive import queries, services
    from config import TestingConfig

    app = create_app(TestingConfig, **settings)
    original_commit_toc = SegmentWriter._commit_toc
    seen = {"commits": 0}

    def commit_toc_then_freeze(writer, segments):
        seen["commits"] += 1
        if seen["commits"] > commits:
            with open(marker + ".part", "w") as handle:
                json.dump({"pid": os.getpid(), "segments": [s.segment_id() for s in segments]}, handle)
            os.replace(marker + ".part", marker)
            while True:  # hold the write lock until SIGKILL
                time.sleep(0.5)
        return original_commit_toc(writer, segments)

    SegmentWriter._commit_toc = commit_toc_then_freeze
    with app.app_context():
        edition = queries.edition_by_slug("2021-lisbon")
        for number in range(commits + 1):
            data = services.MaterialData(title=f"Worker note {number}", edition=edition, kind="other",
                                         language="en")
            services.add_material(data, None, io.BytesIO(f"kilimanjaro worker note {number}".encode()),
                                  f"note-{number}.txt")
    sys.exit(3)  # reaching this means the freeze never happened


if __name__ == "__main__":
    main(json.loads(sys.argv[1]), sys.argv[2], int(sys.argv[3]))
