"""Bad-input campaign over the CLI's arguments, called in-process (argv cannot carry NUL bytes
or lone surrogates): privacydesk.cli.main(argv, out, err).

Properties: every command returns a known exit code with a message, never 1 (exit 1 is
"internal.unexpected": a bug); nothing saved before is changed or lost (sign-in bookkeeping
on the accounts and the audit log aside, which only grows).
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from tests.campaigns.strategies import (
    BAD_DATE_TEXT,
    HUGE_NUMBERS,
    Snapshot,
    Tally,
    campaign_database,
    lost_rows,
    nasty_text,
    snapshot,
)

from privacydesk.cli import main
from privacydesk.errors import ExitCode
from privacydesk.services import profile, register, requests, subjects
from privacydesk.services.desk import Desk

USER, PASSWORD = "kanri", "correct horse battery"
EXAMPLES = int(os.environ.get("BAD_INPUT_EXAMPLES", "12"))
TALLY = Tally("cli")
# Codes a command may end with on bad input; 1 (a bug) is not among them.
KNOWN = {0, 2, 3, 4, 6, 8, 9, 10, 11, 12}
# Sign-in bookkeeping, new accounts (user add) and the profile (profile set) may change.
CHANGES = frozenset({"accounts", "profile", "settings"})


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Desk, Path, Snapshot]]:
    with campaign_database(tmp_path_factory, "bad_input_cli", TALLY) as (desk, tmp):
        profile.save_profile(desk, profile.ProfileData(name="特定非営利活動法人 ひまわり"))
        entry = register.create_entry(desk, register.EntryData(name="会員名簿")).id
        person = subjects.create_subject(
            desk,
            subjects.SubjectData(
                legal_name="髙橋﨑子", postal_code="150-0001", address="東京都渋谷区1-1"
            ),
        ).id
        requests.receive(
            desk,
            requests.RequestInput(
                date.today(), person, [requests.TypeInput("disclosure")], entry_ids=[entry]
            ),
        )
        yield desk, tmp, snapshot(desk)


X, N, P = "<text>", "<number>", "<path>"
OUT = "<out>"
COMMANDS: tuple[tuple[str, ...], ...] = (
    ("search", X),
    ("search", "髙橋", "--limit", N),
    ("search", X, "--json"),
    ("profile", "set", X, "値"),
    ("profile", "set", "name", X),
    ("profile", "set", "fee_yen", X),
    ("profile", "set", "desk_email", X),
    ("user", "add", X, "--role", "viewer"),
    ("user", "add", "new_user", "--role", "viewer", "--display-name", X),
    ("user", "disable", X),
    ("user", "reset", X),
    ("letter", "acknowledgement", "--request", N, "-o", OUT + ".pdf"),
    ("letter", X, "--request", "1", "-o", OUT + ".pdf"),
    ("disclose-electronic", "--request", N, "-o", OUT + ".pdf"),
    ("form", "contractor-checklist", "--contractor", N, "-o", OUT + ".pdf"),
    ("form", "request", "-o", P),
    ("export-board", "--from", X, "--to", "2026-03-31", "-o", OUT + ".xlsx"),
    ("export-board", "--from", "2025-04-01", "--to", X, "-o", OUT + ".xlsx"),
    ("export-board", "--fiscal-year", N, "-o", OUT + ".xlsx"),
    ("export", "subjects", "-o", P),
    ("import", "subjects", P, "--dry-run"),
    ("list", X),
    ("backup", "-o", P),
    ("restore", P, "-o", OUT + ".db"),
    ("demo-data", "--scale", N),
    ("--db", P, "check"),
    ("--user", X, "check"),
    ("--lang", X, "check"),
    ("check", X),
)


def numbers() -> st.SearchStrategy[str]:
    # No small positive --scale: demo data of that size is real work, not bad input.
    return st.one_of(
        st.sampled_from([str(n) for n in HUGE_NUMBERS if abs(n) < 10**100] + ["9" * 5000]),
        st.sampled_from(("-0", "0x10", "１２", "1e3", "", " 1", "NaN")),
        nasty_text(huge=False),
    )


def paths(tmp: Path) -> st.SearchStrategy[str]:
    return st.one_of(
        nasty_text(huge=False).map(lambda t: str(tmp / ("f" + t))),
        st.sampled_from(("", "/", "/proc/1/mem", "/nonexistent/dir/x", str(tmp), "\x00", "-")),
    )


def _run(office: tuple[Desk, Path, Snapshot], argv: list[str]) -> tuple[int, str]:
    desk, tmp, saved = office
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PRIVACYDESK_HOME", str(tmp / "home"))
        mp.setenv("PRIVACYDESK_PASSWORD", PASSWORD)
        mp.setenv("PRIVACYDESK_NEW_PASSWORD", "a new long passphrase")
        full = ["--db", str(desk.path), "--user", USER, *argv]
        code = main(full, out, err)
    message = err.getvalue()
    assert code != ExitCode.INTERNAL, f"{argv!r}: exit 1 (a bug): {message}"
    assert code in KNOWN, f"{argv!r}: exit {code}: {message}"
    if code not in (0, 12):
        assert message.strip(), f"{argv!r}: exit {code} without a message"
    lost = lost_rows(saved, snapshot(desk), CHANGES)
    assert not lost, f"{argv!r}: saved rows changed or lost: {lost[:5]}"
    TALLY.count(argv[0], accepted=code == 0)
    return code, message


@st.composite
def commands(draw: st.DrawFn, tmp: Path) -> list[str]:
    template = draw(st.sampled_from(COMMANDS))
    argv: list[str] = []
    for part in template:
        if part == X:
            argv.append(draw(st.one_of(nasty_text(), st.sampled_from(BAD_DATE_TEXT))))
        elif part == N:
            argv.append(draw(numbers()))
        elif part == P:
            argv.append(draw(paths(tmp)))
        elif part.startswith(OUT):
            argv.append(str(tmp / ("out" + part.removeprefix(OUT))))
        else:
            argv.append(part)
    return argv


@pytest.mark.slow
@settings(
    max_examples=EXAMPLES * 8,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    deadline=None,
)
@given(data=st.data())
def test_cli_arguments_end_with_a_known_code(
    office: tuple[Desk, Path, Snapshot], data: st.DataObject
) -> None:
    argv = data.draw(commands(office[1]), label="argv")
    _run(office, argv)


WORST_ARGS: tuple[tuple[str, ...], ...] = (
    ("search", "\x00"),
    ("search", "\ud800"),
    ("search", "a" * (1 << 20)),
    ("search", "髙橋", "--limit", str(2**63)),
    ("search", "髙橋", "--limit", "-1"),
    ("profile", "set", "name", "\x00"),
    ("profile", "set", "name", "\udcff"),
    ("profile", "set", "fee_yen", str(10**30)),
    ("user", "add", "\x00", "--role", "viewer"),
    ("user", "add", "名前\udcff", "--role", "viewer"),
    ("user", "disable", "\ud800"),
    ("letter", "acknowledgement", "--request", str(2**64), "-o", "{tmp}/l.pdf"),
    ("letter", "acknowledgement", "--request", "-1", "-o", "{tmp}/l.pdf"),
    ("disclose-electronic", "--request", str(2**63), "-o", "{tmp}/d.pdf"),
    ("form", "contractor-checklist", "--contractor", str(2**64), "-o", "{tmp}/c.pdf"),
    ("form", "request", "-o", "{tmp}/a\x00b.pdf"),
    ("form", "request", "-o", "{tmp}/\udcff.pdf"),
    ("export", "subjects", "-o", "{tmp}/e\x00.csv"),
    ("import", "subjects", "{tmp}/i\x00.csv"),
    ("import", "subjects", "{tmp}/\ud800.csv"),
    ("export-board", "--fiscal-year", str(10**30), "-o", "{tmp}/b.xlsx"),
    ("export-board", "--fiscal-year", "-1", "-o", "{tmp}/b.xlsx"),
    ("export-board", "--fiscal-year", "99999", "-o", "{tmp}/b.xlsx"),
    ("export-board", "--from", "0001-01-01", "--to", "9999-12-31", "-o", "{tmp}/b.xlsx"),
    ("export-board", "--from", "\x00", "--to", "2026-01-01", "-o", "{tmp}/b.xlsx"),
    ("backup", "-o", "{tmp}/b\x00"),
    ("restore", "{tmp}/\x00", "-o", "{tmp}/r.db"),
    ("restore", "{tmp}/f" + "9" * 400, "-o", "{tmp}/r.db"),  # a name too long for the OS
    ("restore", "{tmp}/r.db/not-a-folder", "-o", "{tmp}/r2.db"),
    ("demo-data", "--scale", str(10**30)),
    ("demo-data", "--scale", "-5"),
    ("--db", "{tmp}/x\x00.db", "check"),
    ("--db", "{tmp}/\udcff.db", "check"),
    ("--user", "\x00", "check"),
    ("--user", "\ud800", "check"),
    ("--lang", "\x00", "check"),
)


@pytest.mark.slow
@pytest.mark.parametrize("argv", WORST_ARGS, ids=lambda a: ascii(" ".join(a))[:60])
def test_worst_arguments(office: tuple[Desk, Path, Snapshot], argv: tuple[str, ...]) -> None:
    tmp = office[1]
    _run(office, [a.replace("{tmp}", str(tmp)) for a in argv])


@pytest.mark.slow
@settings(
    max_examples=EXAMPLES,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    deadline=None,
)
@given(mapping=st.one_of(st.binary(max_size=64), nasty_text(huge=False).map(str.encode)))
@example(mapping=b'{"\\u0000": "legal_name"}')
@example(mapping=b'{"\xe6\xb0\x8f\xe5\x90\x8d": "\\ud800"}')
@example(mapping=b'["a"]')
@example(mapping=b'{"a": 1e999}')
def test_mapping_file(office: tuple[Desk, Path, Snapshot], mapping: bytes) -> None:
    """The import's --mapping file (the window builds its mapping itself)."""
    tmp = office[1]
    path = tmp / "mapping_in.csv"
    path.write_text("氏名,生年月日\n髙橋,1980-01-01\n", encoding="utf-8")
    mapping_path = tmp / "mapping.json"
    mapping_path.write_bytes(mapping)
    _run(office, ["import", "subjects", str(path), "--mapping", str(mapping_path), "--dry-run"])
