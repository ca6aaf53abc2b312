"""Markdown written by members, rendered by markdown-it-py and sanitised by nh3 (Ammonia)."""
import re
import unicodedata
from functools import lru_cache

import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup

_parser = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table").enable("strikethrough")

ALLOWED_TAGS = {
    "p", "br", "em", "strong", "del", "ul", "ol", "li", "a", "code", "pre", "blockquote",
    "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "hr",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}, "ol": {"start"}}
_HEADING = re.compile(r"<(/?)h([1-6])>")
#: An @mention: "@AnaSilva", not an email address's "@".
MENTION = re.compile(r"(?<![\w@])@([\w.\-]{2,60})", re.UNICODE)
#: Splits rendered HTML into tags and the text between them.
_TAG = re.compile(r"(<[^>]*>)")
#: Inside these, an @mention stays text: it is already a link, or it is code.
_NO_LINK_INSIDE = {"a", "code", "pre"}
#: Sources up to this length are remembered with their HTML (the output depends on the source
#: only), so a thread page does not parse and sanitise the same 30 posts at every view.
CACHED_SOURCE_CHARS = 10_000


def _demote_headings(html: str) -> str:
    """Keep members' headings below the page's own: # becomes h3, ## h4, and so on."""
    return _HEADING.sub(lambda m: f"<{m.group(1)}h{min(int(m.group(2)) + 2, 6)}>", html)


def mention_handle(name: str) -> str:
    """The form of a display name used in @mentions: letters and digits, no accents or spaces."""
    folded = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", folded.lower())


def render_markdown(source: str | None, mentions: dict[str, str] | None = None) -> Markup:
    """Render Markdown to HTML that can carry no script, style or foreign attribute.

    :param mentions: handle -> address; each @mention of one of these handles becomes a link to it.
    """
    source = source or ""
    links = tuple(sorted((mentions or {}).items()))
    return _rendered(source, links) if len(source) <= CACHED_SOURCE_CHARS else _render(source, links)


@lru_cache(maxsize=512)
def _rendered(source: str, links: tuple[tuple[str, str], ...]) -> Markup:
    return _render(source, links)


def _link_mentions(html: str, links: dict[str, str]) -> str:
    """Turn the @mentions of known handles in the text of rendered HTML into links (not inside links or code)."""
    parts = _TAG.split(html)
    depth = 0
    for index, part in enumerate(parts):
        if index % 2:  # a tag
            name = part.strip("</>").split(None, 1)[0].lower() if part.strip("</>") else ""
            if name in _NO_LINK_INSIDE:
                depth += -1 if part.startswith("</") else 1
        elif depth == 0 and "@" in part:
            def _link(match: re.Match) -> str:
                url = links.get(mention_handle(match.group(1)))
                if url is None:
                    return match.group(0)
                return f'<a href="{Markup.escape(url)}" class="mention">{match.group(0)}</a>'
            parts[index] = MENTION.sub(_link, part)
    return "".join(parts)


def _render(source: str, links: tuple[tuple[str, str], ...] = ()) -> Markup:
    html = _demote_headings(_parser.render(source))
    if links:
        html = _link_mentions(html, dict(links))
    clean = nh3.clean(
        html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, url_schemes={"http", "https", "mailto"},
        link_rel="nofollow noopener ugc", strip_comments=True, allowed_classes={"a": {"mention"}},
    )
    return Markup(clean)
