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
    """Lines no wider than `width` (a single token wider than that is split by character)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in tokens(paragraph):
            candidate = line + token
            if measure(candidate.rstrip()) <= width or not line:
                if measure(candidate.rstrip()) > width and not line:
                    # An over-long token alone: split it by character.
                    for ch in token:
                        if line and measure(line + ch) > width:
                            lines.append(line)
                            line = ""
                        line += ch
                    continue
                line = candidate
                continue
            if token[0] in NO_START:
                line = candidate  # hang the punctuation rather than start a line with it
                continue
            carry = ""
            while line and line[-1] in NO_END:
                carry = line[-1] + carry
                line = line[:-1]
            lines.append(line.rstrip())
            line = carry + token
        lines.append(line.rstrip())
    return lines
