"""The community's pages: latest threads, categories as each reader sees them, mentions, avatars, languages."""
import re

from brain.community import services
from brain.community.queries import category_by_slug
from brain.extensions import db
from tests.conftest import login


def post_block(page: str, post_id: int) -> str:
    """The HTML of one post on a thread page."""
    start = page.index(f'id="post-{post_id}"')
    end = page.find('<li class="post"', start)
    return page[start:end if end != -1 else None]


def test_members_see_the_latest_threads_and_categories_with_threads_first(member_client, make_user, start_thread):
    start_thread(make_user(name="Ana Silva"), title="Social finance tools")
    lisbon = category_by_slug("edition-2021-lisbon")
    start_thread(make_user(name="Bruno Costa"), title="Lisbon study visits", category=lisbon)
    page = member_client.get("/community").get_data(as_text=True)
    latest = page[page.index("Latest threads"):page.index('id="categories-title"')]
    assert latest.index("Lisbon study visits") < latest.index("Social finance tools")
    categories = page[page.index('id="categories-title"'):]
    assert categories.index("Edition 2021 · Lisbon") < categories.index("General") < categories.index("Decent work")
    rows = re.findall(r"<tr><td>.*?</tr>", categories, re.S)
    assert len(rows) > 2
    empty_rows = [row for row in rows if "No threads yet" in row]
    assert len(empty_rows) == len(rows) - 2  # every category without threads says so, none is blank
    assert all(re.search(r"<td>\s*</td>", row) is None for row in rows)


def test_visitors_see_no_empty_category_and_only_public_threads(client, member, start_thread, admin):
    general = category_by_slug("general")
    lisbon = category_by_slug("edition-2021-lisbon")
    services.set_category_public(general, True, admin)
    services.set_category_public(category_by_slug("topic-decent-work"), True, admin)  # public but empty
    start_thread(member, title="An open question")
    start_thread(member, title="A members' question", category=lisbon)
    page = client.get("/community").get_data(as_text=True)
    assert "Latest threads" in page and "An open question" in page
    assert "A members&#39; question" not in page and "A members' question" not in page
    assert "General" in page
    assert "Decent work" not in page and "Edition 2021 · Lisbon" not in page
    assert "No threads yet" not in page


def test_a_visitor_with_nothing_public_is_told_to_sign_in_not_shown_an_empty_table(client, member, start_thread):
    start_thread(member, title="Members only talk")
    page = client.get("/community").get_data(as_text=True)
    assert "Discussions are for members." in page and "/login" in page
    assert "<table" not in page and "Members only talk" not in page


def test_mentions_link_to_profiles_in_the_sanitised_post(member_client, make_user, start_thread):
    ana = make_user(name="Ana Silva")
    thread = start_thread(make_user(name="Opener"),
                          body="Ask @AnaSilva about it, not @NobodyHere; `@AnaSilva` in code stays text.")
    page = member_client.get(f"/threads/{thread.id}").get_data(as_text=True)
    body = post_block(page, thread.posts[0].id)
    links = re.findall(r'<a href="([^"]+)" class="mention"[^>]*>(@\w+)</a>', body)
    assert links == [(f"/members/{ana.id}", "@AnaSilva")]
    assert "<code>@AnaSilva</code>" in body and "@NobodyHere" in body


def test_mentions_of_members_only_profiles_are_not_links_for_visitors(client, make_user, start_thread, admin):
    services.set_category_public(category_by_slug("general"), True, admin)
    make_user(name="Ana Silva")
    thread = start_thread(make_user(name="Opener"), body="Thanks @AnaSilva")
    page = client.get(f"/threads/{thread.id}").get_data(as_text=True)
    assert "@AnaSilva" in page and 'class="mention"' not in page


def test_avatars_show_initials_in_the_members_colour_without_a_photo(member_client, make_user, start_thread):
    ana = make_user(name="Ana Silva")
    thread = start_thread(ana)
    page = member_client.get(f"/threads/{thread.id}").get_data(as_text=True)
    body = post_block(page, thread.posts[0].id)
    avatar = re.search(r'<span class="avatar avatar-initials ([\w-]+)"[^>]*>([^<]*)</span>', body)
    assert avatar.group(1) == f"avatar-{ana.id % 8}" and avatar.group(2) == "AS"
    assert "style=" not in avatar.group(0)


def test_avatars_show_the_photo_when_there_is_one(member_client, make_user, start_thread):
    ana = make_user(name="Ana Silva")
    ana.photo_path = "photos/ana.jpg"
    db.session.commit()
    thread = start_thread(ana)
    body = post_block(member_client.get(f"/threads/{thread.id}").get_data(as_text=True), thread.posts[0].id)
    assert f'<img class="avatar" src="/members/{ana.id}/photo"' in body


def test_a_reply_is_marked_with_the_language_its_author_chose(member_client, start_thread, make_user):
    thread = start_thread(make_user(name="Opener"), body="Where do we meet?")
    form = member_client.get(f"/threads/{thread.id}").get_data(as_text=True)
    assert re.search(r'<option selected value="en">|<option value="en" selected>', form)  # the interface language
    member_client.post(f"/threads/{thread.id}/reply", data={"body": "Nos vemos en Madrid.", "language": "es"})
    member_client.post(f"/threads/{thread.id}/reply", data={"body": "In the main hall."})
    page = member_client.get(f"/threads/{thread.id}").get_data(as_text=True)
    assert re.search(r'<div class="post-body" lang="es">\s*<p>Nos vemos en Madrid.</p>', page)
    assert re.search(r'<div class="post-body" lang="en">\s*<p>In the main hall.</p>', page)
    assert re.search(r'<div class="post-body" lang="en">\s*<p>Where do we meet\?</p>', page)


def test_the_language_defaults_to_the_authors_interface_language(app, make_user, start_thread):
    opener = make_user(name="Opener")
    thread = start_thread(opener)
    writer = make_user(name="Escritora")
    writer.locale = "fr"
    db.session.commit()
    browser = app.test_client()
    login(browser, writer)
    form = browser.get(f"/threads/{thread.id}").get_data(as_text=True)
    assert re.search(r'<option selected value="fr">|<option value="fr" selected>', form)
    browser.post(f"/threads/{thread.id}/reply", data={"body": "Je réponds en français.", "language": "fr"})
    page = browser.get(f"/threads/{thread.id}").get_data(as_text=True)
    assert re.search(r'<div class="post-body" lang="fr">\s*<p>Je réponds en français.</p>', page)


def test_an_author_corrects_the_language_of_a_post(member_client, member, start_thread):
    thread = start_thread(member, body="Bom dia a todos")
    post = thread.posts[0]
    member_client.post(f"/posts/{post.id}/edit", data={"body": "Bom dia a todos!", "language": "pt"})
    page = member_client.get(f"/threads/{thread.id}").get_data(as_text=True)
    assert re.search(r'<div class="post-body" lang="pt">\s*<p>Bom dia a todos!</p>', page)
