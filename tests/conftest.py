"""Shared test set-up: the repository on sys.path and the location of ../shared/data."""

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data" / "stuttgart"

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


@pytest.fixture(scope="session")
def stuttgart_data():
    """Folder of the real Stuttgart test data; tests skip (with the reason) when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"real Stuttgart data not found at {SHARED_DATA} (../shared is absent)")
    return SHARED_DATA


FLENSBURG_DATA = REPO.parent / "shared" / "data" / "flensburg"


@pytest.fixture(scope="session")
def flensburg_data():
    """Folder of the real Flensburg data (``../shared/data/flensburg``); its absence fails the test."""
    if not FLENSBURG_DATA.is_dir():
        pytest.fail(f"real Flensburg data not found at {FLENSBURG_DATA} (../shared is absent)")
    return FLENSBURG_DATA
