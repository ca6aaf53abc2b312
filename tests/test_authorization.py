"""The authorisation table: every route, every role, the status each must get.

A route that is not in ROUTES fails `test_every_route_has_a_row`, so a new page cannot slip
in without someone deciding who may open it.
"""
import io

import pytest

from brain.extensions import db
from tests.conftest import login

ROLES = ("visitor", "unverified", "member", "moderator", "admin", "deactivated")

PUBLIC = dict.fromkeys(ROLES, 200)
ADMIN_PAGE = {"visitor": 302, "unverified": 403, "member": 403, "moderator": 403, "admin": 200, "deactivated": 302}
SIGNED_IN = {"visitor": 302, "unverified": 200, "member": 200, "moderator": 200, "admin": 200, "deactivated": 302}
MEMBERS = {"visitor": 302, "unverified": 403, "member": 200, "moderator": 200, "admin": 200, "deactivated": 302}
VISITORS_ONLY = {"visitor": 200, "unverified": 302, "member": 302, "moderator": 302, "admin": 302, "deactivated": 200}
BAD_TOKEN = dict.fromkeys(ROLES, 400)


MODERATORS = {**ADMIN_PAGE, "moderator": 200}
MEMBER_ACTION = {**MEMBERS, "member": 302, "moderator": 302, "admin": 302}
SIGNED_IN_ACTION = {**SIGNED_IN, "unverified": 302, "member": 302, "moderator": 302, "admin": 302}
NOT_THEIRS = {**MEMBERS, "member": 403, "moderator": 403, "admin": 403}
SOMEONE_ELSES = {**SIGNED_IN, "unverified": 404, "member": 404, "moderator": 404, "admin": 404}
NOT_THEIRS_TOKEN = {**MEMBERS, "member": 404, "moderator": 404, "admin": 404}


def admin_action(status: int) -> dict:
    return {**ADMIN_PAGE, "admin": status}


def moderator_action(status: int) -> dict:
    return {**ADMIN_PAGE, "moderator": status, "admin": status}


#: (endpoint, method, url with {placeholders}, form data, expected status by role). Destructive rows last.
ROUTES = [
    ("main.home", "GET", "/", None, PUBLIC),
    ("main.about", "GET", "/about", None, PUBLIC),
    ("main.healthz", "GET", "/healthz", None, PUBLIC),
    ("main.choose_language", "POST", "/language", {"language": "fr"}, dict.fromkeys(ROLES, 302)),
    ("static", "GET", "/static/css/brain.css", None, PUBLIC),
    ("archive.editions", "GET", "/editions", None, PUBLIC),
    ("archive.edition", "GET", "/editions/2021-lisbon", None, PUBLIC),
    ("archive.edition_summaries", "GET", "/editions/2021-lisbon/summaries", None, PUBLIC),
    ("archive.materials", "GET", "/materials", None, PUBLIC),
    ("archive.material", "GET", "/materials/{public}", None, PUBLIC),
    ("archive.material", "GET", "/materials/{members_only}", None, {**MEMBERS}),
    ("archive.download", "GET", "/materials/{public}/download", None, PUBLIC),
    ("archive.download", "GET", "/materials/{members_only}/download", None, {**MEMBERS}),
    ("archive.preview", "GET", "/materials/{public_pdf}/preview.png", None, PUBLIC),
    ("archive.preview", "GET", "/materials/{members_pdf}/preview.png", None, {**MEMBERS}),
    ("archive.play", "GET", "/materials/{public_audio}/play", None, PUBLIC),
    ("archive.play", "GET", "/materials/{members_audio}/play", None, {**MEMBERS}),
    ("archive.open_link", "GET", "/materials/{public_link}/open", None, dict.fromkeys(ROLES, 302)),
    ("archive.open_link", "GET", "/materials/{members_link}/open", None, {**MEMBERS, "member": 302, "moderator": 302, "admin": 302}),
    ("archive.topics", "GET", "/topics", None, PUBLIC),
    ("archive.topic", "GET", "/topics/decent-work", None, PUBLIC),
    ("search.results", "GET", "/search?q=economy", None, PUBLIC),
    ("accounts.login", "GET", "/login", None, VISITORS_ONLY),
    ("accounts.login_second_step", "GET", "/login/code", None, dict.fromkeys(ROLES, 302)),
    ("accounts.register", "GET", "/register", None, VISITORS_ONLY),
    ("accounts.verify_email", "GET", "/verify/not-a-token", None, BAD_TOKEN),
    ("accounts.resend_verification", "POST", "/verify/resend", {}, {**dict.fromkeys(ROLES, 302)}),
    ("accounts.forgot_password", "GET", "/password/forgot", None, PUBLIC),
    ("accounts.reset_password", "GET", "/password/reset/not-a-token", None, BAD_TOKEN),
    ("accounts.privacy", "GET", "/privacy", None, PUBLIC),
    ("accounts.accept_invitation", "GET", "/invite/not-a-token", None, BAD_TOKEN),
    ("accounts.account", "GET", "/account", None, SIGNED_IN),
    ("accounts.two_factor_settings", "GET", "/account/two-factor", None, SIGNED_IN),
    ("accounts.new_recovery_codes", "POST", "/account/two-factor/recovery-codes", {}, dict.fromkeys(ROLES, 302)),
    ("accounts.two_factor_off", "POST", "/account/two-factor/off", {}, dict.fromkeys(ROLES, 302)),
    ("accounts.sign_out_device", "POST", "/account/devices/999999/sign-out", {}, SOMEONE_ELSES),
    ("accounts.confirm_email", "GET", "/account/email/not-a-token", None, BAD_TOKEN),
    ("accounts.export", "GET", "/account/export", None, SIGNED_IN),
    ("accounts.directory", "GET", "/members", None, MEMBERS),
    ("accounts.profile", "GET", "/members/{other}", None, MEMBERS),
    ("accounts.photo", "GET", "/members/{other}/photo", None, dict.fromkeys(ROLES, 404)),
    ("accounts.edit_profile", "GET", "/members/{other}/edit", None, {**ADMIN_PAGE, "unverified": 403}),
    ("admin.dashboard", "GET", "/admin/", None, ADMIN_PAGE),
    ("admin.editions", "GET", "/admin/editions", None, ADMIN_PAGE),
    ("admin.edit_edition", "GET", "/admin/editions/new", None, ADMIN_PAGE),
    ("admin.edit_edition", "GET", "/admin/editions/{edition}/edit", None, ADMIN_PAGE),
    ("admin.edition_sessions", "GET", "/admin/editions/{edition}/sessions", None, ADMIN_PAGE),
    ("admin.edit_session", "GET", "/admin/editions/{edition}/sessions/new", None, ADMIN_PAGE),
    ("admin.edit_session", "GET", "/admin/sessions/{session}/edit", None, ADMIN_PAGE),
    ("admin.topics", "GET", "/admin/topics", None, ADMIN_PAGE),
    ("admin.edit_topic", "GET", "/admin/topics/new", None, ADMIN_PAGE),
    ("admin.edit_topic", "GET", "/admin/topics/{topic}/edit", None, ADMIN_PAGE),
    ("admin.materials", "GET", "/admin/materials", None, ADMIN_PAGE),
    ("admin.upload", "GET", "/admin/materials/upload", None, ADMIN_PAGE),
    ("admin.add_link", "GET", "/admin/materials/link", None, ADMIN_PAGE),
    ("admin.edit_material", "GET", "/admin/materials/{public}/edit", None, ADMIN_PAGE),
    ("admin.audit_log", "GET", "/admin/audit", None, ADMIN_PAGE),
    ("admin.glossary_list", "GET", "/admin/glossary", None, ADMIN_PAGE),
    ("admin.edit_concept", "GET", "/admin/glossary/new", None, ADMIN_PAGE),
    ("admin.edit_concept", "GET", "/admin/glossary/{concept}/edit", None, ADMIN_PAGE),
    ("admin.users", "GET", "/admin/users", None, ADMIN_PAGE),
    ("admin.user_detail", "GET", "/admin/users/{other}", None, ADMIN_PAGE),
    ("admin.invitations", "GET", "/admin/invitations", None, ADMIN_PAGE),
    ("community.index", "GET", "/community", None, PUBLIC),
    ("community.category", "GET", "/community/general", None, MEMBERS),
    ("community.new_thread", "GET", "/community/new", None, MEMBERS),
    ("community.thread", "GET", "/threads/{thread}", None, MEMBERS),
    ("community.reply", "POST", "/threads/{thread}/reply", {"body": "A reply"}, MEMBER_ACTION),
    ("community.edit_post", "GET", "/posts/{post}/edit", None, NOT_THEIRS),
    ("community.flag", "GET", "/posts/{post}/flag", None, MEMBERS),
    ("community.like", "POST", "/posts/{post}/like", {}, MEMBER_ACTION),
    ("community.follow", "POST", "/threads/{thread}/follow", {"follow": "1"}, MEMBER_ACTION),
    ("community.bookmark_thread", "POST", "/threads/{thread}/bookmark", {}, MEMBER_ACTION),
    ("community.bookmark_material", "POST", "/materials/{public}/bookmark", {}, MEMBER_ACTION),
    ("community.bookmarks", "GET", "/bookmarks", None, MEMBERS),
    ("community.notifications", "GET", "/notifications", None, SIGNED_IN),
    ("community.read_all", "POST", "/notifications/read", {}, SIGNED_IN_ACTION),
    ("community.open_notification", "POST", "/notifications/{notification}", {}, SOMEONE_ELSES),
    ("community.moderation", "GET", "/moderation", None, MODERATORS),
    ("community.categories_admin", "GET", "/admin/categories", None, ADMIN_PAGE),
    ("community.materials_feed", "GET", "/feeds/materials.atom", None, PUBLIC),
    ("community.threads_feed", "GET", "/feeds/threads.atom", None, PUBLIC),
    ("api.editions", "GET", "/api/v1/editions", None, PUBLIC),
    ("api.edition", "GET", "/api/v1/editions/2021-lisbon", None, PUBLIC),
    ("api.edition_materials", "GET", "/api/v1/editions/2021-lisbon/materials", None, PUBLIC),
    ("api.materials", "GET", "/api/v1/materials", None, PUBLIC),
    ("api.material", "GET", "/api/v1/materials/{public}", None, PUBLIC),
    # The API reads members-only records for a token only, never for a browser's session (tests/api).
    ("api.material", "GET", "/api/v1/materials/{members_only}", None, dict.fromkeys(ROLES, 404)),
    ("api.topics", "GET", "/api/v1/topics", None, PUBLIC),
    ("api.search", "GET", "/api/v1/search?q=economy", None, PUBLIC),
    ("api-docs.openapi_json", "GET", "/api/v1/openapi.json", None, PUBLIC),
    ("api_docs.docs", "GET", "/api/v1/docs", None, PUBLIC),
    ("api_docs.swagger_ui", "GET", "/api/v1/docs/swagger-ui/swagger-ui.css", None, PUBLIC),
    ("api_docs.static", "GET", "/api/v1/docs/static/api/docs.js", None, PUBLIC),
    ("api_tokens.tokens_page", "GET", "/account/api-tokens", None, MEMBERS),
    ("api_tokens.revoke", "POST", "/account/api-tokens/999999/revoke", {}, NOT_THEIRS_TOKEN),
    ("discovery.robots", "GET", "/robots.txt", None, PUBLIC),
    ("discovery.sitemap_index", "GET", "/sitemap.xml", None, PUBLIC),
    ("discovery.sitemap_part", "GET", "/sitemap-1.xml", None, dict.fromkeys(ROLES, 404)),
    ("discovery.cite_bibtex", "GET", "/materials/{public}/cite.bib", None, PUBLIC),
    ("discovery.cite_bibtex", "GET", "/materials/{members_only}/cite.bib", None, {**MEMBERS}),
    ("discovery.cite_csl", "GET", "/materials/{public}/cite.json", None, PUBLIC),
    ("discovery.cite_csl", "GET", "/materials/{members_only}/cite.json", None, {**MEMBERS}),
    ("oai.endpoint", "GET", "/oai?verb=Identify", None, PUBLIC),
    ("community.delete_post", "POST", "/posts/{post}/delete", {}, NOT_THEIRS),
    ("community.dismiss_flag", "POST", "/flags/{flag}/dismiss", {}, moderator_action(302)),
    ("community.hide_post", "POST", "/posts/{post}/hide", {"hidden": "0"}, moderator_action(302)),
    ("community.pin", "POST", "/threads/{thread}/pin", {"pinned": "1"}, moderator_action(302)),
    ("community.lock", "POST", "/threads/{thread}/lock", {"locked": "0"}, moderator_action(302)),
    ("admin.rebuild_index", "POST", "/admin/search-index", {}, admin_action(302)),
    ("admin.replace_file", "POST", "/admin/materials/{public}/replace", "file", admin_action(302)),
    ("admin.delete_session", "POST", "/admin/sessions/{session}/delete", {}, admin_action(302)),
    ("admin.delete_concept", "POST", "/admin/glossary/{concept}/delete", {}, admin_action(302)),
    ("admin.delete_material", "POST", "/admin/materials/{public}/delete", {}, admin_action(302)),
    ("admin.restore_material", "POST", "/admin/materials/{public}/restore", {}, admin_action(302)),
    ("accounts.sign_out_everywhere", "POST", "/account/sign-out-everywhere", {}, dict.fromkeys(ROLES, 302)),
    ("accounts.logout", "POST", "/logout", {}, dict.fromkeys(ROLES, 302)),
]


def test_every_route_has_a_row(app):
    covered = {endpoint for endpoint, *_ in ROUTES}
    missing = sorted({rule.endpoint for rule in app.url_map.iter_rules()} - covered)
    assert missing == [], f"routes without a row in the authorisation table: {missing}"


def _audio(admin, edition, visibility):
    """A recording stored as an MP3 file."""
    from brain.archive import services
    from tests.archive.test_material_page import TINY_MP3

    data = services.MaterialData(title=f"Recording ({visibility})", edition=edition, kind="recording",
                                 language="en", visibility=visibility)
    return services.add_material(data, admin, io.BytesIO(TINY_MP3 + visibility.encode()), "recording.mp3")


@pytest.fixture
def targets(app, make_material, make_user, edition, admin):
    from brain.archive import services
    from brain.search.glossary import save_concept

    session = services.save_session(edition, services.SessionData(day=1, kind="plenary", titles={"en": "Opening"}), admin)
    concept = save_concept("test-concept", {"en": "bakery", "fr": "boulangerie"}, admin)
    from brain.archive.queries import topic_by_slug
    from brain.community import services as community
    from brain.community.models import Notification
    from brain.community.queries import category_by_slug

    author = make_user(name="Thread Author")
    thread = community.start_thread(author, category_by_slug("general"), "Welcome", "Hello @ThreadAuthor", "en")
    post = thread.posts[0]
    flag = community.flag_post(author, post, "Testing the queue")
    notification = Notification(user_id=author.id, kind="reply", actor_id=author.id, thread_id=thread.id)
    db.session.add(notification)
    db.session.commit()
    return {
        "thread": thread.id, "post": post.id, "flag": flag.id, "notification": notification.id,
        "public": make_material(title="Public reading").id,
        "members_only": make_material(title="Members reading", visibility="members").id,
        "public_pdf": make_material(title="Public PDF", fmt="pdf").id,
        "members_pdf": make_material(title="Members PDF", fmt="pdf", visibility="members").id,
        "public_audio": _audio(admin, edition, "public").id,
        "members_audio": _audio(admin, edition, "members").id,
        "public_link": make_material(title="Public recording", fmt="link", url="https://vimeo.com/1").id,
        "members_link": make_material(title="Members recording", fmt="link", url="https://vimeo.com/2",
                                      visibility="members").id,
        "other": make_user(name="Someone Else").id,
        "edition": edition.id, "session": session.id, "topic": topic_by_slug("decent-work").id, "concept": concept.id,
    }


def browser_for(app, role, make_user):
    browser = app.test_client()
    if role == "visitor":
        return browser
    kinds = {"unverified": dict(verified=False), "member": {}, "moderator": dict(role="moderator"),
             "admin": dict(role="admin"), "deactivated": {}}
    user = make_user(**kinds[role])
    login(browser, user)
    if role == "deactivated":
        from brain.accounts.devices import end_every_device

        user.is_enabled = False
        end_every_device(user)
        db.session.commit()
    return browser


@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_the_expected_status_on_every_route(app, make_user, targets, role):
    browser = browser_for(app, role, make_user)
    wrong = []
    for endpoint, method, url, data, expected in ROUTES:
        url = url.format(**targets)
        if data == "file":
            data = {"file": (io.BytesIO(b"replacement text"), "new.txt")}
        with browser.open(url, method=method, data=data) as response:
            if response.status_code != expected[role]:
                wrong.append(f"{method} {url}: {response.status_code}, expected {expected[role]}")
    assert wrong == []
