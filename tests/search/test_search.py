"""A reader searches the archive in whatever language they type."""
import re

import pytest

from brain.archive import services
from brain.extensions import db


def test_results_show_title_kind_edition_language_and_highlighted_snippet(client, corpus, titles):
    response = client.get("/search?q=bakers")
    html = response.get_data(as_text=True)
    assert titles(response) == ["A cooperative bakery"]
    assert "Materials" in html and "2013 · Agadir" in html and "English" in html
    assert "<mark>bakers</mark>" in html


@pytest.mark.parametrize("query, expected", [
    ("economia&type=material", {"Trabajo decente y cooperativas", "Économie sociale et coopérative", "Economia solidária no Brasil"}),
    ("cooperativas", {"Trabajo decente y cooperativas", "Economia solidária no Brasil"}),
    ("coopératives", {"Économie sociale et coopérative"}),
    ("cooperatives", {"Decent work in the social economy", "A cooperative bakery"}),
    ("solidaria", {"Economia solidária no Brasil", "Trabajo decente y cooperativas"}),
])
def test_each_language_is_stemmed_and_accents_are_folded(client, corpus, titles, query, expected):
    found = set(titles(client.get(f"/search?q={query}&xlang=0")))
    assert expected <= found


def test_highlighting_marks_words_matched_through_folding_and_stemming(client, corpus):
    html = client.get("/search?q=economia&xlang=0&language=fr").get_data(as_text=True)
    assert "<mark>Économie</mark>" in html


def test_glossary_finds_the_english_material_for_a_spanish_query_ranked_below(client, corpus, titles):
    response = client.get("/search?q=trabajo+decente")
    found = titles(response)
    assert found[0] == "Trabajo decente y cooperativas"
    assert "Decent work in the social economy" in found
    html = response.get_data(as_text=True)
    assert "Found through the glossary" in html and "decent work" in html


def test_reader_can_turn_the_glossary_off(client, corpus, titles):
    assert "Decent work in the social economy" not in titles(client.get("/search?q=trabajo+decente&xlang=0"))


def test_glossary_edits_apply_without_a_rebuild(admin_client, client, corpus, titles):
    assert "A cooperative bakery" not in titles(client.get("/search?q=panadería"))
    response = admin_client.post("/admin/glossary/new", data={
        "slug": "bakery", "terms_en": "bakery", "terms_es": "panadería", "terms_fr": "boulangerie", "terms_pt": ""})
    assert response.status_code == 302
    assert "A cooperative bakery" in titles(client.get("/search?q=panadería"))


def test_facets_count_the_whole_result_and_filters_combine(client, corpus):
    html = client.get("/search?q=cooperative").get_data(as_text=True)
    facets = re.search(r'<aside class="facets".*?</aside>', html, re.S).group(0)
    assert "Language" in facets and "Edition" in facets and "Topic" in facets
    narrowed = client.get("/search?q=cooperative&language=en&kind=report").get_data(as_text=True)
    assert "A cooperative bakery" in narrowed and "Decent work in the social economy" not in narrowed


def test_facet_labels_name_editions_and_topics_in_the_readers_language(client, corpus):
    def facets(language: str) -> str:
        html = client.get("/search?q=cooperative", headers={"Accept-Language": language}).get_data(as_text=True)
        return re.search(r'<aside class="facets".*?</aside>', html, re.S).group(0)

    assert "2013 · Agadir" in facets("en") and "Decent work" in facets("en")
    assert "Travail décent" in facets("fr") and "Trabajo decente" in facets("es")


def test_facet_counts_never_include_members_only_material(client, member_client, corpus):
    def english_count(browser):
        html = browser.get("/search?q=cooperatives&xlang=0").get_data(as_text=True)
        return int(re.search(r"(\d+) results?</h2>", html).group(1))

    assert english_count(member_client) == english_count(client) + 1


@pytest.mark.parametrize("query, present, absent", [
    ('"decent work"', {"Decent work in the social economy"}, {"A cooperative bakery"}),
    ("cooperatives -bakers", {"Decent work in the social economy"}, {"A cooperative bakery"}),
    ("bakers OR catadores", {"A cooperative bakery", "Economia solidária no Brasil"}, {"Decent work in the social economy"}),
    ("cooperative bakers", {"A cooperative bakery"}, {"Decent work in the social economy"}),
])
def test_query_syntax(client, corpus, titles, query, present, absent):
    found = set(titles(client.get("/search", query_string={"q": query, "xlang": "0"})))
    assert present <= found and not (absent & found)


def test_did_you_mean_when_the_words_as_typed_find_something(client, corpus):
    html = client.get("/search?q=cooperativ").get_data(as_text=True)
    assert "Did you mean" in html and ">cooperative</a>" in html


def test_a_misspelling_that_finds_nothing_shows_the_results_of_its_correction(client, corpus, titles):
    response = client.get("/search?q=solidarty")
    html = response.get_data(as_text=True)
    assert "Nothing matches “solidarty”. Showing the results for <strong>solidarity</strong>" in html
    assert "A cooperative bakery" in titles(response)


def results_part(html: str) -> str:
    """The part of a results page that comes from the index: suggestion, facets, hits."""
    return html.split('<div class="search-layout">', 1)[-1]


def test_visitors_never_see_members_only_material_anywhere(client, corpus):
    for query in ("zanzibarian", "confidential participants", "seaweed", "visibility:members seaweed",
                  "hidden:true seaweed", "access:members seaweed", "type:member seaweed"):
        html = client.get("/search", query_string={"q": query}).get_data(as_text=True)
        shown = results_part(html)
        assert "Confidential participants memo" not in shown
        assert "seaweed" not in shown.lower() and "zanzibarian" not in shown.lower()
        assert re.search(r">0 results</h2>", html)
    suggestion = client.get("/search?q=zanzibariann").get_data(as_text=True)
    assert "Did you mean" not in suggestion


def test_members_find_members_only_material(member_client, corpus, titles):
    assert "Confidential participants memo" in titles(member_client.get("/search?q=seaweed"))


def test_editions_are_searchable_by_theme_and_city(client):
    html = client.get("/search?q=recuperação&type=edition").get_data(as_text=True)
    assert 'href="/editions/2021-lisbon"' in html
    assert 'href="/editions/2019-madrid"' in client.get("/search?q=madrid&type=edition").get_data(as_text=True)


def test_an_edition_found_through_its_programme_shows_that_passage(client, edition, admin):
    from brain.archive import services as archive

    archive.save_session(edition, archive.SessionData(
        day=1, kind="workshop", titles={"en": "Seed banks", "fr": "Banques de semences"},
        summaries={"en": "How farmers keep seed banks together.", "fr": "Comment les paysans gardent les semences."}),
        admin)
    english = client.get("/search?q=farmers&type=edition", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert 'href="/editions/2021-lisbon"' in english
    assert "Seed banks. How <mark>farmers</mark> keep seed banks together" in english
    french = client.get("/search?q=semences&type=edition&xlang=0",
                        headers={"Accept-Language": "fr"}).get_data(as_text=True)
    assert "Banques de <mark>semences</mark>" in french


def test_index_follows_add_edit_delete(client, make_material, admin, titles):
    material = make_material(title="Mutual insurance in Ghana", text="Mutual health organisations in Accra.")
    assert titles(client.get("/search?q=accra")) == ["Mutual insurance in Ghana"]
    data = services.MaterialData(title="Mutual insurance in Kumasi", edition=material.edition, kind="reading", language="en")
    services.update_material(material, data, admin)
    assert titles(client.get("/search?q=kumasi")) == ["Mutual insurance in Kumasi"]
    services.delete_material(material, admin)
    assert titles(client.get("/search?q=kumasi")) == []


def test_a_word_searched_in_vain_is_found_once_a_material_holds_it(client, make_material, titles):
    assert titles(client.get("/search?q=zanzibar")) == []
    assert titles(client.get("/search?q=zanzibar")) == []
    make_material(title="Seaweed farming cooperatives", text="Women farm seaweed off Zanzibar.")
    assert titles(client.get("/search?q=zanzibar")) == ["Seaweed farming cooperatives"]
    make_material(title="Clove growers", text="Clove growers of Zanzibar and Pemba.")
    assert set(titles(client.get("/search?q=zanzibar"))) == {"Seaweed farming cooperatives", "Clove growers"}


def test_a_rolled_back_change_leaves_the_index_untouched(client, make_material, titles):
    material = make_material(title="Original title", text="Timbuktu")
    material.title = "Rolled back title"
    db.session.flush()
    db.session.rollback()
    assert titles(client.get("/search?q=timbuktu")) == ["Original title"]


def test_sort_by_date_and_pagination(client, make_material, titles):
    for index, slug in enumerate(("2010-turin", "2021-lisbon", "2015-puebla")):
        make_material(title=f"Pagination reading {index}", text="quinoa cooperatives", edition=slug)
    newest_first = titles(client.get("/search?q=quinoa&sort=date"))
    assert newest_first == ["Pagination reading 1", "Pagination reading 2", "Pagination reading 0"]
    for index in range(12):
        make_material(title=f"Extra quinoa {index}", text="quinoa")
    page2 = client.get("/search?q=quinoa&page=2").get_data(as_text=True)
    assert "Page 2 of 2" in page2


@pytest.mark.parametrize("query", ["cooperatives", "trabajo decente", "economia", '"decent work"'])
def test_the_count_agrees_with_the_facets(client, corpus, make_material, query):
    for number in range(15):
        make_material(title=f"Cooperative note {number}", text="cooperatives economia decent work trabajo decente")
    html = client.get("/search", query_string={"q": query}).get_data(as_text=True)
    total = int(re.search(r">(\d+) results?</h2>", html).group(1))
    facet = re.search(r"<h3>Kind of result</h3>(.*?)</ul>", html, re.S).group(1)
    assert total == sum(int(n) for n in re.findall(r"\((\d+)\)", facet))
