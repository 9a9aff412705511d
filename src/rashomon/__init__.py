"""Rashomon: who says what about an armed incident, and where the accounts disagree."""

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
