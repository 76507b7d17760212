"""Line breaking for Japanese and Latin text by measured width, with simple kinsoku."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

# Characters that may not start a line (they hang on the previous one) or end one.
NO_START = set(
    "、。，．・：；？！ー」』）］｝〕〉》】゛゜ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.)]}!?:;%"
)
NO_END = set("「『（［｛〔〈《【([{")


def _is_latin_word_char(c: str) -> bool:
    if c in "'-’":
        return True
    cat = unicodedata.category(c)
    return (c.isascii() and c.isalnum()) or (cat[0] in "LM" and ord(c) < 0x2E80) or cat == "Nd"


def tokens(text: str) -> list[str]:
    """Break opportunities: a Latin word (with a following space) is one token; CJK one each."""
    out: list[str] = []
    i = 0
    while i < len(text):
        c = text[i]
        if _is_latin_word_char(c):
            j = i
            while j < len(text) and _is_latin_word_char(text[j]):
                j += 1
            while j < len(text) and text[j] == " ":
                j += 1
            out.append(text[i:j])
            i = j
        else:
            out.append(c)
            i += 1
    return out


def wrap(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Lines no wider than `width`; each "\\n" starts a new line.

    A Latin word that fits the width is never split; only a token wider than the width by
    itself is split by character. Kinsoku: a line does not start with a character of NO_START
    nor end with one of NO_END. Where that needs it, the break moves earlier (追い出し) rather
    than letting punctuation hang past the width, which could run into the margin or the
    envelope window; where no earlier break fits, the rule gives way, never the width (a single
    character wider than the width is the only line that can exceed it).
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(paragraph, width, measure))
    return lines


def _wrap_paragraph(paragraph: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Greedy filling. Each token is measured once, and the sum of a line's token widths
    guesses where it ends; whole lines are then measured to settle it, since a neighbour can
    change a character's width (punctuation takes the font of the word before it). Measuring
    every candidate line instead made a letter take several times longer."""

    def fits(parts: list[str]) -> bool:
        return measure("".join(parts).rstrip()) <= width

    known: dict[str, float] = {}  # a paragraph repeats its characters (の, て, 、)

    def token_width(token: str) -> float:
        w = known.get(token)
        if w is None:
            w = known[token] = measure(token)
        return w

    toks: list[str] = []
    widths: list[float] = []
    for token in tokens(paragraph):
        w = token_width(token)
        if w <= width or fits([token]):
            toks.append(token)
            widths.append(w)
        else:  # wider than the width by itself (a long URL, a run of digits): by character
            pieces = _split_long(token, width, measure)
            toks += pieces
            widths += [token_width(p) for p in pieces]
    out: list[str] = []
    a, n = 0, len(toks)
    while a < n:
        b, used = a, 0.0
        while b < n and used + widths[b] <= width:
            used += widths[b]
            b += 1
        b = max(b, a + 1)
        while b > a + 1 and not fits(toks[a:b]):
            b -= 1
        while b < n and fits(toks[a : b + 1]):
            b += 1
        if b < n:
            b = a + _break_at(toks[a:b], toks[b], fits)
        out.append("".join(toks[a:b]).rstrip())
        a = b
    if not out:
        out.append("")
    return out


def _split_long(token: str, width: float, measure: Callable[[str], float]) -> list[str]:
    pieces: list[str] = []
    piece = ""
    for ch in token:
        if piece and measure((piece + ch).rstrip()) > width:
            pieces.append(piece)
            piece = ""
        piece += ch
    return [*pieces, piece]


def _break_at(line: list[str], token: str, fits: Callable[[list[str]], bool]) -> int:
    """How many of the full line's tokens stay on it, `token` starting the next line with
    the rest: the latest break that fits and keeps both kinsoku rules, else the latest that
    fits and keeps the NO_START rule, else just before `token`."""

    def starts_ok(k: int) -> bool:
        first = line[k] if k < len(line) else token
        return not first[0].isspace() and first[0] not in NO_START

    def ends_ok(k: int) -> bool:
        kept = "".join(line[:k]).rstrip()
        return bool(kept) and kept[-1] not in NO_END

    fallback: int | None = None
    for k in range(len(line), 0, -1):
        if not starts_ok(k):
            continue
        if not fits([*line[k:], token]):
            break  # carrying more only makes the next line wider
        if ends_ok(k):
            return k
        if fallback is None and "".join(line[:k]).strip():
            fallback = k
    return len(line) if fallback is None else fallback
