"""Only admins reach the admin screens: visitors are sent to sign in, others get 403."""
import pytest

ADMIN_PAGES = [
    "/admin/", "/admin/editions", "/admin/editions/new", "/admin/topics", "/admin/topics/new",
    "/admin/materials", "/admin/materials/upload", "/admin/materials/link", "/admin/audit",
    "/admin/glossary", "/admin/glossary/new",
]


@pytest.mark.parametrize("url", ADMIN_PAGES)
def test_visitors_are_sent_to_sign_in(client, url):
    response = client.get(url)
    assert response.status_code == 302 and "/login" in response.headers["Location"]


@pytest.mark.parametrize("url", ADMIN_PAGES)
def test_members_get_403(member_client, url):
    response = member_client.get(url)
    assert response.status_code == 403
    assert "Access denied" in response.get_data(as_text=True)


@pytest.mark.parametrize("url", ADMIN_PAGES)
def test_admins_get_the_page(admin_client, url):
    assert admin_client.get(url).status_code == 200


def test_a_member_cannot_delete_a_material(member_client, make_material, client):
    material = make_material(title="Keep me")
    assert member_client.post(f"/admin/materials/{material.id}/delete").status_code == 403
    assert client.get(f"/materials/{material.id}").status_code == 200
