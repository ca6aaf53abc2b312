"""Ranking quality on the relevance set may only get better: each engine stays above its floors.

The demo archive is loaded once per engine per session (the import path, indexing as it goes),
and every query of tests/search/relevance/judgements.toml runs through the search service as a
visitor. The floors are in tests/search/relevance/metrics.py; `bench/relevance.py` prints the
figures and the worst queries.
"""
import pytest

from brain.extensions import db
from tests.search.relevance import metrics


@pytest.fixture(scope="session")
def relevance_runs(demo_apps):
    """Each engine's results on the relevance set, measured once per session on first use."""
    runs = {}

    def run(backend: str) -> list[metrics.Result]:
        if backend not in runs:
            app = demo_apps(backend)
            with app.app_context():
                runs[backend] = metrics.evaluate(app)
                db.session.remove()
        return runs[backend]

    return run


@pytest.fixture
def figures(relevance_runs, search_backend):
    results = relevance_runs(search_backend)
    return search_backend, results, metrics.summarise(results)


def _worst(results: list[metrics.Result], count: int = 5) -> str:
    worst = sorted(results, key=lambda r: (r.ndcg, r.rr))[:count]
    return "; ".join(f"{r.query.id} {r.query.query!r} {r.ndcg:.2f} (top: {', '.join(r.ranked[:2]) or '-'})" for r in worst)


def test_the_set_is_complete():
    queries = metrics.load_set()
    assert len(queries) >= 80
    for language in metrics.LANGUAGES:
        assert sum(q.language == language for q in queries) >= 20, language
    assert {q.kind for q in queries} == set(metrics.KINDS)


def test_overall_ndcg_stays_above_its_floor(figures):
    backend, results, summary = figures
    floor = metrics.FLOORS[backend]["ndcg"]
    assert summary["overall"]["ndcg"] >= floor, (
        f"{backend}: nDCG@10 {summary['overall']['ndcg']:.3f} < floor {floor}; worst: {_worst(results)}")


@pytest.mark.parametrize("language", metrics.LANGUAGES)
def test_each_language_ndcg_stays_above_its_floor(figures, language):
    backend, results, summary = figures
    floor = metrics.FLOORS[backend]["language"][language]
    mine = [r for r in results if r.query.language == language]
    assert summary["language"][language]["ndcg"] >= floor, (
        f"{backend}, {language}: nDCG@10 {summary['language'][language]['ndcg']:.3f} < floor {floor}; "
        f"worst: {_worst(mine)}")


def test_mrr_stays_above_its_floor(figures):
    backend, results, summary = figures
    floor = metrics.FLOORS[backend]["mrr"]
    assert summary["overall"]["mrr"] >= floor, (
        f"{backend}: MRR {summary['overall']['mrr']:.3f} < floor {floor}; worst: {_worst(results)}")


def test_metrics_on_known_rankings():
    judgements = {"a": 2, "b": 1}
    assert metrics.ndcg(["a", "b"], judgements) == pytest.approx(1.0)
    assert metrics.ndcg(["x", "a", "b"], judgements) < metrics.ndcg(["a", "x", "b"], judgements) < 1.0
    assert metrics.ndcg(["x", "y"], judgements) == 0.0
    assert metrics.reciprocal_rank(["b", "x", "a"], judgements) == pytest.approx(1 / 3)
    assert metrics.reciprocal_rank(["x", "b"], {"b": 1}) == pytest.approx(1 / 2)
    assert metrics.dedupe(["g", "e", "g", "m"]) == ["g", "e", "m"]


def test_an_unknown_judged_key_fails_loudly():
    query = metrics.Query(id="xx-01", query="q", language="en", kind="word",
                          judgements={"group:no-such-group": 2, "edition:2021-lisbon": 1})
    with pytest.raises(metrics.RelevanceSetError, match="group:no-such-group"):
        metrics.check_keys([query], {"edition:2021-lisbon"})
