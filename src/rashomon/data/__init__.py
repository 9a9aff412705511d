"""Data files people extend (parties, cue words, lexicons, places), read by the stages that use them."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def read_data(name: str) -> Any:
    """A JSON data file of the package (``rashomon/data/<name>``); callers cache what they build from it."""
    with resources.files(__name__).joinpath(name).open(encoding="utf-8") as f:
        return json.load(f)
