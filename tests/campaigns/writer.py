"""The writing side of the campaigns: processes that sign in and commit records through the
services layer (real validation, real audit entries), acknowledging each record on a line of
its own only after the service call returned.

Run as ``python -m tests.campaigns.writer MODE ...`` with src and the repository on the path;
the user and password come from PD_CAMPAIGN_USER and PD_CAMPAIGN_PASSWORD (never argv).

- ``zygote``: imports everything once, then for each line ``run DB TAG SHARED`` on stdin forks a
  crash writer and reports ``started PID``; once the child is gone (killed, reaped) it reports
  ``ended PID STATUS``. The child writes ``ready`` after sign-in and ``ack KIND ID MARKER``
  after each record, to the same stdout in single whole-line writes, so every acknowledgement
  of a child is read before its ``ended`` line. Forking skips the 1.5 s of imports per kill.
- ``concurrent DB TAG SECONDS ACKFILE``: sign in, print ``ready``, wait for a line on stdin,
  write for SECONDS or until a second line (acknowledgements to ACKFILE), then sign out and
  print one JSON line of figures.
- ``fill DB TAG LIMIT``: sign in, limit every file this process writes to LIMIT bytes
  (RLIMIT_FSIZE, SIGXFSZ ignored, so the write fails instead of killing us), write until the
  "disk" is full, and print the error as one JSON line (its exit code is the process's).
- ``backup DB LIMIT ROOT``: sign in, the same limit, then services.backup.backup_now to ROOT.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from privacydesk.errors import InUse, PrivacydeskError
from privacydesk.services import auth, complaints, consent, subjects
from privacydesk.services import backup as backup_service
from privacydesk.services.desk import Desk
from privacydesk.storage.sharedlock import OVERRIDABLE_CODES

Say = Callable[[str], None]
# A crash writer that is never killed stops by itself (the test then fails on its status).
CRASH_WRITER_SECONDS = 60


def _out(line: str) -> None:
    # One write(2) per whole line (shorter than PIPE_BUF): a kill never leaves half a line.
    os.write(1, (line + "\n").encode("utf-8"))


def sign_in(path: Path, shared: bool) -> Desk:
    user = os.environ["PD_CAMPAIGN_USER"]
    password = os.environ["PD_CAMPAIGN_PASSWORD"]
    try:
        return auth.sign_in(path, user, password, allow_shared=shared)
    except InUse as exc:
        # The app offers "take over" for these after a warning: the user would press it.
        if exc.code not in OVERRIDABLE_CODES:
            raise
        return auth.sign_in(path, user, password, allow_shared=shared, override_stale_lock=True)


def write_one(desk: Desk, tag: str, i: int, say: Say) -> int:
    """A person, a complaint about them and their consent: three units of work, three acks."""
    marker = f"{tag}-{i}"
    detail = subjects.create_subject(
        desk,
        subjects.SubjectData(
            legal_name=f"試験 花子{i}",
            reading="シケン ハナコ",
            member_number=marker,
            email=f"w{i}@example.jp",
        ),
    )
    say(f"ack subject {detail.id} {marker}")
    received = (datetime.now() - timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
    cid = complaints.receive(
        desk,
        complaints.ComplaintInput(
            received_at=received,
            channel="phone",
            category="handling",
            content="電話での苦情（試験）",
            subject_id=detail.id,
        ),
    )
    say(f"ack complaint {cid} {marker}")
    row = consent.record_consent(
        desk,
        consent.ConsentInput(
            subject_id=detail.id,
            scope="third_party",
            given_on=received[:10],
            method="paper",
            recipient="株式会社試験",
        ),
    )
    say(f"ack consent {row.id} {marker}")
    return 3


def _limit_file_size(limit: int) -> None:
    import resource  # POSIX only, like the campaigns

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def _error_json(exc: PrivacydeskError) -> str:
    return json.dumps(
        {
            "error": type(exc).__name__,
            "code": exc.code,
            "exit": int(exc.exit_code),
            "params": {k: str(v) for k, v in exc.params.items()},
        }
    )


# -- crash --------------------------------------------------------------------------------------


def _crash_child(path: Path, tag: str, shared: bool) -> int:
    random.seed()
    desk = sign_in(path, shared)
    _out("ready")
    deadline = time.monotonic() + CRASH_WRITER_SECONDS
    i = 0
    while time.monotonic() < deadline:
        write_one(desk, tag, i, _out)
        i += 1
    desk.close()
    return 5


def zygote() -> int:
    while line := sys.stdin.readline():
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "quit":
            return 0
        _, db, tag, shared = parts
        pid = os.fork()
        if pid == 0:  # the writer: never returns into the loop
            code = 1
            try:
                code = _crash_child(Path(db), tag, shared == "1")
            except PrivacydeskError as exc:
                _out("error " + _error_json(exc))
                code = 4
            except BaseException as exc:
                _out(f"error {type(exc).__name__}")
                code = 3
            finally:
                os._exit(code)
        _out(f"started {pid}")
        _, status = os.waitpid(pid, 0)  # reaped: a stale lock's pid is then really gone
        _out(f"ended {pid} {status}")
    return 0


# -- concurrency --------------------------------------------------------------------------------


def concurrent(path: Path, tag: str, seconds: float, ack_file: Path) -> int:
    desk = sign_in(path, shared=False)
    fd = os.open(ack_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def say(line: str) -> None:
        os.write(fd, (line + "\n").encode("utf-8"))

    print("ready", flush=True)
    sys.stdin.readline()  # start together
    stop = threading.Event()  # a second line on stdin (or its end) stops the writing early

    def wait_for_stop() -> None:
        sys.stdin.readline()
        stop.set()

    threading.Thread(target=wait_for_stop, daemon=True).start()
    started = time.monotonic()
    writes = busy = 0
    errors: list[str] = []
    i = 0
    while time.monotonic() - started < seconds and not stop.is_set():
        try:
            writes += write_one(desk, tag, i, say)
        except InUse as exc:
            busy += 1  # SQLITE_BUSY past the busy timeout: a failure the user would see
            errors.append(exc.code)
        except PrivacydeskError as exc:
            errors.append(exc.code)
        i += 1
    ended = time.monotonic()
    desk.close()
    os.close(fd)
    figures = {"writes": writes, "busy": busy, "errors": errors[:20], "started": started}
    print(json.dumps({**figures, "ended": ended}), flush=True)
    return 0


# -- disk full ----------------------------------------------------------------------------------


def fill(path: Path, tag: str, limit: int) -> int:
    desk = sign_in(path, shared=False)
    _limit_file_size(limit)
    i = 0
    try:
        while True:
            write_one(desk, tag, i, lambda line: print(line, flush=True))
            i += 1
    except PrivacydeskError as exc:
        print(_error_json(exc), flush=True)
        try:
            desk.close()
        except PrivacydeskError as closing:  # the sign-out may not fit either
            print(_error_json(closing), flush=True)
        return int(exc.exit_code)


def backup(path: Path, limit: int, root: Path) -> int:
    desk = sign_in(path, shared=False)
    _limit_file_size(limit)
    try:
        backup_service.backup_now(desk, "manual", root=root)
    except PrivacydeskError as exc:
        print(_error_json(exc), flush=True)
        try:
            desk.close()
        except PrivacydeskError as closing:
            print(_error_json(closing), flush=True)
        return int(exc.exit_code)
    desk.close()
    print(json.dumps({"error": None}), flush=True)
    return 0


def main(argv: list[str]) -> int:
    mode = argv[0]
    if mode == "zygote":
        return zygote()
    if mode == "concurrent":
        return concurrent(Path(argv[1]), argv[2], float(argv[3]), Path(argv[4]))
    if mode == "fill":
        return fill(Path(argv[1]), argv[2], int(argv[3]))
    if mode == "backup":
        return backup(Path(argv[1]), int(argv[2]), Path(argv[3]))
    raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
