"""The layout on a phone and on a wide screen: no page scrolls sideways, the header folds into a menu,
search shows results before its filters. Screenshots at 390 and 1280 px go under test-output/e2e/layout-*/."""
import pytest

from tests.e2e.conftest import OUTPUT

PASSWORD = "layout passphrase 2026"
WIDTHS = (360, 390, 1280)
SHOT_WIDTHS = (390, 1280)


@pytest.fixture(scope="module")
def site(served, browser):
    """An admin with two-factor sign-in already on, a thread, and a signed-in browser state to reuse."""
    from sqlalchemy import select

    from brain.accounts.services import create_admin
    from brain.archive.models import Edition, Material
    from brain.community.models import Category
    from brain.community.services import start_thread
    from brain.extensions import db
    from tests.conftest import enrol_two_factor, fresh_code

    with served["app"].app_context():
        admin = create_admin("layout@example.org", PASSWORD, "Layout Admin")
        enrol_two_factor(admin)
        code = fresh_code(admin)
        category = db.session.scalars(select(Category).order_by(Category.id)).first()
        thread = start_thread(admin, category, "Worker cooperatives and the platform economy after the pandemic",
                              "How did your cooperative **recover**? https://example.org/a/very/long/address/"
                              "that/should/wrap/rather/than/push/the/page/sideways", "en")
        edition = db.session.scalar(select(Edition.slug).where(Edition.year != 2021).order_by(Edition.year.desc()))
        material = db.session.scalar(select(Material.id).where(Material.file_id.is_not(None)).order_by(Material.id))
        ids = {"admin": admin.id, "thread": thread.id, "edition": edition, "material": material}
        db.session.remove()
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(served["url"] + "/login")
    page.fill("#email", "layout@example.org")
    page.fill("#password", PASSWORD)
    page.click("form.form input[type=submit]")
    page.wait_for_url("**/login/code*")
    page.fill("#code", code)
    page.click("form.form input[type=submit]")
    page.wait_for_url(lambda url: "/login" not in url)
    state = context.storage_state()
    context.close()
    return {"state": state, **ids}


def _pages(site) -> list[tuple[str, str]]:
    return [
        ("home", "/"),
        ("edition", f"/editions/{site['edition']}"),
        ("edition-2021", "/editions/2021-lisbon"),
        ("material", f"/materials/{site['material']}"),
        ("search", "/search?q=cooperatives"),
        ("community", "/community"),
        ("thread", f"/threads/{site['thread']}"),
        ("profile", f"/members/{site['admin']}"),
        ("profile-form", f"/members/{site['admin']}/edit"),
        ("admin-upload", "/admin/materials/upload"),
    ]


def _overflow(page) -> int:
    """How many pixels the document is wider than the window (0 when nothing scrolls sideways)."""
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_scrolls_sideways(browser, served, site, width, language):
    context = browser.new_context(viewport={"width": width, "height": 800}, storage_state=site["state"])
    page = context.new_page()
    page.set_default_timeout(15_000)
    folder = OUTPUT / f"layout-{language}-{width}"
    folder.mkdir(parents=True, exist_ok=True)
    too_wide = {}
    try:
        for name, path in _pages(site):
            separator = "&" if "?" in path else "?"
            response = page.goto(f"{served['url']}{path}{separator}lang={language}")
            assert response.status == 200, f"{path}: {response.status}"
            if name == "profile-form":
                page.fill("#display_name", "")
                page.click("form.form input[type=submit]")
                page.wait_for_selector(".error-summary")
            if _overflow(page) > 0:
                too_wide[name] = _overflow(page)
            if width in SHOT_WIDTHS:
                page.screenshot(path=str(folder / f"{name}.png"), full_page=True)
    finally:
        context.close()
    assert too_wide == {}, f"pages wider than {width} px, by how many pixels: {too_wide}"


def test_the_header_menu_opens_and_closes_with_the_keyboard_on_a_phone(browser, served, site):
    context = browser.new_context(viewport={"width": 390, "height": 800}, storage_state=site["state"])
    page = context.new_page()
    page.goto(served["url"] + "/")
    editions_link = page.locator("nav.main-nav a", has_text="Editions")
    summary = page.locator("details.menu > summary")
    assert summary.is_visible() and not editions_link.is_visible(), "the menu should start folded on a phone"
    header = page.locator("header.site-header").bounding_box()
    assert header["height"] < 800 / 4, f"the folded header takes {header['height']} px of 800"
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('details.menu > summary')"):
            break
    else:
        pytest.fail("the menu button cannot be reached with Tab")
    page.keyboard.press("Enter")
    assert editions_link.is_visible(), "Enter did not open the menu"
    assert page.locator("header button", has_text="Sign out").is_visible()
    page.screenshot(path=str(OUTPUT / "layout-en-390" / "menu-open.png"), full_page=True)
    page.keyboard.press("Space")
    assert not editions_link.is_visible(), "Space did not close the menu"
    context.close()


def test_the_menu_is_simply_shown_on_a_wide_screen(browser, served):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(served["url"] + "/search?q=cooperatives")
    assert not page.locator("details.menu > summary").is_visible()
    assert page.locator("nav.main-nav a", has_text="Editions").is_visible()
    assert not page.locator("details.refine > summary").is_visible()
    assert page.locator("aside.facets h3").first.is_visible()
    context.close()


def test_search_on_a_phone_shows_the_first_result_before_the_filters(browser, served):
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(served["url"] + "/search?q=cooperatives")
    first_hit = page.locator("ol.hits li.hit").first.bounding_box()
    assert first_hit["y"] < 800, f"the first result starts {first_hit['y']} px down, below the first screen"
    facet_title = page.locator("aside.facets h3").first
    assert not facet_title.is_visible(), "the facets should wait behind the Filter control"
    page.click("details.refine > summary")
    assert facet_title.is_visible(), "Filter did not open the facets"
    context.close()
