"""Recovery code: exact round trip, typos named by group, tolerant reading."""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from privacydesk.errors import InvalidInput
from privacydesk.storage.recovery_code import (
    CHECK_ALPHABET,
    DATA_ALPHABET,
    format_secret,
    parse_secret,
)

SHAPE = re.compile(r"PD1(-[0-9A-HJKMNP-TV-Z]{4}[0-9A-HJKMNP-TV-Z*~$=U]){13}")


def _code_of(text: str) -> tuple[str, int | None]:
    with pytest.raises(InvalidInput) as caught:
        parse_secret(text)
    return caught.value.code, caught.value.params.get("group")


@given(st.binary(min_size=32, max_size=32))
def test_round_trip(secret: bytes) -> None:
    text = format_secret(secret)
    assert SHAPE.fullmatch(text), text
    assert parse_secret(text) == secret


def test_edges_round_trip() -> None:
    for secret in (bytes(32), b"\xff" * 32, bytes(range(32))):
        assert parse_secret(format_secret(secret)) == secret


def test_wrong_length_secret_is_a_bug() -> None:
    with pytest.raises(ValueError):
        format_secret(b"\x01" * 31)


@given(
    st.binary(min_size=32, max_size=32),
    st.integers(min_value=0, max_value=12),
    st.integers(min_value=0, max_value=4),
    st.integers(min_value=1, max_value=31),
)
def test_one_changed_symbol_names_its_group(
    secret: bytes, group: int, position: int, shift: int
) -> None:
    groups = format_secret(secret).split("-")
    chars = list(groups[group + 1])
    alphabet = DATA_ALPHABET if position < 4 else CHECK_ALPHABET
    chars[position] = alphabet[(alphabet.index(chars[position]) + shift) % len(alphabet)]
    groups[group + 1] = "".join(chars)
    assert _code_of("-".join(groups)) == ("recovery.typo", group + 1)


@given(st.binary(min_size=32, max_size=32), st.integers(min_value=0, max_value=12))
def test_swapped_neighbour_symbols_name_their_group(secret: bytes, group: int) -> None:
    groups = format_secret(secret).split("-")
    chars = list(groups[group + 1])
    if chars[0] == chars[1]:
        return
    chars[0], chars[1] = chars[1], chars[0]
    groups[group + 1] = "".join(chars)
    assert _code_of("-".join(groups)) == ("recovery.typo", group + 1)


def test_swapped_groups_are_caught() -> None:
    secret = os.urandom(32)
    groups = format_secret(secret).split("-")
    groups[3], groups[7] = groups[7], groups[3]
    if groups[3] != groups[7]:
        assert _code_of("-".join(groups)) == ("recovery.typo", 3)


def test_case_spaces_line_breaks_and_aliases_are_accepted() -> None:
    secret = bytes(range(32))
    text = format_secret(secret)
    assert parse_secret(text.lower()) == secret
    assert parse_secret(" ".join(text.split("-"))) == secret
    assert parse_secret(text.replace("-", "")) == secret
    spread = "-".join(text.split("-")[:7]) + "\r\n" + "-".join(text.split("-")[7:])
    assert parse_secret(spread) == secret
    # A line break in the middle of a group still reads (the length decides).
    assert parse_secret(text[:20] + "\n" + text[20:]) == secret
    aliased = text.replace("1", "l").replace("0", "O")
    assert parse_secret(aliased) == secret
    assert parse_secret(text.replace("1", "I")) == secret
    # What a Japanese input method types: full-width letters and a long-vowel dash.
    full_width = text.translate(
        {c: c + 0xFEE0 for c in range(0x21, 0x7F) if chr(c) != "-"}
    ).replace("-", "ー")
    assert parse_secret(full_width) == secret


@pytest.mark.parametrize(
    "text",
    [
        "",
        "PD1",
        "hello world",
        "PD2-" + "-".join(["00000"] * 13),
        "XX1-" + "-".join(["00000"] * 13),
    ],
)
def test_malformed_is_rejected(text: str) -> None:
    assert _code_of(text) == ("recovery.malformed", None)


def test_missing_or_extra_symbols() -> None:
    groups = format_secret(os.urandom(32)).split("-")
    short = [*groups[:5], groups[5][:4], *groups[6:]]
    assert _code_of("-".join(short)) == ("recovery.typo", 5)
    long = [*groups[:9], groups[9] + "0", *groups[10:]]
    assert _code_of("-".join(long)) == ("recovery.typo", 9)
    assert _code_of("-".join(groups[:-1])) == ("recovery.malformed", None)
    assert _code_of("".join(groups)[:-1]) == ("recovery.malformed", None)
    assert _code_of("-".join([*groups, "00000"])) == ("recovery.malformed", None)


def test_symbols_outside_the_alphabet_name_their_group() -> None:
    groups = format_secret(os.urandom(32)).split("-")
    groups[4] = "U" + groups[4][1:]  # U is a check symbol only
    assert _code_of("-".join(groups)) == ("recovery.typo", 4)
    groups = format_secret(os.urandom(32)).split("-")
    groups[2] = groups[2][:4] + "#"
    assert _code_of("-".join(groups)) == ("recovery.typo", 2)
