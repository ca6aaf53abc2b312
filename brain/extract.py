"""Text from PDF, DOCX, PPTX, HTML and plain-text files, for search."""
import logging
import re
from html.parser import HTMLParser

from flask_babel import gettext as _

logger = logging.getLogger(__name__)

#: Extracted text beyond this many characters is not kept.
MAX_TEXT_CHARS = 2_000_000


class _TextFromHTML(HTMLParser):
    """Collect the visible text of an HTML page, skipping scripts and styles."""

    _SKIPPED = {"script", "style", "noscript", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIPPED:
            self._skip_depth += 1

    def handle_endtag(self, tag):
        if tag in self._SKIPPED and self._skip_depth:
            self._skip_depth -= 1

    def handle_data(self, data):
        if not self._skip_depth:
            self.parts.append(data)


def _read_text_file(path: str) -> str:
    with open(path, "rb") as handle:
        raw = handle.read(MAX_TEXT_CHARS * 2)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _pdf(path: str) -> str:
    from pypdf import PdfReader

    reader = PdfReader(path)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _docx(path: str) -> str:
    import docx

    document = docx.Document(path)
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def _pptx(path: str) -> str:
    from pptx import Presentation

    parts = []
    for slide in Presentation(path).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                parts.append(shape.text_frame.text)
        if slide.has_notes_slide:
            parts.append(slide.notes_slide.notes_text_frame.text)
    return "\n".join(parts)


def _html(path: str) -> str:
    parser = _TextFromHTML()
    parser.feed(_read_text_file(path))
    parser.close()
    return " ".join(parser.parts)


_EXTRACTORS = {"pdf": _pdf, "docx": _docx, "pptx": _pptx, "html": _html, "txt": _read_text_file}


def extract_text(path: str, kind: str) -> tuple[str, str]:
    """Return (text, warning) for a stored file; a file that cannot be read gives a warning.

    Kinds without text (images, audio, video, spreadsheets) give empty text and no warning.
    """
    extractor = _EXTRACTORS.get(kind)
    if extractor is None:
        return "", ""
    try:
        text = extractor(path)
    except Exception as error:  # a damaged file must not block the upload
        logger.warning("text extraction failed for %s (%s): %s", path, kind, error)
        return "", _("The text of this %(kind)s file could not be read, so search will not find its content.",
                     kind=kind.upper())
    text = re.sub(r"[ \t\r\f\v]+", " ", text.replace("\x00", ""))
    text = re.sub(r"\n\s*\n+", "\n\n", text).strip()
    return text[:MAX_TEXT_CHARS], ""
