"""Two OS processes signed in to one local database append to the audit log at the same time:
every entry lands once, in one unforked chain."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text
from tests.conftest import MANAGER, PASSWORD

from privacydesk.domain import audit
from privacydesk.services import accounts as accounts_service
from privacydesk.services import audit as audit_service
from privacydesk.services import auth
from privacydesk.services.desk import Desk

SRC = Path(__file__).resolve().parents[2] / "src"
STAFF = "tantou"
STAFF_PASSWORD = "staff pass phrase 2026"
PER_PROCESS = 200

WORKER = textwrap.dedent(
    """
    import sys
    import time
    from pathlib import Path

    from privacydesk.services import auth

    path, user, password, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    desk = auth.sign_in(Path(path), user, password)
    print("ready", flush=True)
    sys.stdin.readline()  # start together
    started = time.monotonic()
    for i in range(n):
        with desk.uow(write=True) as s:
            desk.audit(s, "test.concurrent", "worker", f"{user}-{i}", {"i": i})
    ended = time.monotonic()
    desk.close()
    print("done", started, ended, flush=True)
    """
)


def test_two_processes_append_without_forking(
    created: tuple[Desk, auth.RecoverySheet], db_path: Path
) -> None:
    desk, _ = created
    accounts_service.add_user(desk, STAFF, "staff", STAFF_PASSWORD)
    with desk.db.session() as s:
        before = int(s.execute(text("SELECT count(*) FROM audit_log")).scalar_one())
    desk.close()
    before += 1  # the sign-out

    env = {**os.environ, "PYTHONPATH": str(SRC)}
    assert env.get("PRIVACYDESK_HOME")  # each test's own app folder (tests/conftest.py)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(db_path), user, pw, str(PER_PROCESS)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=env,
        )
        for user, pw in ((MANAGER, PASSWORD), (STAFF, STAFF_PASSWORD))
    ]
    outputs: list[tuple[str, str]] = []
    try:
        for p in procs:
            assert p.stdout is not None
            line = p.stdout.readline().strip()
            if line != "ready":
                _, err = p.communicate(timeout=30)
                pytest.fail(f"worker did not sign in: {line!r} {err}")
        for p in procs:
            assert p.stdin is not None
            p.stdin.write("go\n")
            p.stdin.flush()
        for p in procs:
            out, err = p.communicate(timeout=120)
            outputs.append((out, err))
            assert p.returncode == 0, err
            assert out.split()[0] == "done"
            assert "Traceback" not in err
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.communicate()

    checker = auth.sign_in(db_path, MANAGER, PASSWORD)
    try:
        report = audit_service.check(checker)
        assert report.ok, report.chain.breaks
        assert report.chain.anchor_status == "ok"
        with checker.db.session() as s:
            rows = s.execute(
                text(
                    "SELECT seq, actor, action, record_id, prev_hash, hash FROM audit_log"
                    " ORDER BY seq"
                )
            ).all()
            head = s.execute(text("SELECT count, last_seq, last_hash FROM audit_head")).one()
    finally:
        checker.close()

    # Exactly the sum: 2 x (sign-in + 200 + sign-out), plus the checker's sign-in.
    expected = before + 2 * (PER_PROCESS + 2) + 1
    assert len(rows) == expected
    seqs = [r.seq for r in rows]
    assert seqs == list(range(1, expected + 1))  # no duplicate, no gap
    assert len({r.hash for r in rows}) == expected
    # No fork: each entry links to the one before it, and no two share a predecessor.
    assert rows[0].prev_hash == audit.GENESIS
    for a, b in itertools.pairwise(rows):
        assert b.prev_hash == a.hash
    assert len({r.prev_hash for r in rows}) == expected
    assert (head.count, head.last_seq, head.last_hash) == (expected, expected, rows[-1].hash)
    # Each worker's 200 entries, once each.
    mine = [r for r in rows if r.action == "test.concurrent"]
    for user in (MANAGER, STAFF):
        ids = sorted(int(r.record_id.split("-")[1]) for r in mine if r.record_id.startswith(user))
        assert ids == list(range(PER_PROCESS))
    # They really ran at the same time: each worker's loop began before the other's ended
    # (time.monotonic is system-wide on Linux, macOS and Windows).
    windows = [tuple(float(x) for x in out.split()[1:3]) for out, _ in outputs]
    assert max(w[0] for w in windows) < min(w[1] for w in windows), windows
