"""`/healthz` for a load balancer: 200 when the database and search answer, 503 otherwise."""
import shutil

import pytest

from tests.conftest import build_app


def test_a_healthy_host_answers_200_with_each_check(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "database": "ok", "search": "ok"}
    assert response.headers["Cache-Control"] == "no-store"


def test_a_host_whose_search_index_is_gone_answers_503(app, client):
    if app.config["SEARCH_BACKEND"] != "whoosh":
        pytest.skip("the index folder belongs to the Whoosh engine")
    shutil.rmtree(app.config["SEARCH_INDEX_DIR"])
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.get_json() == {"status": "unavailable", "database": "ok", "search": "missing"}


def test_a_host_that_cannot_reach_its_database_answers_503(seeded_template, tmp_path):
    app = build_app(seeded_template, tmp_path / "instance",
                    SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path / 'no-such-folder' / 'brain.sqlite3'}")
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["database"] == "unavailable"
    assert response.get_json()["status"] == "unavailable"
