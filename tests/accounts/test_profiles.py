"""Members keep a profile, find each other, export their data and can leave."""
import io
import json
import os

from PIL import Image
from sqlalchemy import select

from brain.accounts.models import Attendance, User
from brain.extensions import db
from tests.conftest import PASSWORD, login
from tests.html import executable_script


def photo_bytes(fmt="JPEG", size=(800, 600), exif=True) -> bytes:
    image = Image.new("RGB", size, (200, 80, 40))
    out = io.BytesIO()
    kwargs = {}
    if exif and fmt == "JPEG":
        data = Image.Exif()
        data[0x010F] = "SecretCameraMaker"
        kwargs["exif"] = data.tobytes()
    image.save(out, fmt, **kwargs)
    return out.getvalue()


def profile_form(**overrides):
    data = {"display_name": "Ana Silva", "country": "PT", "organisation": "CASES", "position": "Researcher",
            "bio": "I work on **cooperatives**.", "languages_spoken": ["pt", "en"], "profile_visibility": "members"}
    data.update(overrides)
    return data


def test_member_fills_the_profile_with_a_photo(member_client, member, app, edition):
    data = profile_form(editions=[edition.id], photo=(io.BytesIO(photo_bytes()), "me.jpg"))
    response = member_client.post(f"/members/{member.id}/edit", data=data, content_type="multipart/form-data")
    assert response.status_code == 302
    db.session.refresh(member)
    assert member.organisation == "CASES" and member.languages_spoken == "en pt"
    assert [a.edition_id for a in member.attendances] == [edition.id] and not member.attendances[0].is_verified
    path = os.path.join(app.config["UPLOAD_DIR"], member.photo_path)
    with Image.open(path) as stored:
        assert stored.size == (256, 256)
        assert 0x010F not in stored.getexif()
    page = member_client.get(f"/members/{member.id}").get_data(as_text=True)
    assert "<strong>cooperatives</strong>" in page and "claimed" in page and "Portugal" in page
    with member_client.get(f"/members/{member.id}/photo") as photo:
        assert photo.status_code == 200 and photo.mimetype == "image/jpeg"


def test_a_photo_that_is_not_an_image_is_refused(member_client, member, app):
    response = member_client.post(f"/members/{member.id}/edit", data=profile_form(
        photo=(io.BytesIO(b"<?php echo 1; ?>"), "me.jpg")), content_type="multipart/form-data")
    assert response.status_code == 200 or response.status_code == 400
    assert "not a photo we can read" in response.get_data(as_text=True)
    db.session.refresh(member)
    assert member.photo_path == ""
    assert not os.path.exists(os.path.join(app.config["UPLOAD_DIR"], "photos")) or not os.listdir(
        os.path.join(app.config["UPLOAD_DIR"], "photos"))


def test_a_decompression_bomb_is_refused(member_client, member):
    bomb = io.BytesIO()
    Image.new("1", (12000, 12000)).save(bomb, "PNG")
    response = member_client.post(f"/members/{member.id}/edit", data=profile_form(
        photo=(io.BytesIO(bomb.getvalue()), "bomb.png")), content_type="multipart/form-data")
    assert "too large" in response.get_data(as_text=True) or "not a photo" in response.get_data(as_text=True)
    db.session.refresh(member)
    assert member.photo_path == ""


def test_markdown_in_the_bio_cannot_run_script(member_client, member):
    member_client.post(f"/members/{member.id}/edit", data=profile_form(
        bio="<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>"))
    page = member_client.get(f"/members/{member.id}").get_data(as_text=True)
    assert executable_script(page) == []


def test_only_the_owner_and_admins_edit_a_profile(app, member, make_user, admin_client):
    other = app.test_client()
    login(other, make_user())
    assert other.get(f"/members/{member.id}/edit").status_code == 403
    assert other.post(f"/members/{member.id}/edit", data=profile_form(display_name="Hacked")).status_code == 403
    assert admin_client.post(f"/members/{member.id}/edit", data=profile_form(display_name="Fixed by admin")).status_code == 302
    db.session.refresh(member)
    assert member.display_name == "Fixed by admin"


def test_visitors_see_public_profiles_only_and_never_the_directory(client, member, make_user):
    public = make_user(name="Public Person")
    public.profile_visibility = "public"
    db.session.commit()
    assert client.get(f"/members/{public.id}").status_code == 200
    assert client.get(f"/members/{member.id}").status_code == 302
    assert client.get("/members").status_code == 302


def test_directory_filters(member_client, make_user, edition):
    from brain.archive.queries import topic_by_slug

    alice = make_user(name="Alice Coop")
    alice.country, alice.organisation, alice.languages_spoken = "FR", "Coopérative Alpha", "fr en"
    alice.expertise = [topic_by_slug("decent-work")]
    alice.attendances.append(Attendance(edition_id=edition.id))
    bob = make_user(name="Bob Mutual")
    bob.country, bob.organisation, bob.languages_spoken = "BR", "Mutual Beta", "pt"
    db.session.commit()

    def names(query):
        page = member_client.get(f"/members?{query}").get_data(as_text=True)
        return {name for name in ("Alice Coop", "Bob Mutual") if name in page}

    assert names("") == {"Alice Coop", "Bob Mutual"}
    assert names("q=alice") == {"Alice Coop"}
    assert names("country=BR") == {"Bob Mutual"}
    assert names("language=fr") == {"Alice Coop"}
    assert names(f"edition={edition.id}") == {"Alice Coop"}
    assert names(f"topic={topic_by_slug('decent-work').id}") == {"Alice Coop"}
    assert names("organisation=mutual") == {"Bob Mutual"}


def test_export_my_data_as_json(member_client, member):
    response = member_client.get("/account/export")
    assert response.mimetype == "application/json"
    data = json.loads(response.data)
    assert data["account"]["email"] == member.email
    assert {"account", "profile", "editions_attended"} <= set(data)


def test_delete_my_account_removes_everything_personal(member_client, member, app):
    member_client.post(f"/members/{member.id}/edit", data=profile_form(photo=(io.BytesIO(photo_bytes()), "me.jpg")),
                       content_type="multipart/form-data")
    db.session.refresh(member)
    photo = os.path.join(app.config["UPLOAD_DIR"], member.photo_path)
    email, member_id = member.email, member.id
    response = member_client.post("/account", data={"delete-password": PASSWORD, "delete-confirm": "y",
                                                    "delete-submit": "1"})
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(User, member_id) is None
    assert db.session.scalar(select(User).where(User.email == email)) is None
    assert not os.path.exists(photo)


def test_delete_needs_the_password(member_client, member):
    response = member_client.post("/account", data={"delete-password": "wrong one!", "delete-confirm": "y",
                                                    "delete-submit": "1"})
    assert response.status_code == 400
    assert db.session.get(User, member.id) is not None


def test_privacy_notice_is_public(client):
    page = client.get("/privacy").get_data(as_text=True)
    assert "What we keep" in page and "delete" in page
