"""Dates, times, file sizes and numbers are written unambiguously in the reader's language."""
from datetime import date, datetime

import pytest
from flask_babel import force_locale

from brain.labels import date_range, file_size, format_when

CASES = {
    "en": ("15–26 November 2021", "29 November\u2009–\u20093 December 2021", "3 Dec 2026, 08:05 UTC", "46 bytes", "37.4 kB"),
    "fr": ("15–26 novembre 2021", "29 novembre\u2009–\u20093 décembre 2021", "3 déc. 2026, 08:05 UTC", "46", "37,4"),
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_dates_times_and_sizes_in_the_readers_language(app, language):
    same_month, two_months, moment, small, size = CASES[language]
    with app.test_request_context(), force_locale(language):
        assert date_range(date(2021, 11, 15), date(2021, 11, 26)) == same_month
        assert date_range(date(2021, 11, 29), date(2021, 12, 3)) == two_months
        assert format_when(datetime(2026, 12, 3, 8, 5)) == moment
        assert file_size(46).startswith(small)
        assert file_size(37_400).startswith(size)
        assert file_size(1) in ("1 byte", "1 octet")


def test_the_about_page_shows_edition_dates_as_intervals(client):
    page = client.get("/about").get_data(as_text=True)
    assert "15–26 November 2021" in page or "November 2021" in page
    assert "Nov 15, 2021" not in page
    french = client.get("/about?lang=fr").get_data(as_text=True)
    assert "novembre 2021" in french


def test_a_material_page_shows_its_size_with_the_readers_decimal_mark(client, make_material):
    material = make_material(text="x " * 20_000, fmt="txt")
    english = client.get(f"/materials/{material.id}").get_data(as_text=True)
    french = client.get(f"/materials/{material.id}?lang=fr").get_data(as_text=True)
    assert "40 kB" in english or "40.0 kB" in english
    assert "Bytes" not in english
    assert "(40 k" in french or "40 ko" in french
