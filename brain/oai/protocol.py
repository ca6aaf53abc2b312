"""The six OAI-PMH 2.0 verbs and their errors, answered as XML built with lxml."""
import re
from datetime import date, datetime, time, timedelta, timezone

from flask import current_app, url_for
from flask_babel import gettext as _
from lxml import etree

from brain.archive.models import Material
from brain.discovery.records import as_utc, material_record, public_versions
from brain.oai import queries, tokens
from brain.text import xml_text

OAI = "http://www.openarchives.org/OAI/2.0/"
OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC = "http://purl.org/dc/elements/1.1/"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: The one metadata format served: (prefix, schema, namespace).
FORMATS = {"oai_dc": ("http://www.openarchives.org/OAI/2.0/oai_dc.xsd", OAI_DC)}
#: Which arguments each verb takes, besides `verb`: required, optional, exclusive.
VERBS = {
    "Identify": (set(), set(), None),
    "ListMetadataFormats": (set(), {"identifier"}, None),
    "ListSets": (set(), set(), "resumptionToken"),
    "GetRecord": ({"identifier", "metadataPrefix"}, set(), None),
    "ListIdentifiers": ({"metadataPrefix"}, {"from", "until", "set"}, "resumptionToken"),
    "ListRecords": ({"metadataPrefix"}, {"from", "until", "set"}, "resumptionToken"),
}
#: Kinds of material as DCMI Type Vocabulary terms, for harvesters that expect them.
DCMI_TYPES = {"recording": "MovingImage", "photo": "StillImage"}
_PREFIX = re.compile(r"[A-Za-z0-9\-_\.!~\*'\(\)]+")
_SET_SPEC = re.compile(r"([A-Za-z0-9\-_\.!~\*'\(\)])+(:[A-Za-z0-9\-_\.!~\*'\(\)]+)*")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SECOND = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


class OAIError(Exception):
    """A protocol error: its code and a message for the person reading the response."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def datestamp(moment: datetime) -> str:
    """Write a moment at the repository's granularity: YYYY-MM-DDThh:mm:ssZ, in UTC."""
    return as_utc(moment).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_datestamp(value: str, argument: str) -> tuple[datetime, bool]:
    """Read `from` or `until`; return (moment, True when given to the day)."""
    try:
        if _DAY.fullmatch(value):
            return datetime.combine(date.fromisoformat(value), time(), tzinfo=timezone.utc), True
        if _SECOND.fullmatch(value):
            return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc), False
    except ValueError:
        pass
    raise OAIError("badArgument", _("The argument %(name)s is not a valid UTC datestamp "
                                    "(YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ).", name=argument))


def _range(arguments: dict) -> tuple[datetime | None, datetime | None]:
    """Turn `from` and `until` into a half-open range of moments, `until` included to its granularity."""
    start = end = None
    granularities = set()
    if arguments.get("from"):
        start, by_day = _parse_datestamp(arguments["from"], "from")
        granularities.add(by_day)
    if arguments.get("until"):
        until, by_day = _parse_datestamp(arguments["until"], "until")
        granularities.add(by_day)
        end = until + (timedelta(days=1) if by_day else timedelta(seconds=1))
    if len(granularities) > 1:
        raise OAIError("badArgument", _("The arguments from and until must have the same granularity."))
    if start is not None and end is not None and start >= end:
        raise OAIError("badArgument", _("The argument from is later than until."))
    return start, end


def _material_id(identifier: str) -> int | None:
    """Read a material's id from its identifier, the absolute address of its page."""
    prefix = url_for("archive.material", material_id=0, _external=True)[:-1]
    if identifier.startswith(prefix) and identifier[len(prefix):].isdigit():
        return int(identifier[len(prefix):])
    return None


def _element(parent, tag: str, text: str | None = None, **attributes):
    element = etree.SubElement(parent, tag, {key: xml_text(str(value)) for key, value in attributes.items()})
    if text is not None:
        element.text = xml_text(str(text))
    return element


class Response:
    """One OAI-PMH response document under construction."""

    def __init__(self, arguments: dict):
        self.root = etree.Element(f"{{{OAI}}}OAI-PMH", nsmap={None: OAI, "xsi": XSI})
        self.root.set(f"{{{XSI}}}schemaLocation", f"{OAI} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd")
        _element(self.root, f"{{{OAI}}}responseDate", datestamp(datetime.now(timezone.utc)))
        self.request = _element(self.root, f"{{{OAI}}}request", url_for("oai.endpoint", _external=True))
        self.arguments = arguments

    def echo_arguments(self) -> None:
        """Repeat the request's arguments on <request>: only for requests without badVerb or badArgument."""
        for name, value in self.arguments.items():
            self.request.set(name, xml_text(value))

    def add(self, tag: str):
        """Add the verb's container element."""
        return _element(self.root, f"{{{OAI}}}{tag}")

    def error(self, error: OAIError) -> None:
        """Add a protocol error."""
        _element(self.root, f"{{{OAI}}}error", error.message, code=error.code)

    def to_bytes(self) -> bytes:
        """Serialise the document as UTF-8 XML."""
        return etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _header(parent, material: Material) -> None:
    header = _element(parent, f"{{{OAI}}}header")
    if material.is_deleted:
        header.set("status", "deleted")
    _element(header, f"{{{OAI}}}identifier", url_for("archive.material", material_id=material.id, _external=True))
    _element(header, f"{{{OAI}}}datestamp", datestamp(material.updated_at))
    for spec in queries.set_specs(material):
        _element(header, f"{{{OAI}}}setSpec", spec)


def _dublin_core(parent, material: Material, versions: dict | None = None) -> None:
    """Describe a material in unqualified Dublin Core, from the same record as its citations."""
    record = material_record(material, versions)
    dc = etree.SubElement(parent, f"{{{OAI_DC}}}dc", nsmap={"oai_dc": OAI_DC, "dc": DC, "xsi": XSI})
    dc.set(f"{{{XSI}}}schemaLocation", f"{OAI_DC} http://www.openarchives.org/OAI/2.0/oai_dc.xsd")

    def add(name: str, value: str, language: str | None = None) -> None:
        element = _element(dc, f"{{{DC}}}{name}", value)
        if language:
            element.set(XML_LANG, language)

    add("title", record.title, record.language)
    for author in record.authors:
        add("creator", author)
    for _slug, names in record.topics:
        for language, name in sorted(names.items()):
            add("subject", name, language)
    if record.description:
        add("description", record.description, record.language)
    add("publisher", record.edition_name)
    add("date", record.published.isoformat() if record.published else str(record.year))
    add("type", record.kind)
    add("type", DCMI_TYPES.get(record.kind, "Text"))
    if record.media_type:
        add("format", record.media_type)
    add("identifier", record.url)
    add("language", record.language)
    add("relation", record.edition_url)
    for url, _language in record.versions:
        add("relation", url)


def _record(parent, material: Material, versions: dict | None = None) -> None:
    element = _element(parent, f"{{{OAI}}}record")
    _header(element, material)
    if not material.is_deleted:
        _dublin_core(_element(element, f"{{{OAI}}}metadata"), material, versions)


def _check_arguments(arguments: dict) -> str:
    """Check the verb and its arguments; return the verb or raise badVerb/badArgument."""
    verb = arguments.get("verb")
    if verb not in VERBS:
        raise OAIError("badVerb", _("The verb is missing or not one of the six OAI-PMH verbs."))
    required, optional, exclusive = VERBS[verb]
    given = set(arguments) - {"verb"}
    if exclusive and exclusive in given:
        if given != {exclusive}:
            raise OAIError("badArgument", _("The argument %(name)s must be the only argument.", name=exclusive))
        return verb
    unknown = given - required - optional
    if unknown:
        raise OAIError("badArgument", _("Unknown argument: %(names)s.", names=", ".join(sorted(unknown))))
    missing = required - given
    if missing:
        raise OAIError("badArgument", _("Missing argument: %(names)s.", names=", ".join(sorted(missing))))
    if "metadataPrefix" in given and not _PREFIX.fullmatch(arguments["metadataPrefix"]):
        raise OAIError("badArgument", _("The argument metadataPrefix is malformed."))
    if "set" in given and not _SET_SPEC.fullmatch(arguments["set"]):
        raise OAIError("badArgument", _("The argument set is malformed."))
    return verb


def _check_format(prefix: str) -> None:
    if prefix not in FORMATS:
        raise OAIError("cannotDisseminateFormat", _("This repository serves the metadata format oai_dc only."))


def _identify(response: Response) -> None:
    identify = response.add("Identify")
    _element(identify, f"{{{OAI}}}repositoryName", _("Collective Brain: %(academy)s",
                                                      academy=_("ILO Academy on Social and Solidarity Economy")))
    _element(identify, f"{{{OAI}}}baseURL", url_for("oai.endpoint", _external=True))
    _element(identify, f"{{{OAI}}}protocolVersion", "2.0")
    _element(identify, f"{{{OAI}}}adminEmail", _admin_email())
    _element(identify, f"{{{OAI}}}earliestDatestamp", datestamp(queries.earliest_datestamp()))
    _element(identify, f"{{{OAI}}}deletedRecord", "persistent")
    _element(identify, f"{{{OAI}}}granularity", "YYYY-MM-DDThh:mm:ssZ")


def _admin_email() -> str:
    """The address harvesters write to: OAI_ADMIN_EMAIL, else the site's sender address."""
    address = current_app.config.get("OAI_ADMIN_EMAIL") or current_app.config.get("MAIL_DEFAULT_SENDER") or ""
    if re.fullmatch(r"\S+@(\S+\.)+\S+", address):
        return address
    return "collective-brain@localhost.localdomain"


def _list_metadata_formats(response: Response, arguments: dict) -> None:
    if "identifier" in arguments:
        material_id = _material_id(arguments["identifier"])
        if material_id is None or queries.record(material_id) is None:
            raise OAIError("idDoesNotExist", _("No record has this identifier."))
    formats = response.add("ListMetadataFormats")
    for prefix, (schema, namespace) in FORMATS.items():
        entry = _element(formats, f"{{{OAI}}}metadataFormat")
        _element(entry, f"{{{OAI}}}metadataPrefix", prefix)
        _element(entry, f"{{{OAI}}}schema", schema)
        _element(entry, f"{{{OAI}}}metadataNamespace", namespace)


def _list_sets(response: Response, arguments: dict) -> None:
    if "resumptionToken" in arguments:
        raise OAIError("badResumptionToken", _("The resumption token is invalid or has expired."))
    container = response.add("ListSets")
    for entry in queries.all_sets():
        element = _element(container, f"{{{OAI}}}set")
        _element(element, f"{{{OAI}}}setSpec", entry.spec)
        _element(element, f"{{{OAI}}}setName", entry.name)


def _get_record(response: Response, arguments: dict) -> None:
    _check_format(arguments["metadataPrefix"])
    material_id = _material_id(arguments["identifier"])
    material = queries.record(material_id) if material_id is not None else None
    if material is None:
        raise OAIError("idDoesNotExist", _("No record has this identifier."))
    _record(response.add("GetRecord"), material)


def _list(response: Response, arguments: dict, verb: str) -> None:
    """Answer ListIdentifiers or ListRecords, one page at a time, with a resumption token while more remain."""
    after_id, cursor, resumed = 0, 0, "resumptionToken" in arguments
    if resumed:
        try:
            original, after_id, cursor = tokens.read(arguments["resumptionToken"])
        except tokens.BadToken:
            raise OAIError("badResumptionToken", _("The resumption token is invalid or has expired.")) from None
        if original.get("verb") != verb:
            raise OAIError("badResumptionToken", _("The resumption token is invalid or has expired."))
        list_arguments = original
    else:
        list_arguments = dict(arguments)
    _check_format(list_arguments.get("metadataPrefix", ""))
    start, end = _range(list_arguments)
    try:
        selection = queries.select_records(list_arguments.get("set"), start, end)
    except queries.UnknownSet:
        raise OAIError("noRecordsMatch", _("No set has this name.")) from None
    size = current_app.config.get("OAI_PAGE_SIZE", 100)
    materials = queries.page(selection, after_id, size)
    if not materials:
        raise OAIError("noRecordsMatch", _("No records match the request."))
    container = response.add(verb)
    versions = public_versions(m.translation_group for m in materials) if verb == "ListRecords" else {}
    for material in materials:
        if verb == "ListRecords":
            _record(container, material, versions)
        else:
            _header(container, material)
    total = queries.count(selection)
    delivered = cursor + len(materials)
    more = len(materials) == size and bool(queries.page(selection, materials[-1].id, 1))
    if more:
        token, expires = tokens.issue(list_arguments, materials[-1].id, delivered)
        _element(container, f"{{{OAI}}}resumptionToken", token, expirationDate=datestamp(expires),
                 completeListSize=max(total, delivered + 1), cursor=cursor)
    elif resumed:
        _element(container, f"{{{OAI}}}resumptionToken", "", completeListSize=max(total, delivered), cursor=cursor)


def respond(arguments: dict, repeated: bool) -> bytes:
    """Answer one OAI-PMH request (its arguments once each; `repeated` when one was given twice)."""
    response = Response(arguments)
    try:
        if repeated:
            raise OAIError("badArgument", _("An argument was given more than once."))
        verb = _check_arguments(arguments)
        response.echo_arguments()
        if verb == "Identify":
            _identify(response)
        elif verb == "ListMetadataFormats":
            _list_metadata_formats(response, arguments)
        elif verb == "ListSets":
            _list_sets(response, arguments)
        elif verb == "GetRecord":
            _get_record(response, arguments)
        else:
            _list(response, arguments, verb)
    except OAIError as error:
        if error.code in ("badVerb", "badArgument"):
            for name in list(response.request.attrib):
                del response.request.attrib[name]
        response.error(error)
    return response.to_bytes()
