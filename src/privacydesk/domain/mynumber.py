"""マイナンバー (個人番号) guard: the app never asks for or stores one.

Free text that holds a 12-digit number passing the My Number check digit is refused, so a
number copied from a card by mistake never reaches the database. Digits may be full-width
or separated by spaces or hyphens, as people type them.
"""

from __future__ import annotations

import re
import unicodedata

from privacydesk.domain.consent import Problem, check_text

# Twelve digits, optionally grouped 4-4-4 with a space or hyphen, not inside a longer number.
_CANDIDATE = re.compile(r"(?<![0-9])(?:[0-9]{4}[ \-]?){2}[0-9]{4}(?![0-9])")


def check_digit(first_eleven: str) -> int:
    """The check digit of an individual number (総務省令 第5条)."""
    total = 0
    for n, ch in enumerate(reversed(first_eleven), start=1):
        q = n + 1 if n <= 6 else n - 5
        total += int(ch) * q
    remainder = total % 11
    return 0 if remainder <= 1 else 11 - remainder


def is_my_number(digits: str) -> bool:
    return (
        len(digits) == 12
        and digits.isascii()
        and digits.isdigit()
        and check_digit(digits[:11]) == int(digits[11])
    )


def contains_my_number(text: str) -> bool:
    folded = unicodedata.normalize("NFKC", text).replace("‐", "-").replace("－", "-")
    for match in _CANDIDATE.finditer(folded):
        if is_my_number(re.sub(r"[ \-]", "", match.group(0))):
            return True
    return False


def checked_text(problems: list[Problem], name: str, value: object, limit: int) -> str:
    """Checked free text (length, control characters); a My Number in it is refused outright,
    and nothing of it is kept, so the number never reaches the database."""
    text = check_text(problems, name, value, limit)
    if text and contains_my_number(text):
        problems.append((name, "requests.my_number_refused", {}))
        return ""
    return text
