"""Reference facts (editions, topics) and the demo archive that a new deployment starts with."""
import csv
import io
import json
import logging
import os
import tempfile
from datetime import date, time, timedelta
from importlib import resources
from typing import Callable

from sqlalchemy import func, select

from brain.archive import importer
from brain.archive.models import Edition, EditionSession, Material, SessionTranslation, Topic
from brain.extensions import db

logger = logging.getLogger(__name__)


def _data_file(name: str) -> str:
    return resources.files("brain.archive").joinpath("data", name).read_text(encoding="utf-8")


def demo_editions() -> list[dict]:
    """Read the demo archive: one JSON file per edition in data/demo/, with its programme and materials.

    Everything in them is sample content: it illustrates the archive, not the real programmes
    (``"sample": true``); the pages say so.
    """
    folder = resources.files("brain.archive").joinpath("data", "demo")
    names = sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".json"))
    return [json.loads(folder.joinpath(name).read_text(encoding="utf-8")) for name in names]


def _working_day(start: date, day: int) -> date:
    """The date of the programme's nth working day (Monday to Friday) from its first day."""
    current, remaining = start, day - 1
    while remaining:
        current += timedelta(days=1)
        if current.weekday() < 5:
            remaining -= 1
    return current


def _parse_date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def seed_editions() -> int:
    """Load the known editions since 2010 from the project's copy of the facts; return how many were added."""
    added = 0
    zones = {row["slug"]: row["timezone"] for row in csv.DictReader(io.StringIO(_data_file("edition_timezones.csv")))}
    about = json.loads(_data_file("editions_about.json"))
    for row in csv.DictReader(io.StringIO(_data_file("editions.csv"))):
        existing = db.session.scalar(select(Edition).where(Edition.slug == row["slug"]))
        if existing is not None:
            _complete(existing, zones.get(row["slug"], ""), about.get(row["slug"], {}))
            continue
        edition = Edition(
            number=int(row["number"]), year=int(row["year"]), slug=row["slug"],
            start_date=_parse_date(row["start_date"]), end_date=_parse_date(row["end_date"]),
            city=row["city"], country=row["country"], is_virtual=row["virtual"] == "yes",
            partners=row["partners"], languages=row["languages"], timezone=zones.get(row["slug"], ""),
        )
        for language in ("en", "fr", "es", "pt"):
            if row[f"theme_{language}"]:
                edition.translation_for(language).theme = row[f"theme_{language}"]
            if row.get(f"city_{language}") and row[f"city_{language}"] != row["city"]:
                edition.translation_for(language).city = row[f"city_{language}"]
            if about.get(row["slug"], {}).get(language):
                edition.translation_for(language).description = about[row["slug"]][language]
        db.session.add(edition)
        added += 1
    db.session.commit()
    return added


def _complete(edition: Edition, zone: str, about: dict[str, str]) -> None:
    """Give an edition seeded earlier its time zone and "About this edition" texts, where it has none."""
    if zone and not edition.timezone:
        edition.timezone = zone
    for language, text in about.items():
        row = edition.translation_for(language)
        if not row.description:
            row.description = text


def seed_topics() -> int:
    """Load the topics with their names in the four languages; return how many were added."""
    added = 0
    for row in csv.DictReader(io.StringIO(_data_file("topics.csv"))):
        if db.session.scalar(select(Topic.id).where(Topic.slug == row["slug"])) is not None:
            continue
        topic = Topic(slug=row["slug"])
        for language in ("en", "fr", "es", "pt"):
            topic.translation_for(language).name = row[language]
        db.session.add(topic)
        added += 1
    db.session.commit()
    return added


def seed_programmes() -> int:
    """Give every edition without a programme its sample programme from the demo data; return items added."""
    added = 0
    for data in demo_editions():
        edition = db.session.scalar(select(Edition).where(Edition.slug == data["edition"]))
        if edition is None or db.session.scalar(select(func.count()).where(EditionSession.edition_id == edition.id)):
            continue
        for position, item in enumerate(data["programme"]):
            session = EditionSession(
                edition=edition, day=item["day"], kind=item["kind"], position=position,
                date=_working_day(edition.start_date, item["day"]) if edition.start_date else None,
                start_time=time.fromisoformat(item["start"]), end_time=time.fromisoformat(item["end"]),
                speakers=item["speakers"], is_sample=data["sample"],
            )
            if item["kind"] == "plenary":
                session.recording_url = item.get("recording") or (
                    f"https://example.org/recordings/{edition.slug}/day-{item['day']}-{item['key']}")
                if edition.is_virtual:
                    session.stream_url = f"https://example.org/live/{edition.slug}/day-{item['day']}"
            for language, title in item["title"].items():
                session.translations.append(SessionTranslation(
                    language=language, title=title, summary=item["summary"][language],
                ))
            db.session.add(session)
            added += 1
    db.session.commit()
    return added


# Demo files ------------------------------------------------------------------------------------

_LATIN1_SUBSTITUTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "œ": "oe", "Œ": "OE"})


def _write_pdf(path: str, title: str, body: str) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=15)
    pdf.multi_cell(0, 8, title.translate(_LATIN1_SUBSTITUTES).encode("latin-1", "replace").decode("latin-1"))
    pdf.ln(4)
    pdf.set_font("Helvetica", size=11)
    for paragraph in body.split("\n\n"):
        text = paragraph.translate(_LATIN1_SUBSTITUTES).encode("latin-1", "replace").decode("latin-1")
        pdf.multi_cell(0, 6, text)
        pdf.ln(2)
    pdf.output(path)


def _write_docx(path: str, title: str, body: str) -> None:
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    for paragraph in body.split("\n\n"):
        document.add_paragraph(paragraph)
    document.save(path)


def _write_pptx(path: str, title: str, body: str) -> None:
    from pptx import Presentation

    deck = Presentation()
    cover = deck.slides.add_slide(deck.slide_layouts[0])
    cover.shapes.title.text = title
    for slide_text in body.split("\n---\n"):
        heading, _, rest = slide_text.strip().partition("\n")
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = heading.strip()
        slide.placeholders[1].text = rest.strip()
    deck.save(path)


def _write_txt(path: str, title: str, body: str) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(f"{title}\n\n{body}\n")


_WRITERS = {"pdf": _write_pdf, "docx": _write_docx, "pptx": _write_pptx, "txt": _write_txt}


def write_demo_files(folder: str) -> str:
    """Generate the demo files and their manifest in a folder; return the manifest's path."""
    manifest = os.path.join(folder, "manifest.csv")
    index = 0
    with open(manifest, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, importer.MANIFEST_COLUMNS + importer.OPTIONAL_COLUMNS)
        writer.writeheader()
        for data in demo_editions():
            session_titles = {item["key"]: item["title"]["en"] for item in data["programme"]}
            for item in data["materials"]:
                index += 1
                body = "\n".join(item["body"])
                file_name = ""
                if item["format"] != "link":
                    file_name = f"{index:03d}-{item['edition']}-{item['language']}.{item['format']}"
                    _WRITERS[item["format"]](os.path.join(folder, file_name), item["title"], body)
                writer.writerow({
                    "file": file_name, "url": item.get("url") or "", "title": item["title"],
                    "description": item["description"], "kind": item["kind"], "language": item["language"],
                    "edition": item["edition"], "session": session_titles.get(item["session"], ""),
                    "topics": ";".join(item["topics"]), "authors": item["authors"],
                    "visibility": item["visibility"], "translation_group": item["group"] or "",
                    "sample": "yes" if data["sample"] else "",
                })
    return manifest


def archive_is_empty() -> bool:
    """True when no material has ever been added."""
    return not db.session.scalar(select(func.count()).select_from(Material))


def load_demo(on_row: Callable[[], None] | None = None, count_rows: Callable[[int], None] | None = None):
    """Seed the facts, programmes and demo materials through the import code path."""
    seed_editions()
    seed_topics()
    seed_programmes()
    with tempfile.TemporaryDirectory(prefix="brain-demo-") as folder:
        manifest = write_demo_files(folder)
        if count_rows:
            count_rows(importer.count_rows(manifest))
        return importer.import_manifest(manifest, actor=None, on_row=on_row)
