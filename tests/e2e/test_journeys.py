"""What people do with the Collective Brain, in a real browser."""
import io
import re
import time

import pyotp

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
    journey.step("registered", "Open the link in it to confirm your address")
    link = served["mailbox"].links("/verify/")[-1]
    journey.page.goto(link)
    journey.step("verified", "your email address is confirmed")
    sign_in(journey, "ines@example.org")
    journey.step("signed-in", "Welcome back, Inês Costa")

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


def enrol_two_factor(journey) -> tuple[pyotp.TOTP, list[str]]:
    """Scan the key as an authenticator app would, type its code, read the recovery codes."""
    secret = journey.page.inner_text("code.secret")
    assert journey.page.locator(".qr-code svg").count() == 1, "no QR code to scan"
    totp = pyotp.TOTP(secret)
    journey.page.fill("#code", totp.now())
    journey.page.click("input[type=submit]")
    journey.step("recovery-codes", "Your recovery codes")
    return totp, journey.page.locator("ul.recovery-codes code").all_inner_texts()


def sign_out(journey) -> None:
    journey.page.click("header button:has-text('Sign out')")
    journey.step("signed-out", "You are signed out")


def test_admin_enrols_two_factor_then_uploads_a_pdf_found_by_search_seconds_later(journey, served, tmp_path):
    with served["app"].app_context():
        from brain.accounts.services import create_admin
        from brain.extensions import db

        create_admin("editor@example.org", "editor passphrase 2021", "Archive Editor")
        db.session.remove()
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, "Quilombola cooperatives and solidarity finance in Maranhao.")
    path = tmp_path / "quilombola.pdf"
    pdf.output(str(path))
    sign_in(journey, "editor@example.org", "editor passphrase 2021")
    journey.step("asked-to-enrol", "Your role requires two-factor sign-in")
    journey.open("/admin/materials/upload")
    journey.step("admin-screens-wait", "Your role requires two-factor sign-in")
    enrol_two_factor(journey)
    journey.open("/admin/materials/upload")
    journey.page.fill("#title", "Quilombola cooperatives")
    journey.page.select_option("#kind", "reading")
    journey.page.select_option("#edition", label="2014 · Campinas")
    journey.page.set_input_files("#files", str(path))
    journey.page.get_by_role("button", name="Upload", exact=True).click()
    journey.step("uploaded", "Quilombola cooperatives")
    journey.page.fill("#site-search", "quilombola")
    journey.page.press("#site-search", "Enter")
    journey.step("found", "Quilombola cooperatives")


def test_member_signs_in_with_two_factor_codes_and_a_replayed_code_is_refused(journey, served):
    with served["app"].app_context():
        from brain.accounts.models import User
        from brain.database import utcnow
        from brain.extensions import db

        member = User(email="amina@example.org", display_name="Amina Diallo", email_verified_at=utcnow())
        member.set_password(PASSWORD)
        db.session.add(member)
        db.session.commit()
        db.session.remove()
    sign_in(journey, "amina@example.org")
    journey.open("/account")
    journey.page.click("text=Manage two-factor sign-in")
    journey.step("two-factor-page", "Scan this QR code")
    totp, codes = enrol_two_factor(journey)
    assert len(codes) == 10
    used_step = int(time.time() // 30)
    sign_out(journey)

    sign_in(journey, "amina@example.org")
    journey.step("asked-for-code", "type the 6-digit code")
    journey.page.fill("#code", totp.generate_otp(used_step))
    journey.page.click("input[type=submit]")
    journey.step("replay-refused", "already used")
    journey.page.fill("#code", totp.generate_otp(used_step + 1))
    journey.page.click("input[type=submit]")
    journey.step("signed-in-with-code", "Welcome back, Amina Diallo")
    sign_out(journey)

    sign_in(journey, "amina@example.org")
    journey.page.fill("#code", codes[0])
    journey.page.click("input[type=submit]")
    journey.step("signed-in-with-recovery-code", "Welcome back, Amina Diallo")
    sign_out(journey)
    sign_in(journey, "amina@example.org")
    journey.page.fill("#code", codes[0])
    journey.page.click("input[type=submit]")
    journey.step("recovery-code-used-once", "already used")


def test_another_site_cannot_frame_the_sign_in_page(journey, served, tmp_path):
    """A page of another origin puts the sign-in form in a frame: the browser refuses to show it."""
    framing = tmp_path / "framing.html"
    framing.write_text(f'<html><body><iframe id="victim" src="{served["url"]}/login" width="800" height="600">'
                       f'</iframe></body></html>')
    journey.page.goto(framing.as_uri())
    journey.page.wait_for_timeout(1500)
    frame = journey.page.frame_locator("#victim")
    assert frame.locator("#password").count() == 0, "the sign-in form was shown inside another site's frame"
    journey.step("framing-refused")


def test_language_picker_turns_the_page_into_french_then_portuguese(journey):
    journey.open("/editions/2013-agadir")
    journey.page.click("button[lang=fr]")
    journey.step("french", "Programme")
    assert journey.page.get_attribute("html", "lang") == "fr"
    assert "Rechercher" in journey.page.inner_text("header")
    journey.page.click("button[lang=pt]")
    journey.step("portuguese", "Pesquisar")
    assert journey.page.get_attribute("html", "lang") == "pt"
