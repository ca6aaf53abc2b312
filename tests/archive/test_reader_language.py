"""A reader sees city names, themes and session titles in their language, with a note where content falls back."""
import re

import pytest

from brain.archive import services

CITY = {"fr": "Lisbonne", "es": "Lisboa", "pt": "Lisboa"}
#: "(in English)" as each language writes it.
IN_ENGLISH = {"fr": "(en anglais)", "es": "(en inglés)", "pt": "(em inglês)"}


def read(client, path: str, language: str) -> str:
    return client.get(path, headers={"Accept-Language": language}).get_data(as_text=True)


def text_of(page: str) -> str:
    """The page's visible text, tags dropped, so that "Lisbon" inside "Lisbonne" or a URL does not count."""
    body = re.sub(r"<script.*?</script>|<head>.*?</head>", " ", page, flags=re.S)
    return re.sub(r"<[^>]+>", " ", body)


def english_city_in(page: str) -> bool:
    return re.search(r"\bLisbon\b", text_of(page)) is not None


@pytest.mark.parametrize("language", ["fr", "es", "pt"])
def test_home_timeline_names_the_city_in_the_readers_language(client, language):
    page = read(client, "/", language)
    assert CITY[language] in text_of(page)
    assert not english_city_in(page)


@pytest.mark.parametrize("language", ["fr", "es", "pt"])
def test_edition_pages_name_the_city_in_the_readers_language(client, language):
    for path in ("/editions", "/editions/2021-lisbon", "/editions/2021-lisbon/summaries", "/about"):
        page = read(client, path, language)
        assert CITY[language] in text_of(page), path
        assert not english_city_in(page), path


@pytest.mark.parametrize("language", ["fr", "es", "pt"])
def test_materials_lists_name_the_city_in_the_readers_language(client, make_material, language):
    make_material(title="Notes on social finance")
    for path in ("/", "/materials", "/materials?edition=2021-lisbon", "/editions/2021-lisbon"):
        page = read(client, path, language)
        item = next(chunk for chunk in page.split("<li") if "Notes on social finance" in chunk)
        assert CITY[language] in item, path
        assert not english_city_in(item), path


@pytest.mark.parametrize("language", ["fr", "es", "pt"])
def test_search_results_label_the_edition_in_the_readers_language(client, make_material, language):
    make_material(title="Notes on social finance", text="Mutual guarantee funds for cooperatives.")
    page = read(client, "/search?q=guarantee", language)
    assert "Notes on social finance" in page
    assert f"2021 · {CITY[language]}" in page
    assert not english_city_in(page)


@pytest.mark.parametrize("language", ["fr", "es", "pt"])
def test_community_edition_categories_name_the_city_in_the_readers_language(member_client, language):
    page = read(member_client, "/community", language)
    assert CITY[language] in text_of(page)
    assert not english_city_in(page)


def test_an_english_theme_on_a_french_page_says_so_in_french(client):
    # Lisbon 2021 has its theme in English, Spanish and Portuguese, not in French.
    for path in ("/", "/editions", "/editions/2021-lisbon"):
        page = read(client, path, "fr")
        assert re.search(r'<span lang="en">Building back better[^<]*</span>\s*'
                         r'<span class="lang-note" lang="fr">\(en anglais\)</span>', page) or \
            re.search(r'<p class="theme" lang="en">Building back better[^<]*<span class="lang-note" lang="fr">'
                      r'\(en anglais\)</span>', page), path
        assert "(in English)" not in page, path


def test_a_theme_in_the_readers_language_has_no_note(client):
    page = read(client, "/editions/2021-lisbon", "es")
    assert "Reconstruir mejor" in page
    assert "(en inglés)" not in page.split("Reconstruir mejor", 1)[1][:200]


@pytest.mark.parametrize("language", ["fr", "es", "pt"])
def test_an_english_session_title_carries_the_note_and_its_language(client, edition, admin, language):
    services.save_session(edition, services.SessionData(day=1, kind="plenary", titles={"en": "Opening plenary"}),
                          admin)
    for path in ("/editions/2021-lisbon", "/editions/2021-lisbon/summaries"):
        page = read(client, path, language)
        assert re.search(rf'<(span|strong) lang="en">Opening plenary</\1>\s*<span class="lang-note" lang="{language}">'
                         rf'{re.escape(IN_ENGLISH[language])}</span>', page), path


def test_home_shows_the_newest_edition_first_and_the_ways_in(client):
    page = read(client, "/", "en")
    timeline = page.split('id="timeline-title"', 1)[1]
    years = [int(year) for year in re.findall(r'<span class="year">(\d{4})</span>', timeline)]
    assert years == sorted(years, reverse=True) and years[0] == 2021
    welcome = page.split('id="featured-title"', 1)[0]
    assert 'action="/search"' in welcome and 'id="home-search"' in welcome
    assert 'href="/editions"' in welcome and 'href="/login"' in welcome and 'href="/register"' in welcome
    featured = page.split('id="featured-title"', 1)[1].split('id="timeline-title"', 1)[0]
    assert "Lisbon 2021" in featured and 'href="/editions/2021-lisbon"' in featured


def test_home_features_the_edition_under_way(client, app):
    from datetime import date, timedelta

    from brain.archive.queries import edition_by_slug
    from brain.extensions import db

    madrid = edition_by_slug("2019-madrid")
    madrid.start_date, madrid.end_date = date.today() - timedelta(days=1), date.today() + timedelta(days=1)
    db.session.commit()
    page = read(client, "/", "fr")
    featured = page.split('id="featured-title"', 1)[1].split('id="timeline-title"', 1)[0]
    assert "Madrid 2019" in featured and 'href="/editions/2019-madrid"' in featured


def test_signed_in_members_are_not_asked_to_join(member_client):
    welcome = member_client.get("/").get_data(as_text=True).split('id="featured-title"', 1)[0]
    assert 'href="/register"' not in welcome
