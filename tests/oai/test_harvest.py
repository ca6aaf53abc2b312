"""A real harvester (Sickle) takes the whole demo archive through resumption tokens, then only what changed."""
import time
from datetime import datetime, timezone

import requests
from sickle import Sickle
from sqlalchemy import select

from brain.archive import services
from brain.archive.models import Material
from brain.extensions import db
from tests.oai.conftest import PAGE_SIZE


class PageKeepingSickle(Sickle):
    """Sickle, keeping each response it received for the schema check."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.pages: list[bytes] = []

    def _request(self, kwargs):
        response = super()._request(kwargs)
        self.pages.append(response.content)
        return response


def public_ids(app) -> set[int]:
    with app.app_context():
        return set(db.session.scalars(select(Material.id).where(Material.visibility == "public",
                                                                Material.is_deleted.is_(False))))


def test_a_harvester_gets_every_public_material_then_exactly_what_changed(fresh_demo_site, validate):
    site, app = fresh_demo_site["url"], fresh_demo_site["app"]
    sickle = PageKeepingSickle(f"{site}/oai", max_retries=0, timeout=30)
    records = list(sickle.ListRecords(metadataPrefix="oai_dc"))

    expected = public_ids(app)
    harvested = [int(record.header.identifier.rsplit("/", 1)[1]) for record in records]
    assert sorted(harvested) == sorted(expected)
    assert len(harvested) == len(set(harvested))
    pages = sickle.pages
    assert len(pages) == -(-len(expected) // PAGE_SIZE) > 3
    for page in pages:
        validate(page)
    titles = {record.metadata["title"][0] for record in records}
    with app.app_context():
        assert titles == set(db.session.scalars(select(Material.title).where(Material.id.in_(expected))))

    # Everything so far carries a datestamp before `since`: wait for the next whole second.
    time.sleep(1.05 - (time.time() % 1))
    since = datetime.now(timezone.utc).replace(microsecond=0)
    time.sleep(0.05)
    with app.app_context():
        deleted_id, changed_id = sorted(expected)[2], sorted(expected)[5]
        deleted = db.session.get(Material, deleted_id)
        services.delete_material(deleted, None)
        changed = db.session.get(Material, changed_id)
        data = services.MaterialData(
            title=changed.title + " (revised)", edition=changed.edition, kind=changed.kind, language=changed.language,
            description=changed.description, session=changed.session, topics=list(changed.topics),
            authors=changed.authors, visibility=changed.visibility, url=changed.url,
            translation_group=changed.translation_group)
        services.update_material(changed, data, None)
        db.session.remove()

    stamp = since.strftime("%Y-%m-%dT%H:%M:%SZ")
    selective = list(Sickle(f"{site}/oai", max_retries=0, timeout=30).ListRecords(
        metadataPrefix="oai_dc", ignore_deleted=False, **{"from": stamp}))
    by_id = {int(record.header.identifier.rsplit("/", 1)[1]): record for record in selective}
    assert sorted(by_id) == sorted([deleted_id, changed_id])
    assert by_id[deleted_id].header.deleted and by_id[deleted_id].deleted
    assert not by_id[changed_id].header.deleted
    assert by_id[changed_id].metadata["title"][0].endswith("(revised)")
    assert all(record.header.datestamp >= stamp for record in selective)

    headers = list(Sickle(f"{site}/oai", max_retries=0, timeout=30).ListIdentifiers(
        metadataPrefix="oai_dc", ignore_deleted=True, **{"from": stamp}))
    assert [int(header.identifier.rsplit("/", 1)[1]) for header in headers] == [changed_id]
    validate(requests.get(f"{site}/oai", params={"verb": "GetRecord", "metadataPrefix": "oai_dc",
                                                "identifier": f"{site}/materials/{deleted_id}"}, timeout=30).content)
