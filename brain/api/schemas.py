"""What the API reads (query strings) and writes (JSON), as marshmallow schemas for the OpenAPI document."""
import marshmallow as ma
from marshmallow import fields, validate

from brain.archive.models import MATERIAL_KINDS, SESSION_KINDS, VISIBILITIES
from brain.search.service import SORTS, TYPE_LABELS

#: The most items one page of a list may hold.
MAX_PER_PAGE = 100
DEFAULT_PER_PAGE = 20
#: Pages beyond this are refused: no archive list is that long, and OFFSETs stay small.
MAX_PAGE = 10_000
#: The search service shows at most this many pages (brain.search.service.SearchRequest).
MAX_SEARCH_PAGE = 1000
#: A slug as editions and topics have them (2021-lisbon, decent-work).
SLUG = r"^[a-z0-9][a-z0-9-]{0,79}$"
LANGUAGE = r"^[a-z]{2}$"


class ErrorSchema(ma.Schema):
    """Every error of the API, in the shape flask-smorest documents."""

    code = fields.Integer(required=True, metadata={"description": "HTTP status code"})
    status = fields.String(required=True, metadata={"description": "HTTP status name"})
    message = fields.String(required=True, metadata={"description": "What went wrong, for a person"})
    errors = fields.Dict(metadata={"description": "Invalid parameters, by location and name (422 only)"})


class PageArgs(ma.Schema):
    """Pagination of a list: `page` from 1, `per_page` up to MAX_PER_PAGE."""

    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=MAX_PAGE),
                          metadata={"description": "Page number, from 1; past the last page the list is empty"})
    per_page = fields.Integer(load_default=DEFAULT_PER_PAGE, validate=validate.Range(min=1, max=MAX_PER_PAGE),
                              metadata={"description": f"Items per page, at most {MAX_PER_PAGE}"})


class MaterialArgs(PageArgs):
    """Filters of the materials list."""

    edition = fields.String(validate=validate.Regexp(SLUG), metadata={"description": "Edition slug, e.g. 2021-lisbon"})
    kind = fields.String(validate=validate.OneOf(MATERIAL_KINDS))
    language = fields.String(validate=validate.Regexp(LANGUAGE),
                             metadata={"description": "ISO 639-1 code; without it, one version per translation group"})
    topic = fields.String(validate=validate.Regexp(SLUG), metadata={"description": "Topic slug, e.g. decent-work"})


class SearchArgs(ma.Schema):
    """The search page's query language and filters; pages hold 10 results, as on the site."""

    q = fields.String(load_default="", validate=validate.Length(max=1000),
                      metadata={"description": "Words, \"phrases\", -excluded words, OR, as in the site's search box"})
    type = fields.String(validate=validate.OneOf(list(TYPE_LABELS)))
    edition = fields.String(validate=validate.Regexp(SLUG))
    year = fields.Integer(validate=validate.Range(min=1900, max=2100))
    language = fields.String(validate=validate.Regexp(LANGUAGE))
    topic = fields.String(validate=validate.Regexp(SLUG))
    kind = fields.String(validate=validate.OneOf(MATERIAL_KINDS))
    sort = fields.String(load_default="relevance", validate=validate.OneOf(SORTS))
    xlang = fields.Boolean(load_default=True, metadata={"description": "Also find versions in other languages"})
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=MAX_SEARCH_PAGE))


class PageSchema(ma.Schema):
    """The paging facts every list carries beside its items."""

    page = fields.Integer(required=True)
    per_page = fields.Integer(required=True)
    total = fields.Integer(required=True)
    pages = fields.Integer(required=True)


class EditionRefSchema(ma.Schema):
    slug = fields.String(required=True)
    number = fields.Integer(required=True)
    year = fields.Integer(required=True)
    city = fields.String(required=True)
    api_url = fields.String(required=True)


class EditionTextSchema(ma.Schema):
    theme = fields.String(required=True)
    description = fields.String(required=True)
    city = fields.String(required=True)


class SessionTextSchema(ma.Schema):
    title = fields.String(required=True)
    summary = fields.String(required=True)


class SessionSchema(ma.Schema):
    """An item of an edition's programme, with its texts in every language it has."""

    id = fields.Integer(required=True)
    day = fields.Integer(required=True)
    date = fields.Date(required=True, allow_none=True)
    start_time = fields.String(required=True, allow_none=True, metadata={"description": "HH:MM, local time"})
    end_time = fields.String(required=True, allow_none=True)
    kind = fields.String(required=True, validate=validate.OneOf(SESSION_KINDS))
    title = fields.String(required=True, metadata={"description": "In the reader's language, or a fallback"})
    speakers = fields.String(required=True)
    recording_url = fields.String(required=True, allow_none=True)
    stream_url = fields.String(required=True, allow_none=True)
    translations = fields.Dict(keys=fields.String(), values=fields.Nested(SessionTextSchema), required=True)


class EditionSchema(ma.Schema):
    """An edition of the Academy."""

    slug = fields.String(required=True)
    number = fields.Integer(required=True)
    year = fields.Integer(required=True)
    city = fields.String(required=True)
    country = fields.String(required=True)
    start_date = fields.Date(required=True, allow_none=True)
    end_date = fields.Date(required=True, allow_none=True)
    is_virtual = fields.Boolean(required=True)
    partners = fields.String(required=True)
    languages = fields.List(fields.String(), required=True)
    theme = fields.String(required=True, metadata={"description": "In the reader's language, or a fallback"})
    translations = fields.Dict(keys=fields.String(), values=fields.Nested(EditionTextSchema), required=True)
    material_count = fields.Integer(required=True, metadata={"description": "Materials visible to the caller"})
    html_url = fields.String(required=True)
    api_url = fields.String(required=True)
    materials_url = fields.String(required=True)


class EditionDetailSchema(EditionSchema):
    """An edition with its programme."""

    sessions = fields.List(fields.Nested(SessionSchema), required=True)


class TopicRefSchema(ma.Schema):
    slug = fields.String(required=True)
    name = fields.String(required=True)


class TopicSchema(ma.Schema):
    """A topic, named in every language it has."""

    slug = fields.String(required=True)
    name = fields.String(required=True, metadata={"description": "In the reader's language, or a fallback"})
    names = fields.Dict(keys=fields.String(), values=fields.String(), required=True)
    material_count = fields.Integer(required=True, metadata={"description": "Materials visible to the caller"})
    materials_url = fields.String(required=True)


class FileSchema(ma.Schema):
    name = fields.String(required=True)
    size = fields.Integer(required=True, metadata={"description": "Bytes"})
    media_type = fields.String(required=True)
    sha256 = fields.String(required=True)


class VersionSchema(ma.Schema):
    """Another language version of a material (same translation group)."""

    id = fields.Integer(required=True)
    language = fields.String(required=True)
    title = fields.String(required=True)
    api_url = fields.String(required=True)


class MaterialSchema(ma.Schema):
    """A material of the archive, with its file's metadata and its other language versions."""

    id = fields.Integer(required=True)
    title = fields.String(required=True)
    description = fields.String(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(MATERIAL_KINDS))
    language = fields.String(required=True)
    authors = fields.String(required=True)
    visibility = fields.String(required=True, validate=validate.OneOf(VISIBILITIES))
    edition = fields.Nested(EditionRefSchema, required=True)
    session_id = fields.Integer(required=True, allow_none=True)
    translation_group = fields.String(required=True, allow_none=True)
    topics = fields.List(fields.Nested(TopicRefSchema), required=True)
    file = fields.Nested(FileSchema, required=True, allow_none=True)
    link = fields.String(required=True, allow_none=True,
                         metadata={"description": "Outbound address of a link-only material"})
    download_url = fields.String(required=True, allow_none=True, metadata={
        "description": "Where the file (or link) is fetched; members-only ones need a signed-in browser"})
    versions = fields.List(fields.Nested(VersionSchema), required=True)
    created_at = fields.DateTime(required=True)
    updated_at = fields.DateTime(required=True)
    html_url = fields.String(required=True)
    api_url = fields.String(required=True)


class EditionPageSchema(PageSchema):
    items = fields.List(fields.Nested(EditionSchema), required=True)


class MaterialPageSchema(PageSchema):
    items = fields.List(fields.Nested(MaterialSchema), required=True)


class TopicPageSchema(PageSchema):
    items = fields.List(fields.Nested(TopicSchema), required=True)


class AlsoInSchema(ma.Schema):
    language = fields.String(required=True)
    id = fields.Integer(required=True)
    api_url = fields.String(required=True)


class HitSchema(ma.Schema):
    """One search result, as the results page shows it."""

    type = fields.String(required=True, validate=validate.OneOf(list(TYPE_LABELS)))
    id = fields.Integer(required=True)
    title = fields.String(required=True)
    html_url = fields.String(required=True)
    api_url = fields.String(required=True, allow_none=True, metadata={"description": "For materials and editions"})
    edition = fields.String(required=True, metadata={"description": "Edition label, e.g. 2021 · Lisbon"})
    language = fields.String(required=True)
    date = fields.DateTime(required=True, allow_none=True)
    snippet_html = fields.String(required=True, metadata={"description": "Escaped HTML; matches in <mark>"})
    glossary_note = fields.String(required=True)
    also_in = fields.List(fields.Nested(AlsoInSchema), required=True)


class FacetValueSchema(ma.Schema):
    value = fields.String(required=True)
    count = fields.Integer(required=True)
    selected = fields.Boolean(required=True)


class SearchResultSchema(PageSchema):
    """A page of search results with the facet counts over the whole result."""

    items = fields.List(fields.Nested(HitSchema), required=True)
    partial_items = fields.List(fields.Nested(HitSchema), required=True,
                                metadata={"description": "When few results have every word: results with some of them"})
    facets = fields.Dict(keys=fields.String(), values=fields.List(fields.Nested(FacetValueSchema)), required=True)
    corrected = fields.String(required=True, metadata={"description": "The corrected query searched instead, if any"})
    suggestion = fields.String(required=True)
    notice = fields.String(required=True)
