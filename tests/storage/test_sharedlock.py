"""The one-person-at-a-time lock file: holders, stale locks, heartbeats, a second process."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import privacydesk
from privacydesk import paths
from privacydesk.errors import EnvironmentProblem, ExitCode, InUse
from privacydesk.storage.sharedlock import (
    OVERRIDABLE_CODES,
    SharedLock,
    StaleLockCleared,
    read_lock_info,
)

HOST = socket.gethostname()
T0 = datetime(2026, 4, 1, 0, 0, tzinfo=UTC)


class FakeClock:
    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "privacydesk.db"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def locks() -> Iterator[list[SharedLock]]:
    """Every lock a test makes is released, so no heartbeat thread outlives it."""
    made: list[SharedLock] = []
    yield made
    for lock in made:
        lock.release()


def make(locks: list[SharedLock], db: Path, user: str = "sato", **kw: Any) -> SharedLock:
    kw.setdefault("heartbeat_seconds", 3600)
    lock = SharedLock(db, user, **kw)
    locks.append(lock)
    return lock


def write_lock(db: Path, **fields: Any) -> Path:
    data: dict[str, Any] = {
        "user": "tanaka",
        "host": "OTHER-PC",
        "pid": 4242,
        "since": T0.isoformat(),
        "heartbeat": T0.isoformat(),
        "app_version": "0.1.0",
    }
    data.update(fields)
    lock_path = paths.lock_file_for(db)
    lock_path.write_text(json.dumps(data), encoding="utf-8")
    return lock_path


def lock_data(db: Path) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(paths.lock_file_for(db).read_text(encoding="utf-8"))
    return result


def dead_pid() -> int:
    with subprocess.Popen([sys.executable, "-c", "pass"]) as proc:
        proc.wait()
    assert not paths.pid_alive(proc.pid)
    return proc.pid


def heartbeat_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "privacydesk-lock-heartbeat"]


# -- acquire / release ----------------------------------------------------------------------


def test_acquire_writes_who_where_since(
    db: Path, clock: FakeClock, locks: list[SharedLock]
) -> None:
    lock = make(locks, db, "佐藤", clock=clock)
    assert lock.acquire() is None
    assert lock.held
    data = lock_data(db)
    assert data == {
        "user": "佐藤",
        "host": HOST,
        "pid": os.getpid(),
        "since": T0.isoformat(),
        "heartbeat": T0.isoformat(),
        "app_version": privacydesk.__version__,
    }
    if os.name == "posix":
        assert paths.lock_file_for(db).stat().st_mode & 0o777 == 0o600
    info = read_lock_info(db)
    assert info is not None
    assert (info.user, info.host, info.since) == ("佐藤", HOST, T0)
    lock.release()
    assert not paths.lock_file_for(db).exists()
    assert not lock.held
    assert read_lock_info(db) is None
    lock.release()  # twice is harmless


def test_context_manager_and_thread_stops(db: Path) -> None:
    with SharedLock(db, "sato", heartbeat_seconds=3600) as lock:
        assert lock.held
        assert paths.lock_file_for(db).exists()
        assert len(heartbeat_threads()) == 1
    assert not paths.lock_file_for(db).exists()
    assert heartbeat_threads() == []


def test_own_lock_reacquired_by_this_process(
    db: Path, clock: FakeClock, locks: list[SharedLock]
) -> None:
    first = make(locks, db, "sato", clock=clock)
    first.acquire()
    clock.advance(10)
    second = make(locks, db, "sato", clock=clock)
    assert second.acquire() is None
    assert lock_data(db)["since"] == (T0 + timedelta(seconds=10)).isoformat()
    # The first object no longer owns the file and must not remove it.
    assert first.refresh() is False
    assert first.lost
    first.release()
    assert paths.lock_file_for(db).exists()
    second.release()
    assert not paths.lock_file_for(db).exists()


# -- held by someone -----------------------------------------------------------------------


def test_held_by_another_computer(db: Path, clock: FakeClock, locks: list[SharedLock]) -> None:
    write_lock(
        db, user="田中", host="JIMU-PC02", heartbeat=(T0 - timedelta(seconds=30)).isoformat()
    )
    lock = make(locks, db, "sato", clock=clock)
    with pytest.raises(InUse) as err:
        lock.acquire(override_stale=True)  # a live holder is never overridden
    assert err.value.code == "lock.held"
    assert err.value.exit_code == ExitCode.IN_USE
    assert err.value.params["user"] == "田中"
    assert err.value.params["host"] == "JIMU-PC02"
    assert "田中" in str(err.value)
    assert "JIMU-PC02" in str(err.value)
    assert lock_data(db)["user"] == "田中"  # untouched
    assert not lock.held


def test_heartbeat_from_the_future_counts_as_fresh(
    db: Path, clock: FakeClock, locks: list[SharedLock]
) -> None:
    # Clocks of two computers disagree; a skewed holder must not look stale.
    write_lock(db, heartbeat=(T0 + timedelta(minutes=7)).isoformat())
    with pytest.raises(InUse) as err:
        make(locks, db, clock=clock).acquire()
    assert err.value.code == "lock.held"


def test_held_by_live_process_on_this_computer(db: Path, locks: list[SharedLock]) -> None:
    write_lock(db, host=HOST.upper(), pid=os.getppid())
    with pytest.raises(InUse) as err:
        make(locks, db).acquire(override_stale=True)
    assert err.value.code == "lock.held"
    assert err.value.params["user"] == "tanaka"


# -- stale locks ---------------------------------------------------------------------------


def test_dead_process_on_this_computer_is_cleared(
    db: Path, clock: FakeClock, locks: list[SharedLock]
) -> None:
    pid = dead_pid()
    write_lock(db, host=HOST, pid=pid, since="2026-03-31T09:00:00+00:00")
    lock = make(locks, db, "sato", clock=clock)
    cleared = lock.acquire()
    assert cleared == StaleLockCleared(
        user="tanaka",
        host=HOST,
        pid=pid,
        since=datetime(2026, 3, 31, 9, 0, tzinfo=UTC),
        heartbeat=T0,
        reason="dead_process",
    )
    assert lock.held
    assert lock_data(db)["user"] == "sato"
    assert lock_data(db)["pid"] == os.getpid()


def test_no_heartbeat_from_another_computer_needs_override(
    db: Path, clock: FakeClock, locks: list[SharedLock]
) -> None:
    write_lock(db, user="田中", host="JIMU-PC02")
    clock.advance(301)
    lock = make(locks, db, "sato", clock=clock)
    with pytest.raises(InUse) as err:
        lock.acquire()
    assert err.value.code == "lock.stale"
    assert err.value.code in OVERRIDABLE_CODES
    assert set(err.value.params) == {"user", "host", "since", "heartbeat"}
    assert err.value.params["host"] == "JIMU-PC02"
    assert lock_data(db)["user"] == "田中"  # a refusal changes nothing
    cleared = lock.acquire(override_stale=True)
    assert cleared is not None
    assert cleared.reason == "no_heartbeat"
    assert (cleared.user, cleared.host, cleared.pid, cleared.heartbeat) == (
        "田中",
        "JIMU-PC02",
        4242,
        T0,
    )
    assert lock_data(db)["user"] == "sato"


def test_just_within_stale_limit_is_still_held(
    db: Path, clock: FakeClock, locks: list[SharedLock]
) -> None:
    write_lock(db)
    clock.advance(299)
    with pytest.raises(InUse) as err:
        make(locks, db, clock=clock).acquire(override_stale=True)
    assert err.value.code == "lock.held"


@pytest.mark.parametrize("content", [b"", b'{"user": "tan', b"\xff\xfe garbage", b"[1, 2]"])
def test_unreadable_lock_needs_override(
    db: Path, content: bytes, clock: FakeClock, locks: list[SharedLock]
) -> None:
    paths.lock_file_for(db).write_bytes(content)
    lock = make(locks, db, clock=clock)
    with pytest.raises(InUse) as err:
        lock.acquire()
    assert err.value.code == "lock.unreadable"
    assert err.value.code in OVERRIDABLE_CODES
    assert err.value.params == {"path": str(paths.lock_file_for(db))}
    assert paths.lock_file_for(db).read_bytes() == content
    assert read_lock_info(db) is None
    cleared = lock.acquire(override_stale=True)
    assert cleared == StaleLockCleared(None, None, None, None, None, "unreadable")
    assert lock_data(db)["user"] == "sato"


# -- heartbeat -----------------------------------------------------------------------------


def test_refresh_updates_heartbeat_only(
    db: Path, clock: FakeClock, locks: list[SharedLock]
) -> None:
    lock = make(locks, db, clock=clock)
    lock.acquire()
    clock.advance(60)
    assert lock.refresh() is True
    data = lock_data(db)
    assert data["since"] == T0.isoformat()
    assert data["heartbeat"] == (T0 + timedelta(seconds=60)).isoformat()
    leftovers = [p.name for p in db.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_background_heartbeat(db: Path, locks: list[SharedLock]) -> None:
    lock = make(locks, db, heartbeat_seconds=0.02)
    lock.acquire()
    first = lock_data(db)["heartbeat"]
    deadline = time.monotonic() + 10
    while lock_data(db)["heartbeat"] == first:
        assert time.monotonic() < deadline, "heartbeat never refreshed"
        time.sleep(0.02)
    lock.release()
    assert heartbeat_threads() == []
    assert not paths.lock_file_for(db).exists()


def test_refresh_retries_while_windows_holds_the_file(
    db: Path, clock: FakeClock, locks: list[SharedLock], monkeypatch: pytest.MonkeyPatch
) -> None:
    lock = make(locks, db, clock=clock)
    lock.acquire()
    real_replace = Path.replace
    failures = iter([True, True])

    def flaky_replace(self: Path, target: Any) -> Path:
        if next(failures, False):
            raise PermissionError(13, "held by antivirus")
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", flaky_replace)
    clock.advance(60)
    assert lock.refresh() is True
    assert lock_data(db)["heartbeat"] == (T0 + timedelta(seconds=60)).isoformat()


def test_refresh_that_keeps_failing_is_an_environment_problem(
    db: Path, clock: FakeClock, locks: list[SharedLock], monkeypatch: pytest.MonkeyPatch
) -> None:
    lock = make(locks, db, clock=clock)
    lock.acquire()

    def always_denied(self: Path, target: Any) -> Path:
        raise PermissionError(13, "denied")

    monkeypatch.setattr(Path, "replace", always_denied)
    monkeypatch.setattr("privacydesk.storage.sharedlock._REPLACE_PAUSE", 0)
    before = paths.lock_file_for(db).read_bytes()
    with pytest.raises(EnvironmentProblem) as err:
        lock.refresh()
    assert err.value.code == "lock.cannot_write"
    assert paths.lock_file_for(db).read_bytes() == before  # never half-written
    assert [p.name for p in db.parent.iterdir()] == [paths.lock_file_for(db).name]


# -- taken over ----------------------------------------------------------------------------


def test_release_keeps_a_lock_someone_took_over(
    db: Path, clock: FakeClock, locks: list[SharedLock]
) -> None:
    lost: list[bool] = []
    lock = make(locks, db, clock=clock, on_lost=lambda: lost.append(True))
    lock.acquire()
    write_lock(db, user="田中", host="JIMU-PC02", heartbeat=T0.isoformat())
    assert lock.refresh() is False
    assert lock.lost
    assert not lock.held
    assert lost == [True]
    lock.release()
    assert lock_data(db)["user"] == "田中"


def test_release_keeps_a_lock_with_other_since(
    db: Path, clock: FakeClock, locks: list[SharedLock]
) -> None:
    # Same host and pid but another "since": a later lock of this process, not this one.
    lock = make(locks, db, clock=clock)
    lock.acquire()
    write_lock(db, user="sato", host=HOST, pid=os.getpid(), since="2026-04-02T00:00:00+00:00")
    lock.release()
    assert paths.lock_file_for(db).exists()


def test_removed_lock_is_lost(db: Path, clock: FakeClock, locks: list[SharedLock]) -> None:
    lock = make(locks, db, clock=clock)
    lock.acquire()
    paths.lock_file_for(db).unlink()
    assert lock.refresh() is False
    assert lock.lost
    assert not paths.lock_file_for(db).exists()  # refresh never resurrects it


# -- environment ---------------------------------------------------------------------------


def test_missing_folder_is_an_environment_problem(tmp_path: Path, locks: list[SharedLock]) -> None:
    lock = make(locks, tmp_path / "no such folder" / "privacydesk.db")
    with pytest.raises(EnvironmentProblem) as err:
        lock.acquire()
    assert err.value.code == "lock.cannot_write"
    assert err.value.exit_code == ExitCode.ENVIRONMENT
    assert "no such folder" in err.value.params["path"]


def test_lock_path_that_is_a_folder(db: Path, locks: list[SharedLock]) -> None:
    paths.lock_file_for(db).mkdir()
    with pytest.raises(EnvironmentProblem) as err:
        make(locks, db).acquire()
    assert err.value.code == "lock.cannot_write"


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions, not root"
)
def test_read_only_folder(tmp_path: Path, locks: list[SharedLock]) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(EnvironmentProblem) as err:
            make(locks, folder / "privacydesk.db").acquire()
        assert err.value.code == "lock.cannot_write"
    finally:
        folder.chmod(0o700)


def test_no_permission_to_create(
    db: Path, locks: list[SharedLock], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The read-only-folder test above cannot run as root; this one runs everywhere.
    def denied(*args: Any, **kwargs: Any) -> int:
        raise PermissionError(13, "read-only folder")

    monkeypatch.setattr("privacydesk.storage.sharedlock.os.open", denied)
    with pytest.raises(EnvironmentProblem) as err:
        make(locks, db).acquire()
    assert err.value.code == "lock.cannot_write"
    assert err.value.params == {"path": str(paths.lock_file_for(db))}


# -- a real second process -----------------------------------------------------------------

SECOND_PROCESS = """
import json, sys
from pathlib import Path
from privacydesk.errors import InUse
from privacydesk.storage.sharedlock import SharedLock

lock = SharedLock(Path(sys.argv[1]), "suzuki")
try:
    cleared = lock.acquire()
except InUse as exc:
    print(json.dumps({"code": exc.code, "params": exc.params}, ensure_ascii=False))
    sys.exit(int(exc.exit_code))
lock.release()
print(json.dumps({"code": "acquired", "cleared": cleared is not None}))
"""


def run_second_process(db: Path) -> subprocess.CompletedProcess[str]:
    src = str(Path(privacydesk.__file__).resolve().parents[1])
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH")) if p)
    return subprocess.run(
        [sys.executable, "-c", SECOND_PROCESS, str(db)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )


def test_second_process_is_refused_with_the_holders_name(db: Path, locks: list[SharedLock]) -> None:
    holder = make(locks, db, "佐藤")
    holder.acquire()
    done = run_second_process(db)
    assert done.returncode == ExitCode.IN_USE, done.stderr
    report = json.loads(done.stdout)
    assert report["code"] == "lock.held"
    assert report["params"]["user"] == "佐藤"
    assert report["params"]["host"] == HOST
    assert lock_data(db)["user"] == "佐藤"

    holder.release()
    done = run_second_process(db)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"code": "acquired", "cleared": False}
    assert not paths.lock_file_for(db).exists()


def test_the_lock_appears_whole_or_not_at_all(
    db: Path, locks: list[SharedLock], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A kill between creating the lock and writing it used to leave an empty lock naming
    # nobody: the lock is now linked into place only once written.
    seen: list[bytes] = []
    real_link = os.link

    def link(src: Any, dst: Any) -> None:
        seen.append(Path(src).read_bytes())
        real_link(src, dst)

    monkeypatch.setattr("privacydesk.storage.sharedlock.os.link", link)
    make(locks, db).acquire()
    assert (
        seen
        and json.loads(seen[0])["user"] == json.loads(paths.lock_file_for(db).read_bytes())["user"]
    )
    assert [p.name for p in db.parent.iterdir() if p.name.endswith(".new")] == []


def test_a_folder_without_hard_links_still_gets_a_lock(
    db: Path, locks: list[SharedLock], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(*args: Any, **kwargs: Any) -> None:
        raise OSError(95, "operation not supported")

    monkeypatch.setattr("privacydesk.storage.sharedlock.os.link", no_links)
    lock = make(locks, db)
    assert lock.acquire() is None and lock.held
    assert json.loads(paths.lock_file_for(db).read_bytes())["user"]
    assert [p.name for p in db.parent.iterdir() if p.name.endswith(".new")] == []
