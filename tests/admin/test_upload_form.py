"""The upload form: the chosen edition's sessions, no silent kind, the translation search, and the audit log's sentences."""
import io
import re

from sqlalchemy import select

from brain.archive import services
from brain.archive.models import Material
from brain.archive.queries import edition_by_slug
from brain.extensions import db


def options(page: str, name: str) -> list[tuple[str, str]]:
    """The (value, text) options of a select on a page."""
    select_html = re.search(rf'<select[^>]*name="{name}"[^>]*>(.*?)</select>', page, re.S).group(1)
    return re.findall(r'<option[^>]*value="([^"]*)"[^>]*>([^<]*)</option>', select_html)


def add_session(edition, title, admin, day=1):
    return services.save_session(edition, services.SessionData(day=day, kind="plenary", titles={"en": title}), admin)


def test_the_form_offers_only_the_sessions_of_the_chosen_edition(admin_client, admin, edition):
    madrid = edition_by_slug("2010-turin")
    lisbon_session = add_session(edition, "Lisbon opening plenary", admin)
    other_session = add_session(madrid, "Another edition's plenary", admin)
    page = admin_client.get("/admin/materials/upload").get_data(as_text=True)
    assert [value for value, _ in options(page, "session")] == ["0"]  # no edition chosen yet
    assert "Show this edition&#39;s sessions" in page or "Show this edition's sessions" in page
    reloaded = admin_client.post("/admin/materials/upload", data={
        "edition": edition.id, "title": "Typed before reloading", "show_sessions": "1", "kind": "presentation"},
        content_type="multipart/form-data")
    page = reloaded.get_data(as_text=True)
    assert reloaded.status_code == 200
    values = [value for value, _ in options(page, "session")]
    assert str(lisbon_session.id) in values and str(other_session.id) not in values
    assert 'value="Typed before reloading"' in page
    assert ('<option selected value="presentation">' in page) or ('<option value="presentation" selected>' in page)
    assert db.session.scalar(select(Material.id)) is None  # reloading saves nothing


def test_a_session_of_another_edition_is_refused(admin_client, admin, edition):
    other = edition_by_slug("2010-turin")
    foreign = add_session(other, "Elsewhere", admin)
    response = admin_client.post("/admin/materials/upload", data={
        "edition": edition.id, "session": foreign.id, "kind": "reading", "language": "en", "visibility": "public",
        "files": [(io.BytesIO(b"notes"), "notes.txt")]}, content_type="multipart/form-data")
    assert response.status_code == 400
    assert "not part of the chosen edition" in response.get_data(as_text=True)


def test_there_is_no_default_kind_and_a_missing_kind_is_a_clear_error(admin_client, edition):
    page = admin_client.get("/admin/materials/upload").get_data(as_text=True)
    kinds = options(page, "kind")
    assert kinds[0] == ("", "Choose…")
    assert not re.search(r'<select[^>]*name="kind".*?<option selected', page, re.S)
    response = admin_client.post("/admin/materials/upload", data={
        "edition": edition.id, "session": 0, "kind": "", "language": "en", "visibility": "public",
        "files": [(io.BytesIO(b"notes"), "notes.txt")]}, content_type="multipart/form-data")
    assert response.status_code == 400
    assert "Choose the kind of material." in response.get_data(as_text=True)
    assert db.session.scalar(select(Material.id)) is None


def test_translation_of_is_found_by_searching_titles(admin_client, make_material, edition):
    english = make_material(title="Informal economy reader", language="en")
    make_material(title="Something unrelated", language="en")
    page = admin_client.get("/admin/materials/upload").get_data(as_text=True)
    assert "Same material as number" not in page and "Translation of:" in page
    found = admin_client.post("/admin/materials/upload", data={
        "edition": edition.id, "translation_query": "informal reader", "find_translation": "1"},
        content_type="multipart/form-data").get_data(as_text=True)
    radios = re.findall(r'<input[^>]*name="translation_of"[^>]*value="(\d+)"[^>]*>\s*<label[^>]*>([^<]*)</label>', found)
    labels = dict(radios)
    assert set(labels) == {"0", str(english.id)}
    assert labels[str(english.id)] == "Informal economy reader · 2021 Lisbon · English"
    response = admin_client.post("/admin/materials/upload", data={
        "edition": edition.id, "session": 0, "kind": "reading", "language": "es", "visibility": "public",
        "title": "Economía informal", "translation_query": "informal reader", "translation_of": english.id,
        "files": [(io.BytesIO(b"texto"), "lectura.txt")]}, content_type="multipart/form-data")
    assert response.status_code == 302
    spanish = db.session.scalar(select(Material).where(Material.title == "Economía informal"))
    db.session.refresh(english)
    assert spanish.translation_group and spanish.translation_group == english.translation_group


def test_the_audit_log_reads_as_sentences_in_english(admin_client, admin, make_material):
    material = make_material(title="Audited reading")
    admin_client.post(f"/admin/materials/{material.id}/delete")
    page = admin_client.get("/admin/audit").get_data(as_text=True)
    assert f"{admin.display_name} added the material “Audited reading” · " in page
    assert f"{admin.display_name} deleted the material “Audited reading” · " in page
    assert "material.create" not in page and "material.delete" not in page
    assert "Dec" in page or re.search(r"\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d", page)


def test_the_audit_log_reads_as_sentences_in_french(app, admin_client, admin, make_material):
    from flask_babel import force_locale, gettext

    make_material(title="Lecture auditée")
    admin_client.post("/language", data={"language": "fr"})
    page = admin_client.get("/admin/audit").get_data(as_text=True)
    with app.test_request_context(), force_locale("fr"):
        expected = gettext("%(actor)s added the material “%(target)s”") % {
            "actor": admin.display_name, "target": "Lecture auditée"}
    assert '<html lang="fr">' in page
    assert expected in page and "material.create" not in page
