"""An admin keeps the editions, their programmes and the topics."""
import re

from brain.archive.queries import edition_by_slug, topic_by_slug
from brain.extensions import db


def edition_form(**overrides):
    data = {"number": 13, "year": 2023, "slug": "2023-geneva", "city": "Geneva", "country": "CH",
            "start_date": "2023-06-05", "end_date": "2023-06-09", "partners": "ILO; ITCILO",
            "languages": "en fr", "theme_en": "SSE and the care economy", "theme_fr": "L'ESS et l'économie du soin",
            "theme_es": "", "theme_pt": "", "description_en": "", "description_fr": "", "description_es": "",
            "description_pt": ""}
    data.update(overrides)
    return data


def test_admin_creates_an_edition_with_a_multilingual_theme(admin_client, client):
    response = admin_client.post("/admin/editions/new", data=edition_form())
    assert response.status_code == 302
    edition = edition_by_slug("2023-geneva")
    assert edition.theme("fr")[0] == "L'ESS et l'économie du soin"
    page = client.get("/editions/2023-geneva", headers={"Accept-Language": "fr"}).get_data(as_text=True)
    assert "L&#39;ESS et l&#39;économie du soin" in page


def test_admin_edits_an_edition(admin_client, edition):
    form = edition_form(number=edition.number, year=2021, slug="2021-lisbon", city="Lisbon", country="PT",
                        start_date="2021-11-15", end_date="2021-11-26", theme_en="Building back better")
    assert admin_client.post(f"/admin/editions/{edition.id}/edit", data=form).status_code == 302
    db.session.refresh(edition)
    assert edition.theme("en")[0] == "Building back better"


def test_a_taken_slug_or_number_gets_a_message(admin_client):
    response = admin_client.post("/admin/editions/new", data=edition_form(number=12, slug="2021-lisbon"))
    assert response.status_code == 200
    assert "already uses this number or address" in response.get_data(as_text=True)


def test_end_before_start_is_refused(admin_client):
    response = admin_client.post("/admin/editions/new", data=edition_form(start_date="2023-06-09", end_date="2023-06-01"))
    assert "The end date is before the start date." in response.get_data(as_text=True)
    assert edition_by_slug("2023-geneva") is None


def test_admin_adds_and_edits_a_session(admin_client, client, edition):
    form = {"day": 2, "kind": "workshop", "speakers": "M. Diallo", "recording_url": "", "stream_url": "",
            "title_en": "Financing workshop", "title_fr": "Atelier sur le financement", "title_es": "", "title_pt": "",
            "summary_en": "Tools for social finance.", "summary_fr": "", "summary_es": "", "summary_pt": ""}
    assert admin_client.post(f"/admin/editions/{edition.id}/sessions/new", data=form).status_code == 302
    db.session.refresh(edition)
    session = edition.sessions[-1]
    page = client.get("/editions/2021-lisbon", headers={"Accept-Language": "fr"}).get_data(as_text=True)
    shown = re.sub(r'<script type="application/ld\+json">.*?</script>', "", page, flags=re.S)
    assert shown.count("Atelier sur le financement") == 1
    form["title_en"] = "Social finance workshop"
    assert admin_client.post(f"/admin/sessions/{session.id}/edit", data=form).status_code == 302
    assert "Social finance workshop" in client.get("/editions/2021-lisbon").get_data(as_text=True)


def test_admin_creates_a_topic(admin_client, client):
    form = {"slug": "care-economy", "name_en": "Care economy", "name_fr": "Économie du soin",
            "name_es": "Economía del cuidado", "name_pt": "Economia do cuidado"}
    assert admin_client.post("/admin/topics/new", data=form).status_code == 302
    assert topic_by_slug("care-economy").name("es")[0] == "Economía del cuidado"
    assert client.get("/topics/care-economy").status_code == 200
