"""Every response carries the security headers: pages, downloads, feeds, static files and error pages."""
import pytest

EXPECTED = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
}


@pytest.fixture
def responses(client, make_material, admin_client):
    material = make_material(title="Headers reading")
    answers = {
        "page": client.get("/"),
        "sign-in page": client.get("/login"),
        "download": client.get(f"/materials/{material.id}/download"),
        "feed": client.get("/feeds/materials.atom"),
        "static file": client.get("/static/css/brain.css"),
        "404 page": client.get("/no-such-page"),
        "405 page": client.post("/healthz"),
        "redirect": client.get("/account"),
        "admin page": admin_client.get("/admin/"),
    }
    yield answers
    for response in answers.values():
        response.close()


@pytest.mark.parametrize("name", EXPECTED)
def test_each_simple_header_is_on_every_response(responses, name):
    assert {kind: r.headers.get(name) for kind, r in responses.items()} == dict.fromkeys(responses, EXPECTED[name])


def _policy(response) -> dict[str, str]:
    parts = (part.strip().partition(" ") for part in response.headers["Content-Security-Policy"].split(";"))
    return {name: value for name, _, value in parts}


def test_an_uploaded_file_is_served_in_a_sandbox_that_runs_nothing(responses):
    policy = _policy(responses["download"])
    assert policy["default-src"] == "'none'" and "sandbox" in policy and policy["frame-ancestors"] == "'none'"


def test_the_content_security_policy_allows_no_inline_script_and_no_framing(responses):
    for kind, response in responses.items():
        if kind == "download":
            continue
        policy = _policy(response)
        assert policy["script-src"] == "'self'", kind
        assert "unsafe-inline" not in response.headers["Content-Security-Policy"], kind
        assert policy["frame-ancestors"] == "'none'" and policy["object-src"] == "'none'", kind
        assert policy["default-src"] == "'self'" and policy["form-action"] == "'self'", kind


def test_permissions_policy_switches_off_what_the_site_never_uses(responses):
    for response in responses.values():
        policy = response.headers["Permissions-Policy"]
        assert "camera=()" in policy and "microphone=()" in policy and "geolocation=()" in policy


def test_hsts_only_over_https(client):
    assert "Strict-Transport-Security" not in client.get("/").headers
    secure = client.get("/", base_url="https://localhost")
    assert secure.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_pages_carry_no_inline_script_or_style(client, member_client):
    for browser, path in ((client, "/"), (client, "/login"), (client, "/search?q=cooperatives"),
                          (member_client, "/account"), (member_client, "/account/two-factor")):
        html = browser.get(path).get_data(as_text=True)
        assert "<script>" not in html and " style=" not in html and "<style" not in html, path
        assert " onclick=" not in html and "javascript:" not in html, path
