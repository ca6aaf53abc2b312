"""A material's citation as BibTeX and CSL-JSON, rendered from its one record."""
import re

from brain.discovery.records import MaterialRecord

#: CSL item types by kind of material.
CSL_TYPES = {"recording": "motion_picture", "presentation": "speech", "report": "report", "reading": "article",
             "photo": "graphic", "agenda": "document", "summary": "document", "other": "document"}
_BIBTEX_SPECIAL = re.compile(r"([{}\\%&$#_~^])")
_BIBTEX_REPLACEMENTS = {"\\": r"\textbackslash{}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def citation_key(record: MaterialRecord) -> str:
    """A stable key for reference managers: brain-<year>-<id>."""
    return f"brain-{record.year}-{record.id}"


def _bibtex_text(value: str) -> str:
    """Escape the characters BibTeX gives a meaning to, and keep the value on one line."""
    value = " ".join(value.split())
    return _BIBTEX_SPECIAL.sub(lambda match: _BIBTEX_REPLACEMENTS.get(match.group(1), "\\" + match.group(1)), value)


def bibtex(record: MaterialRecord) -> str:
    """Render a record as one BibTeX entry (@misc: the material was given at an event)."""
    fields = [("title", record.title)]
    if record.authors:
        fields.append(("author", " and ".join(record.authors)))
    fields.append(("year", str(record.year)))
    if record.published:
        fields.append(("date", record.published.isoformat()))
    fields += [("howpublished", record.edition_name), ("address", record.edition_city),
               ("language", record.language), ("url", record.url)]
    if record.description:
        fields.append(("abstract", record.description))
    lines = [f"@misc{{{citation_key(record)},"]
    lines += [f"  {name} = {{{_bibtex_text(value)}}}," for name, value in fields]
    lines.append("}")
    return "\n".join(lines) + "\n"


def csl_json(record: MaterialRecord) -> list[dict]:
    """Render a record as CSL-JSON (a list of one item), as Zotero, Mendeley and citeproc read it."""
    issued = [record.published.year, record.published.month, record.published.day] if record.published else [record.year]
    item = {
        "id": citation_key(record), "type": CSL_TYPES.get(record.kind, "document"), "title": record.title,
        "issued": {"date-parts": [issued]},
        "language": record.language, "URL": record.url, "event-title": record.edition_name,
        "event-place": record.edition_city, "genre": record.kind,
    }
    if record.authors:
        item["author"] = [{"literal": name} for name in record.authors]
    if record.description:
        item["abstract"] = record.description
    if record.media_type:
        item["medium"] = record.media_type
    return [item]
