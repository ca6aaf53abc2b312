"""Moderators keep the peace; visitors never see what is for members; feeds are valid Atom."""
import xml.etree.ElementTree as ET

import pytest
from sqlalchemy import select

from brain.audit import AuditEvent
from brain.community.models import Post
from brain.extensions import db
from tests.conftest import login

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def moderator_client(app, make_user):
    browser = app.test_client()
    login(browser, make_user("moderator"))
    return browser


def test_flag_queue_hide_restore_lock_pin_are_logged(member_client, moderator_client, make_user, start_thread):
    thread = start_thread(make_user(), body="Offensive words here")
    post = thread.posts[0]
    assert member_client.post(f"/posts/{post.id}/flag", data={"reason": "Insulting"}).status_code == 302
    queue = moderator_client.get("/moderation").get_data(as_text=True)
    assert "Insulting" in queue and "Offensive words here" in queue
    moderator_client.post(f"/posts/{post.id}/hide", data={"hidden": "1"})
    assert "Offensive words here" not in member_client.get(f"/threads/{thread.id}").get_data(as_text=True)
    assert "No reports waiting." in moderator_client.get("/moderation").get_data(as_text=True)
    moderator_client.post(f"/posts/{post.id}/hide", data={"hidden": "0"})
    assert "Offensive words here" in member_client.get(f"/threads/{thread.id}").get_data(as_text=True)
    moderator_client.post(f"/threads/{thread.id}/lock", data={"locked": "1"})
    moderator_client.post(f"/threads/{thread.id}/pin", data={"pinned": "1"})
    actions = set(db.session.scalars(select(AuditEvent.action)))
    assert {"post.hide", "post.restore", "thread.lock", "thread.pin"} <= actions


def test_a_locked_thread_takes_no_replies(member_client, moderator_client, make_user, start_thread):
    thread = start_thread(make_user())
    moderator_client.post(f"/threads/{thread.id}/lock", data={"locked": "1"})
    response = member_client.post(f"/threads/{thread.id}/reply", data={"body": "Too late"})
    assert response.status_code == 403
    assert db.session.scalar(select(Post).where(Post.body == "Too late")) is None


def test_moderating_without_the_role_is_403(member_client, make_user, start_thread):
    thread = start_thread(make_user())
    post = thread.posts[0]
    assert member_client.post(f"/posts/{post.id}/hide", data={"hidden": "1"}).status_code == 403
    assert member_client.post(f"/threads/{thread.id}/lock", data={"locked": "1"}).status_code == 403
    db.session.refresh(post)
    assert not post.is_hidden


def test_visitors_never_see_members_only_threads(client, member, start_thread):
    start_thread(member, title="Members-only musings", body="quinoa cooperative secrets")
    assert "Members-only musings" not in client.get("/community").get_data(as_text=True)
    assert client.get("/community/general").status_code == 302
    assert "Members-only musings" not in client.get("/feeds/threads.atom").get_data(as_text=True)
    page = client.get("/search?q=quinoa").get_data(as_text=True)
    assert "Members-only musings" not in page and ">0 results</h2>" in page


def test_a_public_category_opens_to_visitors(admin_client, client, member, start_thread, general):
    thread = start_thread(member, title="Open discussion", body="zanzibar cooperative meeting")
    admin_client.post("/admin/categories", data={"category": general.id, "public": "1"})
    assert client.get(f"/threads/{thread.id}").status_code == 200
    assert "Open discussion" in client.get("/feeds/threads.atom").get_data(as_text=True)
    assert "Open discussion" in client.get("/search?q=zanzibar").get_data(as_text=True)


def test_threads_and_posts_are_searchable_and_hidden_posts_leave_the_index(member_client, moderator_client, member,
                                                                         make_user, start_thread):
    thread = start_thread(make_user(), title="Cassava processing", body="Women-led cassava cooperatives")
    member_client.post(f"/threads/{thread.id}/reply", data={"body": "Our marimba workshop helped"})
    assert "Cassava processing" in member_client.get("/search?q=cassava").get_data(as_text=True)
    assert "marimba" in member_client.get("/search?q=marimba&type=post").get_data(as_text=True)
    post = db.session.scalar(select(Post).where(Post.body == "Our marimba workshop helped"))
    moderator_client.post(f"/posts/{post.id}/hide", data={"hidden": "1"})
    assert ">0 results</h2>" in member_client.get("/search?q=marimba").get_data(as_text=True)


@pytest.mark.parametrize("url", ["/feeds/materials.atom", "/feeds/threads.atom"])
def test_feeds_are_valid_atom(client, make_material, url):
    make_material(title="Feed <reading> & more", description="A & B")
    response = client.get(url)
    assert response.mimetype == "application/atom+xml"
    root = ET.fromstring(response.data)
    assert root.tag == f"{ATOM}feed"
    for required in ("title", "id", "updated"):
        assert root.find(f"{ATOM}{required}") is not None
    for entry in root.findall(f"{ATOM}entry"):
        for required in ("title", "id", "updated", "author"):
            assert entry.find(f"{ATOM}{required}") is not None
    if url.endswith("materials.atom"):
        assert root.find(f"{ATOM}entry/{ATOM}title").text == "Feed <reading> & more"
