"""Text people write: without control characters when stored, and safe to put in XML and mail headers."""
import re

#: Control characters (C0, DEL, C1) other than tab and newline; carriage returns are normalised first.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: What still breaks a line once controls are gone: newline and the Unicode line and paragraph separators.
_LINE_BREAKS = re.compile("[\n\u2028\u2029]+")
#: Characters XML 1.0 forbids anywhere in a document, even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean_text(value: str) -> str:
    """Turn CR LF and CR into LF and drop every other control character but tab and newline."""
    return _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))


def clean_line(value: str) -> str:
    """Clean a one-line text (a name, a title, a mail header): each run of line breaks becomes a space."""
    return _LINE_BREAKS.sub(" ", clean_text(value))


def xml_text(value: str) -> str:
    """Clean text for an XML document, where rows stored before cleaning may still hold controls."""
    return _NOT_XML.sub("", clean_text(value))
