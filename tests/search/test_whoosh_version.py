"""The one-pass engine is written against one Whoosh release and says so when another is installed."""


def test_the_engine_names_the_whoosh_release_it_needs():
    """engine.py reads Whoosh-Reloaded 2.7.5's internals: the installed release is it, another would stop the app."""
    from brain.search import check_whoosh_version, whoosh_version_problem

    check_whoosh_version()
    assert whoosh_version_problem("2.7.5") is None
    assert "Whoosh-Reloaded 2.7.5's internals, but version 2.8.0 is installed" in whoosh_version_problem("2.8.0")
    assert "no version is installed" in whoosh_version_problem(None)
