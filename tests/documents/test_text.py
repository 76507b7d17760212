"""Line breaking (documents.text.wrap): measured with the shipped fonts, never wider than the
column, kinsoku where it can be kept, Latin words whole, and no character lost."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacydesk.documents import fonts
from privacydesk.documents.text import NO_END, NO_START, wrap

MINCHO = fonts.FontFamily.MINCHO
SIZE = 10.5
# Characters the brief names: a line may not start with them when that can be avoided.
NEVER_FIRST = "、。」"
WORD = re.compile(r"[A-Za-z0-9]+")


def measure(text: str) -> float:
    return fonts.string_width(text, MINCHO, SIZE)


FULL = measure("あ")
WIDEST = max(measure(c) for c in "あ漢髙WMm@、。」「（）ー 　")


def _positions(text: str, lines: list[str]) -> list[tuple[int, int]]:
    """Where each line lies in `text`, (start, end); asserts that the lines, in order, are the
    text with only white space (spaces, line breaks) left out between them."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in lines:
        while not text.startswith(line, pos):
            assert pos < len(text) and text[pos].isspace(), (text, lines, pos)
            pos += 1
        spans.append((pos, pos + len(line)))
        pos += len(line)
    assert not text[pos:].strip(), (text, lines)
    return spans


def _paragraph_starts(text: str) -> set[int]:
    return {0} | {m.end() for m in re.finditer("\n", text)}


def _check(text: str, width: float) -> list[str]:
    lines = wrap(text, width, measure)
    assert all("\n" not in line for line in lines)
    # Never wider than the column.
    for line in lines:
        assert measure(line) <= width + 1e-9, (line, measure(line), width)
    spans = _positions(text, lines)
    # One line per paragraph at least.
    assert len(lines) >= text.count("\n") + 1
    # A Latin word that fits the width is never split.
    line_of = {}
    for index, (start, end) in enumerate(spans):
        for i in range(start, end):
            line_of[i] = index
    for m in WORD.finditer(text):
        if measure(m.group()) <= width:
            assert len({line_of[i] for i in range(m.start(), m.end())}) == 1, (m.group(), lines)
    # No line starts with 、。」 unless no earlier break could have carried it.
    starts = _paragraph_starts(text)
    for index, (start, _end) in enumerate(spans):
        if index == 0 or start in starts or not lines[index] or lines[index][0] not in NEVER_FIRST:
            continue
        assert not _avoidable(text, lines, spans, index, width), (text, lines, index)
    return lines


def _avoidable(
    text: str, lines: list[str], spans: list[tuple[int, int]], index: int, width: float
) -> bool:
    """Could the previous line's last unit (a Latin word or one character, with the
    punctuation after it) have been carried to this line, leaving something behind?"""
    prev_start, _prev_end = spans[index - 1]
    prev = lines[index - 1]
    j = len(prev)
    while j > 0 and (prev[j - 1] in NO_START or prev[j - 1].isspace()):
        j -= 1
    if j == 0:
        return False
    if WORD.fullmatch(prev[j - 1]):
        while j > 0 and WORD.fullmatch(prev[j - 1]):
            j -= 1
    else:
        j -= 1
    if not prev[:j].strip():
        return False
    start, _ = spans[index]
    moved = text[prev_start + j : start + 1]  # the unit, up to this line's first character
    return measure(moved.rstrip()) <= width


japanese = st.sampled_from("あいうえお漢字髙﨑德濵請求書開示訂正ー　")
latin_word = st.text("abcdefghijklmnopqrstuvwxyzABCXYZ0123456789", min_size=1, max_size=14)
punctuation = st.sampled_from([*list("、。」「（）,."), "。」", "」、"])
piece = st.one_of(japanese, japanese, latin_word, st.just(" "), punctuation, st.just("\n"))
texts = st.lists(piece, max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=texts, columns=st.integers(min_value=2, max_value=30), extra=st.floats(0, 0.99))
def test_wrap_properties_on_japanese_and_latin(text: str, columns: int, extra: float) -> None:
    width = max(WIDEST, (columns + extra) * FULL)
    _check(text, width)


@settings(max_examples=100, deadline=None)
@given(text=st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40))
def test_wrap_never_loses_or_invents_characters(text: str) -> None:
    lines = wrap(text, 8 * FULL, lambda t: float(len(t)) * FULL / 2)
    _positions(text, lines)


def test_punctuation_does_not_start_a_line_or_hang_past_the_width() -> None:
    width = 5 * FULL
    lines = _check("あいうえおかきくけこ、さしすせそ。", width)
    assert lines == ["あいうえお", "かきくけ", "こ、さしす", "せそ。"]
    assert _check("あいうえお。", width) == ["あいうえ", "お。"]
    assert _check("あいうえお」。", width) == ["あいうえ", "お」。"]


def test_opening_bracket_does_not_end_a_line() -> None:
    lines = _check("あいう「えお」", 4 * FULL)
    assert lines == ["あいう", "「えお」"]
    assert not any(line and line[-1] in NO_END for line in lines)


def test_latin_words_move_whole_and_overlong_words_split_by_character() -> None:
    width = 6 * FULL
    lines = _check("請求 Nguyễn Văn Đức さん", width)
    assert "Nguyễn" in "".join(lines)
    assert any(line.startswith("Nguy") for line in lines)  # moved whole, not split
    long = "x" * 80
    lines = _check(f"あ{long}い", width)
    assert lines[0] == "あ"
    assert "".join(lines) == f"あ{long}い"
    assert all(measure(line) <= width for line in lines)


def test_unavoidable_cases_keep_the_width() -> None:
    # Only punctuation: there is no earlier break, so the rule gives way, never the width.
    width = 3 * FULL
    lines = _check("。" * 10, width)
    assert "".join(lines) == "。" * 10
    assert all(measure(line) <= width for line in lines)


@pytest.mark.parametrize("text", ["", "\n", "あ\n\nい"])
def test_empty_paragraphs_stay_empty_lines(text: str) -> None:
    assert wrap(text, 10 * FULL, measure) == text.split("\n")
