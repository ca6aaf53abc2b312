"""Small readers shared by the fault-injection tests."""
import os
import re


def result_count(html: str) -> int:
    """The number of hits a results page announces (0 when it announces none)."""
    found = re.search(r">(\d+) results?</h2>", html)
    return int(found.group(1)) if found else 0


SEARCH_TROUBLE = (
    "Search is unavailable right now",
    "Search could not answer this time",
)


def search_trouble(html: str) -> list[str]:
    """The error notices a results page shows, if any."""
    return [notice for notice in SEARCH_TROUBLE if notice in html]


def files_under(root: str) -> list[str]:
    """Every regular file below a folder, as paths relative to it."""
    found = []
    for directory, _, names in os.walk(root):
        for name in names:
            found.append(os.path.relpath(os.path.join(directory, name), root))
    return sorted(found)
