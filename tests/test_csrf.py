"""Every state-changing route refuses a POST that carries no CSRF token, and changes nothing."""
import pytest
from sqlalchemy import select

from brain.extensions import db
from tests.conftest import login
from tests.test_authorization import ROUTES, targets  # noqa: F401 (a fixture)

STATE_CHANGING = {"POST", "PUT", "PATCH", "DELETE"}
#: Routes that take POST only to read, as their protocol requires (OAI-PMH harvesters may POST any verb).
READ_ONLY_POSTS = {"oai.endpoint"}


def _everything_stored() -> dict[str, list]:
    """Every row of every table, to compare before and after."""
    return {table.name: [tuple(row) for row in db.session.execute(select(table).order_by(*table.primary_key.columns))]
            for table in db.metadata.sorted_tables}


def _state_changing_routes(app) -> dict[str, str]:
    """Endpoint -> a URL of it, for every route that accepts a state-changing method."""
    urls = {endpoint: url for endpoint, _method, url, _data, _expected in ROUTES}
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules() if rule.methods & STATE_CHANGING} - READ_ONLY_POSTS
    missing = endpoints - urls.keys()
    assert not missing, f"no URL known for {sorted(missing)}: add a row to tests/test_authorization.py"
    return {endpoint: urls[endpoint] for endpoint in sorted(endpoints)}


@pytest.mark.parametrize("role", ["visitor", "admin"])
def test_a_post_without_a_token_is_refused_and_changes_nothing(app, make_user, targets, role):  # noqa: F811
    browser = app.test_client()
    if role == "admin":
        login(browser, make_user("admin"))
    before = _everything_stored()
    wrong = []
    for endpoint, url in _state_changing_routes(app).items():
        response = browser.post(url.format(**targets), data={}, csrf=False)
        if response.status_code != 400 or "did not come from this site" not in response.get_data(as_text=True):
            wrong.append(f"{endpoint}: {response.status_code}")
    db.session.expire_all()
    assert wrong == []
    assert _everything_stored() == before
    if role == "admin":
        assert browser.get("/admin/").status_code == 200, "the refused posts did not sign the admin out"


def test_the_same_post_with_the_token_of_the_form_goes_through(app, admin_client, targets):  # noqa: F811
    assert admin_client.post(f"/threads/{targets['thread']}/pin", data={"pinned": "1"}).status_code == 302
