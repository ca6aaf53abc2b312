"""What a person looks for comes first, on each engine: documents before the editions that contain
them, one hit per material, places and kinds of material in any language, a few words never zero."""
import re

import pytest

from brain.search.analysis import STEMMED_LANGUAGES, fold, stems
from tests.search.conftest import partial_titles


def hit_urls(response) -> list[str]:
    """Addresses of the hits that match every word, in order."""
    html = response.get_data(as_text=True).split('id="partial-title"', 1)[0]
    return re.findall(r'<h3><a href="([^"]+)"', html)


def total(response) -> int:
    return int(re.search(r'<h2 id="results-title">(\d+)', response.get_data(as_text=True)).group(1))


def facet_counts(response, title: str) -> list[int]:
    html = response.get_data(as_text=True)
    block = html.split(f"<h3>{title}</h3>", 1)[1].split("</ul>", 1)[0]
    return [int(count) for count in re.findall(r"\((\d+)\)", block)]


@pytest.mark.parametrize("query, language", [
    ("cooperatives", "en"), ("social enterprise finance", "en"), ("coopératives", "fr"), ("protection sociale", "fr"),
    ("economía solidaria", "es"), ("cooperativas de ahorro y crédito", "es"), ("economia solidária", "pt"),
    ("proteção social", "pt"),
])
def test_editions_never_crowd_a_topical_query(demo_client, query, language):
    response = demo_client.get("/search", query_string={"q": query}, headers={"Accept-Language": language})
    urls = hit_urls(response)
    assert urls, query
    assert urls[0].startswith("/materials/"), f"{query!r}: an edition page came first: {urls[:3]}"
    assert sum(url.startswith("/editions/") for url in urls[:10]) <= 2, f"{query!r}: {urls[:10]}"
    snippets = re.findall(r'<p class="snippet"[^>]*>(.*?)</p>', response.get_data(as_text=True))
    assert len(snippets) == len(set(snippets)), "two hits show the same passage"


@pytest.mark.parametrize("query, edition", [
    ("Lisbon", "2021-lisbon"), ("Lisbonne", "2021-lisbon"), ("Lisboa", "2021-lisbon"),
    ("Turim", "turin"), ("Turín", "turin"), ("Johannesburgo", "2015-johannesburg"),
    ("Joanesburgo", "2015-johannesburg"), ("Séoul", "2017-seoul"), ("Seúl", "2017-seoul"),
    ("Montréal", "2011-montreal"), ("Luxemburgo", "2017-luxembourg"), ("Academy 2021", "2021-lisbon"),
])
def test_a_city_in_any_language_finds_its_edition_first(demo_client, query, edition):
    urls = hit_urls(demo_client.get("/search", query_string={"q": query}))
    assert urls and urls[0].startswith("/editions/") and edition in urls[0], f"{query!r}: {urls[:3]}"


@pytest.mark.parametrize("query, kind, edition", [
    ("Agenda Lisbon", "Agenda", "2021 · Lisbon"), ("Lisbon recording", "Recording", "2021 · Lisbon"),
    ("gravação Lisboa", "Recording", "2021 · Lisbon"), ("synthèse Agadir", "Session summary", "2013 · Agadir"),
])
def test_a_kind_of_material_and_a_place_find_that_material_first(demo_client, query, kind, edition):
    response = demo_client.get("/search", query_string={"q": query}, headers={"Accept-Language": "en"})
    first = response.get_data(as_text=True).split('<li class="hit">', 2)[1]
    meta = re.search(r'<p class="meta">(.*?)</p>', first).group(1)
    assert meta.startswith(f"Materials · {kind} · {edition}"), f"{query!r}: {meta}"


def test_a_prefix_of_four_letters_finds_the_longer_words(demo_client):
    response = demo_client.get("/search", query_string={"q": "coop"})
    assert total(response) > 0
    assert "ooperativ" in response.get_data(as_text=True)


def test_every_highlighted_word_is_a_query_word_a_stem_of_one_or_a_glossary_term(demo_client):
    from flask import current_app

    from brain.search.glossary import find_expansions

    for query in ("cooperatives", "economía solidaria", "trabalho decente", "informal economy", "coop"):
        html = demo_client.get("/search", query_string={"q": query}).get_data(as_text=True)
        words = fold(query).split()
        glossary = [term for expansion in find_expansions(words, current_app.extensions["brain_search"].glossary)
                    for alternative in expansion.alternatives for term in alternative.words]
        allowed = {form for word in words + glossary for form in _forms(word)}
        marked = re.findall(r"<mark>(.*?)</mark>", html)
        assert marked, query
        for word in marked:
            forms = {form for token in fold(word).split() for form in _forms(token)}
            assert forms & allowed or any(fold(word).startswith(prefix) for prefix in fold(query).split()
                                          if len(prefix) >= 4), f"{query!r}: <mark>{word}</mark>"


def _forms(word: str) -> set[str]:
    return {word} | {form for language in STEMMED_LANGUAGES for form in stems(word, language)}


def test_results_with_some_of_the_words_come_only_when_every_word_finds_fewer_than_five(demo_client):
    few = demo_client.get("/search", query_string={"q": "cooperatives zanzibar"})
    assert total(few) < 5
    assert "Results with some of your words" in few.get_data(as_text=True)
    assert partial_titles(few), "the fallback lists nothing"
    many = demo_client.get("/search", query_string={"q": "social economy"})
    assert total(many) >= 5 and "Results with some of your words" not in many.get_data(as_text=True)


def test_the_facets_add_up_to_the_total(demo_client):
    for query in ("cooperatives", "economía social", "Lisboa", "decent work"):
        response = demo_client.get("/search", query_string={"q": query})
        assert sum(facet_counts(response, "Kind of result")) == total(response), query
        for title in ("Kind of material", "Edition", "Year"):
            if f"<h3>{title}</h3>" in response.get_data(as_text=True):
                assert sum(facet_counts(response, title)) <= total(response), (query, title)


def test_language_versions_of_one_material_are_one_hit_counted_once(client, make_material):
    english = make_material(title="Quilombola cooperatives report", text="Quilombola communities and cooperatives.",
                            language="en", group="quilombola")
    french = make_material(title="Rapport sur les coopératives quilombolas",
                           text="Communautés quilombolas et coopératives.", language="fr", group="quilombola")
    response = client.get("/search", query_string={"q": "quilombola"}, headers={"Accept-Language": "fr"})
    assert total(response) == 1
    assert hit_urls(response) == [f"/materials/{french.id}"], "the reader's language is shown"
    also_in = response.get_data(as_text=True).split('<p class="also-in">', 1)[1].split("</p>", 1)[0]
    assert f'href="/materials/{english.id}" lang="en"' in also_in
    english_reader = client.get("/search", query_string={"q": "quilombola"}, headers={"Accept-Language": "en"})
    assert hit_urls(english_reader) == [f"/materials/{english.id}"]
    assert facet_counts(english_reader, "Kind of result") == [1] and facet_counts(english_reader, "Kind of material") == [1]
    assert f'href="/materials/{french.id}" lang="fr"' in english_reader.get_data(as_text=True)
