"""Markdown written by members, rendered by markdown-it-py and sanitised by nh3 (Ammonia)."""
import re
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
#: Sources up to this length are remembered with their HTML (the output depends on the source
#: only), so a thread page does not parse and sanitise the same 30 posts at every view.
CACHED_SOURCE_CHARS = 10_000


def _demote_headings(html: str) -> str:
    """Keep members' headings below the page's own: # becomes h3, ## h4, and so on."""
    return _HEADING.sub(lambda m: f"<{m.group(1)}h{min(int(m.group(2)) + 2, 6)}>", html)


def render_markdown(source: str | None) -> Markup:
    """Render Markdown to HTML that can carry no script, style or foreign attribute."""
    source = source or ""
    return _rendered(source) if len(source) <= CACHED_SOURCE_CHARS else _render(source)


@lru_cache(maxsize=512)
def _rendered(source: str) -> Markup:
    return _render(source)


def _render(source: str) -> Markup:
    html = _demote_headings(_parser.render(source))
    clean = nh3.clean(
        html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, url_schemes={"http", "https", "mailto"},
        link_rel="nofollow noopener ugc", strip_comments=True,
    )
    return Markup(clean)
