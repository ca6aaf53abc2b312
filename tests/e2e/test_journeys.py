"""What people do with the Collective Brain, in a real browser."""
import io
import re

from fpdf import FPDF
from PIL import Image

PASSWORD = "a long and quiet river"


def sign_in(journey, email, password=PASSWORD):
    journey.open("/login")
    journey.page.fill("#email", email)
    journey.page.fill("#password", password)
    journey.page.click("form.form button[type=submit], form.form input[type=submit]")


def test_visitor_browses_and_searches_in_spanish_without_accents(journey):
    journey.open("/")
    journey.step("home", "Every edition since 2010")
    journey.page.click("a[href='/editions/2021-lisbon']")
    journey.step("edition", "Lisbon 2021")
    journey.page.locator("ul.materials a").first.click()
    journey.step("material", "Downloads")
    journey.page.fill("#site-search", "economia solidaria")
    journey.page.press("#site-search", "Enter")
    journey.step("search", "results")
    assert journey.page.locator("ol.hits li").count() > 0, "the Spanish search without accents found nothing"
    assert journey.page.locator("ol.hits mark").count() > 0, "no highlighted words in the snippets"


def test_member_registers_fills_profile_starts_thread_and_hears_back(journey, new_journey, served, tmp_path):
    journey.open("/register")
    journey.page.fill("#email", "ines@example.org")
    journey.page.fill("#display_name", "Inês Costa")
    journey.page.fill("#password", PASSWORD)
    journey.page.fill("#confirm", PASSWORD)
    journey.page.check("#consent")
    journey.page.click("input[type=submit]")
    journey.step("registered", "Confirm your email address")
    link = served["mailbox"].links("/verify/")[-1]
    journey.page.goto(link)
    journey.step("verified", "your email address is confirmed")

    photo = tmp_path / "me.jpg"
    Image.new("RGB", (600, 400), (30, 120, 90)).save(photo, "JPEG")
    journey.page.click("text=Inês Costa")
    journey.page.click("text=Edit the profile")
    journey.page.fill("#organisation", "Cooperativa do Porto")
    journey.page.set_input_files("#photo", str(photo))
    journey.page.click("input[type=submit]")
    journey.step("profile", "Cooperativa do Porto")
    assert journey.page.locator("img.photo").count() == 1, "the profile shows no photo"

    journey.open("/community/new")
    journey.page.fill("#title", "Worker cooperatives after the pandemic")
    journey.page.fill("#body", "How did your cooperative **recover**?")
    journey.page.click("input[type=submit]")
    journey.step("thread", "Worker cooperatives after the pandemic")
    thread_url = journey.page.url

    with served["app"].app_context():
        from brain.accounts.models import User
        from brain.database import utcnow
        from brain.extensions import db

        second = User(email="kofi@example.org", display_name="Kofi Mensah", email_verified_at=utcnow())
        second.set_password(PASSWORD)
        db.session.add(second)
        db.session.commit()
        db.session.remove()
    other = new_journey("second-member")
    sign_in(other, "kofi@example.org")
    other.page.goto(thread_url)
    other.page.fill("#body", "We pooled our savings, @InesCosta.")
    other.page.click("#reply input[type=submit]")
    other.step("replied", "We pooled our savings")

    journey.open("/")
    journey.step("notified", "1 unread")
    journey.page.click("text=Notifications")
    journey.step("notifications", "Kofi Mensah")


def test_admin_uploads_a_pdf_found_by_search_seconds_later(journey, tmp_path):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, "Quilombola cooperatives and solidarity finance in Maranhao.")
    path = tmp_path / "quilombola.pdf"
    pdf.output(str(path))
    sign_in(journey, "admin@example.org", "admin passphrase 2021")
    journey.open("/admin/materials/upload")
    journey.page.fill("#title", "Quilombola cooperatives")
    journey.page.select_option("#edition", label="2014 · Campinas")
    journey.page.set_input_files("#files", str(path))
    journey.page.click("input[type=submit]")
    journey.step("uploaded", "Quilombola cooperatives")
    journey.page.fill("#site-search", "quilombola")
    journey.page.press("#site-search", "Enter")
    journey.step("found", "Quilombola cooperatives")


def test_language_picker_turns_the_page_into_french_then_portuguese(journey):
    journey.open("/editions/2013-agadir")
    journey.page.click("button[lang=fr]")
    journey.step("french", "Programme")
    assert journey.page.get_attribute("html", "lang") == "fr"
    assert "Rechercher" in journey.page.inner_text("header")
    journey.page.click("button[lang=pt]")
    journey.step("portuguese", "Pesquisar")
    assert journey.page.get_attribute("html", "lang") == "pt"
