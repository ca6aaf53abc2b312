"""Every search test runs on each engine, Whoosh and PostgreSQL; a small multilingual corpus."""
import re

import pytest

from brain.extensions import db
from tests.conftest import POSTGRES_SERVER


@pytest.fixture(params=["whoosh", "postgres"])
def search_backend(request) -> str:
    """Run the test on each search engine; PostgreSQL's needs a server."""
    if request.param == "postgres" and not POSTGRES_SERVER:
        pytest.skip("SEARCH_BACKEND=postgres needs PostgreSQL: run scripts/with_postgres.py -- pytest tests/search")
    return request.param


def whoosh_only(reason: str):
    """Mark a test about the Whoosh index's own files and processes."""
    return pytest.mark.parametrize("search_backend", [
        "whoosh", pytest.param("postgres", marks=pytest.mark.skip(reason=f"about Whoosh: {reason}"))], indirect=True)


def postgres_only(reason: str):
    """Mark a test about PostgreSQL full-text search itself."""
    return pytest.mark.parametrize("search_backend", [
        pytest.param("whoosh", marks=pytest.mark.skip(reason=f"about PostgreSQL: {reason}")), "postgres"],
        indirect=True)


@pytest.fixture
def corpus(make_material):
    """Materials in four languages, one of them members-only."""
    return {
        "en_decent": make_material(title="Decent work in the social economy", language="en", topics=("decent-work",),
                                   text="Cooperatives create decent work and protect workers in the informal economy."),
        "en_coop": make_material(title="A cooperative bakery", language="en", kind="report", edition="2013-agadir",
                                 text="The cooperative was founded by twelve bakers. Solidarity among members matters."),
        "es_decent": make_material(title="Trabajo decente y cooperativas", language="es", topics=("decent-work",),
                                   text="La economía social y solidaria promueve el trabajo decente en cada cooperativa."),
        "fr_coop": make_material(title="Économie sociale et coopérative", language="fr", edition="2017-seoul",
                                 text="Économie sociale : chaque coopérative agricole partage ses excédents."),
        "pt_sol": make_material(title="Economia solidária no Brasil", language="pt", edition="2014-campinas",
                                text="A economia solidária reúne cooperativas de catadores e bancos comunitários."),
        "secret": make_material(title="Confidential participants memo", language="en", visibility="members",
                                text="Zanzibarian seaweed cooperatives discussed behind closed doors."),
    }


def _titles_in(html: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", title) for title in re.findall(r'<h3><a href="[^"]+"[^>]*>(.*?)</a></h3>', html)]


def result_titles(response) -> list[str]:
    """Titles of the hits that match every word, in order (not those "with some of your words")."""
    return _titles_in(response.get_data(as_text=True).split('id="partial-title"', 1)[0])


def partial_titles(response) -> list[str]:
    """Titles listed under "Results with some of your words", in order."""
    parts = response.get_data(as_text=True).split('id="partial-title"', 1)
    return _titles_in(parts[1]) if len(parts) == 2 else []


@pytest.fixture
def titles():
    return result_titles


@pytest.fixture
def demo_client(demo_apps, search_backend):
    """A visitor's browser on the demo archive, on the engine under test (read-only: nothing is saved)."""
    app = demo_apps(search_backend)
    with app.app_context():
        yield app.test_client()
        db.session.remove()
