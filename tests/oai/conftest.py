"""Fixtures for harvesting: the official schemas resolved offline, and the demo archive on a real port."""
import threading
from pathlib import Path

import pytest
from lxml import etree
from werkzeug.serving import make_server

from brain.extensions import db

SCHEMAS = Path(__file__).resolve().parent / "schemas"
#: The remote schema addresses the official files import, and the local copies that stand for them.
LOCAL_COPIES = {
    "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd": "OAI-PMH.xsd",
    "http://www.openarchives.org/OAI/2.0/oai_dc.xsd": "oai_dc.xsd",
    "http://dublincore.org/schemas/xmls/simpledc20021212.xsd": "simpledc20021212.xsd",
    "http://www.w3.org/2001/03/xml.xsd": "xml.xsd",
    "http://www.w3.org/2001/xml.xsd": "xml.xsd",
}
#: Page size of the served archive: small, so that a harvest of the demo needs many resumption tokens.
PAGE_SIZE = 7


class _LocalSchemas(etree.Resolver):
    """Answer the schemas' imports from tests/oai/schemas, never from the network."""

    def resolve(self, url, pubid, context):
        name = LOCAL_COPIES.get(url) or (Path(url).name if url and Path(url).name in LOCAL_COPIES.values() else None)
        if name is None:
            raise AssertionError(f"schema import outside tests/oai/schemas: {url}")
        return self.resolve_filename(str(SCHEMAS / name), context)


@pytest.fixture(scope="session")
def oai_schema() -> etree.XMLSchema:
    """OAI-PMH.xsd with oai_dc.xsd, so that <metadata> is checked strictly as the protocol's schema asks."""
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(_LocalSchemas())
    driver = (
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x-brain-tests:oai">'
        '<xs:import namespace="http://www.openarchives.org/OAI/2.0/" '
        'schemaLocation="http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"/>'
        '<xs:import namespace="http://www.openarchives.org/OAI/2.0/oai_dc/" '
        'schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc.xsd"/>'
        '</xs:schema>'
    )
    document = etree.fromstring(driver.encode(), parser, base_url=str(SCHEMAS / "driver.xsd"))
    return etree.XMLSchema(document)


@pytest.fixture
def validate(oai_schema):
    """Parse an OAI-PMH response and fail with the schema's words unless it is valid; return the tree."""

    def check(body: bytes) -> etree._Element:
        tree = etree.fromstring(body)
        if not oai_schema.validate(tree):
            raise AssertionError(f"invalid OAI-PMH response: {oai_schema.error_log}\n{body.decode()[:3000]}")
        return tree

    return check


def serve(app):
    """Serve an app on a free port of 127.0.0.1 in a thread; return (base URL, server)."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}", server


def demo_app(seeded_template, root: Path):
    """An app holding the demo archive (public and members-only materials in four languages)."""
    from brain.archive.demo import load_demo
    from tests.conftest import build_app

    app = build_app(seeded_template, root / "instance", OAI_PAGE_SIZE=PAGE_SIZE, SITEMAP_MAX_URLS=50_000)
    with app.app_context():
        load_demo()
        db.session.remove()
    return app


@pytest.fixture(scope="session")
def demo_site(seeded_template, tmp_path_factory):
    """The demo archive served on a real port, for the whole session; tests only read it."""
    app = demo_app(seeded_template, tmp_path_factory.mktemp("oai-demo"))
    url, server = serve(app)
    app.config["BASE_URL"] = url
    yield {"app": app, "url": url}
    server.shutdown()


@pytest.fixture
def fresh_demo_site(seeded_template, tmp_path):
    """A demo archive of its own, served on a real port, for a test that changes it."""
    app = demo_app(seeded_template, tmp_path)
    url, server = serve(app)
    yield {"app": app, "url": url}
    server.shutdown()
    with app.app_context():
        db.engine.dispose()
