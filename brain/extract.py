"""Text from PDF, DOCX, PPTX, HTML and plain-text files, for search, within memory and time limits."""
import codecs
import logging
import re
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import IO
from xml.parsers import expat

from flask import current_app
from flask_babel import gettext as _

logger = logging.getLogger(__name__)

#: Extracted text beyond this many characters is not kept.
MAX_TEXT_CHARS = 2_000_000

_WORDPROCESSING = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main"

#: pypdf's settings for how far one stream may inflate, each held to the per-member limit.
_PDF_OUTPUT_LIMITS = (
    "zlib_maximum_output_length", "lzw_maximum_output_length", "run_length_maximum_output_length",
    "brotli_maximum_output_length", "jbig2_maximum_output_length", "array_based_stream_maximum_output_length",
)


class ExtractionLimitReached(Exception):
    """Reading the file's text would take more memory or time than the configured limits allow."""


@dataclass(frozen=True)
class _Limits:
    """How much one extraction may inflate and until when it may run."""

    member_bytes: int
    total_bytes: int
    deadline: float

    @classmethod
    def from_config(cls) -> "_Limits":
        """Read the limits of the running app, starting the clock now."""
        config = current_app.config
        return cls(member_bytes=config["EXTRACT_MAX_MEMBER_BYTES"], total_bytes=config["EXTRACT_MAX_TOTAL_BYTES"],
                   deadline=time.monotonic() + config["EXTRACT_MAX_SECONDS"])

    def check_time(self) -> None:
        """Stop an extraction that has run past its deadline."""
        if time.monotonic() > self.deadline:
            raise ExtractionLimitReached("the time limit was reached")


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


def _read_text_file(path: str, limits: _Limits) -> str:
    with open(path, "rb") as handle:
        raw = handle.read(min(limits.total_bytes, MAX_TEXT_CHARS * 2))
    try:
        # Not final: a character cut in two by the read limit is dropped instead of failing the decode.
        return codecs.getincrementaldecoder("utf-8")().decode(raw)
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _check_zip_sizes(path: str, limits: _Limits) -> None:
    """Refuse an Office file whose members declare more bytes than the limits, before anything inflates.

    zipfile stops reading a member at its declared size, so the declared sizes bound what is read.
    """
    total = 0
    with zipfile.ZipFile(path) as archive:
        for member in archive.infolist():
            if member.file_size > limits.member_bytes:
                raise ExtractionLimitReached(f"{member.filename} inflates to {member.file_size} bytes")
            total += member.file_size
    if total > limits.total_bytes:
        raise ExtractionLimitReached(f"the members inflate to {total} bytes")


@contextmanager
def _pdf_streams_within(limits: _Limits) -> Iterator[None]:
    """Hold each PDF stream to the per-member limit; pypdf's own limits count as a limit reached too."""
    from pypdf import apply_configuration
    from pypdf.errors import LimitReachedError

    try:
        with apply_configuration(**dict.fromkeys(_PDF_OUTPUT_LIMITS, limits.member_bytes)):
            yield
    except LimitReachedError as error:
        raise ExtractionLimitReached(str(error)) from error


def _pdf(path: str, limits: _Limits) -> Iterator[str]:
    from pypdf import PdfReader

    with _pdf_streams_within(limits):
        pages = list(PdfReader(path).pages)
    for page in pages:
        with _pdf_streams_within(limits):
            text = page.extract_text() or ""
        yield text


class _ParagraphReader:
    """Collect each paragraph's text from an Office XML part as expat reads it, building no tree."""

    def __init__(self, namespace: str) -> None:
        self.paragraph, self.text = f"{namespace} p", f"{namespace} t"
        self.spacers = {f"{namespace} tab", f"{namespace} br"}
        self.finished: list[str] = []
        self._pieces: list[str] = []
        self._in_text = False
        self.parser = expat.ParserCreate(namespace_separator=" ")
        self.parser.buffer_text = True
        self.parser.StartDoctypeDeclHandler = self._refuse_doctype
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end
        self.parser.CharacterDataHandler = self._characters

    def _refuse_doctype(self, *declaration) -> None:
        raise ValueError("a DTD, which Office files never have, could declare expanding entities")

    def _start(self, name: str, attributes: dict) -> None:
        self._in_text = name == self.text
        if name in self.spacers:
            self._pieces.append(" ")

    def _end(self, name: str) -> None:
        self._in_text = False
        if name == self.paragraph:
            self.finished.append("".join(self._pieces))
            self._pieces.clear()

    def _characters(self, data: str) -> None:
        if self._in_text:
            self._pieces.append(data)

    def take_finished(self) -> list[str]:
        """Hand over the paragraphs read so far."""
        finished, self.finished = self.finished, []
        return finished


def _paragraph_texts(xml: IO[bytes], namespace: str) -> Iterator[str]:
    """Stream the text of each paragraph of an Office XML part, a chunk at a time.

    Memory stays flat however many elements the part holds, where python-docx built the whole tree
    (+340 MiB for 5 MB of empty paragraphs).
    """
    reader = _ParagraphReader(namespace)
    while chunk := xml.read(64 * 1024):
        reader.parser.Parse(chunk, False)
        yield from reader.take_finished()
    reader.parser.Parse(b"", True)
    yield from reader.take_finished()


def _docx(path: str, limits: _Limits) -> Iterator[str]:
    _check_zip_sizes(path, limits)
    with zipfile.ZipFile(path) as archive, archive.open("word/document.xml") as body:
        yield from _paragraph_texts(body, _WORDPROCESSING)


def _numbered_members(archive: zipfile.ZipFile, pattern: str) -> list[str]:
    """The members whose names match pattern, in the order of the number the pattern captures."""
    numbered = [(int(found.group(1)), name) for name in archive.namelist() if (found := re.fullmatch(pattern, name))]
    return [name for _, name in sorted(numbered)]


def _pptx(path: str, limits: _Limits) -> Iterator[str]:
    _check_zip_sizes(path, limits)
    with zipfile.ZipFile(path) as archive:
        slides = _numbered_members(archive, r"ppt/slides/slide(\d+)\.xml")
        notes = _numbered_members(archive, r"ppt/notesSlides/notesSlide(\d+)\.xml")
        for name in slides + notes:
            with archive.open(name) as part:
                yield from _paragraph_texts(part, _DRAWING)


def _html(path: str, limits: _Limits) -> Iterator[str]:
    parser = _TextFromHTML()
    parser.feed(_read_text_file(path, limits))
    parser.close()
    yield " ".join(parser.parts)


def _plain_text(path: str, limits: _Limits) -> Iterator[str]:
    yield _read_text_file(path, limits)


_EXTRACTORS = {"pdf": _pdf, "docx": _docx, "pptx": _pptx, "html": _html, "txt": _plain_text}


def _gather(parts: Iterator[str], limits: _Limits) -> str:
    """Join the parts until the text is long enough, checking the deadline between parts."""
    kept, length = [], 0
    for part in parts:
        limits.check_time()
        kept.append(part)
        length += len(part) + 1
        if length > MAX_TEXT_CHARS:
            break
    return "\n".join(kept)


def extract_text(path: str, kind: str) -> tuple[str, str]:
    """Return (text, warning) for a stored file; a file that cannot be read gives a warning.

    Kinds without text (images, audio, video, spreadsheets) give empty text and no warning.
    """
    extractor = _EXTRACTORS.get(kind)
    if extractor is None:
        return "", ""
    limits = _Limits.from_config()
    try:
        text = _gather(extractor(path, limits), limits)
    except ExtractionLimitReached as error:
        logger.warning("text extraction stopped for %s (%s): %s", path, kind, error)
        return "", _("The text of this %(kind)s file would take too much memory or time to read, "
                     "so search will not find its content.", kind=kind.upper())
    except Exception as error:  # a damaged file must not block the upload
        logger.warning("text extraction failed for %s (%s): %s", path, kind, error)
        return "", _("The text of this %(kind)s file could not be read, so search will not find its content.",
                     kind=kind.upper())
    text = re.sub(r"[ \t\r\f\v]+", " ", text.replace("\x00", ""))
    text = re.sub(r"\n\s*\n+", "\n\n", text).strip()
    return text[:MAX_TEXT_CHARS], ""
