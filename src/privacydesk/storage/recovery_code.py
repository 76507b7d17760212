"""The recovery secret as printed on the recovery sheet: Crockford Base32 in checked groups.

Each group carries a mod-37 check symbol that also covers the group's position, so a
mistyped symbol, two swapped symbols or two swapped groups name the group to look at again.
"""

from __future__ import annotations

import re
import unicodedata

from privacydesk.errors import InvalidInput

VERSION_MARK = "PD1"
SECRET_LENGTH = 32
GROUP_SIZE = 4

# Crockford's alphabet leaves out I, L, O and U so they cannot be misread.
DATA_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_ALPHABET = DATA_ALPHABET + "*~$=U"
_CHECK_MODULUS = len(CHECK_ALPHABET)  # 37, a prime, so any single substitution is caught
_ALIASES = str.maketrans({"I": "1", "L": "1", "O": "0"})
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212\u30fc\uff0d]+")

_DATA_SYMBOLS = -(-SECRET_LENGTH * 8 // 5)  # 52 symbols for 256 bits
_GROUPS = -(-_DATA_SYMBOLS // GROUP_SIZE)  # 13 groups
_PADDED_SYMBOLS = _GROUPS * GROUP_SIZE
_PAD_BITS = _PADDED_SYMBOLS * 5 - SECRET_LENGTH * 8
_GROUP_CHARS = GROUP_SIZE + 1


def _check_symbol(group_number: int, value: int) -> str:
    # The group number sits above the group's 20 bits: the same value in another position
    # gets another check symbol (37 is prime and group numbers differ by less than 37).
    return CHECK_ALPHABET[((group_number << (5 * GROUP_SIZE)) | value) % _CHECK_MODULUS]


def format_secret(secret: bytes) -> str:
    """Format a 32-byte secret as "PD1-XXXXC-XXXXC-…" (13 groups of 4 symbols + 1 check)."""
    if len(secret) != SECRET_LENGTH:
        raise ValueError(f"a recovery secret has {SECRET_LENGTH} bytes, not {len(secret)}")
    # Big-endian bit stream, zero bits appended to fill the last group (as in Base32).
    number = int.from_bytes(secret, "big") << _PAD_BITS
    symbols = [
        DATA_ALPHABET[(number >> (5 * (_PADDED_SYMBOLS - 1 - i))) & 0x1F]
        for i in range(_PADDED_SYMBOLS)
    ]
    groups = [VERSION_MARK]
    for index in range(_GROUPS):
        chunk = symbols[index * GROUP_SIZE : (index + 1) * GROUP_SIZE]
        value = 0
        for symbol in chunk:
            value = (value << 5) | DATA_ALPHABET.index(symbol)
        groups.append("".join(chunk) + _check_symbol(index + 1, value))
    return "-".join(groups)


def _split_groups(text: str) -> list[str]:
    """The 13 five-symbol groups of a typed code, or InvalidInput naming what is wrong."""
    # NFKC folds what a Japanese input method types (ＰＤ１, full-width hyphen) to ASCII.
    cleaned = unicodedata.normalize("NFKC", text).upper().translate(_ALIASES)
    tokens = [token for token in _SEPARATORS.split(cleaned) if token]
    joined = "".join(tokens)
    if not joined.startswith(VERSION_MARK):
        raise InvalidInput("recovery.malformed")
    body = joined[len(VERSION_MARK) :]
    if len(body) == _GROUPS * _GROUP_CHARS:
        # Separators may fall anywhere (a line break mid-group): the length decides.
        return [body[i : i + _GROUP_CHARS] for i in range(0, len(body), _GROUP_CHARS)]
    # Wrong length: if the groups were typed apart, name the first one of the wrong size.
    if tokens and tokens[0] == VERSION_MARK and len(tokens) == _GROUPS + 1:
        for number, token in enumerate(tokens[1:], start=1):
            if len(token) != _GROUP_CHARS:
                raise InvalidInput("recovery.typo", group=number)
    raise InvalidInput("recovery.malformed")


def parse_secret(text: str) -> bytes:
    """Read a typed recovery code back into the 32-byte secret.

    Tolerates case, full-width input, spaces, hyphens, line breaks and Crockford's aliases
    (I, L -> 1; O -> 0).
    Raises InvalidInput "recovery.malformed" for a wrong shape or version and
    "recovery.typo" (group=N, 1-based) for the first group whose check fails.
    """
    number = 0
    for group_number, group in enumerate(_split_groups(text), start=1):
        data, check = group[:GROUP_SIZE], group[GROUP_SIZE]
        if any(symbol not in DATA_ALPHABET for symbol in data) or check not in CHECK_ALPHABET:
            raise InvalidInput("recovery.typo", group=group_number)
        value = 0
        for symbol in data:
            value = (value << 5) | DATA_ALPHABET.index(symbol)
        if _check_symbol(group_number, value) != check:
            raise InvalidInput("recovery.typo", group=group_number)
        number = (number << (5 * GROUP_SIZE)) | value
    if number & ((1 << _PAD_BITS) - 1):
        # Only reachable with several mistakes in the last group that happen to pass its check.
        raise InvalidInput("recovery.typo", group=_GROUPS)
    return (number >> _PAD_BITS).to_bytes(SECRET_LENGTH, "big")
