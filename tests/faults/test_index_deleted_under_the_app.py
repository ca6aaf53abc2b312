"""The index folder deleted while the app runs: a notice instead of an error, an admin rebuild brings it back."""
import os
import shutil

from sqlalchemy import select

from brain.archive.models import Material
from brain.extensions import db

from tests.faults.helpers import result_count, search_trouble


def test_an_admin_rebuilds_an_index_deleted_under_the_running_app(app, client, admin_client, make_material, edition):
    make_material(title="Survivor of the lost index", text="okavango delta cooperatives")
    assert "Survivor of the lost index" in client.get("/search?q=okavango").get_data(as_text=True)

    shutil.rmtree(app.config["SEARCH_INDEX_DIR"])

    # Readers get a plain notice, never an error page; the rest of the site works.
    response = client.get("/search?q=okavango")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "Search is unavailable right now" in html and "Survivor of the lost index" not in html
    assert client.get("/").status_code == 200
    assert "<strong>missing</strong>" in admin_client.get("/admin/").get_data(as_text=True)

    # Publishing does not stop while the index is gone.
    response = admin_client.post("/admin/materials/link", data={
        "title": "Published while the index was gone", "description": "Okavango delta meeting", "kind": "recording", "language": "en",
        "edition": edition.id, "session": 0, "authors": "", "visibility": "public",
        "url": "https://example.org/okavango-recording"})
    assert response.status_code == 302
    assert db.session.scalar(select(Material.id).where(Material.title == "Published while the index was gone"))
    # That write started an empty, incomplete index: search answers and says results may be missing.
    html = client.get("/search?q=okavango").get_data(as_text=True)
    assert search_trouble(html) == []
    assert "The search index is being rebuilt; some results may be missing for a while." in html
    assert "<strong>incomplete, a rebuild is advised</strong>" in admin_client.get("/admin/").get_data(as_text=True)

    # An admin rebuilds from the dashboard.
    response = admin_client.post("/admin/search-index", follow_redirects=True)
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "The search index was rebuilt with 15 documents." in page  # 12 editions, 2 materials, the admin
    assert "<strong>complete</strong>" in page
    assert os.path.islink(os.path.join(app.config["SEARCH_INDEX_DIR"], "current"))

    html = client.get("/search?q=okavango").get_data(as_text=True)
    assert search_trouble(html) == [] and "being rebuilt" not in html
    assert result_count(html) == 2
    assert "Survivor of the lost index" in html and "Published while the index was gone" in html
