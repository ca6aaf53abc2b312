"""The six verbs and the protocol's errors, each response valid against the official OAI-PMH.xsd and oai_dc.xsd."""
import re
import time
from datetime import datetime, timedelta, timezone

import pytest
import requests
from sqlalchemy import select

from brain.archive.models import Material
from brain.extensions import db

NS = {"oai": "http://www.openarchives.org/OAI/2.0/", "dc": "http://purl.org/dc/elements/1.1/",
      "oai_dc": "http://www.openarchives.org/OAI/2.0/oai_dc/"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def ask(site, method="GET", **arguments):
    """Send one OAI-PMH request to the served archive; return the raw body."""
    if method == "POST":
        response = requests.post(f"{site['url']}/oai", data=arguments, timeout=30)
    else:
        response = requests.get(f"{site['url']}/oai", params=arguments, timeout=30)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/xml")
    return response.content


def errors(tree) -> list[str]:
    return [element.get("code") for element in tree.findall("oai:error", NS)]


def materials(site, **where):
    with site["app"].app_context():
        stmt = select(Material).where(*[getattr(Material, name) == value for name, value in where.items()])
        rows = list(db.session.scalars(stmt.order_by(Material.id)))
        return [(row.id, row.title, row.language, row.translation_group) for row in rows]


def test_identify(demo_site, validate):
    tree = validate(ask(demo_site, verb="Identify"))
    identify = tree.find("oai:Identify", NS)
    assert identify.findtext("oai:baseURL", namespaces=NS) == f"{demo_site['url']}/oai"
    assert identify.findtext("oai:protocolVersion", namespaces=NS) == "2.0"
    assert identify.findtext("oai:deletedRecord", namespaces=NS) == "persistent"
    assert identify.findtext("oai:granularity", namespaces=NS) == "YYYY-MM-DDThh:mm:ssZ"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", identify.findtext("oai:earliestDatestamp", namespaces=NS))
    assert tree.find("oai:request", NS).get("verb") == "Identify"


def test_list_metadata_formats_for_the_repository_and_for_one_record(demo_site, validate):
    tree = validate(ask(demo_site, verb="ListMetadataFormats"))
    assert [p.text for p in tree.iterfind(".//oai:metadataPrefix", NS)] == ["oai_dc"]
    first_public = materials(demo_site, visibility="public")[0][0]
    tree = validate(ask(demo_site, verb="ListMetadataFormats", identifier=f"{demo_site['url']}/materials/{first_public}"))
    assert tree.find(".//oai:metadataNamespace", NS).text == NS["oai_dc"]


def test_list_sets_names_each_edition_language_kind_and_topic(demo_site, validate):
    tree = validate(ask(demo_site, verb="ListSets"))
    specs = {s.text for s in tree.iterfind(".//oai:setSpec", NS)}
    assert {"edition", "language", "kind", "topic"} <= specs
    assert {"edition:2021-lisbon", "language:fr", "kind:recording", "topic:decent-work"} <= specs


def test_get_record_describes_a_material_in_dublin_core(demo_site, validate):
    grouped = [row for row in materials(demo_site, visibility="public", is_deleted=False) if row[3]]
    material_id, title, language, group = grouped[0]
    siblings = [row[0] for row in materials(demo_site, visibility="public", is_deleted=False, translation_group=group)
                if row[0] != material_id]
    identifier = f"{demo_site['url']}/materials/{material_id}"
    tree = validate(ask(demo_site, verb="GetRecord", identifier=identifier, metadataPrefix="oai_dc"))
    record = tree.find(".//oai:record", NS)
    assert record.findtext("oai:header/oai:identifier", namespaces=NS) == identifier
    dc = record.find("oai:metadata/oai_dc:dc", NS)
    titles = dc.findall("dc:title", NS)
    assert [(t.text, t.get(XML_LANG)) for t in titles] == [(title, language)]
    assert dc.find("dc:description", NS).get(XML_LANG) == language
    assert dc.findtext("dc:identifier", namespaces=NS) == identifier
    assert dc.findtext("dc:language", namespaces=NS) == language
    relations = [r.text for r in dc.findall("dc:relation", NS)]
    assert relations[0].startswith(f"{demo_site['url']}/editions/")
    assert sorted(relations[1:]) == sorted(f"{demo_site['url']}/materials/{other}" for other in siblings)
    assert dc.findall("dc:creator", NS) and dc.findall("dc:subject", NS)
    assert {s.get(XML_LANG) for s in dc.findall("dc:subject", NS)} == {"en", "fr", "es", "pt"}
    assert re.fullmatch(r"\d{4}(-\d\d-\d\d)?", dc.findtext("dc:date", namespaces=NS))
    assert dc.findall("dc:type", NS)[0].text in {"agenda", "summary", "presentation", "recording", "reading",
                                                 "report", "photo", "other"}


def test_post_requests_are_answered_like_get(demo_site, validate):
    tree = validate(ask(demo_site, method="POST", verb="ListIdentifiers", metadataPrefix="oai_dc",
                        set="edition:2021-lisbon"))
    assert tree.findall(".//oai:header", NS)


def test_sets_select_their_records(demo_site, validate):
    for spec, expected in (("language:fr", "language:fr"), ("kind:recording", "kind:recording"),
                           ("topic:decent-work", "topic:decent-work"), ("edition:2021-lisbon", "edition:2021-lisbon")):
        tree = validate(ask(demo_site, verb="ListIdentifiers", metadataPrefix="oai_dc", set=spec))
        headers = tree.findall(".//oai:header", NS)
        assert headers, spec
        for header in headers:
            assert expected in [s.text for s in header.findall("oai:setSpec", NS)]


def test_a_list_is_paged_with_signed_tokens(demo_site, validate):
    public = materials(demo_site, visibility="public")
    tree = validate(ask(demo_site, verb="ListIdentifiers", metadataPrefix="oai_dc"))
    token = tree.find(".//oai:resumptionToken", NS)
    assert token.text and token.get("cursor") == "0" and token.get("completeListSize") == str(len(public))
    expires = datetime.strptime(token.get("expirationDate"), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    assert expires > datetime.now(timezone.utc) + timedelta(hours=1)
    page = len(tree.findall(".//oai:header", NS))
    tree = validate(ask(demo_site, verb="ListIdentifiers", resumptionToken=token.text))
    assert tree.find(".//oai:resumptionToken", NS).get("cursor") == str(page)
    assert tree.find("oai:request", NS).attrib == {"verb": "ListIdentifiers", "resumptionToken": token.text}


def _token(demo_site):
    tree = ask(demo_site, verb="ListRecords", metadataPrefix="oai_dc")
    return re.search(rb"<resumptionToken[^>]*>([^<]+)<", tree).group(1).decode()


@pytest.mark.parametrize("arguments, code", [
    ({}, "badVerb"),
    ({"verb": "ListEverything"}, "badVerb"),
    ({"verb": "Identify", "extra": "1"}, "badArgument"),
    ({"verb": "ListRecords"}, "badArgument"),
    ({"verb": "GetRecord", "metadataPrefix": "oai_dc"}, "badArgument"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "yesterday"}, "badArgument"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2021-01-01", "until": "2021-01-02T00:00:00Z"},
     "badArgument"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2022-01-01", "until": "2021-01-01"}, "badArgument"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "edition::x"}, "badArgument"),
    ({"verb": "ListRecords", "metadataPrefix": "marc21"}, "cannotDisseminateFormat"),
    ({"verb": "GetRecord", "metadataPrefix": "marc21", "identifier": "{url}/materials/1"}, "cannotDisseminateFormat"),
    ({"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": "{url}/materials/999999"}, "idDoesNotExist"),
    ({"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": "oai:elsewhere:1"}, "idDoesNotExist"),
    ({"verb": "ListMetadataFormats", "identifier": "{url}/materials/999999"}, "idDoesNotExist"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2999-01-01"}, "noRecordsMatch"),
    ({"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "set": "edition:1999-atlantis"}, "noRecordsMatch"),
    ({"verb": "ListRecords", "resumptionToken": "not-a-token"}, "badResumptionToken"),
    ({"verb": "ListRecords", "resumptionToken": "{token}x"}, "badResumptionToken"),
    ({"verb": "ListIdentifiers", "resumptionToken": "{token}"}, "badResumptionToken"),
    ({"verb": "ListSets", "resumptionToken": "anything"}, "badResumptionToken"),
    ({"verb": "ListRecords", "resumptionToken": "{token}", "metadataPrefix": "oai_dc"}, "badArgument"),
])
def test_each_error_is_reported_with_its_code(demo_site, validate, arguments, code):
    token = _token(demo_site) if any("{token}" in value for value in arguments.values()) else ""
    filled = {name: value.format(url=demo_site["url"], token=token) for name, value in arguments.items()}
    tree = validate(ask(demo_site, **filled))
    assert errors(tree) == [code]
    if code in ("badVerb", "badArgument"):
        assert tree.find("oai:request", NS).attrib == {}


def test_a_repeated_argument_is_a_bad_argument(demo_site, validate):
    body = requests.get(f"{demo_site['url']}/oai?verb=Identify&verb=Identify", timeout=30).content
    assert errors(validate(body)) == ["badArgument"]


def test_an_expired_token_is_refused(demo_site, validate, monkeypatch):
    from brain.oai import tokens

    token = _token(demo_site)
    monkeypatch.setattr(tokens, "TOKEN_LIFETIME", timedelta(seconds=-1))
    assert errors(validate(ask(demo_site, verb="ListRecords", resumptionToken=token))) == ["badResumptionToken"]


def test_until_includes_its_whole_second_and_day(demo_site, validate):
    tree = validate(ask(demo_site, verb="ListIdentifiers", metadataPrefix="oai_dc"))
    stamp = tree.find(".//oai:datestamp", NS).text
    for until in (stamp, stamp[:10]):
        tree = validate(ask(demo_site, verb="ListIdentifiers", metadataPrefix="oai_dc", until=until))
        assert tree.findall(".//oai:header", NS)
    tree = validate(ask(demo_site, verb="ListIdentifiers", metadataPrefix="oai_dc", until="2010-01-01"))
    assert errors(tree) == ["noRecordsMatch"]


def test_members_only_materials_are_never_harvested(demo_site, validate):
    hidden = materials(demo_site, visibility="members")
    assert hidden
    for material_id, _title, _language, _group in hidden:
        tree = validate(ask(demo_site, verb="GetRecord", metadataPrefix="oai_dc",
                            identifier=f"{demo_site['url']}/materials/{material_id}"))
        assert errors(tree) == ["idDoesNotExist"]


def test_a_download_does_not_change_a_datestamp(demo_site, validate):
    material_id = materials(demo_site, visibility="public", is_deleted=False)[0][0]
    identifier = f"{demo_site['url']}/materials/{material_id}"

    def stamp():
        tree = validate(ask(demo_site, verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier))
        return tree.find(".//oai:datestamp", NS).text

    before = stamp()
    time.sleep(1.05 - (time.time() % 1))
    assert requests.get(f"{identifier}/download", timeout=30, allow_redirects=False).status_code in (200, 302)
    assert stamp() == before
