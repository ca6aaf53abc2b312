"""What crawlers and reference managers read: JSON-LD, citation tags, BibTeX, CSL-JSON, the sitemap, robots.txt."""
import json
import re
from datetime import date, time

import extruct
import pytest
from lxml import etree, html

from brain.archive import services
from brain.community import services as community
from brain.community.queries import category_by_slug
from brain.extensions import db

BASE = "http://localhost"
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def json_ld(page: str) -> list[dict]:
    """The JSON-LD items of a page, as extruct reads them."""
    return extruct.extract(page, base_url=BASE, syntaxes=["json-ld"])["json-ld"]


def meta_tags(page: str, name: str) -> list[str]:
    """The content of every `<meta name=…>` of a page (extruct has no syntax for Highwire citation_* tags)."""
    return html.fromstring(page).xpath(f'//head/meta[@name="{name}"]/@content')


@pytest.fixture
def lisbon_programme(edition, admin):
    """Two timed sessions on Lisbon 2021's first and last days."""
    services.save_session(edition, services.SessionData(
        day=1, kind="plenary", date=date(2021, 11, 15), start_time=time(14, 0), end_time=time(15, 30),
        speakers="Simel Esim; Roberto Di Meglio", titles={"en": "Opening plenary", "fr": "Plénière d'ouverture"}), admin)
    services.save_session(edition, services.SessionData(
        day=10, kind="workshop", date=date(2021, 11, 26), start_time=time(16, 0), end_time=time(17, 0),
        titles={"en": "Closing"}), admin)


@pytest.fixture
def translated(make_material):
    """A PDF reading in English with its public French version and a members-only Spanish one."""
    english = make_material(title="Cooperatives and decent work", fmt="pdf", group="coop-decent", topics=("decent-work",),
                            description="How cooperatives create decent jobs.")
    french = make_material(title="Coopératives et travail décent", language="fr", fmt="pdf", group="coop-decent")
    spanish = make_material(title="Cooperativas y trabajo decente (borrador)", language="es", group="coop-decent",
                            visibility="members")
    english.authors = "Maria Helena Costa; Jean-François Tremblay"
    db.session.commit()
    return english, french, spanish


def test_an_online_edition_is_an_education_event_with_its_sessions(client, lisbon_programme):
    items = json_ld(client.get("/editions/2021-lisbon").get_data(as_text=True))
    event = next(item for item in items if item["@type"] == "EducationEvent")
    assert event["url"] == f"{BASE}/editions/2021-lisbon"
    assert event["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert event["location"] == {"@type": "VirtualLocation", "url": f"{BASE}/editions/2021-lisbon"}
    assert event["startDate"] == "2021-11-15T14:00:00+00:00"  # Lisbon in November: UTC+0
    assert event["endDate"] == "2021-11-26T17:00:00+00:00"
    assert event["organizer"]["name"] == "International Training Centre of the ILO"
    opening, closing = event["subEvent"]
    assert opening["name"] == "Opening plenary" and opening["startDate"] == "2021-11-15T14:00:00+00:00"
    assert [person["name"] for person in opening["performer"]] == ["Simel Esim", "Roberto Di Meglio"]
    assert closing["endDate"] == "2021-11-26T17:00:00+00:00"


def test_an_on_site_edition_has_a_place_and_an_organiser_only_where_the_partners_say_so(client, admin):
    from brain.archive.queries import edition_by_slug

    seoul = edition_by_slug("2017-seoul")
    services.save_session(seoul, services.SessionData(day=1, kind="plenary", date=date(2017, 6, 26),
                                                      start_time=time(9, 30), end_time=time(11, 0),
                                                      titles={"en": "Welcome"}), admin)
    event = json_ld(client.get("/editions/2017-seoul").get_data(as_text=True))[0]
    assert event["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert event["location"]["@type"] == "Place"
    assert event["location"]["address"]["addressCountry"] == "KR"
    assert event["startDate"] == "2017-06-26T09:30:00+09:00"
    assert "organizer" in event  # GSEF, Seoul, ITC-ILO and ILO

    san_jose = json_ld(client.get("/editions/2016-san-jose").get_data(as_text=True))[0]
    assert "organizer" not in san_jose  # ILO and Costa Rican partners, not the Turin centre
    assert "startDate" not in san_jose  # the archive does not know its dates


def test_a_material_page_carries_json_ld_and_citation_tags(client, translated):
    english, french, spanish = translated
    page = client.get(f"/materials/{english.id}").get_data(as_text=True)
    resource = json_ld(page)[0]
    assert resource["@type"] == "LearningResource"
    assert resource["name"] == "Cooperatives and decent work"
    assert resource["inLanguage"] == "en"
    assert resource["isPartOf"]["url"] == f"{BASE}/editions/2021-lisbon"
    assert [a["name"] for a in resource["author"]] == ["Maria Helena Costa", "Jean-François Tremblay"]
    assert resource["workTranslation"] == [{"@type": "LearningResource", "@id": f"{BASE}/materials/{french.id}",
                                            "url": f"{BASE}/materials/{french.id}", "inLanguage": "fr"}]
    assert meta_tags(page, "citation_title") == ["Cooperatives and decent work"]
    assert meta_tags(page, "citation_author") == ["Maria Helena Costa", "Jean-François Tremblay"]
    assert meta_tags(page, "citation_publication_date") == ["2021/11/15"]
    assert meta_tags(page, "citation_language") == ["en"]
    assert meta_tags(page, "citation_pdf_url") == [f"{BASE}/materials/{english.id}/download"]
    dublin_core = extruct.extract(page, base_url=BASE, syntaxes=["dublincore"])["dublincore"][0]["elements"]
    assert {(e["name"], e["content"]) for e in dublin_core} >= {("DC.title", "Cooperatives and decent work"),
                                                                ("DC.language", "en")}

    french_page = client.get(f"/materials/{french.id}").get_data(as_text=True)
    version = json_ld(french_page)[0]
    assert version["translationOfWork"]["@id"] == f"{BASE}/materials/{english.id}"
    assert "workTranslation" not in version


def test_a_recording_is_a_video_object_without_a_pdf_tag(client, make_material):
    recording = make_material(title="Opening plenary, day 1", kind="recording", fmt="link",
                              url="https://example.org/recordings/opening")
    page = client.get(f"/materials/{recording.id}").get_data(as_text=True)
    video = json_ld(page)[0]
    assert video["@type"] == "VideoObject"
    assert video["contentUrl"] == "https://example.org/recordings/opening"
    assert video["uploadDate"]
    assert meta_tags(page, "citation_pdf_url") == []


def test_json_ld_cannot_close_its_script_block(client, make_material):
    title = 'Notes </script><script>alert("x")</script> & more'
    material = make_material(title=title)
    page = client.get(f"/materials/{material.id}").get_data(as_text=True)
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    assert "<" not in block and ">" not in block
    assert json_ld(page)[0]["name"] == title


def test_citations_download_as_bibtex_and_csl_json_with_the_same_data(client, translated):
    english, _french, _spanish = translated
    resource = json_ld(client.get(f"/materials/{english.id}").get_data(as_text=True))[0]

    response = client.get(f"/materials/{english.id}/cite.bib")
    assert response.mimetype == "application/x-bibtex"
    assert "attachment" in response.headers["Content-Disposition"]
    bibtex = response.get_data(as_text=True)
    assert bibtex.startswith(f"@misc{{brain-2021-{english.id},")
    assert "title = {Cooperatives and decent work}" in bibtex
    assert "author = {Maria Helena Costa and Jean-François Tremblay}" in bibtex
    assert "year = {2021}" in bibtex and "date = {2021-11-15}" in bibtex
    assert f"url = {{{resource['url']}}}" in bibtex and "language = {en}" in bibtex

    response = client.get(f"/materials/{english.id}/cite.json")
    assert response.mimetype == "application/vnd.citationstyles.csl+json"
    [item] = json.loads(response.get_data(as_text=True))
    assert item["title"] == resource["name"]
    assert [author["literal"] for author in item["author"]] == [a["name"] for a in resource["author"]]
    assert item["issued"] == {"date-parts": [[2021, 11, 15]]}
    assert item["URL"] == resource["url"] and item["language"] == resource["inLanguage"]
    assert item["event-title"] == resource["isPartOf"]["name"]


def test_bibtex_escapes_its_special_characters(client, make_material):
    material = make_material(title="50% of {SSE} & co_ops #1")
    bibtex = client.get(f"/materials/{material.id}/cite.bib").get_data(as_text=True)
    assert r"title = {50\% of \{SSE\} \& co\_ops \#1}" in bibtex


def test_the_material_page_offers_its_citations(client, make_material):
    material = make_material()
    page = client.get(f"/materials/{material.id}").get_data(as_text=True)
    assert f'href="/materials/{material.id}/cite.bib"' in page
    assert f'href="/materials/{material.id}/cite.json"' in page


def _sitemap_urls(client, path="/sitemap.xml") -> dict[str, dict[str, str]]:
    tree = etree.fromstring(client.get(path).get_data())
    urls = {}
    for url in tree.iterfind("s:url", SITEMAP):
        loc = url.findtext("s:loc", namespaces=SITEMAP)
        assert loc not in urls, f"listed twice: {loc}"
        urls[loc] = {link.get("hreflang"): link.get("href") for link in url.iterfind("x:link", SITEMAP)}
    return urls


@pytest.fixture
def public_thread(make_user, translated):
    category = category_by_slug("general")
    category.is_public = True
    db.session.commit()
    return community.start_thread(make_user(), category, "Open question on cooperatives", "Hello", "en")


def test_the_sitemap_lists_every_public_page_once_with_its_language_alternates(client, translated, public_thread,
                                                                                 make_user, make_material):
    from brain.archive.queries import all_topics, editions_timeline

    english, french, spanish = translated
    deleted = make_material(title="Withdrawn")
    services.delete_material(deleted, None)
    members_category = category_by_slug("edition-2021-lisbon")
    hidden_thread = community.start_thread(make_user(), members_category, "Members talk", "Hi", "en")

    urls = _sitemap_urls(client)
    expected = ({f"{BASE}/editions/{e.slug}" for e in editions_timeline()}
                | {f"{BASE}/topics/{t.slug}" for t in all_topics()}
                | {f"{BASE}/materials/{m.id}" for m in (english, french)}
                | {f"{BASE}/threads/{public_thread.id}"})
    assert set(urls) == expected
    assert f"{BASE}/materials/{spanish.id}" not in urls and f"{BASE}/threads/{hidden_thread.id}" not in urls
    for loc, alternates in urls.items():
        assert alternates == {"en": f"{loc}?lang=en", "fr": f"{loc}?lang=fr", "es": f"{loc}?lang=es",
                              "pt": f"{loc}?lang=pt", "x-default": loc}


def test_the_lang_parameter_shows_a_page_in_that_language(client):
    page = client.get("/editions/2021-lisbon?lang=fr").get_data(as_text=True)
    assert '<html lang="fr">' in page
    assert '<html lang="en">' in client.get("/editions/2021-lisbon").get_data(as_text=True)
    assert '<html lang="en">' in client.get("/editions/2021-lisbon?lang=xx").get_data(as_text=True)


def test_a_large_sitemap_becomes_an_index_of_parts(app, client, translated):
    everything = _sitemap_urls(client)
    app.config["SITEMAP_MAX_URLS"] = 10
    tree = etree.fromstring(client.get("/sitemap.xml").get_data())
    assert tree.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    parts = [loc.text for loc in tree.iterfind("s:sitemap/s:loc", SITEMAP)]
    assert parts == [f"{BASE}/sitemap-{n}.xml" for n in range(1, -(-len(everything) // 10) + 1)]
    combined = {}
    for part in parts:
        listed = _sitemap_urls(client, part.removeprefix(BASE))
        assert 0 < len(listed) <= 10 and not set(listed) & set(combined)
        combined.update(listed)
    assert combined == everything
    assert client.get(f"/sitemap-{len(parts) + 1}.xml").status_code == 404


def test_robots_txt_points_to_the_sitemap_and_keeps_private_pages_out(client):
    robots = client.get("/robots.txt")
    assert robots.mimetype == "text/plain"
    lines = robots.get_data(as_text=True).splitlines()
    assert f"Sitemap: {BASE}/sitemap.xml" in lines
    for path in ("/admin/", "/account", "/login", "/search"):
        assert f"Disallow: {path}" in lines


def _harvest_all(client) -> bytes:
    """Every page of a ListRecords harvest through the test client."""
    pages = [client.get("/oai?verb=ListRecords&metadataPrefix=oai_dc").get_data()]
    while token := re.search(rb"<resumptionToken[^>]*>([^<]+)</resumptionToken>", pages[-1]):
        pages.append(client.get("/oai", query_string={"verb": "ListRecords",
                                                      "resumptionToken": token.group(1).decode()}).get_data())
    return b"".join(pages)


def test_members_only_titles_appear_in_no_machine_readable_output(app, client, member_client, translated,
                                                                    make_material, lisbon_programme):
    english, french, spanish = translated
    secrets = [spanish, make_material(title="Confidential action plan", visibility="members", fmt="pdf"),
               make_material(title="Internal recording of the debrief", kind="recording", fmt="link",
                             url="https://example.org/private", visibility="members")]
    app.config["OAI_PAGE_SIZE"] = 2
    harvested = _harvest_all(client).decode()
    outputs = {
        "OAI-PMH": harvested,
        "sitemap": client.get("/sitemap.xml").get_data(as_text=True),
        "edition JSON-LD": json.dumps(json_ld(client.get("/editions/2021-lisbon").get_data(as_text=True))),
    }
    for public in (english, french):
        page = client.get(f"/materials/{public.id}").get_data(as_text=True)
        outputs[f"material {public.id} JSON-LD"] = json.dumps(json_ld(page))
        outputs[f"material {public.id} tags"] = " ".join(html.fromstring(page).xpath("//head/meta/@content"))
        outputs[f"material {public.id} BibTeX"] = client.get(f"/materials/{public.id}/cite.bib").get_data(as_text=True)
    for secret in secrets:
        # A visitor gets the sign-in page; even a member's page of it carries no structured data.
        assert client.get(f"/materials/{secret.id}").status_code == 302
        page = member_client.get(f"/materials/{secret.id}").get_data(as_text=True)
        assert json_ld(page) == [] and not meta_tags(page, "citation_title")
    assert "Cooperatives and decent work" in harvested  # the harvest did reach the materials
    for secret in secrets:
        for name, output in outputs.items():
            assert secret.title not in output, f"{secret.title!r} in the {name}"
            assert f"/materials/{secret.id}<" not in output and f"/materials/{secret.id}\"" not in output, name


def test_the_picker_wins_over_a_lang_parameter_in_the_page_it_returns_to(client):
    client.get("/editions/2021-lisbon?lang=fr")
    response = client.post("/language", data={"language": "es", "next": "/editions/2021-lisbon?lang=fr&page=2"})
    assert response.headers["Location"] == "/editions/2021-lisbon?page=2"
    assert '<html lang="es">' in client.get(response.headers["Location"]).get_data(as_text=True)
