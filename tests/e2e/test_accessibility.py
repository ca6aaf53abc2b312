"""Every main page, in every language, passes axe-core without a single violation of any impact,
and works with the keyboard alone."""
import pytest

LANGUAGES = ("en", "fr", "es", "pt")
PAGES = ["/", "/about", "/editions", "/editions/2021-lisbon", "/editions/2021-lisbon/summaries", "/materials",
         "/materials?edition=2021-lisbon",
         "/topics", "/topics/decent-work", "/search?q=cooperativas", "/community", "/login", "/register",
         "/privacy", "/password/forgot", "/no-such-page"]


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


@pytest.mark.parametrize("language", LANGUAGES)
def test_main_pages_have_no_accessibility_violation(journey, axe, language):
    journey.open("/")
    journey.page.click(f"button[lang={language}]")
    material_link = journey.page.locator("ul.materials a").first.get_attribute("href")
    problems = {}
    for path in PAGES + [material_link]:
        journey.open(path)
        results = axe.run(journey.page)
        found = [f"{v['impact']} {v['id']}: {v['help']} ({len(v['nodes'])}: "
                 f"{'; '.join(' '.join(node['target']) for node in v['nodes'][:3])})"
                 for v in results.response["violations"]]
        if found:
            problems[path] = found
    journey.step(f"last-page-{language}")
    assert problems == {}


def _tab_until(page, selector: str, limit: int = 40) -> bool:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("sel => document.activeElement && document.activeElement.matches(sel)", selector):
            return True
    return False


def test_search_and_sign_in_work_with_the_keyboard_alone(journey):
    journey.open("/")
    assert _tab_until(journey.page, "a.skip-link"), "the skip link is not reachable first"
    assert _tab_until(journey.page, "#site-search"), "the search box cannot be reached with Tab"
    journey.page.keyboard.type("cooperatives")
    journey.page.keyboard.press("Enter")
    journey.page.wait_for_url("**/search?q=cooperatives*")
    journey.step("searched-with-keyboard", "results")

    journey.open("/login")
    assert _tab_until(journey.page, "#email"), "the email field cannot be reached with Tab"
    journey.page.keyboard.type("admin@example.org")
    journey.page.keyboard.press("Tab")
    journey.page.keyboard.type("admin passphrase 2021")
    journey.page.keyboard.press("Enter")
    journey.page.wait_for_url(lambda url: "/login" not in url)
    journey.step("signed-in-with-keyboard", "Site Admin")
