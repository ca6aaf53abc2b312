"""The JSON API: what visitors and token holders read, paging and Link headers, errors as JSON."""
import hashlib

import pytest
from sqlalchemy import text

from brain.extensions import db
from tests.api.conftest import bearer
from tests.conftest import build_app, login


@pytest.fixture
def archive(make_material):
    """A public reading in English and French (one translation group) and a members-only link."""
    english = make_material(title="Cooperatives and decent work", topics=("cooperatives",), group="coop",
                            description="An overview.")
    french = make_material(title="Coopératives et travail décent", language="fr", topics=("cooperatives",),
                           group="coop", text="Les coopératives créent du travail décent.")
    secret = make_material(title="Confidential cooperatives briefing", visibility="members", fmt="link",
                           url="https://example.org/briefing", text="", kind="report")
    return {"english": english.id, "french": french.id, "secret": secret.id}


def _titles(response) -> set[str]:
    return {item["title"] for item in response.get_json()["items"]}


def test_visitors_never_see_members_only_materials(client, archive):
    assert "Confidential cooperatives briefing" not in _titles(client.get("/api/v1/materials?per_page=100"))
    assert "Confidential cooperatives briefing" not in _titles(client.get("/api/v1/materials?kind=report"))
    assert "Confidential cooperatives briefing" not in _titles(
        client.get("/api/v1/editions/2021-lisbon/materials?per_page=100"))
    response = client.get(f"/api/v1/materials/{archive['secret']}")
    assert response.status_code == 404
    assert response.get_json()["code"] == 404
    found = client.get("/api/v1/search?q=confidential briefing").get_json()
    assert all(hit["id"] != archive["secret"] for hit in found["items"] + found["partial_items"])
    lisbon = client.get("/api/v1/editions/2021-lisbon").get_json()
    assert lisbon["material_count"] == 2  # both language versions, as the editions page counts them


def test_a_member_token_opens_members_only_materials(client, archive, member_token):
    headers = bearer(member_token)
    assert "Confidential cooperatives briefing" in _titles(client.get("/api/v1/materials", headers=headers))
    assert "Confidential cooperatives briefing" in _titles(
        client.get("/api/v1/editions/2021-lisbon/materials", headers=headers))
    detail = client.get(f"/api/v1/materials/{archive['secret']}", headers=headers)
    assert detail.status_code == 200
    assert detail.get_json()["link"] == "https://example.org/briefing"
    assert detail.headers["Cache-Control"] == "private, no-store"
    found = client.get("/api/v1/search?q=confidential briefing", headers=headers).get_json()
    assert archive["secret"] in {hit["id"] for hit in found["items"]}
    assert client.get("/api/v1/editions/2021-lisbon", headers=headers).get_json()["material_count"] == 3


def test_a_signed_in_browser_without_a_token_reads_as_a_visitor(app, archive, member):
    browser = app.test_client()
    login(browser, member)
    assert browser.get(f"/api/v1/materials/{archive['secret']}").status_code == 404


def test_a_material_has_its_versions_topics_and_file(client, archive):
    material = client.get(f"/api/v1/materials/{archive['english']}").get_json()
    assert material["language"] == "en"
    assert [(v["id"], v["language"]) for v in material["versions"]] == [(archive["french"], "fr")]
    assert material["topics"] == [{"slug": "cooperatives", "name": "Cooperatives"}]
    assert material["file"]["media_type"] == "text/plain"
    assert len(material["file"]["sha256"]) == 64
    assert material["download_url"].endswith(f"/materials/{archive['english']}/download")
    assert material["edition"]["slug"] == "2021-lisbon"
    # The list shows one version per translation group, unless a language is asked for.
    assert _titles(client.get("/api/v1/materials")) == {"Cooperatives and decent work"}
    assert _titles(client.get("/api/v1/materials?language=fr")) == {"Coopératives et travail décent"}
    # An edition or topic that does not exist matches nothing (it is not ignored).
    assert client.get("/api/v1/materials?edition=1999-nowhere").get_json()["total"] == 0
    assert client.get("/api/v1/materials?topic=cooperatives").get_json()["total"] == 1


def test_editions_come_with_their_sessions_and_topics_with_their_names(client, edition, admin):
    from brain.archive import services

    services.save_session(edition, services.SessionData(day=1, kind="plenary", titles={"en": "Opening"}), admin)
    lisbon = client.get("/api/v1/editions/2021-lisbon").get_json()
    assert [session["title"] for session in lisbon["sessions"]] == ["Opening"]
    assert lisbon["number"] == 12
    assert client.get("/api/v1/editions/1999-nowhere").status_code == 404
    topics = client.get("/api/v1/topics?per_page=100").get_json()["items"]
    cooperatives = next(topic for topic in topics if topic["slug"] == "cooperatives")
    assert cooperatives["names"]["fr"] == "Coopératives"


def test_search_answers_as_the_search_service_does(app, client, archive):
    from flask_login import AnonymousUserMixin

    from brain.search.service import SearchRequest, search

    with app.test_request_context("/search?q=cooperatives"):
        outcome = search(SearchRequest(q="cooperatives"), AnonymousUserMixin())
        expected = ([hit.key for hit in outcome.hits], outcome.total)
    found = client.get("/api/v1/search?q=cooperatives").get_json()
    assert ([f"{hit['type']}:{hit['id']}" for hit in found["items"]], found["total"]) == expected
    assert found["per_page"] == 10 and found["facets"]["type"]
    only_materials = client.get("/api/v1/search?q=cooperatives&type=material").get_json()
    assert {hit["type"] for hit in only_materials["items"]} == {"material"}
    assert client.get("/api/v1/search?type=nonsense").status_code == 422


def test_pages_carry_link_headers(client):
    response = client.get("/api/v1/editions?per_page=5&page=2")
    body = response.get_json()
    assert (body["page"], body["per_page"], body["total"], body["pages"]) == (2, 5, 12, 3)
    assert len(body["items"]) == 5
    links = response.headers["Link"]
    for rel, page in (("first", 1), ("prev", 1), ("next", 3), ("last", 3)):
        assert f'<http://localhost/api/v1/editions?page={page}&per_page=5>; rel="{rel}"' in links
    first = client.get("/api/v1/editions?per_page=5").headers["Link"]
    assert 'rel="prev"' not in first and 'rel="next"' in first


def test_a_page_past_the_end_is_empty_and_points_back(client):
    response = client.get("/api/v1/editions?per_page=5&page=9")
    body = response.get_json()
    assert response.status_code == 200
    assert (body["items"], body["page"], body["total"], body["pages"]) == ([], 9, 12, 3)
    assert '<http://localhost/api/v1/editions?page=3&per_page=5>; rel="prev"' in response.headers["Link"]
    assert 'rel="next"' not in response.headers["Link"]


@pytest.mark.parametrize("query", ("per_page=101", "per_page=0", "page=0", "page=abc", "page=10001", "kind=poster",
                                   "edition=Not%20A%20Slug"))
def test_bad_parameters_get_a_422_in_json(client, query):
    response = client.get(f"/api/v1/materials?{query}")
    assert response.status_code == 422
    body = response.get_json()
    assert set(body) == {"code", "status", "message", "errors"} and body["code"] == 422


def test_tokens_are_stored_hashed(app, member, make_token):
    plain = make_token(member)
    stored = db.session.execute(text("SELECT token_hash, hint FROM api_tokens")).all()
    assert stored == [(hashlib.sha256(plain.encode()).hexdigest(), plain[4:10])]
    dump = "\n".join(str(row) for row in db.session.execute(text("SELECT * FROM api_tokens")))
    assert plain not in dump and plain[4:] not in dump


@pytest.mark.parametrize("header", ("Bearer cbk_not-a-token", "Bearer ", "Basic bWVtYmVyOnB3", "cbk_no-scheme"))
def test_a_bad_token_gets_a_401_in_json(client, header):
    response = client.get("/api/v1/materials", headers={"Authorization": header})
    assert response.status_code == 401
    assert response.get_json()["code"] == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_a_revoked_token_or_a_deactivated_account_gets_a_401(client, member, make_token, make_user):
    from brain.api import tokens

    plain = make_token(member)
    assert client.get("/api/v1/materials", headers=bearer(plain)).status_code == 200
    token = tokens.tokens_of(member)[0]
    assert tokens.revoke_token(member, token.id)
    response = client.get("/api/v1/materials", headers=bearer(plain))
    assert response.status_code == 401 and response.is_json

    other = make_user()
    other_plain = make_token(other)
    other.is_enabled = False
    db.session.commit()
    assert client.get("/api/v1/materials", headers=bearer(other_plain)).status_code == 401


def test_errors_under_api_are_json_and_pages_keep_html(client, monkeypatch):
    from brain.api import services

    missing = client.get("/api/v1/no-such-thing")
    assert missing.status_code == 404 and missing.get_json()["status"] == "Not Found"
    wrong_method = client.post("/api/v1/editions", csrf=False)
    assert wrong_method.status_code == 405 and wrong_method.get_json()["code"] == 405
    assert "GET" in wrong_method.headers["Allow"]

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(services, "topic_page", broken)
    failed = client.get("/api/v1/topics")
    assert failed.status_code == 500
    assert failed.get_json() == {"code": 500, "status": "Internal Server Error",
                                 "message": failed.get_json()["message"]}
    assert "boom" not in failed.get_data(as_text=True)

    page = client.get("/no-such-page")
    assert page.status_code == 404 and page.mimetype == "text/html"


def test_too_many_requests_get_a_429_in_json(seeded_template, tmp_path):
    limited = build_app(seeded_template, tmp_path / "limited", RATELIMIT_ENABLED=True, API_RATE_LIMIT="2 per minute")
    with limited.app_context():
        browser = limited.test_client()
        statuses = [browser.get("/api/v1/topics").status_code for _ in range(3)]
        refused = browser.get("/api/v1/topics")
        db.session.remove()
        db.engine.dispose()
        limited.extensions["brain_search"].index.close()
    assert statuses == [200, 200, 429]
    assert refused.get_json()["code"] == 429 and refused.headers["Retry-After"]


def test_the_docs_page_is_served_from_this_site(client):
    page = client.get("/api/v1/docs")
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "<script>" not in html and "https://" not in html
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]
    for asset in ("/api/v1/docs/swagger-ui/swagger-ui-bundle.js", "/api/v1/docs/swagger-ui/swagger-ui.css",
                  "/api/v1/docs/static/api/docs.js"):
        assert asset in html
        with client.get(asset) as response:
            assert response.status_code == 200
    assert client.get("/api/v1/docs/swagger-ui/index.html").status_code == 404
