"""The records candidate finders produce: a statement before resolution (:class:`Cand`) and after it
(:class:`Found`), plus the thresholds they share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...models import Speaker

if TYPE_CHECKING:
    from spacy.tokens import Token

MIN_QUOTE_WORDS = 3  # shorter quotations are scare quotes inside someone's sentence
MIN_FREE_QUOTE_WORDS = 4  # an unattributed quotation continues the previous speaker only if this long
END = {".", "!", "?"}


@dataclass
class Found:
    """A statement before ids: char spans and the resolved speaker."""

    speaker: Speaker
    person: bool
    cue: tuple[int, int] | None
    content: tuple[int, int]
    kind: str
    cue_tok: int  # token index of the cue (or of the content start)


@dataclass
class Cand:
    """A candidate statement: speaker head token, cue and content char spans, token ranges to block."""

    pos: int
    subj: "Token | None"
    cue: tuple[int, int] | None
    contents: list[tuple[int, int]]  # char spans
    kind: str
    block: list[tuple[int, int]]  # token ranges to block before resolving
    continuation: bool = False
    subj_span: tuple[int, int] | None = None  # token range of the speaker words when not the subj's subtree
