"""Sessions end when they should, and admins sign in with a second factor."""
import statistics
import time

import pyotp
import pytest
from sqlalchemy import select, text

from brain.accounts.models import DeviceSession, User
from brain.audit import AuditEvent
from brain.extensions import db
from tests.conftest import PASSWORD, RECOVERY_CODES, build_app, fresh_code, login

NEW_PASSWORD = "a brand new long password"


def copy_of_cookies(app, browser):
    """Another browser holding a copy of this one's cookies, as a thief who copied them would."""
    thief = app.test_client()
    for name in ("session", "remember_token"):
        cookie = browser.get_cookie(name)
        if cookie is not None:
            thief.set_cookie(name, cookie.value)
    return thief


def test_a_cookie_copied_before_signing_out_no_longer_signs_in(app, member_client):
    thief = copy_of_cookies(app, member_client)
    assert thief.get("/account").status_code == 200
    member_client.post("/logout")
    assert thief.get("/account").status_code == 302


def test_a_remember_me_cookie_copied_before_signing_out_no_longer_signs_in(app, client, member):
    client.post("/login", data={"email": member.email, "password": PASSWORD, "remember": "y"})
    remember_token = client.get_cookie("remember_token").value
    before = app.test_client()
    before.set_cookie("remember_token", remember_token)
    assert before.get("/account").status_code == 200
    client.post("/logout")
    after = app.test_client()
    after.set_cookie("remember_token", remember_token)
    assert after.get("/account").status_code == 302


def test_a_password_change_signs_out_every_other_device(app, member, member_client):
    other_device = app.test_client()
    login(other_device, member)
    thief = copy_of_cookies(app, member_client)
    response = member_client.post("/account", data={
        "password-current_password": PASSWORD, "password-password": NEW_PASSWORD, "password-confirm": NEW_PASSWORD,
        "password-submit": "y"})
    assert response.status_code == 302
    assert member_client.get("/account").status_code == 200
    assert other_device.get("/account").status_code == 302
    assert thief.get("/account").status_code == 302


def test_a_password_reset_signs_out_everywhere(app, member, member_client, client, mails):
    client.post("/password/forgot", data={"email": member.email})
    client.post(mails.links()[-1], data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert member_client.get("/account").status_code == 302


def test_the_account_page_lists_devices_and_signs_out_everywhere(app, member, member_client):
    phone = app.test_client()
    phone.environ_base["HTTP_USER_AGENT"] = (
        "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36")
    login(phone, member)
    page = member_client.get("/account").get_data(as_text=True)
    assert "Chrome on Android" in page and "This device" in page and "Sign out everywhere" in page
    phone_id = db.session.scalar(select(DeviceSession.id).where(DeviceSession.user_agent.like("%Android%")))
    assert member_client.post(f"/account/devices/{phone_id}/sign-out").status_code == 302
    assert phone.get("/account").status_code == 302 and member_client.get("/account").status_code == 200
    login(phone, member)
    assert member_client.post("/account/sign-out-everywhere").status_code == 302
    assert phone.get("/account").status_code == 302 and member_client.get("/account").status_code == 302
    assert db.session.scalar(select(DeviceSession.id).where(DeviceSession.user_id == member.id)) is None


def test_deactivation_ends_every_session(app, admin_client, member, member_client):
    admin_client.post(f"/admin/users/{member.id}", data={"action": "deactivate"})
    assert member_client.get("/account").status_code == 302


def enrol_through_the_pages(browser) -> tuple[str, list[str]]:
    """Do what a member does: open the page, read the key, type the app's code; return secret and codes."""
    page = browser.get("/account/two-factor").get_data(as_text=True)
    assert "<svg" in page and "QR code" in page
    secret = page.split('<code class="secret">')[1].split("</code>")[0]
    response = browser.post("/account/two-factor", data={"code": pyotp.TOTP(secret).now()})
    assert response.status_code == 200
    codes = response.get_data(as_text=True).split('<ul class="recovery-codes">')[1].split("</ul>")[0]
    return secret, [code.split("</code>")[0] for code in codes.split("<code>")[1:]]


def test_a_member_turns_on_two_factor_and_signs_in_with_a_code_then_a_recovery_code(app, member, member_client):
    other_device = app.test_client()
    login(other_device, member)
    secret, codes = enrol_through_the_pages(member_client)
    assert len(codes) == 10 and len(set(codes)) == 10
    assert other_device.get("/account").status_code == 302, "turning on 2FA signs out the other devices"
    assert member_client.get("/account").status_code == 200

    stored = db.session.scalar(text("SELECT totp_secret_encrypted FROM users WHERE id = :id"), {"id": member.id})
    assert secret not in stored
    assert all(code not in str(db.session.execute(text("SELECT code_hash FROM recovery_codes")).all()) for code in codes)

    member_client.post("/logout")
    response = member_client.post("/login", data={"email": member.email, "password": PASSWORD})
    assert response.headers["Location"].startswith("/login/code")
    assert member_client.get("/account").status_code == 302, "a password alone does not sign in"
    db.session.expire_all()
    used_step = db.session.get(User, member.id).totp_last_step
    replay = pyotp.TOTP(secret).generate_otp(used_step)
    refused = member_client.post("/login/code", data={"code": replay})
    assert refused.status_code == 400 and "already used" in refused.get_data(as_text=True)
    assert member_client.post("/login/code", data={"code": pyotp.TOTP(secret).generate_otp(used_step + 1)}).status_code == 302
    assert member_client.get("/account").status_code == 200

    member_client.post("/logout")
    member_client.post("/login", data={"email": member.email, "password": PASSWORD})
    assert member_client.post("/login/code", data={"code": codes[0]}).status_code == 302
    member_client.post("/logout")
    member_client.post("/login", data={"email": member.email, "password": PASSWORD})
    assert member_client.post("/login/code", data={"code": codes[0]}).status_code == 400
    assert member_client.post("/login/code", data={"code": codes[1].upper()}).status_code == 302
    assert "8 unused recovery codes" in member_client.get("/account/two-factor").get_data(as_text=True)


def test_a_wrong_code_is_refused_and_the_second_step_expires(app, client, make_user):
    member = make_user(two_factor=True)
    client.post("/login", data={"email": member.email, "password": PASSWORD})
    assert client.post("/login/code", data={"code": "000000"}).status_code == 400
    assert client.get("/account").status_code == 302
    with client.session_transaction() as session:
        session["two_factor"] = {**session["two_factor"], "at": session["two_factor"]["at"] - 3600}
    assert client.post("/login/code", data={"code": fresh_code(member)}).status_code == 302
    assert client.get("/account").status_code == 302, "an expired second step starts the sign-in again"


def test_an_admin_must_enrol_before_using_the_admin_screens(app, client, make_user):
    admin = make_user("admin", two_factor=False)
    response = client.post("/login", data={"email": admin.email, "password": PASSWORD})
    assert response.headers["Location"] == "/account/two-factor"
    assert client.get("/admin/").headers["Location"] == "/account/two-factor"
    assert client.get("/admin/materials/upload").status_code == 302
    enrol_through_the_pages(client)
    assert client.get("/admin/").status_code == 200


def test_a_moderator_must_enrol_before_moderating(app, client, make_user):
    moderator = make_user("moderator", two_factor=False)
    login(client, moderator)
    assert client.get("/moderation").headers["Location"] == "/account/two-factor"
    enrol_through_the_pages(client)
    assert client.get("/moderation").status_code == 200


def test_admins_and_moderators_cannot_turn_two_factor_off(app, admin, admin_client):
    admin_client.post("/account/two-factor/off", data={"password": PASSWORD})
    db.session.expire_all()
    assert db.session.get(User, admin.id).has_two_factor


def test_an_admin_resets_another_admins_two_factor_and_it_is_audited(app, admin, admin_client, make_user):
    other = make_user("admin")
    other_browser = app.test_client()
    login(other_browser, other)
    admin_client.post(f"/admin/users/{other.id}", data={"action": "reset-two-factor"})
    db.session.expire_all()
    assert not db.session.get(User, other.id).has_two_factor
    assert other_browser.get("/account").status_code == 302
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "user.2fa_reset"))
    assert (event.actor_id, event.target_id) == (admin.id, other.id)


def test_second_step_codes_are_rate_limited(seeded_template, tmp_path):
    app = build_app(seeded_template, tmp_path / "instance", RATELIMIT_ENABLED=True)
    with app.app_context():
        user = User(email="two@example.org", display_name="Two", email_verified_at=None)
        user.set_password(PASSWORD)
        db.session.add(user)
        db.session.commit()
        from tests.conftest import enrol_two_factor

        enrol_two_factor(user)
        client = app.test_client()
        client.post("/login", data={"email": user.email, "password": PASSWORD})
        statuses = [client.post("/login/code", data={"code": "123456"}).status_code for _ in range(6)]
        assert statuses[:5] == [400] * 5 and statuses[5] == 429
        db.session.remove()
        db.engine.dispose()


def test_an_unknown_address_takes_as_long_as_a_wrong_password(seeded_template, tmp_path):
    """With the real password hashing cost, timing does not tell who has an account."""
    app = build_app(seeded_template, tmp_path / "instance", PASSWORD_HASH_METHOD="scrypt")
    with app.app_context():
        user = User(email="known@example.org", display_name="Known")
        user.set_password(PASSWORD)
        db.session.add(user)
        db.session.commit()
        client = app.test_client()

        def median_seconds(email: str) -> float:
            durations = []
            for _ in range(3):
                started = time.perf_counter()
                client.post("/login", data={"email": email, "password": "not the password"})
                durations.append(time.perf_counter() - started)
            return statistics.median(durations)

        known, unknown = median_seconds("known@example.org"), median_seconds("nobody@example.org")
        assert unknown > 0.6 * known, (known, unknown)
        db.session.remove()
        db.engine.dispose()
