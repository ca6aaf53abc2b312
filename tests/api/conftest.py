"""Fixtures of the API tests: personal tokens made through the real service."""
import pytest


@pytest.fixture
def make_token(app):
    """Create a personal API token for an account: make_token(user) -> the plain token."""
    from brain.api import tokens

    def make(user, name: str = "test script") -> str:
        return tokens.create_token(user, name)[1]

    return make


@pytest.fixture
def member_token(member, make_token) -> str:
    """A verified member's token."""
    return make_token(member)


def bearer(token: str) -> dict:
    """The header that sends a token."""
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def archive_secret(make_material) -> int:
    """The id of a members-only material."""
    return make_material(title="Members reading", visibility="members").id
