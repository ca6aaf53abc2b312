"""The API keeps its OpenAPI contract: a valid document, and schemathesis finds no failure for anyone."""
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_spec_validator import validate
from schemathesis import GenerationMode

from tests.api.conftest import bearer

#: Few examples per operation keep the whole contract run within seconds per operation.
EXAMPLES = 12


def isolated(app):
    """The app as a server runs it: a fresh app context (database session, `g`) for every request."""

    def wsgi(environ, start_response):
        with app.app_context():
            return list(app.wsgi_app(environ, start_response))

    return wsgi


@pytest.fixture
def api_schema(app, make_material):
    """The OpenAPI document read from the app, over an archive with public and members-only materials."""
    make_material(title="Public reading on cooperatives", topics=("cooperatives",), group="g1")
    make_material(title="Lecture sur les coopératives", language="fr", topics=("cooperatives",), group="g1")
    make_material(title="Members reading on cooperatives", visibility="members", fmt="link",
                  url="https://example.org/members")
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", isolated(app))


#: Every operation of the document; test_every_operation_is_exercised keeps this list complete.
OPERATIONS = (
    "GET /api/v1/editions", "GET /api/v1/editions/{slug}", "GET /api/v1/editions/{slug}/materials",
    "GET /api/v1/materials", "GET /api/v1/materials/{material_id}", "GET /api/v1/topics", "GET /api/v1/search",
)


def test_the_document_is_valid_openapi(client):
    document = client.get("/api/v1/openapi.json").get_json()
    validate(document)
    assert document["openapi"].startswith("3.")


def test_every_operation_is_exercised(api_schema):
    labels = {result.ok().label for result in api_schema.get_all_operations()}
    assert labels == set(OPERATIONS)


@pytest.mark.parametrize("caller", ("visitor", "member"))
@pytest.mark.parametrize("label", OPERATIONS)
def test_schemathesis_finds_no_failure(api_schema, label, caller, member, make_token):
    """Valid and invalid requests alike: no 5xx, documented statuses, bodies and headers matching their schemas.

    (schemathesis.pytest.from_fixture needs pytest < 9, so each operation's cases are drawn here with @given.)
    """
    operation = api_schema.find_operation_by_label(label)
    headers = bearer(make_token(member)) if caller == "member" else None
    cases = st.one_of(operation.as_strategy(GenerationMode.POSITIVE), operation.as_strategy(GenerationMode.NEGATIVE))

    @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(case=cases)
    def check(case):
        case.call_and_validate(headers=headers)

    check()
