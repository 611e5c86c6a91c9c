"""Rule data (patterns, markers, word lists) that lawie's components read: edit the JSON, not the code."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=None)
def load_resource(name: str) -> Any:
    """Parsed JSON data file shipped in ``lawie/resources``."""
    return json.loads(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def load_text_resource(name: str) -> str:
    """Text of a plain data file shipped in ``lawie/resources`` (word lists)."""
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
