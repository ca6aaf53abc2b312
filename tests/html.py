"""Read pages as a browser would: parsed HTML, not string searches."""
from html.parser import HTMLParser

_URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset"}
_DANGEROUS_SCHEMES = ("javascript:", "data:", "vbscript:")


class _ScriptFinder(HTMLParser):
    def __init__(self, allowed_scripts: set[str]):
        super().__init__(convert_charrefs=True)
        self.allowed_scripts = allowed_scripts
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            value = (value or "").strip().lower().replace("\x00", "")
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…>")
            if name in _URL_ATTRIBUTES and "".join(value.split()).startswith(_DANGEROUS_SCHEMES):
                self.problems.append(f"<{tag} {name}={value[:30]}>")
        if tag == "script":
            source = dict(attrs).get("src") or ""
            if source not in self.allowed_scripts:
                self.problems.append("<script>")
        if tag in {"iframe", "object", "embed", "base", "meta"} and tag != "meta":
            self.problems.append(f"<{tag}>")
        if tag == "meta" and any(name == "http-equiv" for name, _ in attrs):
            self.problems.append("<meta http-equiv>")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)


def executable_script(html: str, allowed_scripts: set[str] = frozenset()) -> list[str]:
    """List what in a page could run script: script tags, event handlers, javascript:/data: URLs."""
    finder = _ScriptFinder(set(allowed_scripts))
    finder.feed(html)
    finder.close()
    return finder.problems


class _TextExtractor(HTMLParser):
    _SKIPPED = {"script", "style"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIPPED:
            self._skip += 1
        for name, value in attrs:
            if name in ("alt", "title", "placeholder", "aria-label") and value:
                self.parts.append(value)
            if name == "value" and value and tag in ("button", "input") and dict(attrs).get("type") in ("submit", "button"):
                self.parts.append(value)

    def handle_endtag(self, tag):
        if tag in self._SKIPPED and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip and data.strip():
            self.parts.append(data.strip())


def visible_text(html: str) -> list[str]:
    """The pieces of text a reader sees (and hears, through alt and aria-label)."""
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    return extractor.parts
