"""The demo archive fits the known facts, says it is sample content, and the 2021 page offers what the Academy's does.

Everything goes through HTTP on an app that loaded the demo the way `flask brain demo` does.
"""
import html
import re
from datetime import date

import pytest
from sqlalchemy import select

from brain.extensions import db

LANGUAGES = ("en", "fr", "es", "pt")
SAMPLE_NOTE = "Sample content: illustrates the archive, not the real programme"
#: Real organisations no invented speaker or author may be presented as working for or speaking for.
REAL_ORGANISATIONS = (
    "ILO", "ITC-ILO", "ITCILO", "International Labour Organization", "OIT", "BIT", "CIF-OIT", "CASES",
    "CIRIEC", "RIPESS", "EURICSE", "UNDP", "GSEF", "CEPES", "REMESS", "FACAMP", "ICA", "StreetNet",
    "Chantier de l'économie sociale", "Agência Brasileira de Cooperação", "Seoul Social Economy Center",
    "National Stokvel Association", "Union des coopératives féminines", "Research Department",
)
LISBON_DAYS = {1: date(2021, 11, 15), 2: date(2021, 11, 16), 3: date(2021, 11, 17), 4: date(2021, 11, 18),
               5: date(2021, 11, 19), 6: date(2021, 11, 22), 7: date(2021, 11, 23), 8: date(2021, 11, 24),
               9: date(2021, 11, 25), 10: date(2021, 11, 26)}


@pytest.fixture
def demo_app(demo_apps):
    """The app holding the whole demo archive, loaded once per session through `load_demo` (tests/conftest.py)."""
    return demo_apps("whoosh")


@pytest.fixture
def visitor(demo_app):
    """A visitor's browser on the demo archive (read-only)."""
    with demo_app.app_context():
        yield demo_app.test_client()
        db.session.remove()


def _text(response) -> str:
    """The page's visible text, tags removed and entities decoded, spaces collapsed."""
    page = response.get_data(as_text=True)
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page))).replace("\u00a0", " ")


def _section(page: str, heading_id: str) -> str:
    """The HTML of the <section> labelled by a heading id."""
    match = re.search(rf'<section[^>]*aria-labelledby="{heading_id}".*?</section>', page, re.S)
    assert match, heading_id
    return match.group(0)


def _lisbon(visitor, language="en"):
    response = visitor.get(f"/editions/2021-lisbon?lang={language}")
    assert response.status_code == 200
    return response


def test_the_2021_page_links_the_agenda_the_summaries_and_ten_dated_recordings(visitor):
    page = _lisbon(visitor).get_data(as_text=True)
    quick = _section(page, "quick-title")
    agenda = re.search(r'href="(/materials/\d+/download)"[^>]*>Download the agenda', quick)
    assert agenda
    download = visitor.get(agenda.group(1))
    assert download.status_code == 200
    download.close()
    assert 'href="/editions/2021-lisbon/summaries"' in quick
    assert visitor.get("/editions/2021-lisbon/summaries").status_code == 200
    items = re.findall(r"<li>Day (\d+) plenary recordings:(.*?)</li>", quick, re.S)
    assert [int(day) for day, _ in items] == list(range(1, 11))
    for day, item in items:
        when = LISBON_DAYS[int(day)]
        assert f'datetime="{when.isoformat()}"' in item
        assert f"{when.day} November 2021" in item
        assert re.search(r'<a href="https?://[^"]+"', item), f"day {day} has no recording link"


def test_the_2021_programme_gives_times_with_their_time_zone(visitor):
    page = _lisbon(visitor).get_data(as_text=True)
    programme = _section(page, "programme-title")
    assert "12:00</time>–13:30 <span class=\"zone\">(Lisbon time, UTC+0)</span>" in programme
    assert 'datetime="2021-11-24T12:00+00:00"' in programme
    assert "Day 10" in programme and "Friday, 26 November 2021" in programme


def test_times_follow_the_zone_of_each_edition(visitor):
    programme = _section(visitor.get("/editions/2017-seoul").get_data(as_text=True), "programme-title")
    assert "(Seoul time, UTC+9)" in programme


@pytest.mark.parametrize("language, words", [
    ("en", ("entirely online", "15 to Friday 26 November 2021", "CASES", "South-South and triangular")),
    ("fr", ("entièrement en ligne", "26 novembre 2021", "CIF-OIT", "Sud-Sud et triangulaire")),
    ("es", ("íntegramente en línea", "26 de noviembre de 2021", "CIF-OIT", "Sur-Sur y triangular")),
    ("pt", ("inteiramente em linha", "26 de novembro de 2021", "CASES", "Sul-Sul e triangular")),
])
def test_about_this_edition_exists_in_four_languages_with_links(visitor, language, words):
    page = _lisbon(visitor, language).get_data(as_text=True)
    about = _section(page, "about-title")
    assert f'<p lang="{language}">' in about
    for word in words:
        assert word in html.unescape(about), word
    assert 'href="/about#history"' in about and 'href="/about#collective-brain"' in about
    about_page = visitor.get("/about").get_data(as_text=True)
    assert 'id="history"' in about_page and 'id="collective-brain"' in about_page


def test_the_french_about_text_follows_french_typography(demo_app):
    from brain.archive.queries import edition_by_slug

    with demo_app.app_context():
        text, shown = edition_by_slug("2021-lisbon").description("fr")
    assert shown == "fr"
    assert "'" not in text and "’" in text
    assert not re.search(r" [:;?!»]|« ", text)
    assert "\u00a0:" in text


def test_the_online_edition_has_no_study_visit_certificate_or_photo_report(visitor, demo_app):
    from brain.archive.models import Edition, EditionSession, Material

    with demo_app.app_context():
        edition = db.session.scalar(select(Edition).where(Edition.slug == "2021-lisbon"))
        assert edition.is_virtual
        assert not [s for s in edition.sessions if s.kind == "study_visit"]
        materials = db.session.scalars(select(Material).where(Material.edition_id == edition.id)).all()
        assert not [m for m in materials if m.kind == "photo"]
        sessions = db.session.scalars(select(EditionSession).where(EditionSession.edition_id == edition.id)).all()
        texts = [t.title + " " + t.summary for s in sessions for t in s.translations]
        texts += [" ".join((m.title, m.description, m.text)) for m in materials]
    forbidden = re.compile(r"study visit|visite d.étude|visita de estudio|visita de estudo|visitas de estudo|"
                           r"certificat|certificado|photo report|reportage photo|reportagem fotogr|on site|sur place|"
                           r"presencia|presencial|hybrid|hybride|híbrido", re.I)
    for text in texts:
        assert not forbidden.search(text), text[:200]
    for language in LANGUAGES:
        page = _text(_lisbon(visitor, language))
        assert not forbidden.search(page), language


def test_the_programmes_differ_between_editions(demo_app):
    from brain.archive.models import Edition

    with demo_app.app_context():
        programmes = {
            edition.slug: {s.title("en")[0] for s in edition.sessions}
            for edition in db.session.scalars(select(Edition))
        }
    assert len(programmes) == 12 and all(programmes.values())
    for slug, titles in programmes.items():
        others = set().union(*(t for other, t in programmes.items() if other != slug))
        own = titles - others
        assert len(own) >= len(titles) - 1, (slug, titles & others)
    assert len(programmes["2021-lisbon"]) >= 10


def _paired_with_real_organisation(text: str) -> str | None:
    for name in REAL_ORGANISATIONS:
        if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            return name
    return None


def test_no_speaker_or_author_is_presented_as_staff_of_a_real_organisation(demo_app):
    from brain.archive.models import EditionSession, Material

    with demo_app.app_context():
        speakers = db.session.scalars(select(EditionSession.speakers)).all()
        materials = db.session.scalars(select(Material)).all()
        for value in speakers:
            assert _paired_with_real_organisation(value) is None, value
        for material in materials:
            assert _paired_with_real_organisation(material.authors) is None, material.authors
            if material.kind == "presentation":
                byline = material.text.split("\n")[1] if "\n" in material.text else ""
                for name in filter(None, (n.strip() for n in material.authors.split(";"))):
                    for line in material.text.split("\n"):
                        if name in line:
                            assert _paired_with_real_organisation(line) is None, (material.title, line)
                assert byline is not None


def test_speakers_on_the_pages_carry_no_affiliation(visitor):
    for slug in ("2010-turin", "2013-agadir", "2021-lisbon"):
        for line in re.findall(r'<span class="speakers">(.*?)</span>', visitor.get(f"/editions/{slug}").get_data(as_text=True)):
            assert _paired_with_real_organisation(html.unescape(line).split(":", 1)[1]) is None, line


def test_the_sample_marker_shows_on_edition_and_material_pages(visitor, demo_app):
    from brain.archive.models import Material

    for slug in ("2010-turin", "2021-lisbon"):
        assert SAMPLE_NOTE in _text(visitor.get(f"/editions/{slug}"))
    with demo_app.app_context():
        material_id = db.session.scalar(select(Material.id).where(Material.visibility == "public").limit(1))
    assert SAMPLE_NOTE in _text(visitor.get(f"/materials/{material_id}"))


def test_a_material_added_by_hand_is_not_marked_sample(client, make_material):
    material = make_material(title="A real reading")
    assert not material.is_sample
    assert SAMPLE_NOTE not in _text(client.get(f"/materials/{material.id}"))


@pytest.mark.parametrize("slug", ["2010-turin", "2013-agadir", "2021-lisbon", "2019-madrid"])
def test_partners_show_organisations_as_a_list_without_notes(visitor, slug):
    page = visitor.get(f"/editions/{slug}").get_data(as_text=True)
    partners = re.search(r'<ul class="partners">(.*?)</ul>', page, re.S)
    assert partners, slug
    items = [re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", item))).strip()
             for item in re.findall(r"<li>(.*?)</li>", partners.group(1), re.S)]
    assert len(items) >= 2
    for item in items:
        for note in ("per ", "not found", "unclear", "(", ")", "?", "source", "http", "note", "probably"):
            assert note not in item.lower(), (slug, item)
    assert "ILO" in items


def test_the_day_8_recording_is_found(visitor):
    response = visitor.get("/search?q=Lisboa+2021+grava%C3%A7%C3%A3o+dia+8")
    assert response.status_code == 200
    assert "Dia 8 (24 de novembro de 2021)" in html.unescape(response.get_data(as_text=True))
