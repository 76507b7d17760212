"""Hypothesis strategies for the bad-input campaign: the text, dates, numbers and files a
person or a broken export can hand the app (NUL bytes, lone surrogates, 1 MB strings,
SQL-like text, right-to-left marks, dates out of range, huge numbers, wrong encodings).

Each strategy mixes fixed nasty pieces (so every run tries them, whatever the seed) with
generated text, and stays small enough that a campaign of a few hundred inputs runs in
seconds.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import strategies as st
from tests.conftest import CHEAP_KDF, MANAGER, PASSWORD

from privacydesk.services import auth
from privacydesk.services.desk import Desk
from privacydesk.storage.models import Base

MEGABYTE = 1 << 20
# Built once: a 1 MB string per example would dominate the campaign's time.
ONE_MB_ASCII = "a" * MEGABYTE
ONE_MB_KANJI = "髙" * (MEGABYTE // 3)  # about 1 MB in UTF-8

RLM = "\u200f"  # right-to-left mark
RLO = "\u202e"  # right-to-left override: "gpj.exe" shown as "exe.jpg"
PIECES: tuple[str, ...] = (
    "\x00",
    "a\x00b",
    "\ud800",
    "\udfff",
    "名前\udcff",  # what surrogateescape makes of a stray byte from argv
    "\x01\x07\x08\x0b\x0c\x1b[31m",
    "\x7f",
    "\x85",
    "\u2028\u2029",
    "\ufeff",
    "\ufffe\uffff",
    RLM,
    RLO + "gpj.exe",
    "\u061c\u200e\u202a\u202b\u202c\u2066\u2067\u2068\u2069",
    "\u200b\u200d\u2060",
    "'; DROP TABLE subjects; --",
    '" OR 1=1 --',
    "Robert'); DELETE FROM audit_log; --",
    "%_\\%",
    "<b>&amp;</b><font name='x'>&#0;",
    "{name}{{}}{0}%s%(x)s",
    "${jndi:ldap://x}",
    "=cmd|' /C calc'!A0",
    "𠮷野家",
    "e\u0301\u0301\u0301",
    "🇯🇵👨‍👩‍👧",
    "ﾃｽﾄ",
    "\t\n\r",
    " ",
    "",
    "123456789018",  # a valid My Number (check digit 8): must be refused where text is free
    "9" * 400,
)
HUGE: tuple[str, ...] = (ONE_MB_ASCII, ONE_MB_KANJI, "x" * 4001, "あ" * 70_000)


def nasty_text(*, huge: bool = True) -> st.SearchStrategy[str]:
    """Free text a form field or a file cell may carry."""
    piece = st.sampled_from(PIECES)
    generated = st.text(
        alphabet=st.characters(codec=None, exclude_categories=()), min_size=0, max_size=12
    )
    mixed = st.lists(st.one_of(piece, generated), min_size=1, max_size=4).map("".join)
    options = [piece, mixed, generated]
    if huge:
        options.append(st.sampled_from(HUGE))
    return st.one_of(*options)


BAD_DATE_TEXT: tuple[str, ...] = (
    "0000-00-00",
    "2026-02-30",
    "2026-13-01",
    "9999-12-31",
    "0001-01-01",
    "1899-12-31",
    "99999-01-01",
    "令和99年13月40日",
    "令和0年1月1日",
    "明治5年1月1日",
    "平成31年5月1日",  # after 平成 ended
    "R8.2.30",
    "2026/1/1\x00",
    "2026-01-01\ud800",
    "１９９０年１月１日",
    "-1-01-01",
    "1e308",
    "NaN",
    "today",
    "'; DROP TABLE x; --",
    "2026-01-01T25:61:61",
    " ",
)
BAD_DATES: tuple[date, ...] = (
    date.min,
    date.max,
    date(1, 1, 1),
    date(1899, 12, 31),
    date(9999, 12, 31),
    date(2100, 1, 1),
)


def bad_dates(*, as_text: bool = True) -> st.SearchStrategy[Any]:
    """Dates out of range, and (where a field takes typed text) text that is no date."""
    options: list[st.SearchStrategy[Any]] = [
        st.sampled_from(BAD_DATES),
        st.dates(min_value=date.min, max_value=date.max),
    ]
    if as_text:
        options += [st.sampled_from(BAD_DATE_TEXT), nasty_text(huge=False)]
    return st.one_of(*options)


def bad_datetimes() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.sampled_from((datetime.min, datetime.max, datetime(1, 1, 1), datetime(9999, 12, 31))),
        st.sampled_from(BAD_DATE_TEXT),
        nasty_text(huge=False),
    )


HUGE_NUMBERS: tuple[int, ...] = (
    -1,
    0,
    -(2**63) - 1,
    2**31,
    2**63 - 1,
    2**63,
    2**64,
    10**30,
    -(10**30),
    10**4300,  # past Python's int-to-text limit: str() of it raises ValueError
)


def huge_numbers() -> st.SearchStrategy[int]:
    return st.one_of(st.sampled_from(HUGE_NUMBERS), st.integers())


# -- files for the importers -----------------------------------------------------------------

ENCODINGS = ("cp932", "utf-16", "utf-16-le", "utf-16-be", "latin-1", "utf-8-sig", "euc_jp")


@st.composite
def wrong_encoding_files(draw: st.DrawFn, header: str, row: str) -> bytes:
    """A CSV's bytes: encoded some other way, cut mid-character, or with stray bytes."""
    body_row = row.replace("{x}", draw(nasty_text(huge=False)).replace(",", ""))
    text = f"{header}\n{body_row}\n"
    how = draw(st.sampled_from(("encoding", "truncated", "garbage", "nul", "bytes")))
    if how == "encoding":
        return text.encode(draw(st.sampled_from(ENCODINGS)), "replace")
    data = text.encode("utf-8", "surrogatepass")
    if how == "truncated":
        return data[: draw(st.integers(0, max(0, len(data) - 1)))]
    if how == "garbage":
        return data + draw(st.binary(min_size=1, max_size=64))
    if how == "nul":
        return data.replace(b",", b"\x00,", 1)
    return draw(st.binary(max_size=256))


# -- counting what the campaign tried ----------------------------------------------------------

REPORT = Path("build/campaigns/bad_input.json")


@dataclass
class Tally:
    """Inputs tried, refused and accepted per area, written to build/campaigns/bad_input.json."""

    area: str
    started: float = field(default_factory=time.perf_counter)
    tried: int = 0
    refused: int = 0
    accepted: int = 0
    by_target: dict[str, int] = field(default_factory=dict)

    def restart(self) -> None:
        """Start the clock when the area's database is being made (not at import)."""
        self.started = time.perf_counter()

    def count(self, target: str, accepted: bool) -> None:
        self.tried += 1
        self.by_target[target] = self.by_target.get(target, 0) + 1
        if accepted:
            self.accepted += 1
        else:
            self.refused += 1

    def write(self, root: Path) -> None:
        """Merge this area's figures into the report (one file for the three modules)."""
        path = root / REPORT
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            report = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            report = {}
        areas = report.setdefault("areas", {})
        areas[self.area] = {
            "inputs_tried": self.tried,
            "refused": self.refused,
            "accepted": self.accepted,
            "seconds": round(time.perf_counter() - self.started, 2),
            "targets": len(self.by_target),
            "by_target": dict(sorted(self.by_target.items())),
        }
        report["inputs_tried"] = sum(a["inputs_tried"] for a in areas.values())
        report["seconds"] = round(sum(a["seconds"] for a in areas.values()), 2)
        path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# -- what is saved -----------------------------------------------------------------------------

Snapshot = dict[str, dict[tuple[Any, ...], str]]


def _digest(row: Any) -> str:
    return hashlib.sha256(repr(row).encode("utf-8", "backslashreplace")).hexdigest()


def snapshot(desk: Desk) -> Snapshot:
    """Every row of every table (the audit log too), by primary key, as a digest."""
    out: Snapshot = {}
    with desk.db.session() as s:
        cursor = s.connection().connection.cursor()  # plain DB-API: the ORM costs 5x more here
        for table in Base.metadata.sorted_tables:
            names = [c.name for c in table.columns]
            at = [names.index(c.name) for c in table.primary_key.columns]
            cursor.execute(f'SELECT * FROM "{table.name}"')
            out[table.name] = {tuple(r[i] for i in at): _digest(r) for r in cursor.fetchall()}
    return out


def audit_count(desk: Desk) -> int:
    with desk.db.session() as s:
        cursor = s.connection().connection.cursor()
        cursor.execute("SELECT count(*) FROM audit_log")
        return int(cursor.fetchone()[0])


def lost_rows(saved: Snapshot, now: Snapshot, skip: frozenset[str] = frozenset()) -> list[str]:
    """Rows saved before that are now changed or gone (the chain's head moves: skipped)."""
    return [
        f"{table}{key}"
        for table, rows in saved.items()
        if table != "audit_head" and table not in skip
        for key, digest in rows.items()
        if now[table].get(key) != digest
    ]


@contextlib.contextmanager
def campaign_database(
    factory: pytest.TempPathFactory, name: str, tally: Tally
) -> Iterator[tuple[Desk, Path]]:
    """One real encrypted database for a whole campaign module, in its own app folder; the
    tally is written when the module is done."""
    tmp = factory.mktemp(name)
    tally.restart()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PRIVACYDESK_HOME", str(tmp / "home"))
        db = tmp / "office" / "privacydesk.db"
        db.parent.mkdir()
        desk, _sheet = auth.create_database(
            db, MANAGER, PASSWORD, kdf=CHEAP_KDF, backup_root=tmp / "backups"
        )
        try:
            yield desk, tmp
        finally:
            desk.close()
    tally.write(Path.cwd())
