"""Quotation spans in raw text: straight and curly double quotes, guillemets, nested quotes.

Only outermost quotations are returned. A quotation left open at the end of a paragraph runs to the
paragraph's end (the press convention for quotes spanning paragraphs); when the next paragraph opens
with a quote mark, that quotation continues the same one (``continues`` points back to it).
"""

from __future__ import annotations

from dataclasses import dataclass

_OPEN = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201d"}
_CLOSE = {"\u201d", "\u00bb"}
_STRAIGHT = '"'


@dataclass(frozen=True)
class Quote:
    """Inner text ``start:end`` of a quotation (quote marks excluded); ``open``/``close``: mark offsets."""

    start: int
    end: int
    open: int
    close: int | None  # None when the quote runs to the paragraph end
    continues: int | None = None  # index of the quote this one continues (multi-paragraph quotes)


def _straight_opens(text: str, i: int) -> bool:
    """Whether the straight quote at ``i`` opens (preceded by space/start/bracket, followed by a word)."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isspace() or prev in "([{\u2014\u2013-:/":
        return not nxt.isspace()
    return False


def find_quotes(text: str) -> list[Quote]:
    """All outermost quotations of ``text``, in order."""
    quotes: list[Quote] = []
    para_start = 0
    n = len(text)
    prev_open_to_end: int | None = None  # index of the previous paragraph's unclosed quote
    while para_start <= n:
        para_end = text.find("\n", para_start)
        if para_end < 0:
            para_end = n
        stack: list[tuple[str, int]] = []  # (closing mark expected, offset)
        first_in_para = True
        unclosed: int | None = None
        for i in range(para_start, para_end):
            ch = text[i]
            if ch in _OPEN or (ch == _STRAIGHT and _straight_opens(text, i) and not (stack and stack[-1][0] == _STRAIGHT and _closes_here(text, i))):
                stack.append((_OPEN.get(ch, _STRAIGHT), i))
            elif ch in _CLOSE or ch == _STRAIGHT:
                # close the innermost matching open quote
                for k in range(len(stack) - 1, -1, -1):
                    if stack[k][0] == ch or (ch in _CLOSE and stack[k][0] in _CLOSE):
                        mark, at = stack[k]
                        del stack[k:]
                        if not stack:
                            cont = prev_open_to_end if (first_in_para and _para_opening(text, para_start, at)) else None
                            quotes.append(Quote(at + 1, i, at, i, cont))
                            first_in_para = False
                        break
        if stack:
            at = stack[0][1]
            cont = prev_open_to_end if (first_in_para and _para_opening(text, para_start, at)) else None
            end = para_end
            while end > at + 1 and text[end - 1].isspace():
                end -= 1
            quotes.append(Quote(at + 1, end, at, None, cont))
            unclosed = len(quotes) - 1
        # a paragraph that is only whitespace keeps the pending continuation
        if text[para_start:para_end].strip():
            prev_open_to_end = unclosed
        para_start = para_end + 1
    return _close_across_paragraphs(text, quotes)


_MAX_UNQUOTED_PARAS = 4


def _close_across_paragraphs(text: str, quotes: list[Quote]) -> list[Quote]:
    """A quotation left open at a paragraph end whose following paragraphs lost their opening marks: when
    the next paragraphs hold no quote mark at all until one whose first mark closes a quotation
    (``..., reads the statement``), the quotation runs through them to that closing mark."""
    out: list[Quote] = []
    for k, q in enumerate(quotes):
        if q.close is None and not any(r.continues == k for r in quotes):
            close = _stray_close_after(text, q.end)
            if close is not None:
                out.append(Quote(q.start, close, q.open, close, q.continues))
                continue
        out.append(q)
    return out


def _stray_close_after(text: str, at: int) -> int | None:
    pos = text.find("\n", at)
    for _ in range(_MAX_UNQUOTED_PARAS):
        if pos < 0:
            return None
        start = pos + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        for i in range(start, end):
            ch = text[i]
            if ch in _OPEN or (ch == _STRAIGHT and _straight_opens(text, i)):
                return None  # a paragraph opening its own quotation: not a lost opening mark
            if ch in _CLOSE or (ch == _STRAIGHT and _closes_here(text, i)):
                return i
        pos = end if end < len(text) else -1
    return None


def _closes_here(text: str, i: int) -> bool:
    """A straight quote right after a word/punctuation closes rather than opens."""
    prev = text[i - 1] if i > 0 else " "
    return not prev.isspace()


def _para_opening(text: str, para_start: int, at: int) -> bool:
    return not text[para_start:at].strip()
