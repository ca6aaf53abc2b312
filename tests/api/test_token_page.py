"""The account page for API tokens: create one (shown once), see it listed, revoke it, through real forms."""
import re

from brain.extensions import db
from tests.api.conftest import bearer

TOKEN = re.compile(r"cbk_[A-Za-z0-9_-]{40,}")


def test_a_member_creates_uses_and_revokes_a_token(member_client, archive_secret):
    page = member_client.get("/account/api-tokens")
    assert page.status_code == 200 and "You have no API tokens." in page.get_data(as_text=True)

    created = member_client.post("/account/api-tokens", data={"name": "Reading list script"})
    html = created.get_data(as_text=True)
    assert created.status_code == 200
    plain = TOKEN.search(html).group(0)
    assert "Reading list script" in html and "never used" in html

    again = member_client.get("/account/api-tokens").get_data(as_text=True)
    assert plain not in again and "Reading list script" in again

    api = member_client.application.test_client()
    assert api.get(f"/api/v1/materials/{archive_secret}", headers=bearer(plain)).status_code == 200
    assert "last used" in member_client.get("/account/api-tokens").get_data(as_text=True)

    token_id = re.search(r"/account/api-tokens/(\d+)/revoke", again).group(1)
    revoked = member_client.post(f"/account/api-tokens/{token_id}/revoke", data={})
    assert revoked.status_code == 302
    assert api.get(f"/api/v1/materials/{archive_secret}", headers=bearer(plain)).status_code == 401
    assert "You have no API tokens." in member_client.get("/account/api-tokens").get_data(as_text=True)


def test_forms_need_their_csrf_token_and_a_name(member_client):
    assert member_client.post("/account/api-tokens", data={"name": "x"}, csrf=False).status_code == 400
    assert member_client.post("/account/api-tokens", data={"name": ""}).status_code == 400
    assert member_client.post("/account/api-tokens/1/revoke", data={}, csrf=False).status_code == 400


def test_nobody_revokes_someone_elses_token(member_client, make_user, make_token):
    from brain.api.models import ApiToken

    other_plain = make_token(make_user())
    token = db.session.scalars(db.select(ApiToken)).one()
    assert member_client.post(f"/account/api-tokens/{token.id}/revoke", data={}).status_code == 404
    assert member_client.get("/api/v1/topics", headers=bearer(other_plain)).status_code == 200


def test_the_account_page_links_to_the_tokens(member_client):
    assert "/account/api-tokens" in member_client.get("/account").get_data(as_text=True)
