"""A visitor browses the archive: home timeline, about, editions, materials, topics."""
import csv
from datetime import date, timedelta
from pathlib import Path

from brain.archive import services
from brain.archive.models import Edition
from brain.extensions import db

EDITIONS_CSV = Path(__file__).resolve().parents[2] / "brain" / "archive" / "data" / "editions.csv"


def known_editions():
    with open(EDITIONS_CSV, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_home_shows_a_timeline_of_all_twelve_editions(client):
    page = client.get("/").get_data(as_text=True)
    editions = known_editions()
    assert len(editions) == 12
    for row in editions:
        assert f'href="/editions/{row["slug"]}"' in page
        assert row["city"] in page


def test_home_lists_the_newest_materials(client, make_material):
    make_material(title="Fresh notes on mutual health insurance")
    page = client.get("/").get_data(as_text=True)
    assert "Fresh notes on mutual health insurance" in page


def test_about_tells_the_history_from_the_editions_facts(client):
    page = client.get("/about").get_data(as_text=True)
    assert "2010" in page and "Turin" in page and "Lisbon" in page
    assert "Social and Solidarity Economy: Building a Common Understanding" in page
    assert "CASES" in page  # a partner of the 12th edition
    assert "Collective Brain" in page


def test_edition_page_shows_facts_and_theme_in_the_readers_language(client):
    page = client.get("/editions/2021-lisbon", headers={"Accept-Language": "es"}).get_data(as_text=True)
    assert "Reconstruir mejor" in page
    assert "Lisboa" in page and "CASES" in page


def test_edition_theme_falls_back_to_another_language_with_a_note(client):
    page = client.get("/editions/2016-san-jose", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert "L&#39;économie sociale et solidaire : source d&#39;emploi" in page
    assert 'lang="fr"' in page


def test_unknown_edition_is_404(client):
    assert client.get("/editions/1999-nowhere").status_code == 404


def test_edition_page_has_programme_quick_links_and_grouped_materials(client, make_material, edition, admin):
    session = services.save_session(edition, services.SessionData(
        day=1, kind="plenary", titles={"en": "Opening plenary"}, summaries={"en": "Why SSE matters now."},
        speakers="Ana Silva, CASES", recording_url="https://example.org/rec/day1"), admin)
    make_material(title="Programme of the 12th Academy", kind="agenda")
    summary = make_material(title="Summary of the opening", kind="summary")
    summary.session = session
    db.session.commit()
    page = client.get("/editions/2021-lisbon").get_data(as_text=True)
    assert "Opening plenary" in page and "Ana Silva, CASES" in page
    assert "https://example.org/rec/day1" in page
    assert "Download the agenda" in page
    assert "/editions/2021-lisbon/summaries" in page
    assert page.index("Opening plenary") < page.index("Summary of the opening")
    summaries = client.get("/editions/2021-lisbon/summaries").get_data(as_text=True)
    assert "Why SSE matters now." in summaries


def test_live_stream_stands_out_while_an_edition_is_under_way(client, admin):
    today = date.today()
    edition = services.save_edition(services.EditionData(
        number=13, year=today.year, slug="live-edition", city="Geneva", country="CH",
        start_date=today - timedelta(days=1), end_date=today + timedelta(days=1)), admin)
    services.save_session(edition, services.SessionData(
        day=2, kind="plenary", date=today, titles={"en": "Today's plenary"},
        stream_url="https://example.org/live/today"), admin)
    page = client.get("/editions/live-edition").get_data(as_text=True)
    assert "Live now" in page
    assert "https://example.org/live/today" in page


def test_material_page_shows_metadata_and_other_languages(client, make_material):
    english = make_material(title="Decent work in the SSE", language="en", group="dw")
    spanish = make_material(title="Trabajo decente en la ESS", language="es", group="dw")
    page = client.get(f"/materials/{english.id}").get_data(as_text=True)
    assert "Decent work in the SSE" in page
    assert f'href="/materials/{spanish.id}"' in page and 'hreflang="es"' in page


def download(client, url):
    """Fetch a file and close the response, as a browser would."""
    with client.get(url) as response:
        response.get_data()
        return response


def test_download_sends_the_file_under_its_name_and_counts(client, make_material):
    material = make_material(title="Cooperative finance", text="Credit unions and cooperative banks.")
    response = download(client, f"/materials/{material.id}/download")
    assert response.status_code == 200
    assert response.data == b"Credit unions and cooperative banks."
    assert "Cooperative finance.txt" in response.headers["Content-Disposition"]
    download(client, f"/materials/{material.id}/download")
    db.session.refresh(material)
    assert material.download_count == 2
    assert ">2<" in client.get(f"/materials/{material.id}").get_data(as_text=True)


def test_link_material_redirects_to_the_recording(client, make_material):
    material = make_material(title="Recording of day 1", fmt="link", kind="recording", url="https://example.org/r/1")
    response = client.get(f"/materials/{material.id}/download")
    assert response.status_code == 302 and response.headers["Location"] == "https://example.org/r/1"


def test_members_only_material_sends_visitors_to_sign_in(client, make_material):
    material = make_material(title="Participants list", visibility="members")
    for url in (f"/materials/{material.id}", f"/materials/{material.id}/download"):
        response = client.get(url)
        assert response.status_code == 302
        assert "/login" in response.headers["Location"]


def test_members_only_material_opens_for_a_member(member_client, make_material):
    material = make_material(title="Participants list", visibility="members", text="names")
    assert member_client.get(f"/materials/{material.id}").status_code == 200
    assert download(member_client, f"/materials/{material.id}/download").data == b"names"


def test_unverified_account_cannot_open_members_only_material(app, make_user, make_material):
    from tests.conftest import login

    browser = app.test_client()
    login(browser, make_user(verified=False))
    material = make_material(visibility="members")
    assert browser.get(f"/materials/{material.id}").status_code == 403


def test_materials_list_filters_and_shows_one_version_per_group(client, make_material):
    make_material(title="Informal economy reader", language="en", group="ie", topics=("informal-economy",))
    make_material(title="Lectura sobre economía informal", language="es", group="ie", topics=("informal-economy",))
    make_material(title="Agadir agenda", kind="agenda", edition="2013-agadir", language="fr")
    page = client.get("/materials").get_data(as_text=True)
    assert "Informal economy reader" in page and "Lectura sobre economía informal" not in page
    spanish = client.get("/materials?language=es").get_data(as_text=True)
    assert "Lectura sobre economía informal" in spanish and "Agadir agenda" not in spanish
    agadir = client.get("/materials?edition=2013-agadir&kind=agenda").get_data(as_text=True)
    assert "Agadir agenda" in agadir and "Informal economy reader" not in agadir
    topic = client.get("/materials?topic=informal-economy").get_data(as_text=True)
    assert "Informal economy reader" in topic and "Agadir agenda" not in topic


def test_materials_list_is_newest_first_and_paginated(client, make_material):
    for number in range(23):
        make_material(title=f"Numbered reading {number:02d}")
    first = client.get("/materials").get_data(as_text=True)
    assert first.index("Numbered reading 22") < first.index("Numbered reading 21")
    assert "Numbered reading 02" not in first
    second = client.get("/materials?page=2").get_data(as_text=True)
    assert "Numbered reading 02" in second


def test_topic_page_lists_its_materials(client, make_material):
    make_material(title="Gender and cooperatives", topics=("womens-empowerment",))
    make_material(title="Unrelated agenda", kind="agenda")
    page = client.get("/topics/womens-empowerment").get_data(as_text=True)
    assert "Gender and cooperatives" in page and "Unrelated agenda" not in page
    assert client.get("/topics/no-such-topic").status_code == 404


def test_visitors_never_see_members_only_materials_in_lists(client, make_material):
    make_material(title="Secret participants list", visibility="members")
    for url in ("/", "/materials", "/editions/2021-lisbon"):
        assert "Secret participants list" not in client.get(url).get_data(as_text=True)


def test_all_editions_are_in_the_database(app):
    assert db.session.query(Edition).count() == 12
