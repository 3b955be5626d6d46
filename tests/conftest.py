"""Fixtures for every test: the first-name gender dictionary (the optional `names` extra) is off
unless a test asks for it, so tests of what the text itself shows hold whether or not it is installed.
Tests of the models (`model` marker) run the library as installed, since some start other processes
(Dask workers, worker pools) that a patch here would not reach."""

from __future__ import annotations

import pytest
from quotetrace.core.speakers import first_names


@pytest.fixture(autouse=True)
def _no_first_name_dictionary(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if "first_name_dictionary" not in request.fixturenames and request.node.get_closest_marker("model") is None:
        monkeypatch.setattr(first_names, "_lookup", lambda: None)


@pytest.fixture
def first_name_dictionary() -> None:
    """The installed dictionary (gender-guesser); the test skips where the extra is not installed."""
    pytest.importorskip("gender_guesser")
