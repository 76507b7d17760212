"""Dates as the office types and reads them: ISO, slashes and 和暦 in, 和暦 out."""

from __future__ import annotations

from datetime import date

from privacydesk.domain import wareki


def parse_optional(text: str) -> date | None:
    """"" is no date; anything else must be a real date (InvalidInput names the problem)."""
    text = text.strip()
    return wareki.parse_date(text) if text else None


def display(d: date | None) -> str:
    """A date as the office reads it: 令和8年11月24日 (2026-11-24)."""
    if d is None:
        return ""
    try:
        return f"{wareki.to_wareki(d)}（{d.isoformat()}）"
    except Exception:  # before 大正: the ISO date alone
        return d.isoformat()
