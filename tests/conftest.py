from pathlib import Path

import pytest

import lawie

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
REPORTS = REPO / "corpus" / "reports"


def pytest_configure(config):
    """The tests read the shared data by path (README): without it, stop with one clear message
    instead of many file-not-found failures."""
    if not (SHARED / "corpus").is_dir():
        raise pytest.UsageError(f"the shared data is not beside the repository: expected {SHARED} "
                                f"(with corpus/, segmentation/, seeds/); the tests read it by path")


@pytest.fixture(scope="session")
def nlp():
    return lawie.load()
