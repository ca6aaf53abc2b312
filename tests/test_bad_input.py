"""Bad input answers 404 or a page, never 500: page numbers, ids beyond the database's integers."""
import re

import pytest
from sqlalchemy import select

from brain.archive.models import Topic
from brain.community import services
from brain.community.queries import category_by_slug
from brain.extensions import db
from brain.pagination import paginate

HUGE = "99999999999999999999"
#: Just past PostgreSQL's int4 (the id columns) and just past SQLite's 64-bit integers.
PAST_INT4, PAST_INT64 = str(2**31), str(2**63)

PAGED_URLS = [
    "/materials", "/topics/womens-empowerment", "/members", "/community/general", "/threads/{thread}",
    "/notifications", "/search?q=cooperative", "/admin/materials", "/admin/audit", "/admin/users",
]


@pytest.fixture
def thread(admin):
    return services.start_thread(admin, category_by_slug("general"), "Paging through a thread", "First post", "en")


@pytest.mark.parametrize("page", [HUGE, PAST_INT64, "-5", "abc", "0", "", "1.5"])
@pytest.mark.parametrize("url", PAGED_URLS)
def test_any_page_number_shows_a_page(admin_client, thread, url, page):
    separator = "&" if "?" in url else "?"
    response = admin_client.get(url.format(thread=thread.id) + f"{separator}page={page}")
    assert response.status_code == 200


def test_a_page_past_the_end_is_the_last_page(app):
    topics = db.session.scalars(select(Topic).order_by(Topic.id)).all()
    pagination = paginate(select(Topic).order_by(Topic.id), int(HUGE), per_page=2)
    assert pagination.page == pagination.pages == -(-len(topics) // 2)
    assert pagination.items == topics[(pagination.pages - 1) * 2:]
    assert not pagination.has_next


def _int_routes(app) -> list[tuple[str, str]]:
    """Every (method, route) whose only variables are integers."""
    routes = []
    for rule in app.url_map.iter_rules():
        variables = re.findall(r"<([^>]+)>", rule.rule)
        if variables and all(variable.startswith("int:") for variable in variables):
            routes += [(method, rule.rule) for method in sorted(rule.methods - {"HEAD", "OPTIONS"})]
    return routes


@pytest.mark.parametrize("number", [HUGE, PAST_INT64, PAST_INT4])
def test_ids_beyond_the_database_integers_are_not_found(app, admin_client, number):
    routes = _int_routes(app)
    assert ("GET", "/materials/<int:material_id>") in routes and ("POST", "/posts/<int:post_id>/like") in routes
    for method, route in routes:
        url = re.sub(r"<int:[^>]+>", number, route)
        assert admin_client.open(url, method=method).status_code == 404, (method, url)


@pytest.mark.parametrize("url", [
    "/threads/{thread}?quote={n}", "/community/new?material={n}&edition={n}", "/members?edition={n}&topic={n}",
])
@pytest.mark.parametrize("number", [HUGE, PAST_INT4, "-1"])
def test_ids_in_the_query_string_beyond_the_database_integers_are_ignored(admin_client, thread, url, number):
    assert admin_client.get(url.format(thread=thread.id, n=number)).status_code == 200


def test_search_past_the_last_page_shows_the_last_page(client, make_material):
    for number in range(11):
        make_material(title=f"Quinoa reading {number}", text="quinoa cooperatives")
    assert "Page 2 of 2" in client.get(f"/search?q=quinoa&page={HUGE}").get_data(as_text=True)


def test_a_list_past_the_last_page_shows_the_last_page(admin_client, thread):
    page = admin_client.get(f"/threads/{thread.id}?page={HUGE}").get_data(as_text=True)
    assert "First post" in page
