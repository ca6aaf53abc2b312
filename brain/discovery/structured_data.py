"""schema.org JSON-LD and Google Scholar citation tags for the edition and material pages."""
import json

from flask import url_for
from markupsafe import Markup, escape

from brain.archive.models import Edition, Material
from brain.discovery import bp
from brain.discovery.records import EditionEvent, MaterialRecord, edition_event, material_record

SCHEMA = "https://schema.org"
ONLINE = "https://schema.org/OnlineEventAttendanceMode"
OFFLINE = "https://schema.org/OfflineEventAttendanceMode"
ITC = {"@type": "Organization", "name": "International Training Centre of the ILO", "alternateName": "ITC-ILO",
       "url": "https://www.itcilo.org/"}


def is_described(material: Material) -> bool:
    """Only public, undeleted materials carry structured data: members-only ones stay out of crawlers' reach."""
    return material.visibility == "public" and not material.is_deleted


def json_ld_script(data: dict) -> Markup:
    """Embed data as JSON-LD; `<`, `>` and `&` are escaped so no `</script>` can close the block early."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(f'<script type="application/ld+json">{text}</script>')


def _place(event: EditionEvent) -> dict:
    if event.is_virtual:
        return {"@type": "VirtualLocation", "url": event.url}
    return {"@type": "Place", "name": event.city,
            "address": {"@type": "PostalAddress", "addressLocality": event.city, "addressCountry": event.country}}


def edition_data(event: EditionEvent) -> dict:
    """An edition as a schema.org EducationEvent with its sessions as sub-events."""
    mode = ONLINE if event.is_virtual else OFFLINE
    data = {
        "@context": SCHEMA, "@type": "EducationEvent", "@id": f"{event.url}#event", "url": event.url,
        "name": event.name, "eventAttendanceMode": mode, "location": _place(event),
        "eventStatus": "https://schema.org/EventScheduled",
    }
    if event.theme:
        data["about"] = event.theme
    if event.description:
        data["description"] = event.description
    if event.start:
        data["startDate"] = event.start
    if event.end:
        data["endDate"] = event.end
    if event.languages:
        data["inLanguage"] = event.languages
    if event.organised_by_itc:
        data["organizer"] = ITC
    sub_events = []
    for session in event.sessions:
        if not session.title:
            continue
        item = {"@type": "EducationEvent", "name": session.title, "eventAttendanceMode": mode,
                "location": _place(event), "superEvent": {"@id": f"{event.url}#event"}}
        if session.language:
            item["inLanguage"] = session.language
        if session.start:
            item["startDate"] = session.start
        if session.end:
            item["endDate"] = session.end
        if session.speakers:
            item["performer"] = [{"@type": "Person", "name": name} for name in session.speakers]
        sub_events.append(item)
    if sub_events:
        data["subEvent"] = sub_events
    return data


def material_data(record: MaterialRecord) -> dict:
    """A material as a schema.org LearningResource (VideoObject for a recording), linked to its edition and versions."""
    kind = "VideoObject" if record.kind == "recording" else "LearningResource"
    data = {
        "@context": SCHEMA, "@type": kind, "@id": record.url, "url": record.url, "name": record.title,
        "inLanguage": record.language, "learningResourceType": record.kind,
        "isPartOf": {"@type": "EducationEvent", "@id": f"{record.edition_url}#event", "name": record.edition_name,
                     "url": record.edition_url},
        "datePublished": record.published.isoformat() if record.published else str(record.year),
    }
    if record.description:
        data["description"] = record.description
    if record.authors:
        data["author"] = [{"@type": "Person", "name": name} for name in record.authors]
    if record.topics:
        data["keywords"] = [names.get(record.language) or names.get("en") or slug for slug, names in record.topics]
    if record.media_type:
        data["encodingFormat"] = record.media_type
    if record.content_url:
        data["contentUrl"] = record.content_url
    if kind == "VideoObject":
        data["uploadDate"] = record.created.isoformat()
    versions = [{"@type": kind, "@id": url, "url": url, "inLanguage": language} for url, language in record.versions]
    if versions and record.is_original:
        data["workTranslation"] = versions
    elif versions:
        data["translationOfWork"] = next(version for version in versions if version["@id"] == record.original_url)
    return data


def citation_tags(record: MaterialRecord) -> list[tuple[str, str]]:
    """The `<meta name="citation_…">` tags Google Scholar reads, in its order."""
    tags = [("citation_title", record.title)]
    tags += [("citation_author", name) for name in record.authors]
    published = record.published.strftime("%Y/%m/%d") if record.published else str(record.year)
    tags += [("citation_publication_date", published), ("citation_conference_title", record.edition_name),
             ("citation_language", record.language), ("citation_public_url", record.url)]
    if record.is_pdf:
        tags.append(("citation_pdf_url", record.content_url))
    return tags


def dublin_core_tags(record: MaterialRecord) -> list[tuple[str, str]]:
    """The same facts as `<meta name="DC.…">`, which other crawlers and reference managers read."""
    tags = [("DC.title", record.title)] + [("DC.creator", name) for name in record.authors]
    tags += [("DC.date", record.published.isoformat() if record.published else str(record.year)),
             ("DC.language", record.language), ("DC.type", record.kind), ("DC.identifier", record.url)]
    if record.media_type:
        tags.append(("DC.format", record.media_type))
    return tags


@bp.app_template_global()
def edition_structured_data(edition: Edition) -> Markup:
    """The JSON-LD block of an edition page."""
    return json_ld_script(edition_data(edition_event(edition)))


@bp.app_template_global()
def material_structured_data(material: Material) -> Markup:
    """The citation tags and JSON-LD block of a material page; nothing for a members-only or deleted material."""
    if not is_described(material):
        return Markup("")
    record = material_record(material)
    pairs = citation_tags(record) + dublin_core_tags(record)
    tags = "\n".join(f'<meta name="{name}" content="{escape(value)}">' for name, value in pairs)
    tags = f'<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">\n{tags}'
    alternates = "\n".join(
        f'<link rel="alternate" type="{kind}" href="{escape(url_for(endpoint, material_id=material.id))}">'
        for kind, endpoint in (("application/x-bibtex", "discovery.cite_bibtex"),
                               ("application/vnd.citationstyles.csl+json", "discovery.cite_csl"))
    )
    return Markup(f"{tags}\n{alternates}\n") + json_ld_script(material_data(record))
