"""An operator bulk-imports a folder of files described by a manifest CSV."""
import csv

from sqlalchemy import func, select

from brain.archive.models import Material
from brain.extensions import db
from tests import files

COLUMNS = ["file", "url", "title", "description", "kind", "language", "edition", "session", "topics",
           "authors", "visibility", "translation_group"]


def write_manifest(folder, rows):
    path = folder / "manifest.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({column: row.get(column, "") for column in COLUMNS})
    return path


def row(**values):
    base = {"kind": "reading", "language": "en", "edition": "2021-lisbon", "visibility": "public"}
    base.update(values)
    return base


def count_materials():
    return db.session.scalar(select(func.count()).select_from(Material))


def test_import_a_folder_and_rerun_changes_nothing(runner, tmp_path):
    folder = tmp_path / "batch"
    (folder / "docs").mkdir(parents=True)
    (folder / "docs" / "reader.pdf").write_bytes(files.pdf_bytes("Social and solidarity economy reader"))
    (folder / "docs" / "lectura.docx").write_bytes(files.docx_bytes("Lectura sobre economía social"))
    manifest = write_manifest(folder, [
        row(file="docs/reader.pdf", title="SSE reader", topics="cooperatives;decent-work;Trabajo decente",
            translation_group="reader",
            authors="A. Author"),
        row(file="docs/lectura.docx", title="Lectura ESS", language="es", edition="12", translation_group="reader"),
        row(url="https://example.org/rec/1", title="Opening recording", kind="recording", visibility="members"),
    ])
    result = runner.invoke(args=["brain", "import", str(manifest)])
    assert result.exit_code == 0, result.output
    assert "imported: 3, skipped: 0, failed: 0" in result.output
    reader = db.session.scalar(select(Material).where(Material.title == "SSE reader"))
    assert {t.slug for t in reader.topics} == {"cooperatives", "decent-work"}
    lectura = db.session.scalar(select(Material).where(Material.title == "Lectura ESS"))
    assert lectura.edition.slug == "2021-lisbon" and lectura.translation_group == reader.translation_group
    assert "economía social" in lectura.text

    again = runner.invoke(args=["brain", "import", str(manifest)])
    assert "imported: 0, skipped: 3, failed: 0" in again.output
    assert count_materials() == 3


def test_a_bad_row_is_reported_with_its_line_and_the_others_import(runner, tmp_path):
    (tmp_path / "good.txt").write_text("Fair trade and cooperatives")
    (tmp_path / "fake.pdf").write_bytes(files.HTML_PRETENDING)
    manifest = write_manifest(tmp_path, [
        row(file="good.txt", title="Good one"),
        row(file="missing.pdf", title="Missing file"),
        row(file="good.txt", title="Unknown edition", edition="1999-nowhere"),
        row(file="fake.pdf", title="Impostor"),
        row(file="good.txt", title="Bad kind", kind="poster", edition="2013-agadir"),
    ])
    result = runner.invoke(args=["brain", "import", str(manifest)])
    assert result.exit_code == 1
    assert "line 3: File not found: missing.pdf." in result.output
    assert "line 4: No edition 1999-nowhere." in result.output
    assert "line 5:" in result.output and "refused" in result.output
    assert "line 6: Unknown kind of material: poster." in result.output
    assert "imported: 1, skipped: 0, failed: 4" in result.output
    assert count_materials() == 1


def test_a_row_failing_in_the_middle_leaves_nothing_behind(runner, tmp_path, app, monkeypatch):
    import os

    (tmp_path / "a.txt").write_text("first file")
    (tmp_path / "b.txt").write_text("second file")
    manifest = write_manifest(tmp_path, [row(file="a.txt", title="First"), row(file="b.txt", title="Second")])
    original = __import__("brain.extract", fromlist=["extract_text"]).extract_text

    def fail_on_second(path, kind):
        with open(path, "rb") as handle:
            second = handle.read() == b"second file"
        if second:
            raise RuntimeError("extractor crashed")
        return original(path, kind)

    monkeypatch.setattr("brain.extract.extract_text", fail_on_second)
    result = runner.invoke(args=["brain", "import", str(manifest)])
    assert "imported: 1, skipped: 0, failed: 1" in result.output
    assert "line 3: Unexpected error" in result.output
    stored = [f for d, _, names in os.walk(app.config["UPLOAD_DIR"]) for f in names]
    assert len(stored) == 1


def test_a_manifest_without_the_columns_is_refused(runner, tmp_path):
    path = tmp_path / "manifest.csv"
    path.write_text("file,title\nx.txt,X\n")
    result = runner.invoke(args=["brain", "import", str(path)])
    assert result.exit_code != 0
    assert "lacks the columns" in result.output
