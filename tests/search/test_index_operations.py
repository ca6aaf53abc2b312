"""Operators keep the index healthy: concurrent writers, rebuilds, checks, and a lost index."""
import io
import multiprocessing
import os
import re
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.search.conftest import whoosh_only


def _writer_process(settings_dict: dict, worker: int, count: int) -> None:
    """Add materials from a separate process, as another gunicorn worker would."""
    from brain import create_app
    from brain.archive import queries, services
    from config import TestingConfig

    app = create_app(TestingConfig, **settings_dict)
    with app.app_context():
        edition = queries.edition_by_slug("2021-lisbon")
        for number in range(count):
            data = services.MaterialData(title=f"Worker {worker} note {number}", edition=edition,
                                         kind="other", language="en")
            services.add_material(data, None, io.BytesIO(f"kilimanjaro w{worker} n{number}".encode()), "note.txt")


@pytest.mark.slow
def test_four_processes_writing_at_once_lose_nothing(app, client):
    settings_dict = {key: app.config[key]
                     for key in ("SQLALCHEMY_DATABASE_URI", "SEARCH_BACKEND", "SEARCH_INDEX_DIR", "UPLOAD_DIR")}
    settings_dict["INSTANCE_DIR"] = app.instance_path
    settings_dict["SQLITE_BUSY_TIMEOUT_MS"] = 30_000
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_writer_process, args=(settings_dict, worker, 50)) for worker in range(4)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(timeout=300)
        assert process.exitcode == 0
    html = client.get("/search?q=kilimanjaro").get_data(as_text=True)
    assert ">200 results</h2>" in html


def test_reindex_rebuilds_everything(runner, make_material, client):
    make_material(title="Reindexed reading", text="okavango")
    result = runner.invoke(args=["brain", "reindex"])
    assert result.exit_code == 0 and "Indexed 14 documents." in result.output  # 12 editions, the material, the admin
    assert "Reindexed reading" in client.get("/search?q=okavango").get_data(as_text=True)
    assert "nothing to do" in runner.invoke(args=["brain", "reindex", "--if-needed"]).output


@whoosh_only("index folders")
def test_reindex_rebuilds_into_a_fresh_folder_and_swaps(runner, app, make_material, client):
    make_material(title="Reindexed reading", text="okavango")
    before = os.path.realpath(os.path.join(app.config["SEARCH_INDEX_DIR"], "current"))
    result = runner.invoke(args=["brain", "reindex"])
    assert result.exit_code == 0 and "Indexed 14 documents." in result.output  # 12 editions, the material, the admin
    after = os.path.realpath(os.path.join(app.config["SEARCH_INDEX_DIR"], "current"))
    assert before != after
    assert "Reindexed reading" in client.get("/search?q=okavango").get_data(as_text=True)


def test_reindex_check_reports_and_repairs_differences(runner, app, make_material, client):
    material = make_material(title="Drifted reading", text="serengeti")
    app.extensions["brain_search"].index.apply([], [f"material:{material.id}"])
    assert "Drifted reading" not in client.get("/search?q=serengeti").get_data(as_text=True)
    result = runner.invoke(args=["brain", "reindex", "--check"])
    assert "missing from the index: 1" in result.output and "Repaired." in result.output
    assert "Drifted reading" in client.get("/search?q=serengeti").get_data(as_text=True)
    assert "agree" in runner.invoke(args=["brain", "reindex", "--check"]).output


@whoosh_only("index folders")
def test_a_deleted_index_gives_a_notice_and_a_rebuild_brings_it_back(app, client, runner, make_material):
    make_material(title="Survivor", text="kalahari")
    shutil.rmtree(app.config["SEARCH_INDEX_DIR"])
    response = client.get("/search?q=kalahari")
    assert response.status_code == 200
    assert "Search is unavailable right now" in response.get_data(as_text=True)
    assert client.get("/").status_code == 200
    assert runner.invoke(args=["brain", "reindex", "--if-needed"]).exit_code == 0
    assert "Survivor" in client.get("/search?q=kalahari").get_data(as_text=True)


@whoosh_only("segment merges")
def test_writes_go_on_while_small_segments_merge(app, admin, make_material, client, monkeypatch):
    """A merge holds the writer lock only to swap segments in: edits made meanwhile are kept."""
    from brain.archive import services
    from brain.search import index as whoosh_index_module
    from brain.search import segments

    monkeypatch.setattr(whoosh_index_module, "MAX_SEGMENTS_BEFORE_MERGE", 1_000)
    notes = [make_material(title=f"Zambezi note {number}", text=f"zambezi note {number}") for number in range(8)]
    index = app.extensions["brain_search"].index
    segments_before = len(index._open(index.current_dir())._segments())
    write_merged_segment = segments._write_merged_segment

    def write_while_merging(*args):
        merged = write_merged_segment(*args)
        if not written_meanwhile:
            services.delete_material(notes[3], admin)
            written_meanwhile.append(make_material(title="Zambezi late note", text="zambezi written meanwhile"))
        return merged

    written_meanwhile = []

    monkeypatch.setattr(segments, "_write_merged_segment", write_while_merging)
    index.merge_small_segments()

    directory = index.current_dir()
    assert len(index._open(directory)._segments()) < segments_before
    assert not [name for name in os.listdir(directory) if name.startswith(".merge-")]
    html = client.get("/search?q=zambezi").get_data(as_text=True)
    assert ">8 results</h2>" in html
    assert "Zambezi late note" in html and "Zambezi note 3" not in html
    assert "agree" in app.test_cli_runner().invoke(args=["brain", "reindex", "--check"]).output


@whoosh_only("segment merges")
def test_small_segments_are_merged_by_a_process_of_their_own(app, make_material, client):
    index = app.extensions["brain_search"].index
    for number in range(12):
        make_material(title=f"Limpopo note {number}", text=f"limpopo note {number}")
    assert index.merging is not None
    index.merging.join(timeout=120)
    directory = index.current_dir()
    assert len(index._open(directory)._segments()) <= 8
    assert not [name for name in os.listdir(directory) if name.startswith(".merge-")]
    assert ">12 results</h2>" in client.get("/search?q=limpopo").get_data(as_text=True)


@whoosh_only("segment merges")
def test_a_searcher_keeps_answering_after_merges_removed_its_files(app, make_material, client, monkeypatch):
    """Whoosh opens some of a segment's files on first use (stored fields, lengths, columns);
    searchers open them all up front, so merges removing them meanwhile, one after another, break
    no query under way: each searcher answers from what the index held when it was opened."""
    from brain.search.index import WhooshIndex

    index = app.extensions["brain_search"].index
    make_material(title="Mekong reading", text="mekong cooperatives")
    index.optimize()
    held = []
    for title in ("Mekong report", "Mekong summary"):
        other = WhooshIndex(app.config["SEARCH_INDEX_DIR"])
        held.append((other, other.searcher()))
        make_material(title=title, text=f"mekong {title.lower()}")
        index.optimize()
    for expected, (_, searcher) in zip((1, 2), held):
        monkeypatch.setattr(index, "searcher", lambda searcher=searcher: searcher)
        html = client.get("/search?q=mekong&sort=date").get_data(as_text=True)
        assert re.search(rf">{expected} results?</h2>", html) and "could not answer" not in html
    monkeypatch.undo()
    assert ">3 results</h2>" in client.get("/search?q=mekong").get_data(as_text=True)
    for other, _ in held:
        other.close()


@whoosh_only("the postings Whoosh spills while it builds a segment")
def test_a_rebuild_that_spills_postings_to_disk_finds_the_same(app, runner, make_material, client, monkeypatch):
    from brain.search import index as index_module
    from brain.search import segments

    for number in range(6):
        make_material(title=f"Orinoco reading {number}", text="orinoco cooperatives " * (10 * number + 5))
    before = re.findall(r"Orinoco reading \d", client.get("/search?q=orinoco").get_data(as_text=True))
    runs = []
    write_run = segments._ChunkedRunsPool._write_run
    monkeypatch.setattr(index_module, "REBUILD_PROCS", 1)
    monkeypatch.setattr(index_module, "REBUILD_MEMORY_MB", 0.01)
    monkeypatch.setattr(segments, "RUN_CHUNK", 7)
    monkeypatch.setattr(segments._ChunkedRunsPool, "_write_run",
                        lambda pool, f, items: runs.append(1) or write_run(pool, f, items))
    assert runner.invoke(args=["brain", "reindex"]).exit_code == 0
    assert len(runs) > 5
    after = re.findall(r"Orinoco reading \d", client.get("/search?q=orinoco").get_data(as_text=True))
    assert after == before and len(set(after)) == 6


@whoosh_only("index files")
def test_a_damaged_index_gives_a_notice(app, client):
    current = os.path.realpath(os.path.join(app.config["SEARCH_INDEX_DIR"], "current"))
    for name in os.listdir(current):
        if name.endswith(".toc"):
            with open(os.path.join(current, name), "wb") as handle:
                handle.write(b"garbage")
    app.extensions["brain_search"].index.close()
    response = client.get("/search?q=economy")
    assert response.status_code == 200
    assert "Search is unavailable right now" in response.get_data(as_text=True)


HOSTILE_QUERIES = [
    "", " ", '"', '"unbalanced', "((((", "))", "a" * 10_000, "*", "***", "?", "field:", ":", "title_en:x",
    "visibility:members", "NOT", "OR", "AND", "OR OR", "- -", "-", '-"', "\x00\x01\x02", "\u202e\u200b",
    "économie 経済 اقتصاد экономика", "<script>alert(1)</script>", "%00", "\\", "'; DROP TABLE materials; --",
    "{{7*7}}", "[]", "~2", "^3", "a OR", "OR b", '"" ""', "year:[2010 TO 2021]",
    "seaweed | economy", "economy & !seaweed", "!!economy", "econ:*", "'economy':A", "economy <-> work",
    "economy <2> work", "(economy | !", "'", "''", "::", "$1", "%(q)s", ":p0", "_", "__ _",
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_any_query_string_gives_a_page(client, query):
    response = client.get("/search", query_string={"q": query, "page": "2"})
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html
    assert "Search could not answer" not in html, "a failure inside search must not hide behind a 200"


def test_hostile_filters_give_a_page(client):
    response = client.get("/search", query_string={"q": "x", "year": "abc", "page": "-5", "sort": "evil",
                                                   "type": "\x00", "edition": "../../"})
    assert response.status_code == 200
    assert "Search could not answer" not in response.get_data(as_text=True)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=300))
def test_generated_query_strings_never_break_search(client, query):
    response = client.get("/search", query_string={"q": query})
    assert response.status_code == 200
    assert "Search could not answer" not in response.get_data(as_text=True)
