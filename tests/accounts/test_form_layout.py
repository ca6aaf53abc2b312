"""Forms show every mistake of a submission at once, summed up at the top with links to the fields,
and offer groups of checkboxes instead of multi-selects."""
import re

from tests.accounts.test_profiles import profile_form


def _summary(page: str) -> str:
    match = re.search(r'<div class="error-summary" role="alert"[^>]*>(.*?)</div>', page, re.S)
    assert match, "no error summary at the top of the page"
    return match.group(1)


def test_registration_reports_every_mistake_in_one_round(client):
    response = client.post("/register", data={"email": "not-an-email", "display_name": "", "password": "short",
                                              "confirm": "other", "consent": ""})
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    summary = _summary(page)
    assert "<h2" in summary and "5 problems" in summary
    for field_id in ("email", "display_name", "password", "confirm", "consent"):
        assert f'href="#{field_id}"' in summary, field_id
        assert f'id="{field_id}"' in page
    assert "accept the privacy notice" in summary and "at least 10 characters" in summary
    assert page.index("error-summary") < page.index('<form method="post" class="form')


def test_the_service_refuses_consent_and_password_together(app):
    import pytest

    from brain.accounts import services

    with pytest.raises(services.AccountError) as refused:
        services.register("new@example.org", "New", "short", consent=False)
    assert [field for field, _ in refused.value.problems] == ["consent", "password"]


def test_a_clean_form_has_no_summary_and_the_asterisk_is_inside_the_label(client):
    page = client.get("/register").get_data(as_text=True)
    assert "error-summary" not in page
    assert re.search(r'<label for="email">Email <span class="required" aria-hidden="true">\*</span></label>', page)
    assert re.search(r'<div class="choice"><input[^>]*id="consent"[^>]*> <label for="consent">', page)


def test_the_profile_form_offers_checkbox_groups(member_client, member):
    page = member_client.get(f"/members/{member.id}/edit").get_data(as_text=True)
    assert "<select multiple" not in page and "multiple>" not in page
    for name in ("languages_spoken", "expertise", "editions"):
        assert re.search(rf'<fieldset class="field choices" id="{name}-group">\s*<legend>', page), name
        assert re.search(rf'<input[^>]*id="{name}-0"[^>]*name="{name}"[^>]*type="checkbox"', page) or \
            re.search(rf'<input[^>]*type="checkbox"[^>]*id="{name}-0"', page), name


def test_profile_errors_are_summed_up_with_links(member_client, member, edition):
    response = member_client.post(f"/members/{member.id}/edit", data=profile_form(
        display_name="", editions=[edition.id], languages_spoken=["pt", "xx"]), content_type="multipart/form-data")
    assert response.status_code == 400
    summary = _summary(response.get_data(as_text=True))
    assert 'href="#display_name"' in summary and 'href="#languages_spoken-0"' in summary
    page = response.get_data(as_text=True)
    assert re.search(r'<input checked[^>]*id="editions-\d+"[^>]*value="%d"' % edition.id, page) or \
        re.search(r'<input[^>]*checked[^>]*value="%d"' % edition.id, page)
