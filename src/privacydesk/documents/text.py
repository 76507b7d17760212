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
    def fits(parts: list[str]) -> bool:
        return measure("".join(parts).rstrip()) <= width

    out: list[str] = []
    line: list[str] = []  # the tokens of the line being filled
    for token in tokens(paragraph):
        if fits([*line, token]):
            line.append(token)
            continue
        if line:
            k = _break_at(line, token, fits)
            out.append("".join(line[:k]).rstrip())
            line = line[k:]  # the tokens carried over fit with `token` (or none are carried)
            if fits([*line, token]):
                line.append(token)
                continue
        # A token wider than the width by itself (a long URL, a run of digits): by character.
        piece = "".join(line)
        for ch in token:
            if piece and measure((piece + ch).rstrip()) > width:
                out.append(piece.rstrip())
                piece = ""
            piece += ch
        line = [piece]
    out.append("".join(line).rstrip())
    return out


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

    candidates = [k for k in range(len(line), 0, -1) if fits([*line[k:], token])]
    for k in candidates:
        if starts_ok(k) and ends_ok(k):
            return k
    for k in candidates:
        if starts_ok(k) and "".join(line[:k]).strip():
            return k
    return len(line)
