"""Admins invite an edition's participants and look after accounts."""
import io

from sqlalchemy import func, select

from brain.accounts.models import Attendance, User
from brain.audit import AuditEvent
from brain.extensions import db
from tests.conftest import PASSWORD, login

CSV = "email,name,country,organisation\nzara@example.org,Zara Ndiaye,SN,RENAPESS\n{existing},Already Here,PT,CASES\nnot-an-email,Bad,XX,\n"


def test_admin_invites_from_a_csv_and_the_link_creates_a_verified_account(admin_client, app, member, edition, mails):
    response = admin_client.post("/admin/invitations", data={
        "edition": edition.id, "participants": (io.BytesIO(CSV.format(existing=member.email).encode()), "people.csv")},
        content_type="multipart/form-data", follow_redirects=True)
    page = response.get_data(as_text=True)
    assert "1 invited, 1 already members" in page and "Line 4" in page
    db.session.refresh(member)
    assert [(a.edition_id, a.is_verified) for a in member.attendances] == [(edition.id, True)]
    link = next(link for link in mails.links() if "/invite/" in link)
    visitor = app.test_client()
    assert "Zara Ndiaye" in visitor.get(link).get_data(as_text=True)
    response = visitor.post(link, data={"display_name": "Zara Ndiaye", "password": "a long and quiet river",
                                        "confirm": "a long and quiet river", "consent": "y"})
    assert response.status_code == 302
    zara = db.session.scalar(select(User).where(User.email == "zara@example.org"))
    assert zara.is_verified and zara.country == "SN" and zara.organisation == "RENAPESS"
    assert [(a.edition_id, a.is_verified) for a in zara.attendances] == [(edition.id, True)]
    assert visitor.get(link).status_code == 400


def test_inviting_twice_never_makes_a_second_account(runner, tmp_path, app, mails):
    path = tmp_path / "people.csv"
    path.write_text("email,name,country,organisation\nzara@example.org,Zara,SN,\n")
    for _ in range(2):
        result = runner.invoke(args=["brain", "invite", "2021-lisbon", str(path)])
        assert result.exit_code == 0, result.output
    link = mails.links()[-1]
    client = app.test_client()
    client.post(link, data={"display_name": "Zara", "password": "a long and quiet river",
                            "confirm": "a long and quiet river", "consent": "y"})
    result = runner.invoke(args=["brain", "invite", "13", str(path)])
    assert result.exit_code != 0 and "No edition 13" in result.output
    result = runner.invoke(args=["brain", "invite", "2013-agadir", str(path)])
    assert "invited: 0, already members: 1" in result.output
    assert db.session.scalar(select(func.count()).select_from(User).where(User.email == "zara@example.org")) == 1
    zara = db.session.scalar(select(User).where(User.email == "zara@example.org"))
    assert {a.edition.slug for a in zara.attendances} == {"2021-lisbon", "2013-agadir"}


def test_admin_changes_roles_and_it_is_audited(admin_client, member):
    response = admin_client.post(f"/admin/users/{member.id}", data={"action": "role", "role": "moderator"})
    assert response.status_code == 302
    db.session.refresh(member)
    assert member.role == "moderator"
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "user.role")) is not None


def test_a_deactivated_account_cannot_sign_in_and_its_sessions_end(admin_client, app, member):
    browser = app.test_client()
    login(browser, member)
    assert member.display_name in browser.get("/").get_data(as_text=True)
    admin_client.post(f"/admin/users/{member.id}", data={"action": "deactivate"})
    assert member.display_name not in browser.get("/").get_data(as_text=True)
    response = app.test_client().post("/login", data={"email": member.email, "password": PASSWORD})
    assert response.status_code == 200
    admin_client.post(f"/admin/users/{member.id}", data={"action": "reactivate"})
    assert app.test_client().post("/login", data={"email": member.email, "password": PASSWORD}).status_code == 302
    actions = set(db.session.scalars(select(AuditEvent.action)))
    assert {"user.deactivate", "user.reactivate"} <= actions


def test_admin_verifies_a_claimed_edition(admin_client, member, edition):
    member.attendances.append(Attendance(edition_id=edition.id))
    db.session.commit()
    attendance = member.attendances[0]
    admin_client.post(f"/admin/users/{member.id}", data={"action": "verify", "attendance": attendance.id})
    db.session.refresh(attendance)
    assert attendance.is_verified


def test_admin_lists_and_searches_users(admin_client, make_user):
    make_user(name="Findable Person")
    assert "Findable Person" in admin_client.get("/admin/users?q=findable").get_data(as_text=True)
    assert "Findable Person" not in admin_client.get("/admin/users?q=nobody").get_data(as_text=True)


def test_an_admin_cannot_lock_themselves_out(admin_client, admin):
    admin_client.post(f"/admin/users/{admin.id}", data={"action": "deactivate"})
    db.session.refresh(admin)
    assert admin.is_enabled
