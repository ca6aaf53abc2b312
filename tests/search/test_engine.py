"""The one-pass engine gives what Whoosh's own search() gives: the same matches, order and counts."""
import pytest
from whoosh import query as wq

from brain.archive import services
from brain.search.engine import Engine
from brain.search.query import parse, prune
from brain.search.whoosh_search import _filter_query, _plain_query, _visibility_filter
from brain.search.service import SearchRequest
from tests.search.conftest import whoosh_only

pytestmark = whoosh_only("the one-pass engine reads Whoosh segments")


class Member:
    is_authenticated = True
    is_active = True
    is_anonymous = False
    is_member = True
    is_admin = False
    id = None


@pytest.fixture
def searcher(app, corpus, make_material, admin):
    """The corpus plus a few more, one deleted, written as several segments."""
    for number in range(6):
        make_material(title=f"Cooperative note {number}", text="cooperatives economia decent work " * (number + 1),
                      edition=("2013-agadir", "2017-seoul", "2021-lisbon")[number % 3], language="en")
    make_material(title="Pairs apart", text="The social economy grows. Economy policy follows.", language="en")
    make_material(title="Pairs together", text="A social economy policy for cities.", language="en")
    doomed = make_material(title="Doomed decent work note", text="decent work decent work")
    services.delete_material(doomed, admin)
    index = app.extensions["brain_search"].index
    searcher = index.searcher()
    assert len(searcher.reader().leaf_readers()) > 1
    return searcher


QUERIES = ["cooperatives", "economia", '"decent work"', "cooperative bakers", "bakers OR catadores",
           "cooperatives -bakers", '"social economy" cooperatives', "trabajo", "note", "zzzz",
           '"social economy policy"', '"economy policy"', '"policy economy"']


def _whoosh(searcher, query):
    results = searcher.search(query, limit=None)
    return [hit.docnum for hit in results], {hit.docnum: hit.score for hit in results}


def test_the_engine_ranks_as_whoosh_does(searcher):
    for text in QUERIES:
        for viewer in (None, Member()):
            query = prune(_plain_query(parse(text)), searcher.reader())
            full = wq.And([query, wq.ConstantScoreQuery(_visibility_filter(viewer), 1e-6)])
            expected, scores = _whoosh(searcher, full)
            ranked = Engine(searcher).rank(full, limit=1000)
            assert ranked.total == len(expected), text
            assert ranked.docnums == expected, (text, scores)
            assert Engine(searcher).rank(full, limit=3).docnums == expected[:3], text
            assert Engine(searcher).count(full) == len(expected), text


def test_filters_and_facets_match_whoosh(searcher):
    for filters in ({"type": "material"}, {"year": 2013}, {"language": "en"}, {"edition": "2017-seoul"},
                    {"kind": "report"}, {"topic": "decent-work"}):
        _check_filters(searcher, filters)


def _check_filters(searcher, filters):
    restrict = _filter_query(SearchRequest(**filters), None)
    query = wq.And([prune(_plain_query(parse("cooperatives")), searcher.reader()), wq.ConstantScoreQuery(restrict, 1e-6)])
    expected, _ = _whoosh(searcher, query)
    ranked = Engine(searcher).rank(query, limit=1000, facets=("type", "edition", "year"))
    assert ranked.docnums == expected
    editions = {}
    for docnum in expected:
        edition = searcher.reader().column_reader("edition")[docnum]
        editions[edition] = editions.get(edition, 0) + 1
    assert ranked.facets["edition"] == editions
    assert sum(ranked.facets["type"].values()) == len(expected)


def test_boosts_and_date_order_match_whoosh(searcher):
    words = prune(_plain_query(parse("cooperatives")), searcher.reader())
    boosted = wq.AndMaybe(wq.Or([words, wq.Or([wq.Term("body_es", "cooperat")], boost=0.3)]),
                          wq.Term("language", "es", boost=3.0))
    assert Engine(searcher).rank(boosted, limit=1000).docnums == _whoosh(searcher, boosted)[0]
    every = wq.And([wq.Every(), _visibility_filter(None)])
    by_date = searcher.search(every, limit=None, sortedby="date", reverse=True)
    dates = [hit.fields().get("id") for hit in by_date]
    ranked = Engine(searcher).rank(every, limit=1000, sortedby="date", reverse=True)
    assert ranked.total == len(by_date)
    column = searcher.reader().column_reader("date")
    assert [column[d] for d in ranked.docnums] == sorted((column[h.docnum] for h in by_date), reverse=True)
    assert len(dates) == len(ranked.docnums)


def test_a_longer_phrase_needs_its_words_in_a_row(searcher):
    query = prune(_plain_query(parse('"social economy policy"')), searcher.reader())
    ranked = Engine(searcher).rank(query, limit=10)
    titles = {searcher.stored_fields(d)["id"] for d in ranked.docnums}
    assert len(titles) == 1
