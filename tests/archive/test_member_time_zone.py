"""A signed-in member sees an edition's times in their own time zone too, beside the edition's."""
import datetime as dt

from brain.archive import services
from brain.extensions import db
from tests.conftest import login


def test_a_member_sets_a_time_zone_and_sees_the_edition_times_in_it(app, client, make_user, edition, admin):
    edition.timezone = "Europe/Lisbon"
    services.save_session(edition, services.SessionData(
        day=1, kind="plenary", titles={"en": "Opening plenary"}, date=dt.date(2021, 11, 15),
        start_time=dt.time(12, 0), end_time=dt.time(13, 30)),
        admin)
    member = make_user()
    login(client, member)
    page = client.get("/editions/2021-lisbon").get_data(as_text=True)
    assert "(Lisbon time, UTC+0)" in page and "in your time zone" not in page

    form = client.get(f"/members/{member.id}/edit").get_data(as_text=True)
    assert '<option value="America/Sao_Paulo">America/Sao_Paulo</option>' in form
    response = client.post(f"/members/{member.id}/edit", data={
        "display_name": member.display_name, "timezone": "America/Sao_Paulo", "profile_visibility": "members"})
    assert response.status_code == 302
    db.session.refresh(member)
    assert member.timezone == "America/Sao_Paulo"
    page = client.get("/editions/2021-lisbon").get_data(as_text=True)
    assert "09:00 in your time zone (America/Sao_Paulo)" in page, "12:00 in Lisbon in November is 09:00 in São Paulo"
    visitor = app.test_client()
    assert "in your time zone" not in visitor.get("/editions/2021-lisbon").get_data(as_text=True)


def test_an_unknown_time_zone_is_refused(client, make_user):
    member = make_user()
    login(client, member)
    response = client.post(f"/members/{member.id}/edit", data={
        "display_name": member.display_name, "timezone": "Mars/Olympus", "profile_visibility": "members"})
    assert response.status_code == 400
    db.session.refresh(member)
    assert member.timezone == ""
