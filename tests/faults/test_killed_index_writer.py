"""A worker killed with SIGKILL in the middle of a search-index commit.

Another process (as another gunicorn worker would) adds materials on the same database, index
and upload folders. For its last material the database commit has gone through and the Whoosh
writer holds the index's write lock with a new segment on disk, but no table of contents yet;
at that moment it is killed with SIGKILL. The OS must release the lock, the site and search must
keep answering, and `flask brain reindex --check` must find and repair the one material the
database has but the index lost.
"""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select
from whoosh import index as whoosh_index
from whoosh.index import LockError

from brain.archive.models import Material
from brain.extensions import db
from brain.search.index import JOURNAL

from tests.faults.helpers import result_count, search_trouble

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = 4  # materials the worker finishes before it freezes on the next one


def _writer_is_free(index_dir: str) -> bool:
    """Try to take Whoosh's write lock without waiting; give it back at once."""
    ix = whoosh_index.open_dir(index_dir)
    try:
        writer = ix.writer(timeout=0)
    except LockError:
        return False
    writer.cancel()
    return True


def _start_frozen_worker(app, tmp_path: Path) -> tuple[subprocess.Popen, dict]:
    settings = {key: app.config[key] for key in ("SQLALCHEMY_DATABASE_URI", "SEARCH_INDEX_DIR", "UPLOAD_DIR")}
    settings["INSTANCE_DIR"] = app.instance_path
    marker = tmp_path / "worker-frozen.json"
    log_path = tmp_path / "worker.log"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.faults.killable_writer", json.dumps(settings), str(marker), str(COMMITTED)],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + 60
    while not marker.exists():
        if process.poll() is not None:
            pytest.fail(f"the worker ended ({process.returncode}) before freezing:\n{log_path.read_text()}")
        if time.monotonic() > deadline:
            process.kill()
            process.wait()
            pytest.fail(f"the worker never froze:\n{log_path.read_text()}")
        time.sleep(0.02)
    return process, json.loads(marker.read_text())


def test_a_worker_killed_while_committing_to_the_index_loses_nothing(app, client, runner, make_material, tmp_path):
    index = app.extensions["brain_search"].index
    generation = index.current_dir()
    process, frozen = _start_frozen_worker(app, tmp_path)
    try:
        assert frozen["pid"] == process.pid
        # The worker holds Whoosh's write lock, frozen between its segment and its table of contents.
        assert not _writer_is_free(generation)
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL

    # The OS dropped the dead worker's fcntl lock: the next writer gets in at once.
    assert _writer_is_free(generation)
    # The dead worker's new segment is on disk but in no table of contents.
    listed = {segment.segment_id() for segment in whoosh_index.open_dir(generation)._segments()}
    orphans = set(frozen["segments"]) - listed
    assert len(orphans) == 1
    orphan = orphans.pop()
    assert any(name.startswith(orphan) for name in os.listdir(generation))
    # The database kept every material the worker committed, including the one it died indexing.
    worker_titles = list(db.session.scalars(
        select(Material.title).where(Material.title.like("Worker note %")).order_by(Material.id)))
    assert worker_titles == [f"Worker note {n}" for n in range(COMMITTED + 1)]
    lost_id = db.session.scalar(select(Material.id).where(Material.title == f"Worker note {COMMITTED}"))

    # This process keeps publishing, and its write reaches the index rather than the journal.
    survivor = make_material(title="Written after the crash", text="kilimanjaro after the crash").title
    assert not os.path.exists(os.path.join(generation, JOURNAL)) or os.path.getsize(os.path.join(generation, JOURNAL)) == 0
    assert index.current_dir() == generation and index.status() == "ok"
    # That commit also swept away the dead worker's orphaned segment.
    assert not any(name.startswith(orphan) for name in os.listdir(generation))

    # The site and search still answer; the lost material is simply not found yet.
    assert client.get("/").status_code == 200
    response = client.get("/search?q=kilimanjaro")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert search_trouble(html) == []
    assert result_count(html) == COMMITTED + 1  # the committed notes and the survivor
    assert survivor in html and f"Worker note {COMMITTED}" not in html

    # The check names the difference and repairs it.
    result = runner.invoke(args=["brain", "reindex", "--check"])
    assert result.exit_code == 0, result.output
    assert "index status: ok" in result.output
    assert "missing from the index: 1; in the index but not the database: 0" in result.output
    assert f"material:{lost_id}" in result.output
    assert "Repaired." in result.output
    again = runner.invoke(args=["brain", "reindex", "--check"])
    assert again.exit_code == 0 and "The index and the database agree." in again.output, again.output

    html = client.get("/search?q=kilimanjaro").get_data(as_text=True)
    assert search_trouble(html) == []
    assert result_count(html) == COMMITTED + 2
    for title in worker_titles + [survivor]:
        assert title in html
