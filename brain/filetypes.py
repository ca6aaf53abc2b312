"""Which files the archive accepts, judged by their content and not only their name."""
import os

import filetype
from flask_babel import gettext as _

#: Accepted kinds (by extension) and the media type each is served with.
ALLOWED_KINDS = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "txt": "text/plain",
    "html": "text/html",
    "jpg": "image/jpeg",
    "png": "image/png",
    "mp3": "audio/mpeg",
    "mp4": "video/mp4",
}

#: Other spellings of the same extension.
EXTENSION_ALIASES = {"jpeg": "jpg", "htm": "html", "text": "txt", "md": "txt"}

#: What the content detector may call each kind.
_DETECTED_AS = {
    "pdf": {"pdf"},
    "docx": {"docx"},
    "pptx": {"pptx"},
    "xlsx": {"xlsx"},
    "odt": {"odt"},
    "odp": {"odp"},
    "txt": {"txt", "html"},
    "html": {"html"},
    "jpg": {"jpg"},
    "png": {"png"},
    "mp3": {"mp3"},
    "mp4": {"mp4", "m4v"},
}

_HTML_MARKERS = ("<!doctype html", "<html", "<head", "<body", "<script", "<iframe", "<svg")


class UnacceptableFile(ValueError):
    """The file is not of a kind the archive accepts; the message says why."""


def extension_of(filename: str) -> str:
    """Return the normalised extension of a file name, without the dot."""
    ext = os.path.splitext(filename or "")[1].lower().lstrip(".")
    return EXTENSION_ALIASES.get(ext, ext)


def sniff(path: str) -> str | None:
    """Return what the bytes are (pdf, docx, html, txt, exe, …), or None when unknown."""
    guess = filetype.guess(path)
    if guess is not None:
        return guess.extension
    with open(path, "rb") as handle:
        head = handle.read(65536)
    if not head:
        return "txt"
    if b"\x00" in head:
        return None
    try:
        sample = head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:
            try:
                sample = head.decode("cp1252")
            except UnicodeDecodeError:
                return None
        else:
            sample = head[: error.start].decode("utf-8")
    lowered = sample[:4096].lower()
    if any(marker in lowered for marker in _HTML_MARKERS):
        return "html"
    return "txt"


def check_file(path: str, filename: str) -> tuple[str, str]:
    """Return (kind, media type) of an acceptable file or raise UnacceptableFile."""
    extension = extension_of(filename)
    if extension not in ALLOWED_KINDS:
        raise UnacceptableFile(
            _("Files of this kind are not accepted. Accepted kinds: %(kinds)s.",
              kinds=", ".join(sorted(ALLOWED_KINDS)))
        )
    detected = sniff(path)
    if detected not in _DETECTED_AS[extension]:
        described = detected.upper() if detected else _("unrecognised data")
        raise UnacceptableFile(
            _("The name says %(ext)s but the content is %(found)s: the file was refused.",
              ext=extension.upper(), found=described)
        )
    return extension, ALLOWED_KINDS[extension]
