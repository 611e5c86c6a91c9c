from pathlib import Path

import pytest

import lawie

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
REPORTS = REPO / "corpus" / "reports"


@pytest.fixture(scope="session")
def nlp():
    return lawie.load()
