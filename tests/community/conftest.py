"""Community fixtures: categories and a thread started by a member."""
import pytest

from brain.community import services
from brain.community.queries import category_by_slug


@pytest.fixture
def general():
    return category_by_slug("general")


@pytest.fixture
def start_thread(general):
    """Start a thread through the service: start_thread(author, title=…, body=…)."""

    def start(author, title="Financing cooperatives", body="How do you finance a new cooperative?", category=None,
              **kwargs):
        return services.start_thread(author, category or general, title, body, "en", **kwargs)

    return start
