"""Disk full: a write that runs out of space ends with one clear message (EnvironmentProblem
"env.disk_full", exit 11 from the CLI), never a traceback, and the last committed state intact:
the database reopens, its cipher and SQLite integrity and the audit chain verify, and every
record acknowledged before the failure is there.

Three ways to run out of space: SQLite's max_page_count (storage/engine.py's test-only
MAX_PAGE_COUNT_ENV), a file-size limit on the writing process (RLIMIT_FSIZE with SIGXFSZ
ignored: SQLITE_IOERR and OSError EFBIG), and a small tmpfs where the machine lets us mount
one (SQLITE_FULL and OSError ENOSPC; skipped otherwise).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from tests.campaigns import _campaign as campaign
from tests.campaigns import writer

from privacydesk.errors import EnvironmentProblem, ExitCode
from privacydesk.messages import render
from privacydesk.services import audit as audit_service
from privacydesk.services import backup as backup_service
from privacydesk.services import subjects, transfer
from privacydesk.storage import engine

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL, fork and RLIMIT_FSIZE are POSIX"),
]

FULL_JA = "ディスクの空きがありません"
FULL_EN = "The disk is full"
# The limit on the writer's files: above what a sign-in writes to the WAL and the key file,
# below the database file, a backup copy of it and the export.
FILE_LIMIT = 96 * 1024
CLI = (
    "import resource, signal, sys\n"
    "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
    "limit = int(sys.argv[1])\n"
    "resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))\n"
    "from privacydesk.cli import main\n"
    "sys.exit(main(sys.argv[2:]))\n"
)


@pytest.fixture
def case(request: pytest.FixtureRequest) -> Iterator[dict[str, Any]]:
    """The case's figures, written to build/campaigns/disk-full.json when it ends; the test
    sets "clean" last, so a failed case is recorded as not clean."""
    figures: dict[str, Any] = {"clean": False, "records_acknowledged": 0, "records_lost": 0}
    started = time.monotonic()
    yield figures
    figures["duration_s"] = round(time.monotonic() - started, 2)
    campaign.record_case("disk-full", request.node.name.removeprefix("test_"), figures)


def _database(
    tmp_path: Path, people: int = 0, long_notes: int = 0
) -> tuple[Path, list[campaign.Ack]]:
    """A database with `people` persons (each with a complaint and a consent) and
    `long_notes` persons whose notes are long (to make an export bigger than FILE_LIMIT)."""
    path = tmp_path / "office" / "privacydesk.db"
    campaign.create_database(path, shared=False)
    acks: list[str] = []
    desk, _ = campaign.sign_in(path)
    try:
        for i in range(people):
            writer.write_one(desk, "PRE", i, acks.append)
        for i in range(long_notes):
            marker = f"LONG-{i}"
            data = subjects.SubjectData(
                legal_name=f"試験 長子{i}", member_number=marker, notes="備考の試験。" * 500
            )
            acks.append(f"ack subject {subjects.create_subject(desk, data).id} {marker}")
    finally:
        desk.close()
    return path, campaign.read_acks(acks)


def _assert_clear(error: dict[str, Any] | EnvironmentProblem, case: dict[str, Any]) -> None:
    code = error["code"] if isinstance(error, dict) else error.code
    exit_code = error["exit"] if isinstance(error, dict) else int(error.exit_code)
    case.setdefault("errors", []).append({"code": code, "exit": exit_code})
    assert code == "env.disk_full", error
    assert exit_code == ExitCode.ENVIRONMENT == 11
    params = error["params"] if isinstance(error, dict) else error.params
    assert FULL_JA in render(code, "ja", **params)
    assert FULL_EN in render(code, "en", **params)


def _intact(
    path: Path, acks: list[campaign.Ack], case: dict[str, Any] | None = None
) -> campaign.Verdict:
    verdict = campaign.verify(path, acks, full=True)
    if case is not None:
        case["records_acknowledged"] = len(acks)
        case["records_lost"] = len(verdict.lost)
    assert verdict.ok, verdict.describe()
    return verdict


def _actions(path: Path, prefix: str) -> list[str]:
    desk, _ = campaign.sign_in(path)
    try:
        return [r.action for r in audit_service.list_entries(desk, action_prefix=prefix)]
    finally:
        desk.close()


def test_every_form_of_disk_full_gets_the_one_message() -> None:
    """OSError ENOSPC, EFBIG (a file-size limit) and EDQUOT, and SQLite's FULL and IOERR
    (told by the result code, whatever the text says), map to env.disk_full."""
    forms: list[BaseException] = [OSError(e, "x") for e in (errno.ENOSPC, errno.EFBIG)]
    forms.append(OSError(errno.EDQUOT, "x"))
    for code in (engine.SQLITE_FULL, engine.SQLITE_IOERR, engine.SQLITE_IOERR | (4 << 8)):
        error = sqlcipher.OperationalError("unexpected wording")
        error.sqlite_errorcode = code  # type: ignore[attr-defined]
        forms.append(error)
    forms.append(sqlcipher.OperationalError("database or disk is full"))  # no code: the text
    for form in forms:
        problem = engine.translate(form, Path("/somewhere/privacydesk.db"))
        assert isinstance(problem, EnvironmentProblem), form
        _assert_clear(problem, {})
        assert problem.params == {"path": "/somewhere/privacydesk.db"}
    # Other SQLite errors keep their own meaning.
    busy = sqlcipher.OperationalError("database is locked")
    busy.sqlite_errorcode = 5  # type: ignore[attr-defined]
    assert engine.translate(busy).code == "db.busy"


# -- SQLite's max_page_count ---------------------------------------------------------------------


def test_a_service_write_meets_max_page_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: dict[str, Any]
) -> None:
    path, before = _database(tmp_path, people=3)
    pages = path.stat().st_size // engine.PAGE_SIZE
    monkeypatch.setenv(engine.MAX_PAGE_COUNT_ENV, str(pages + 8))
    desk, _ = campaign.sign_in(path)
    lines: list[str] = []
    with pytest.raises(EnvironmentProblem) as info:
        for i in range(10_000):
            writer.write_one(desk, "MP", i, lines.append)
    _assert_clear(info.value, case)
    with contextlib.suppress(EnvironmentProblem):  # the sign-out may not fit either
        desk.close()
    monkeypatch.delenv(engine.MAX_PAGE_COUNT_ENV)
    acked = campaign.read_acks(lines)
    assert acked, "nothing was written before the cap"
    verdict = _intact(path, before + acked, case)
    # Not one row more than was acknowledged: the failed unit of work left nothing behind.
    assert sum(verdict.stored.values()) == len(before) + len(acked)
    case["clean"] = True


def test_max_page_count_is_an_open_option_too(tmp_path: Path) -> None:
    """The option itself (the environment variable is for tests that go through sign-in)."""
    path, _ = _database(tmp_path)
    desk, _ = campaign.sign_in(path)
    db_key, database_id = desk.db_key, desk.database_id
    desk.close()
    pages = path.stat().st_size // engine.PAGE_SIZE
    db = engine.open_database(path, db_key, database_id, engine.OpenOptions(max_page_count=pages))
    try:
        from sqlalchemy import text

        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA max_page_count")).scalar_one() == pages
    finally:
        db.dispose()


# -- a file-size limit on the writing process ---------------------------------------------------


def _run(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**campaign.writer_env(), **env},
        cwd=campaign.REPO,
        timeout=180,
        check=False,
    )


def test_a_service_write_meets_a_file_size_limit(tmp_path: Path, case: dict[str, Any]) -> None:
    path, before = _database(tmp_path, people=2)
    done = _run(campaign.writer_command("fill", str(path), "RL", str(FILE_LIMIT)))
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 11, (done.stdout[-500:], done.stderr[-2000:])
    lines = done.stdout.splitlines()
    errors = [json.loads(line) for line in lines if line.startswith("{")]
    _assert_clear(errors[0], case)
    acked = campaign.read_acks(lines)
    assert acked, "nothing was written before the limit"
    _intact(path, before + acked, case)
    case["clean"] = True


def test_a_backup_meets_a_file_size_limit(tmp_path: Path, case: dict[str, Any]) -> None:
    path, before = _database(tmp_path, people=2)
    root = tmp_path / "backups-limited"
    done = _run(campaign.writer_command("backup", str(path), str(FILE_LIMIT), str(root)))
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 11, (done.stdout, done.stderr[-2000:])
    _assert_clear(json.loads(done.stdout.splitlines()[0]), case)
    assert list(root.iterdir()) == []  # no half-written copy (nor its key file) left behind
    made = len(_actions(path, "backup.made"))
    _intact(path, before, case)
    assert len(_actions(path, "backup.made")) == made == 1  # only the one made at creation
    case["clean"] = True


def _cli(limit: int, *args: str, lang: str = "ja") -> subprocess.CompletedProcess[str]:
    """The CLI's main in a process whose files may not grow past `limit` bytes."""
    return _run(
        [sys.executable, "-c", CLI, str(limit), *args, "--lang", lang],
        PRIVACYDESK_USER=campaign.MANAGER,
        PRIVACYDESK_PASSWORD=campaign.PASSWORD,
    )


def test_cli_commands_writing_a_file_meet_a_file_size_limit(
    tmp_path: Path, case: dict[str, Any]
) -> None:
    path, before = _database(tmp_path, people=1, long_notes=20)
    out = tmp_path / "out" / "subjects.csv"
    out.parent.mkdir()
    # Without a limit the export works, and is bigger than the limit.
    desk, _ = campaign.sign_in(path)
    try:
        transfer.export_csv(desk, "subjects", out)
    finally:
        desk.close()
    assert out.stat().st_size > FILE_LIMIT
    out.unlink()
    left, made = len(_actions(path, "data.left")), len(_actions(path, "backup.made"))

    done = _cli(FILE_LIMIT, "export", "subjects", "--db", str(path), "-o", str(out))
    assert done.returncode == ExitCode.ENVIRONMENT == 11, done.stderr
    case.setdefault("errors", []).append({"command": "export", "exit": done.returncode})
    assert FULL_JA in done.stderr  # Japanese by default
    assert "Traceback" not in done.stderr
    assert list(out.parent.iterdir()) == []  # neither the file nor its temporary

    root = tmp_path / "cli-backups"
    done = _cli(FILE_LIMIT, "backup", "--db", str(path), "-o", str(root), lang="en")
    assert done.returncode == ExitCode.ENVIRONMENT == 11, done.stderr
    case["errors"].append({"command": "backup", "exit": done.returncode})
    assert FULL_EN in done.stderr
    assert "Traceback" not in done.stderr
    assert not root.exists() or list(root.iterdir()) == []

    _intact(path, before, case)
    # Neither failed command is recorded as data that left, nor as a backup made.
    assert len(_actions(path, "data.left")) == left
    assert len(_actions(path, "backup.made")) == made
    case["clean"] = True


# -- a small tmpfs --------------------------------------------------------------------------------


@pytest.fixture
def small_tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB tmpfs, where the machine allows mounting one (root, not in a locked container)."""
    mount = tmp_path / "small"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.decode(errors='replace')}")
    try:
        yield mount
    finally:
        for _ in range(5):
            if subprocess.run(["umount", str(mount)], check=False).returncode == 0:
                break
            time.sleep(0.2)
        else:
            subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill_up(folder: Path, leave: int) -> Path:
    """A filler file that leaves about `leave` bytes free on the filesystem."""
    st = os.statvfs(folder)
    free = st.f_bavail * st.f_frsize
    filler = folder / "filler.bin"
    with filler.open("wb") as f:
        f.write(b"\0" * max(0, free - leave))
    return filler


def test_a_database_on_a_full_filesystem(small_tmpfs: Path, case: dict[str, Any]) -> None:
    path = small_tmpfs / "office" / "privacydesk.db"
    campaign.create_database(path, shared=False)
    filler = _fill_up(small_tmpfs, 400 * 1024)
    desk, _ = campaign.sign_in(path)
    lines: list[str] = []
    with pytest.raises(EnvironmentProblem) as info:
        for i in range(10_000):
            writer.write_one(desk, "FS", i, lines.append)
    _assert_clear(info.value, case)
    with contextlib.suppress(EnvironmentProblem):
        desk.close()
    filler.unlink()  # space freed: the office carries on from the last committed state
    acked = campaign.read_acks(lines)
    assert acked
    verdict = _intact(path, acked, case)
    assert sum(verdict.stored.values()) == len(acked)
    case["clean"] = True


def test_a_backup_to_a_full_filesystem(
    tmp_path: Path, small_tmpfs: Path, case: dict[str, Any]
) -> None:
    path, before = _database(tmp_path, people=2)
    _fill_up(small_tmpfs, 64 * 1024)
    desk, _ = campaign.sign_in(path)
    try:
        with pytest.raises(EnvironmentProblem) as info:
            backup_service.backup_now(desk, "manual", root=small_tmpfs / "backups")
        _assert_clear(info.value, case)
        # The desk goes on working: the failure cost only the backup.
        subjects.create_subject(desk, subjects.SubjectData(legal_name="試験 次郎"))
    finally:
        desk.close()
    assert [p.name for p in (small_tmpfs / "backups").iterdir()] == []
    _intact(path, before, case)
    case["clean"] = True
