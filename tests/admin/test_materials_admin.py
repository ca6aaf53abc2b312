"""An admin publishes: uploads, links, edits, replaces, deletes and restores materials."""
import io
import os

import pytest
from sqlalchemy import func, select

from brain.archive.models import Material, StoredFile
from brain.audit import AuditEvent
from brain.extensions import db
from tests import files


def upload_data(edition, **overrides):
    data = {"title": "", "description": "", "kind": "reading", "language": "en", "edition": edition.id,
            "session": 0, "authors": "", "visibility": "public"}
    data.update(overrides)
    return data


def stored_files(app) -> list[str]:
    root = app.config["UPLOAD_DIR"]
    return [os.path.join(d, f) for d, _, names in os.walk(root) for f in names]


def material_count() -> int:
    return db.session.scalar(select(func.count()).select_from(Material))


def test_admin_uploads_a_pdf_and_its_text_is_extracted(admin_client, edition, app):
    pdf = files.pdf_bytes("Cooperatives and mutuals create decent work.")
    response = admin_client.post("/admin/materials/upload", data=upload_data(
        edition, title="Reader on decent work", files=[(io.BytesIO(pdf), "reader.pdf")]),
        content_type="multipart/form-data")
    assert response.status_code == 302
    material = db.session.scalar(select(Material).where(Material.title == "Reader on decent work"))
    assert material.file.media_type == "application/pdf"
    assert material.file_name == "reader.pdf"
    assert "decent work" in material.text
    assert material.file.sha256 and material.file.size == len(pdf)


def test_admin_uploads_several_files_at_once(admin_client, edition):
    response = admin_client.post("/admin/materials/upload", data=upload_data(edition, files=[
        (io.BytesIO(files.docx_bytes("Social finance")), "social_finance.docx"),
        (io.BytesIO(files.pptx_bytes("Slides", "Fair trade")), "fair-trade-slides.pptx"),
        (io.BytesIO(b"plain notes"), "notes.txt"),
    ]), content_type="multipart/form-data")
    assert response.status_code == 302
    titles = set(db.session.scalars(select(Material.title)))
    assert {"social finance", "fair trade slides", "notes"} <= titles
    pptx = db.session.scalar(select(Material).where(Material.title == "fair trade slides"))
    assert "Fair trade" in pptx.text


def test_the_same_bytes_are_stored_once(admin_client, edition, app):
    for name in ("first.txt", "second.txt"):
        admin_client.post("/admin/materials/upload", data=upload_data(
            edition, files=[(io.BytesIO(b"identical bytes"), name)]), content_type="multipart/form-data")
    assert db.session.scalar(select(func.count()).select_from(StoredFile)) == 1
    assert material_count() == 2
    assert len(stored_files(app)) == 1


def test_admin_adds_a_link_only_material(admin_client, edition):
    response = admin_client.post("/admin/materials/link", data=upload_data(
        edition, title="Recording of the opening", kind="recording", url="https://example.org/video/1"))
    assert response.status_code == 302
    material = db.session.scalar(select(Material).where(Material.title == "Recording of the opening"))
    assert material.is_link and material.file is None


def test_admin_edits_metadata_and_joins_a_translation_group(admin_client, make_material, edition):
    english = make_material(title="Informal economy", language="en")
    spanish = make_material(title="Economia informal", language="es")
    response = admin_client.post(f"/admin/materials/{spanish.id}/edit", data=upload_data(
        edition, title="Economía informal", language="es", translation_of=english.id, topics=[]))
    assert response.status_code == 302
    db.session.refresh(english)
    db.session.refresh(spanish)
    assert spanish.title == "Economía informal"
    assert english.translation_group and english.translation_group == spanish.translation_group


def test_admin_replaces_the_file(admin_client, make_material):
    material = make_material(title="Agenda", text="old agenda")
    response = admin_client.post(f"/admin/materials/{material.id}/replace", data={
        "file": (io.BytesIO(files.docx_bytes("new agenda with study visits")), "agenda-v2.docx")},
        content_type="multipart/form-data")
    assert response.status_code == 302
    db.session.refresh(material)
    assert material.file_name == "agenda-v2.docx"
    assert "study visits" in material.text


def test_delete_is_soft_and_restorable(admin_client, client, make_material):
    material = make_material(title="Withdrawn reading")
    admin_client.post(f"/admin/materials/{material.id}/delete")
    assert client.get(f"/materials/{material.id}").status_code == 404
    assert "Withdrawn reading" in admin_client.get("/admin/materials?deleted=1").get_data(as_text=True)
    admin_client.post(f"/admin/materials/{material.id}/restore")
    assert client.get(f"/materials/{material.id}").status_code == 200


def test_every_change_lands_in_the_audit_log(admin_client, make_material, admin):
    material = make_material(title="Audited reading")
    admin_client.post(f"/admin/materials/{material.id}/delete")
    admin_client.post(f"/admin/materials/{material.id}/restore")
    actions = list(db.session.scalars(select(AuditEvent.action).where(
        AuditEvent.target_type == "materials", AuditEvent.target_id == material.id)))
    assert actions == ["material.create", "material.delete", "material.restore"]
    page = admin_client.get("/admin/audit").get_data(as_text=True)
    assert f"{admin.display_name} deleted the material “Audited reading”" in page


def test_file_over_the_size_limit_gets_a_readable_413(app, admin_client, edition):
    app.config["MAX_CONTENT_LENGTH"] = 1024
    response = admin_client.post("/admin/materials/upload", data=upload_data(
        edition, files=[(io.BytesIO(b"x" * 4096), "big.txt")]), content_type="multipart/form-data")
    assert response.status_code == 413
    assert "File too large" in response.get_data(as_text=True)
    assert material_count() == 0


@pytest.mark.parametrize("content, name", [
    (files.HTML_PRETENDING, "report.pdf"),
    (files.ELF_EXECUTABLE, "report.pdf"),
    (files.ELF_EXECUTABLE, "tool.exe"),
    (b"MZ\x90\x00" + b"\x00" * 200, "notes.docx"),
    (files.ONE_PIXEL_PNG, "photo.jpg"),
])
def test_files_are_judged_by_their_content(admin_client, edition, app, content, name):
    response = admin_client.post("/admin/materials/upload", data=upload_data(
        edition, files=[(io.BytesIO(content), name)]), content_type="multipart/form-data", follow_redirects=True)
    assert "refused" in response.get_data(as_text=True) or "not accepted" in response.get_data(as_text=True)
    assert material_count() == 0
    assert stored_files(app) == []


def test_dangerous_file_names_are_made_safe(admin_client, edition, app):
    admin_client.post("/admin/materials/upload", data=upload_data(
        edition, title="Sneaky", files=[(io.BytesIO(b"harmless text"), "../../etc/pass\x07wd.txt")]),
        content_type="multipart/form-data")
    material = db.session.scalar(select(Material).where(Material.title == "Sneaky"))
    assert material.file_name == "passwd.txt"
    for path in stored_files(app):
        assert os.path.realpath(path).startswith(os.path.realpath(app.config["UPLOAD_DIR"]))
        assert "passwd" not in path


def test_a_corrupt_pdf_uploads_with_a_warning(admin_client, edition):
    response = admin_client.post("/admin/materials/upload", data=upload_data(
        edition, title="Damaged", files=[(io.BytesIO(files.CORRUPT_PDF), "damaged.pdf")]),
        content_type="multipart/form-data", follow_redirects=True)
    material = db.session.scalar(select(Material).where(Material.title == "Damaged"))
    assert material is not None and material.text == ""
    assert material.extraction_warning
    assert material.extraction_warning in response.get_data(as_text=True)


def test_an_extractor_crash_leaves_no_row_and_no_file(admin_client, edition, app, monkeypatch):
    def explode(path, kind):
        raise RuntimeError("extractor crashed")

    monkeypatch.setattr("brain.extract.extract_text", explode)
    response = admin_client.post("/admin/materials/upload", data=upload_data(
        edition, files=[(io.BytesIO(b"some text"), "notes.txt")]), content_type="multipart/form-data")
    assert response.status_code == 500
    assert "Traceback" not in response.get_data(as_text=True)
    assert material_count() == 0
    assert stored_files(app) == []


def test_a_database_refusal_leaves_no_row_and_no_file(admin_client, edition, app, monkeypatch):
    def refuse(*args, **kwargs):
        raise RuntimeError("database refused the row")

    monkeypatch.setattr("brain.audit.record", refuse)
    response = admin_client.post("/admin/materials/upload", data=upload_data(
        edition, files=[(io.BytesIO(b"some other text"), "notes.txt")]), content_type="multipart/form-data")
    assert response.status_code == 500
    assert material_count() == 0
    assert db.session.scalar(select(func.count()).select_from(StoredFile)) == 0
    assert stored_files(app) == []


def test_upload_form_reports_missing_metadata(admin_client):
    response = admin_client.post("/admin/materials/upload", data={"kind": "reading"}, content_type="multipart/form-data")
    assert response.status_code == 400
    assert "Choose at least one file." in response.get_data(as_text=True)


def test_upload_form_lists_programme_items_by_edition_and_day_in_the_readers_language(admin_client, edition, admin):
    from brain.archive import services

    opening = services.save_session(edition, services.SessionData(
        day=2, kind="plenary", titles={"en": "Opening plenary", "fr": "Plénière d'ouverture"}), admin)
    only_spanish = services.save_session(edition, services.SessionData(
        day=3, kind="workshop", titles={"es": "Taller de finanzas solidarias"}), admin)
    chosen = {"edition": edition.id, "show_sessions": "1"}
    english = admin_client.post("/admin/materials/upload", data=chosen, headers={"Accept-Language": "en"},
                                content_type="multipart/form-data").get_data(as_text=True)
    french = admin_client.post("/admin/materials/upload", data=chosen, headers={"Accept-Language": "fr"},
                               content_type="multipart/form-data").get_data(as_text=True)
    assert f'<option value="{opening.id}">Day 2 · Opening plenary</option>' in english
    assert f'<option value="{only_spanish.id}">Day 3 · Taller de finanzas solidarias</option>' in english
    assert "Plénière d&#39;ouverture</option>" in french or "Plénière d'ouverture</option>" in french
    assert english.index("Day 2 · Opening plenary") < english.index("Day 3 · Taller")
