"""What a material page shows besides its facts: a PDF's first page, a player, a watch link."""
import logging
import os
import tempfile
import threading
from urllib.parse import urlsplit

from brain import storage
from brain.archive import bp

logger = logging.getLogger(__name__)

#: Width of a preview image, in pixels.
PREVIEW_WIDTH = 600
#: A very tall first page is drawn no taller than this, in pixels.
PREVIEW_MAX_HEIGHT = 1600
#: Stored beside the file's bytes: ab/cd/abcd….preview.png.
PREVIEW_SUFFIX = ".preview.png"
#: PDFium is not thread-safe: one rendering at a time per process.
_PDFIUM_LOCK = threading.Lock()

#: Video hosts a recording's link may point to, and the name a reader knows them by.
VIDEO_HOSTS = {
    "youtube.com": "YouTube", "www.youtube.com": "YouTube", "m.youtube.com": "YouTube", "youtu.be": "YouTube",
    "vimeo.com": "Vimeo", "www.vimeo.com": "Vimeo", "player.vimeo.com": "Vimeo",
}


def preview_path(storage_path: str) -> str:
    """Return the relative path of the preview image of stored bytes."""
    return storage_path + PREVIEW_SUFFIX


def render_pdf_preview(source: str, target: str) -> bool:
    """Draw the first page of a PDF as a PNG at target (written atomically); False when it cannot be drawn."""
    import pypdfium2 as pdfium

    try:
        with _PDFIUM_LOCK:
            document = pdfium.PdfDocument(source)
            try:
                if len(document) == 0:
                    return False
                page = document[0]
                width, height = page.get_size()
                if width <= 0 or height <= 0:
                    return False
                scale = min(PREVIEW_WIDTH / width, PREVIEW_MAX_HEIGHT / height)
                image = page.render(scale=scale).to_pil()
                page.close()
            finally:
                document.close()
        os.makedirs(os.path.dirname(target), exist_ok=True)
        fd, temp_path = tempfile.mkstemp(dir=os.path.dirname(target), prefix=".preview-")
        with os.fdopen(fd, "wb") as out:
            image.save(out, "PNG", optimize=True)
        os.replace(temp_path, target)
        return True
    except Exception as error:  # a damaged or encrypted PDF simply has no preview
        logger.info("no preview for %s: %s", os.path.basename(source), error)
        return False


def make_preview(source: str, storage_path: str) -> None:
    """Store the preview of a PDF's bytes beside them, unless it is already there."""
    target = storage.absolute_path(preview_path(storage_path))
    if not os.path.exists(target):
        render_pdf_preview(source, target)


@bp.app_template_global()
def has_preview(material) -> bool:
    """True when a material's file has a preview image stored."""
    if material.file is None:
        return False
    try:
        return os.path.exists(storage.absolute_path(preview_path(material.file.storage_path)))
    except ValueError:
        return False


@bp.app_template_global()
def player_kind(material) -> str | None:
    """Return "audio" or "video" for a material whose file a browser can play, else None."""
    if material.file is None:
        return None
    major = material.file.media_type.split("/", 1)[0]
    return major if major in ("audio", "video") else None


def safe_link(url: str) -> bool:
    """True for an http(s) address with a host: the only links the archive sends readers to."""
    try:
        parts = urlsplit(url or "")
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and not any(ch in url for ch in "\r\n\t ")


@bp.app_template_global()
def video_host(url: str) -> str | None:
    """Name the video site a link points to (YouTube, Vimeo), or None."""
    if not safe_link(url):
        return None
    return VIDEO_HOSTS.get((urlsplit(url).hostname or "").lower())


@bp.app_template_global()
def is_recording(material) -> bool:
    """True for what a reader opens rather than downloads: a link-only material or a playable file."""
    return material.is_link or player_kind(material) is not None


@bp.app_template_global()
def cite_as(material) -> str:
    """Write how to cite a material (its permanent address follows on the page)."""
    from flask_babel import gettext as _

    from brain.discovery.records import academy_name

    event = academy_name(material.edition)
    if material.authors:
        return _("%(authors)s (%(year)s). “%(title)s”. %(event)s.", authors=material.authors,
                 year=material.edition.year, title=material.title, event=event)
    return _("“%(title)s” (%(year)s). %(event)s.", title=material.title, year=material.edition.year, event=event)
