"""Members discuss: threads, replies, quotes, edits, mentions, follows, likes, bookmarks."""
import re

from sqlalchemy import func, select

from brain.community.models import Notification, Post, Thread
from brain.extensions import db
from tests.conftest import login


def reply(client, thread, body, key=None):
    data = {"body": body}
    if key:
        data["submission_key"] = key
    return client.post(f"/threads/{thread.id}/reply", data=data)


def test_categories_exist_for_general_each_edition_and_each_topic(member_client):
    page = member_client.get("/community").get_data(as_text=True)
    assert "General" in page and "Edition 2021 · Lisbon" in page and "Decent work" in page


def test_member_starts_a_thread_and_it_lists_by_last_activity_with_pinned_first(member_client, member, make_user,
                                                                                 start_thread, app):
    response = member_client.post("/community/new", data={"category": "general", "title": "Social finance tools",
                                                           "language": "en", "body": "Let us share **tools**."})
    assert response.status_code == 302
    older = start_thread(make_user(name="Older Author"), title="An older question")
    pinned = start_thread(make_user(name="Pinner"), title="Read me first")
    pinned.is_pinned = True
    db.session.commit()
    other = make_user(name="Replier Person")
    browser = app.test_client()
    login(browser, other)
    reply(browser, older, "Bumping with an answer")
    page = member_client.get("/community/general").get_data(as_text=True)
    assert page.index("Read me first") < page.index("An older question") < page.index("Social finance tools")
    assert "Replier Person" in page


def test_discuss_this_from_a_material_links_the_thread(member_client, make_material):
    material = make_material(title="Reader on mutuals")
    page = member_client.get(f"/materials/{material.id}").get_data(as_text=True)
    assert f"/community/new?material={material.id}" in page.replace("&amp;", "&")
    response = member_client.post(f"/community/new?material={material.id}", data={
        "category": "edition-2021-lisbon", "title": "About the mutuals reader", "language": "en", "body": "Thoughts?"})
    thread = db.session.scalar(select(Thread).where(Thread.title == "About the mutuals reader"))
    assert response.status_code == 302 and thread.material_id == material.id
    assert "About the mutuals reader" in member_client.get(f"/materials/{material.id}").get_data(as_text=True)
    assert "About the mutuals reader" in member_client.get("/editions/2021-lisbon").get_data(as_text=True)


def test_reply_quote_edit_and_delete(member_client, member, make_user, start_thread):
    thread = start_thread(make_user(name="Opener"), body="Original question about **credit unions**")
    quoted = thread.posts[0]
    page = member_client.get(f"/threads/{thread.id}?quote={quoted.id}").get_data(as_text=True)
    assert "&gt; **Opener:**" in page and "&gt; Original question" in page
    assert reply(member_client, thread, "My answer").status_code == 302
    post = db.session.scalar(select(Post).where(Post.body == "My answer"))
    assert member_client.post(f"/posts/{post.id}/edit", data={"body": "My better answer"}).status_code == 302
    page = member_client.get(f"/threads/{thread.id}").get_data(as_text=True)
    assert "My better answer" in page and "edited" in page
    member_client.post(f"/posts/{post.id}/delete")
    page = member_client.get(f"/threads/{thread.id}").get_data(as_text=True)
    assert "My better answer" not in page and "deleted by its author" in page
    db.session.refresh(thread)
    assert thread.reply_count == 0


def test_mentions_and_followers_are_notified(app, member_client, member, make_user, start_thread):
    author = make_user(name="Ana Silva")
    thread = start_thread(author)
    reply(member_client, thread, "I agree with @AnaSilva on this")
    kinds = set(db.session.scalars(select(Notification.kind).where(Notification.user_id == author.id)))
    assert kinds == {"mention"}
    follower = make_user(name="Follower One")
    browser = app.test_client()
    login(browser, follower)
    browser.post(f"/threads/{thread.id}/follow", data={"follow": "1"})
    reply(member_client, thread, "Another point")
    assert db.session.scalar(select(func.count()).where(Notification.user_id == follower.id)) == 1
    assert db.session.scalar(select(func.count()).where(Notification.user_id == author.id)) == 2
    page = browser.get("/").get_data(as_text=True)
    assert "1 unread" in page
    notification = db.session.scalar(select(Notification).where(Notification.user_id == follower.id))
    assert browser.post(f"/notifications/{notification.id}").status_code == 302
    assert "unread" not in browser.get("/").get_data(as_text=True)
    browser.post(f"/threads/{thread.id}/follow", data={"follow": "0"})
    reply(member_client, thread, "A third point")
    assert db.session.scalar(select(func.count()).where(Notification.user_id == follower.id)) == 1


def test_mark_all_read(app, make_user, start_thread, member_client):
    author = make_user(name="Busy Author")
    thread = start_thread(author)
    reply(member_client, thread, "one")
    reply(member_client, thread, "two")
    browser = app.test_client()
    login(browser, author)
    assert "2 unread" in browser.get("/notifications").get_data(as_text=True)
    browser.post("/notifications/read")
    assert "unread" not in browser.get("/notifications").get_data(as_text=True)


def test_notifications_by_mail_at_once_or_in_a_daily_digest(app, make_user, start_thread, member_client, mails, runner):
    immediate = make_user(name="Quick Reader")
    immediate.notify_by_mail = "immediate"
    daily = make_user(name="Daily Reader")
    daily.notify_by_mail = "digest"
    db.session.commit()
    first = start_thread(immediate, title="Immediate thread")
    second = start_thread(daily, title="Digest thread")
    reply(member_client, first, "hello quick")
    reply(member_client, second, "hello daily")
    assert [to for to, _, _ in mails()] == [immediate.email]
    result = runner.invoke(args=["brain", "send-digests"])
    assert "Digests sent: 1" in result.output
    assert [to for to, _, _ in mails()] == [immediate.email, daily.email]
    assert "Digest thread" in mails()[-1][2]
    assert "Digests sent: 0" in runner.invoke(args=["brain", "send-digests"]).output


def test_like_once_and_the_author_is_notified(member_client, make_user, start_thread):
    author = make_user(name="Liked Author")
    thread = start_thread(author)
    post = thread.posts[0]
    member_client.post(f"/posts/{post.id}/like")
    db.session.refresh(post)
    assert post.like_count == 1
    assert "1 like" in member_client.get(f"/threads/{thread.id}").get_data(as_text=True)
    assert db.session.scalar(select(Notification.kind).where(Notification.user_id == author.id)) == "like"
    member_client.post(f"/posts/{post.id}/like")
    db.session.refresh(post)
    assert post.like_count == 0


def test_bookmarks_of_threads_and_materials(member_client, make_user, start_thread, make_material):
    thread = start_thread(make_user(), title="Worth keeping")
    material = make_material(title="Reader worth keeping")
    member_client.post(f"/threads/{thread.id}/bookmark")
    member_client.post(f"/materials/{material.id}/bookmark")
    page = member_client.get("/bookmarks").get_data(as_text=True)
    assert "Worth keeping" in page and "Reader worth keeping" in page


def test_a_double_submitted_form_creates_one_post(member_client, make_user, start_thread):
    thread = start_thread(make_user())
    for _ in range(2):
        reply(member_client, thread, "Sent twice", key="same-form-key")
    assert db.session.scalar(select(func.count()).where(Post.body == "Sent twice")) == 1


def test_empty_and_overlong_posts_are_refused(member_client, make_user, start_thread):
    thread = start_thread(make_user())
    page = member_client.post(f"/threads/{thread.id}/reply", data={"body": "   "}, follow_redirects=True)
    assert "Write something before sending." in page.get_data(as_text=True)
    page = member_client.post(f"/threads/{thread.id}/reply", data={"body": "x" * 50_001}, follow_redirects=True)
    assert "at most 50,000 characters" in page.get_data(as_text=True)
    assert db.session.scalar(select(func.count()).where(Post.thread_id == thread.id)) == 1


def test_editing_someone_elses_post_is_403_and_changes_nothing(member_client, make_user, start_thread):
    thread = start_thread(make_user(), body="Not yours")
    post = thread.posts[0]
    assert member_client.post(f"/posts/{post.id}/edit", data={"body": "Vandalised"}).status_code == 403
    assert member_client.post(f"/posts/{post.id}/delete").status_code == 403
    db.session.refresh(post)
    assert post.body == "Not yours" and not post.is_deleted


def test_posting_is_rate_limited(seeded_template, tmp_path, make_user):
    from tests.conftest import build_app

    app = build_app(seeded_template, tmp_path / "limited", RATELIMIT_ENABLED=True)
    with app.app_context():
        from brain.community import services
        from brain.community.queries import category_by_slug

        user = make_user.__wrapped__() if hasattr(make_user, "__wrapped__") else None
        from brain.accounts.models import User
        from brain.database import utcnow
        from tests.conftest import PASSWORD

        user = User(email="fast@example.org", display_name="Fast Typist", email_verified_at=utcnow())
        user.set_password(PASSWORD)
        db.session.add(user)
        db.session.commit()
        thread = services.start_thread(user, category_by_slug("general"), "Rate", "limit", "en")
        browser = app.test_client()
        login(browser, user)
        statuses = [browser.post(f"/threads/{thread.id}/reply", data={"body": f"reply {n}"}).status_code for n in range(11)]
        assert statuses[:10] == [302] * 10 and statuses[10] == 429
        assert db.session.scalar(select(func.count()).where(Post.thread_id == thread.id)) == 11
        db.session.remove()
        db.engine.dispose()


def test_deleted_accounts_posts_stay_under_former_member(app, make_user, start_thread, member_client):
    from tests.conftest import PASSWORD

    leaver = make_user(name="Leaving Person")
    thread = start_thread(leaver, body="My lasting contribution")
    browser = app.test_client()
    login(browser, leaver)
    browser.post("/account", data={"delete-password": PASSWORD, "delete-confirm": "y", "delete-submit": "1"})
    page = member_client.get(f"/threads/{thread.id}").get_data(as_text=True)
    assert "My lasting contribution" in page and "former member" in page and "Leaving Person" not in page


def test_export_includes_posts_bookmarks_and_notifications(member_client, member, start_thread):
    start_thread(member, title="Exported thread", body="exported body")
    data = member_client.get("/account/export").get_json()
    assert data["posts"][0]["body"] == "exported body"
    assert "bookmarks" in data and "notifications" in data
