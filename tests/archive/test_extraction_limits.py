"""Text extraction stays within its memory and time limits: a zip bomb keeps its file but not its text."""
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from brain.archive.models import Material
from brain.extensions import db
from tests import files

REPO = Path(__file__).resolve().parents[2]
DOCUMENT_HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
DOCUMENT_TAIL = b"</w:body></w:document>"
BOMB_INFLATED_BYTES = 300 * 1024 * 1024
LONG_PARAGRAPH = b"<w:p><w:r><w:t>" + b"a" * 65_536 + b"</w:t></w:r></w:p>"


def limit_warning(kind: str) -> str:
    return f"The text of this {kind} file would take too much memory or time to read, so search will not find its content."


def write_docx_bomb(path: Path, inflated_bytes: int, paragraph: bytes = LONG_PARAGRAPH) -> None:
    """Write a real DOCX whose word/document.xml repeats a paragraph up to inflated_bytes, a megabyte at a time."""
    template = zipfile.ZipFile(io.BytesIO(files.docx_bytes("An ordinary first page.")))
    chunk = paragraph * (1024 * 1024 // len(paragraph))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bomb:
        for member in template.infolist():
            if member.filename != "word/document.xml":
                bomb.writestr(member, template.read(member))
                continue
            with bomb.open("word/document.xml", "w", force_zip64=True) as document:
                document.write(DOCUMENT_HEAD)
                for _ in range(inflated_bytes // len(chunk) + 1):
                    document.write(chunk)
                document.write(DOCUMENT_TAIL)


@pytest.fixture(scope="module")
def docx_bomb(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bomb") / "report.docx"
    write_docx_bomb(path, BOMB_INFLATED_BYTES)
    return path


def upload(admin_client, edition, name: str, content: bytes, title: str):
    """Upload one file through the admin form; return the page shown next and the material."""
    response = admin_client.post("/admin/materials/upload", data={
        "title": title, "description": "", "kind": "reading", "language": "en", "edition": edition.id,
        "session": 0, "authors": "", "visibility": "public", "files": [(io.BytesIO(content), name)],
    }, content_type="multipart/form-data", follow_redirects=True)
    assert response.status_code == 200
    return response, db.session.scalar(select(Material).where(Material.title == title))


def member_sizes(content: bytes) -> list[int]:
    return [member.file_size for member in zipfile.ZipFile(io.BytesIO(content)).infolist()]


def test_the_bomb_is_small_on_disk_and_huge_inflated(docx_bomb):
    assert docx_bomb.stat().st_size < 500 * 1024
    assert sum(member_sizes(docx_bomb.read_bytes())) > BOMB_INFLATED_BYTES


def test_a_docx_bomb_is_kept_with_a_warning_and_no_text(admin_client, edition, docx_bomb):
    response, material = upload(admin_client, edition, "report.docx", docx_bomb.read_bytes(), "Bomb")
    assert material is not None and material.file is not None
    assert material.text == ""
    assert material.extraction_warning == limit_warning("DOCX")
    assert material.extraction_warning in response.get_data(as_text=True)


#: Run in a child process, so that its peak memory counts only this app and this upload.
MEASURE_UPLOAD = """
import io, json, resource, sys
from pathlib import Path

from brain.accounts.models import User
from brain.archive import services
from brain.archive.queries import edition_by_slug
from brain.extensions import db
from tests.conftest import PASSWORD, build_app, drop_database

template, root, upload_path, overrides = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
app = build_app(Path(template), Path(root), **overrides)
with app.app_context():
    admin = User(email="admin@example.org", display_name="Admin", role="admin", is_enabled=True)
    admin.set_password(PASSWORD)
    db.session.add(admin)
    db.session.commit()
    data = services.MaterialData(title="Measured", edition=edition_by_slug("2021-lisbon"), kind="reading",
                                 language="en")
    content = Path(upload_path).read_bytes()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    material = services.add_material(data, admin, io.BytesIO(content), Path(upload_path).name)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"before_kib": before, "after_kib": after, "text_chars": len(material.text),
                      "warning": material.extraction_warning}))
    db.session.remove()
    db.engine.dispose()
    app.extensions["brain_search"].index.close()
drop_database(app)
"""


def measure_upload(seeded_template, root: Path, path: Path, **overrides) -> dict:
    """Add a material with the file through the upload service in a fresh process; return its peak memory and outcome."""
    finished = subprocess.run(
        [sys.executable, "-c", MEASURE_UPLOAD, str(seeded_template), str(root), str(path), json.dumps(overrides)],
        cwd=REPO, capture_output=True, text=True, timeout=300,
    )
    assert finished.returncode == 0, finished.stderr
    return json.loads(finished.stdout.strip().splitlines()[-1])


def peak_rise_mib(measured: dict) -> float:
    rise = (measured["after_kib"] - measured["before_kib"]) / 1024
    print(f"peak memory {measured['before_kib'] // 1024} MiB -> {measured['after_kib'] // 1024} MiB (+{rise:.1f} MiB)")
    return rise


def test_uploading_a_docx_bomb_keeps_the_peak_memory_low(seeded_template, tmp_path, docx_bomb):
    measured = measure_upload(seeded_template, tmp_path / "instance", docx_bomb)
    assert measured["text_chars"] == 0 and measured["warning"] == limit_warning("DOCX")
    assert peak_rise_mib(measured) < 100


def test_nearly_a_million_empty_paragraphs_are_read_in_little_memory(seeded_template, tmp_path):
    """Within the limits too: python-docx held every paragraph at once, +340 MiB for this 45 KB file."""
    path = tmp_path / "paragraphs.docx"
    write_docx_bomb(path, 5 * 1024 * 1024, paragraph=b"<w:p/>")
    measured = measure_upload(seeded_template, tmp_path / "instance", path)
    assert measured["warning"] == ""
    assert peak_rise_mib(measured) < 100


def test_a_member_over_the_member_limit_gives_the_warning(admin_client, edition, app):
    content = files.docx_bytes("Social finance")
    app.config["EXTRACT_MAX_MEMBER_BYTES"] = max(member_sizes(content)) - 1
    _, material = upload(admin_client, edition, "finance.docx", content, "Member over")
    assert material.text == "" and material.extraction_warning == limit_warning("DOCX")


def test_members_over_the_total_limit_give_the_warning(admin_client, edition, app):
    content = files.pptx_bytes("Slides", "Fair trade")
    app.config["EXTRACT_MAX_MEMBER_BYTES"] = max(member_sizes(content))
    app.config["EXTRACT_MAX_TOTAL_BYTES"] = sum(member_sizes(content)) - 1
    _, material = upload(admin_client, edition, "slides.pptx", content, "Total over")
    assert material.text == "" and material.extraction_warning == limit_warning("PPTX")


def test_members_exactly_at_the_limits_are_read(admin_client, edition, app):
    content = files.pptx_bytes("Slides", "Fair trade")
    app.config["EXTRACT_MAX_MEMBER_BYTES"] = max(member_sizes(content))
    app.config["EXTRACT_MAX_TOTAL_BYTES"] = sum(member_sizes(content))
    _, material = upload(admin_client, edition, "slides.pptx", content, "At the limits")
    assert "Fair trade" in material.text and material.extraction_warning == ""


def docx_with_document(xml: bytes) -> bytes:
    """A real DOCX whose word/document.xml is replaced by the given XML."""
    template = zipfile.ZipFile(io.BytesIO(files.docx_bytes("An ordinary first page.")))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as docx:
        for member in template.infolist():
            docx.writestr(member, xml if member.filename == "word/document.xml" else template.read(member))
    return out.getvalue()


def test_entities_declared_in_a_dtd_are_never_expanded(admin_client, edition):
    laughs = b"".join(b'<!ENTITY e%d "%s">' % (n, b"&e%d;" % (n - 1) * 10) for n in range(1, 10))
    xml = (b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY e0 "ha">' + laughs + b"]>"
           + DOCUMENT_HEAD.split(b"\n", 1)[1] + b"<w:p><w:r><w:t>&e9;</w:t></w:r></w:p>" + DOCUMENT_TAIL)
    _, material = upload(admin_client, edition, "laughs.docx", docx_with_document(xml), "Laughs")
    assert material.text == ""
    assert material.extraction_warning == (
        "The text of this DOCX file could not be read, so search will not find its content.")


def many_pages_pdf(pages: int) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for number in range(pages):
        pdf.add_page()
        pdf.multi_cell(0, 6, f"Page {number}: cooperatives and mutuals create decent work.")
    return bytes(pdf.output())


def test_the_time_limit_stops_a_long_pdf_between_pages(admin_client, edition, app, monkeypatch):
    from pypdf import PageObject

    read_pages = []
    extract_page = PageObject.extract_text
    monkeypatch.setattr(PageObject, "extract_text", lambda page, *a, **kw: read_pages.append(1) or extract_page(page, *a, **kw))
    app.config["EXTRACT_MAX_SECONDS"] = 1e-6
    _, material = upload(admin_client, edition, "long.pdf", many_pages_pdf(200), "Too long")
    assert material.text == "" and material.extraction_warning == limit_warning("PDF")
    assert len(read_pages) == 1


def test_a_pdf_stream_over_the_member_limit_gives_the_warning(admin_client, edition, app):
    app.config["EXTRACT_MAX_MEMBER_BYTES"] = 100
    _, material = upload(admin_client, edition, "reader.pdf", files.pdf_bytes("Decent work " * 50), "Stream over")
    assert material.text == "" and material.extraction_warning == limit_warning("PDF")


def test_a_text_file_is_read_up_to_the_limit_without_cutting_a_character(admin_client, edition, app):
    app.config["EXTRACT_MAX_TOTAL_BYTES"] = 1001
    _, material = upload(admin_client, edition, "notes.txt", "é".encode() * 1000, "Long notes")
    assert material.text == "é" * 500 and material.extraction_warning == ""


def docx_with_a_table() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Social finance\tin Lisbon")
    document.add_table(rows=1, cols=2).rows[0].cells[1].text = "Solidarity funds"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("many.pdf", many_pages_pdf(30), ["Page 0: cooperatives", "Page 29: cooperatives"]),
    ("finance.docx", docx_with_a_table(), ["Social finance in Lisbon", "Solidarity funds"]),
    ("slides.pptx", files.pptx_bytes("Slides", "Fair trade"), ["Slides", "Fair trade"]),
    ("page.html", b"<html><body><script>x()</script><p>Mutual aid</p></body></html>", ["Mutual aid"]),
])
def test_ordinary_files_still_give_their_text(admin_client, edition, name, content, expected):
    _, material = upload(admin_client, edition, name, content, "Ordinary")
    assert material.extraction_warning == ""
    for phrase in expected:
        assert phrase in material.text
