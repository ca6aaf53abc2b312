"""The whole interface in English, French, Spanish and Portuguese."""
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from brain.extensions import db
from tests.conftest import login
from tests.html import visible_text

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("fr", "es", "pt")


def catalogue(language: str):
    with open(ROOT / "translations" / language / "LC_MESSAGES" / "messages.po", "rb") as handle:
        return read_po(handle)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The messages the code holds today, extracted afresh."""
    target = tmp_path_factory.mktemp("pot") / "messages.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "babel.cfg", "-k", "_l",
                    "--no-location", "-o", str(target), "."], cwd=ROOT, check=True, capture_output=True)
    with open(target, "rb") as handle:
        return {message.id for message in read_po(handle) if message.id}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(extracted, language):
    messages = {message.id: message for message in catalogue(language) if message.id}
    missing = sorted(str(key) for key in extracted if key not in messages)
    assert missing == [], f"{language}: run `make translations`; missing {missing[:10]}"
    empty = [str(m.id) for m in messages.values()
             if m.fuzzy or not m.string or (isinstance(m.string, tuple) and not all(m.string))]
    assert empty == [], f"{language}: empty or fuzzy {empty[:10]}"


def english_interface_strings(language: str) -> set[str]:
    """Interface strings whose translation differs from the English, so that seeing them means a gap.

    The language picker names each language in itself ("English"), so those names are left out.
    """
    from brain.i18n import LANGUAGE_NAMES

    strings = set()
    for message in catalogue(language):
        if message.id and isinstance(message.id, str) and "%(" not in message.id and len(message.id) > 3:
            if message.string and message.string != message.id:
                strings.add(message.id)
    return strings - set(LANGUAGE_NAMES.values())


@pytest.fixture
def pages(app, make_material, make_user, member, edition):
    """One URL for each main page, with content behind it."""
    from brain.community import services
    from brain.community.queries import category_by_slug

    material = make_material(title="Reading on cooperatives", text="Cooperatives and decent work")
    thread = services.start_thread(member, category_by_slug("general"), "Cooperative finance",
                                   "How do we finance cooperatives?", "en")
    return ["/", "/editions/2021-lisbon", f"/materials/{material.id}", "/materials", "/search?q=cooperatives",
            "/community", f"/threads/{thread.id}", f"/members/{member.id}", "/members", "/admin/materials/upload", "/admin/", "/no-such-page", "/privacy", "/about", "/notifications",
            "/account"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_main_pages_show_no_english_interface_string(app, make_user, pages, language):
    english = english_interface_strings(language)
    admin = make_user("admin")
    browser = app.test_client()
    login(browser, admin)
    browser.post("/language", data={"language": language})
    visitor = app.test_client()
    visitor.post("/language", data={"language": language})
    leftovers = {}
    for browser, url in [(browser, url) for url in pages] + [(visitor, "/login"), (visitor, "/register"),
                                                               (visitor, "/password/forgot")]:
        response = browser.get(url)
        assert response.status_code in (200, 404), url
        html = response.get_data(as_text=True)
        assert f'<html lang="{language}">' in html
        found = sorted({piece for piece in visible_text(html) if piece in english})
        if found:
            leftovers[url] = found
    assert leftovers == {}


@pytest.mark.parametrize("language, word", [("fr", "Accès refusé"), ("es", "Acceso denegado"), ("pt", "Acesso negado")])
def test_error_pages_speak_the_readers_language(member_client, language, word):
    member_client.post("/language", data={"language": language})
    page = member_client.get("/admin/").get_data(as_text=True)
    assert member_client.get("/admin/").status_code == 403
    assert word.split()[0] in page


def test_choice_order_picker_then_profile_then_browser_then_english(app, make_user):
    def lang(browser, **headers):
        html = browser.get("/", headers=headers).get_data(as_text=True)
        return html.split('<html lang="', 1)[1].split('"', 1)[0]

    visitor = app.test_client()
    assert lang(visitor) == "en"
    assert lang(visitor, **{"Accept-Language": "pt-BR,pt;q=0.9"}) == "pt"
    assert lang(visitor, **{"Accept-Language": "de-DE,de;q=0.9"}) == "en"
    visitor.post("/language", data={"language": "es"})
    assert lang(visitor, **{"Accept-Language": "pt"}) == "es"

    user = make_user()
    user.locale = "fr"
    db.session.commit()
    browser = app.test_client()
    login(browser, user)
    assert lang(browser, **{"Accept-Language": "pt"}) == "fr"
    browser.post("/language", data={"language": "es"})
    assert lang(browser) == "es"
    db.session.refresh(user)
    assert user.locale == "es"


def test_dates_numbers_and_countries_follow_the_locale(client):
    french = client.get("/editions/2021-lisbon", headers={"Accept-Language": "fr"}).get_data(as_text=True)
    assert "15–26 novembre 2021" in french and "Portugal" in french
    english = client.get("/editions/2021-lisbon", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert "15–26 November 2021" in english
    spanish = client.get("/editions/2017-seoul", headers={"Accept-Language": "es"}).get_data(as_text=True)
    assert "Corea del Sur" in spanish


def test_content_falls_back_with_a_quiet_note(client):
    page = client.get("/editions/2019-madrid", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert "La economía social en el futuro del trabajo" in page and "(in Spanish)" in page
