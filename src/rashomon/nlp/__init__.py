"""The spaCy pipeline, loaded once per process. spaCy objects stay inside ``nlp/`` and ``extract/``."""

from .loader import MODEL_NAME, MODEL_VERSION, load_pipeline

__all__ = ["MODEL_NAME", "MODEL_VERSION", "load_pipeline"]
