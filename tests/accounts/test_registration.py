"""A person registers, confirms the email, signs in and out, and resets a forgotten password."""
import time

import pytest
from sqlalchemy import select

from brain.accounts.models import User
from brain.extensions import db
from tests.conftest import PASSWORD, build_app, login

GOOD = "a long and quiet river"


def register(client, email="ana@example.org", password=GOOD, consent="y", name="Ana Silva"):
    return client.post("/register", data={"email": email, "display_name": name, "password": password,
                                           "confirm": password, "consent": consent})


def test_registration_sends_a_verification_link_to_the_log(client, mails):
    response = register(client)
    assert response.status_code == 302
    user = db.session.scalar(select(User).where(User.email == "ana@example.org"))
    assert user.consent_at is not None and not user.is_verified
    (to, subject, body), = mails()
    assert to == "ana@example.org" and "/verify/" in body
    assert client.get(mails.links()[0]).status_code == 302
    db.session.refresh(user)
    assert user.is_verified


def test_unverified_account_signs_in_but_is_told_why_it_cannot_see_members_content(client, make_material):
    register(client)
    assert client.post("/login", data={"email": "ana@example.org", "password": GOOD}).status_code == 302
    material = make_material(visibility="members")
    page = client.get("/").get_data(as_text=True)
    assert "Confirm your email address" in page
    assert client.get(f"/materials/{material.id}").status_code == 403
    assert "Confirm your email" in client.get("/members").get_data(as_text=True)


def test_registering_a_known_address_answers_as_for_a_new_one_and_tells_its_owner(client, make_user, mails):
    owner = make_user(email="member1@example.org")
    new = register(client, email="new@example.org")
    known = register(client, email="Member1@example.org", name="Someone Else")
    assert (known.status_code, known.headers["Location"]) == (new.status_code, new.headers["Location"]) == (302, "/login")
    flashes = client.get("/login").get_data(as_text=True)
    assert "We sent a message to new@example.org" in flashes and "We sent a message to member1@example.org" in flashes
    assert "already" not in flashes
    (_, _, _), (to, subject, body) = mails()
    assert to == owner.email and subject == "You already have an account" and "/password/forgot" in body
    db.session.refresh(owner)
    assert owner.display_name != "Someone Else" and owner.check_password(PASSWORD)
    assert client.get("/account").status_code == 302


@pytest.mark.parametrize("email, password, consent, field_message", [
    ("new@example.org", "short", "y", "at least 10 characters"),
    ("new@example.org", "password123", "y", "too common"),
    ("new@example.org", "aaaaaaaaaaaa", "y", "too common"),
    ("not-an-email", GOOD, "y", "Invalid email address"),
    ("new@example.org", GOOD, "", "accept the privacy notice"),
])
def test_bad_registrations_get_a_clear_message(client, make_user, email, password, consent, field_message):
    make_user(email="member1@example.org")
    response = register(client, email=email, password=password, consent=consent)
    assert response.status_code == 400
    assert field_message in response.get_data(as_text=True)
    assert db.session.scalar(select(User).where(User.email == "new@example.org")) is None


def test_sign_in_remember_me_and_sign_out(client, member):
    response = client.post("/login", data={"email": member.email, "password": PASSWORD, "remember": "y"})
    assert response.status_code == 302
    assert "remember_token" in response.headers.get("Set-Cookie", "") or any(
        "remember_token" in value for value in response.headers.getlist("Set-Cookie"))
    assert member.display_name in client.get("/").get_data(as_text=True)
    client.post("/logout")
    assert "Sign in" in client.get("/").get_data(as_text=True)


def test_wrong_password_is_refused(client, member):
    response = client.post("/login", data={"email": member.email, "password": "wrong password!"})
    assert response.status_code == 200
    assert "not right" in response.get_data(as_text=True)


@pytest.mark.parametrize("target", ["//evil.example", "https://evil.example/", "https:evil", "\\\\evil", "/\\evil",
                                    "javascript:alert(1)"])
def test_next_never_leaves_the_site(client, member, target):
    response = client.post(f"/login?next={target}", data={"email": member.email, "password": PASSWORD, "next": target})
    assert response.headers["Location"] == "/"


def test_next_inside_the_site_is_followed(client, member):
    response = client.post("/login", data={"email": member.email, "password": PASSWORD, "next": "/materials?page=2"})
    assert response.headers["Location"] == "/materials?page=2"


def test_sign_in_is_rate_limited_per_address_and_account(seeded_template, tmp_path):
    app = build_app(seeded_template, tmp_path / "limited", RATELIMIT_ENABLED=True)
    with app.app_context():
        client = app.test_client()
        statuses = [client.post("/login", data={"email": "x@example.org", "password": "nope nope nope"}).status_code
                    for _ in range(11)]
        assert statuses[:10] == [200] * 10 and statuses[10] == 429
        assert "Too many requests" in client.post("/login", data={"email": "y@example.org", "password": "x"}).get_data(as_text=True)
        db.session.remove()
        db.engine.dispose()


def test_password_reset_by_a_single_use_link(client, member, mails):
    response = client.post("/password/forgot", data={"email": member.email})
    assert response.status_code == 302
    link = next(link for link in mails.links() if "/password/reset/" in link)
    assert client.post(link, data={"password": GOOD, "confirm": GOOD}).status_code == 302
    assert client.post("/login", data={"email": member.email, "password": GOOD}).status_code == 302
    again = client.get(link)
    assert again.status_code == 400 and "already used" in again.get_data(as_text=True)


def test_reset_answers_the_same_for_unknown_addresses(client, member, mails):
    timings = {}
    pages = {}
    for email in (member.email, "nobody@example.org"):
        started = time.perf_counter()
        response = client.post("/password/forgot", data={"email": email}, follow_redirects=True)
        timings[email] = time.perf_counter() - started
        pages[email] = response.get_data(as_text=True).replace(email, "")
    assert pages[member.email] == pages["nobody@example.org"]
    assert len(mails()) == 1


@pytest.mark.parametrize("url", ["/password/reset/garbage", "/verify/garbage", "/invite/garbage",
                                 "/account/email/garbage", "/password/reset/" + "x" * 500])
def test_bad_tokens_get_a_clear_page(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "This link does not work" in response.get_data(as_text=True)


def test_expired_token_says_so(app, client, member):
    from itsdangerous import URLSafeTimedSerializer

    from brain.accounts import tokens

    old = URLSafeTimedSerializer(app.config["SECRET_KEY"], salt="brain-verify")
    token = old.dumps({"id": member.id, "email": member.email})
    original = tokens.LIFETIMES["verify"]
    tokens.LIFETIMES["verify"] = -1
    try:
        response = client.get(f"/verify/{token}")
    finally:
        tokens.LIFETIMES["verify"] = original
    assert response.status_code == 400 and "expired" in response.get_data(as_text=True)


def test_change_password_and_email(client, member, mails):
    login(client, member)
    response = client.post("/account", data={"password-current_password": PASSWORD, "password-password": GOOD,
                                              "password-confirm": GOOD, "password-submit": "1"})
    assert response.status_code == 302
    response = client.post("/account", data={"email-email": "new.address@example.org", "email-password": GOOD,
                                              "email-submit": "1"})
    assert response.status_code == 302
    db.session.refresh(member)
    assert member.email != "new.address@example.org" and member.pending_email == "new.address@example.org"
    link = next(link for link in mails.links() if "/account/email/" in link)
    client.get(link)
    db.session.refresh(member)
    assert member.email == "new.address@example.org"


def test_session_cookie_is_httponly_and_lax(client, member):
    response = client.post("/login", data={"email": member.email, "password": PASSWORD})
    cookie = next(value for value in response.headers.getlist("Set-Cookie") if value.startswith("session="))
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
