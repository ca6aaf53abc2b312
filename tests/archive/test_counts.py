"""Every count a reader sees is of what that reader can open, and visitors learn what members see more."""
import re

import pytest

from tests.conftest import login


@pytest.fixture
def lisbon_materials(make_material):
    """Lisbon: 3 translation groups a visitor opens and 2 only members open (8 files in all)."""
    make_material(title="Reader A", language="en", group="a", topics=("financing",))
    make_material(title="Lecture A", language="fr", group="a", topics=("financing",))
    make_material(title="Reader B", language="en", group="b", topics=("financing",))
    make_material(title="Lectura B", language="es", group="b", visibility="members", topics=("financing",))
    make_material(title="Notes C", visibility="members", topics=("financing",))
    make_material(title="Slides D", language="en", group="d", visibility="members", topics=("financing",))
    make_material(title="Slides D pt", language="pt", group="d", visibility="members", topics=("financing",))
    make_material(title="Reading E", topics=("decent-work",))


def count_beside(page: str, href: str) -> tuple[int, int]:
    """The count shown in the timeline or list item that links to href, and its "+N for members"."""
    item = next(chunk for chunk in page.split("<li") if f'href="{href}"' in chunk and 'class="count"' in chunk)
    shown = int(re.search(r'class="count">(\d+) materials?', item).group(1))
    extra = re.search(r"\+(\d+) for members", item)
    return shown, int(extra.group(1)) if extra else 0


def listed(client, query: str) -> int:
    """How many materials the materials list opens for this reader."""
    page = client.get(f"/materials?{query}").get_data(as_text=True)
    return int(re.search(r'class="result-count">(\d+) materials?', page).group(1))


@pytest.mark.parametrize("path", ["/", "/editions"])
def test_edition_counts_are_what_the_reader_opens(client, app, member, lisbon_materials, path):
    visitor_page = client.get(path).get_data(as_text=True)
    assert count_beside(visitor_page, "/editions/2021-lisbon") == (3, 2)
    assert listed(client, "edition=2021-lisbon") == 3
    browser = app.test_client()
    login(browser, member)
    member_page = browser.get(path).get_data(as_text=True)
    assert count_beside(member_page, "/editions/2021-lisbon") == (5, 0)
    assert listed(browser, "edition=2021-lisbon") == 5


def test_topic_counts_are_what_the_reader_opens(client, app, member, lisbon_materials):
    page = client.get("/topics").get_data(as_text=True)
    assert count_beside(page, "/topics/financing") == (2, 2)
    topic_page = client.get("/topics/financing").get_data(as_text=True)
    assert 'class="result-count">2 materials' in topic_page and "+2 for members" in topic_page
    assert listed(client, "topic=financing") == 2
    browser = app.test_client()
    login(browser, member)
    assert count_beside(browser.get("/topics").get_data(as_text=True), "/topics/financing") == (4, 0)
    member_topic_page = browser.get("/topics/financing").get_data(as_text=True)
    assert 'class="result-count">4 materials' in member_topic_page and "for members" not in member_topic_page
    assert listed(browser, "topic=financing") == 4


def test_deleted_materials_count_for_no_one(client, make_material, admin):
    from brain.archive import services

    kept = make_material(title="Kept")
    services.delete_material(make_material(title="Gone", visibility="members"), admin)
    assert kept
    assert count_beside(client.get("/editions").get_data(as_text=True), "/editions/2021-lisbon") == (1, 0)
