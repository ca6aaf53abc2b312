"""The sitemap: every edition, public material, topic and public thread, with its language alternates.

Past SITEMAP_MAX_URLS addresses (50,000, the protocol's limit) /sitemap.xml becomes an index of
/sitemap-<n>.xml parts.
"""
from collections.abc import Iterator
from datetime import datetime
from itertools import islice

from flask import current_app, url_for
from lxml import etree
from sqlalchemy import func, select

from brain.archive.models import Edition, Material, Topic
from brain.community.models import Category, Thread
from brain.discovery.records import as_utc
from brain.extensions import db

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"
#: The protocol's limit of addresses per sitemap file.
MAX_URLS = 50_000


def language_alternates(url: str) -> list[tuple[str, str]]:
    """(hreflang, address) of a page in each interface language (`?lang=`), then x-default (no choice)."""
    joiner = "&" if "?" in url else "?"
    pairs = [(code, f"{url}{joiner}lang={code}") for code in current_app.config["LANGUAGES"]]
    return pairs + [("x-default", url)]


def _public_materials():
    return select(Material.id, Material.updated_at).where(
        Material.visibility == "public", Material.is_deleted.is_(False)).order_by(Material.id)


def _public_threads():
    return (select(Thread.id, Thread.last_activity_at).join(Category, Thread.category_id == Category.id)
            .where(Category.is_public.is_(True)).order_by(Thread.id))


def count_urls() -> int:
    """Count the addresses the sitemap lists."""
    counts = [select(func.count()).select_from(Edition), select(func.count()).select_from(Topic),
              select(func.count()).select_from(_public_materials().subquery()),
              select(func.count()).select_from(_public_threads().subquery())]
    return sum(db.session.scalar(stmt) for stmt in counts)


def entries() -> Iterator[tuple[str, datetime | None]]:
    """Yield (absolute address, last change) of every public page worth indexing, in a stable order."""
    for slug, updated in db.session.execute(select(Edition.slug, Edition.updated_at).order_by(Edition.year, Edition.number)):
        yield url_for("archive.edition", slug=slug, _external=True), updated
    for (slug,) in db.session.execute(select(Topic.slug).order_by(Topic.slug)):
        yield url_for("archive.topic", slug=slug, _external=True), None
    for material_id, updated in db.session.execute(_public_materials().execution_options(yield_per=2000)):
        yield url_for("archive.material", material_id=material_id, _external=True), updated
    for thread_id, active in db.session.execute(_public_threads().execution_options(yield_per=2000)):
        yield url_for("community.thread", thread_id=thread_id, _external=True), active


def max_urls() -> int:
    """Addresses per sitemap file (settable for tests, never above the protocol's limit)."""
    return min(current_app.config.get("SITEMAP_MAX_URLS", MAX_URLS), MAX_URLS)


def part_count() -> int:
    """How many sitemap files the addresses need: 0 means one plain sitemap, no index."""
    total = count_urls()
    return 0 if total <= max_urls() else -(-total // max_urls())


def urlset(part: int | None = None) -> bytes:
    """Write a sitemap of every address, or of one part (1-based) of them."""
    root = etree.Element(f"{{{SITEMAP}}}urlset", nsmap={None: SITEMAP, "xhtml": XHTML})
    chosen = entries()
    if part is not None:
        chosen = islice(chosen, (part - 1) * max_urls(), part * max_urls())
    for address, changed in chosen:
        url = etree.SubElement(root, f"{{{SITEMAP}}}url")
        etree.SubElement(url, f"{{{SITEMAP}}}loc").text = address
        if changed is not None:
            etree.SubElement(url, f"{{{SITEMAP}}}lastmod").text = as_utc(changed).strftime("%Y-%m-%dT%H:%M:%SZ")
        for code, href in language_alternates(address):
            etree.SubElement(url, f"{{{XHTML}}}link", rel="alternate", hreflang=code, href=href)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def index(parts: int) -> bytes:
    """Write the sitemap index that names each part."""
    root = etree.Element(f"{{{SITEMAP}}}sitemapindex", nsmap={None: SITEMAP})
    for number in range(1, parts + 1):
        entry = etree.SubElement(root, f"{{{SITEMAP}}}sitemap")
        etree.SubElement(entry, f"{{{SITEMAP}}}loc").text = url_for("discovery.sitemap_part", number=number,
                                                                    _external=True)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")
