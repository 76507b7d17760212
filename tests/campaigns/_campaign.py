"""The checking side of the campaigns, shared by the CI tests (tests/campaigns) and the long
soaks (benchmarks/soak.py): make a database, drive writer processes (tests/campaigns/writer.py),
then open the database the way the app does and check it.

Figures go to build/campaigns/<name>.json for the closing note.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sqlalchemy import func, select

from privacydesk import paths
from privacydesk.domain import audit
from privacydesk.errors import InUse
from privacydesk.services import accounts as accounts_service
from privacydesk.services import audit as audit_service
from privacydesk.services import auth
from privacydesk.services.desk import Desk
from privacydesk.storage import health
from privacydesk.storage.models import AuditEntry, Complaint, ConsentRecord, Subject
from privacydesk.storage.sharedlock import OVERRIDABLE_CODES

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src"
FIGURES = REPO / "build" / "campaigns"
MANAGER = "kanri"
PASSWORD = "correct horse battery"
STAFF = "tantou"
STAFF_PASSWORD = "staff pass phrase 2026"
CHEAP_KDF = auth.KdfParams(n=2**4, r=8, p=1)  # as tests/conftest.py: sign-in in milliseconds
LINE_TIMEOUT = 60.0  # a writer silent this long is hung: fail rather than wait for ever


# -- databases and processes --------------------------------------------------------------------


def synced_path(root: Path) -> Path:
    """A database path in a synced folder (a "Dropbox" component): the shared, one-user mode."""
    folder = root / "Dropbox" / "office"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "privacydesk.db"


def create_database(path: Path, *, shared: bool, staff: bool = False) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    desk, _ = auth.create_database(
        path,
        MANAGER,
        PASSWORD,
        kdf=CHEAP_KDF,
        allow_shared=shared,
        backup_root=path.parent.parent / "backups",
    )
    try:
        if staff:
            accounts_service.add_user(desk, STAFF, "staff", STAFF_PASSWORD)
    finally:
        desk.close()


def writer_env(user: str = MANAGER, password: str = PASSWORD) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), str(REPO)]),
        "PYTHONDONTWRITEBYTECODE": "1",
        "PD_CAMPAIGN_USER": user,
        "PD_CAMPAIGN_PASSWORD": password,
    }


def writer_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "tests.campaigns.writer", *args]


def sign_in(path: Path, user: str = MANAGER, password: str = PASSWORD) -> tuple[Desk, bool]:
    """Sign in as the app does; a damaged or empty lock left by a kill is taken over after the
    warning the UI shows (True when that was needed)."""
    try:
        return auth.sign_in(path, user, password), False
    except InUse as exc:
        if exc.code not in OVERRIDABLE_CODES:
            raise
        return auth.sign_in(path, user, password, override_stale_lock=True), True


def write_figures(name: str, figures: dict[str, Any]) -> Path:
    FIGURES.mkdir(parents=True, exist_ok=True)
    target = FIGURES / f"{name}.json"
    target.write_text(json.dumps(figures, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return target


def record_case(name: str, case: str, figures: dict[str, Any]) -> Path:
    """Add one case's figures to build/campaigns/<name>.json (cases of one campaign are
    separate tests; each run of a case replaces its previous figures)."""
    target = FIGURES / f"{name}.json"
    data: dict[str, Any] = {}
    with contextlib.suppress(OSError, ValueError):
        data = json.loads(target.read_text(encoding="utf-8"))
    cases = data.get("cases", {})
    cases[case] = figures
    lost = sum(int(c.get("records_lost", 0)) for c in cases.values())
    summary = {
        "cases_tried": len(cases),
        "cases_clean": sum(1 for c in cases.values() if c.get("clean")),
        "records_acknowledged": sum(int(c.get("records_acknowledged", 0)) for c in cases.values()),
        "records_lost": lost,
        "duration_s": round(sum(float(c.get("duration_s", 0)) for c in cases.values()), 2),
    }
    return write_figures(name, {**summary, "cases": dict(sorted(cases.items()))})


# -- acknowledgements and the check after each run ------------------------------------------------


@dataclass(frozen=True)
class Ack:
    kind: str  # subject | complaint | consent
    id: int
    marker: str  # the person's member number: proves the row is the one acknowledged


def parse_ack(line: str) -> Ack | None:
    parts = line.split()
    if len(parts) == 4 and parts[0] == "ack":
        return Ack(parts[1], int(parts[2]), parts[3])
    return None


def read_acks(lines: Iterable[str]) -> list[Ack]:
    return [a for a in (parse_ack(line) for line in lines) if a is not None]


@dataclass
class Verdict:
    cipher_ok: bool
    integrity_ok: bool
    integrity_messages: list[str]
    chain_ok: bool
    breaks: list[str]
    anchor_status: str
    audit_count: int
    stored: dict[str, int]
    lost: list[Ack]
    took_over_lock: bool
    stale_cleared_entries: int

    @property
    def ok(self) -> bool:
        return self.cipher_ok and self.integrity_ok and self.chain_ok and not self.lost

    def describe(self) -> str:
        return (
            f"cipher_ok={self.cipher_ok} integrity={self.integrity_messages[:3]} "
            f"chain_ok={self.chain_ok} breaks={self.breaks[:3]} anchor={self.anchor_status} "
            f"lost={[(a.kind, a.id, a.marker) for a in self.lost[:5]]} ({len(self.lost)})"
        )


def verify(path: Path, acks: list[Ack], *, full: bool = False) -> Verdict:
    """Open as the app does (its sign-in walks the whole audit chain and compares it with the
    anchor in the key file), check cipher and SQLite integrity as `privacydesk check` does, and
    look up every acknowledged record (acknowledged ⊆ stored).

    With full=True the complete `check` service runs again (schema revision included); the
    campaigns use it at the end only, since it repeats the chain walk sign-in just did."""
    desk, took_over = sign_in(path)
    try:
        chain = desk.chain if not full else audit_service.check(desk).chain
        integrity = health.check_integrity(desk.db)
        assert chain is not None
        with desk.db.session() as s:
            people = dict(s.execute(select(Subject.id, Subject.member_number)).all())
            about = {
                "complaint": dict(s.execute(select(Complaint.id, Complaint.subject_id)).all()),
                "consent": dict(
                    s.execute(select(ConsentRecord.id, ConsentRecord.subject_id)).all()
                ),
            }
            stale = s.execute(
                select(func.count()).where(AuditEntry.action == "lock.stale_cleared")
            ).scalar_one()
    finally:
        desk.close()
    lost: list[Ack] = []
    for ack in acks:
        if ack.kind == "subject":
            found = people.get(ack.id) == ack.marker
        else:
            subject_id = about[ack.kind].get(ack.id)
            found = subject_id is not None and people.get(subject_id) == ack.marker
        if not found:
            lost.append(ack)
    return Verdict(
        cipher_ok=not integrity.cipher_problems,
        integrity_ok=integrity.sqlite_result == ["ok"],
        integrity_messages=(integrity.cipher_problems + integrity.sqlite_result)[:20],
        chain_ok=chain.ok,
        breaks=[f"{b.seq}:{b.reason}" for b in chain.breaks],
        anchor_status=chain.anchor_status,
        audit_count=chain.count,
        stored={"subject": len(people), **{k: len(v) for k, v in about.items()}},
        lost=lost,
        took_over_lock=took_over,
        stale_cleared_entries=int(stale),
    )


def chain_is_linear(path: Path) -> tuple[bool, int]:
    """No fork: seq runs 1..n without a gap and each entry links to the one before it."""
    desk, _ = sign_in(path)
    try:
        with desk.db.session() as s:
            rows = s.execute(
                select(AuditEntry.seq, AuditEntry.prev_hash, AuditEntry.hash).order_by(
                    AuditEntry.seq
                )
            ).all()
    finally:
        desk.close()
    linear = [r.seq for r in rows] == list(range(1, len(rows) + 1))
    linear = linear and bool(rows) and rows[0].prev_hash == audit.GENESIS
    linear = linear and all(b.prev_hash == a.hash for a, b in itertools.pairwise(rows))
    return linear, len(rows)


# -- reading a process's lines with a timeout ---------------------------------------------------


class Lines:
    """A process's stdout, line by line, with a timeout (a reader thread feeds a queue)."""

    def __init__(self, stream: IO[str]) -> None:
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self._thread.start()

    def _pump(self, stream: IO[str]) -> None:
        with contextlib.suppress(ValueError, OSError):  # closed under us at the end
            for line in stream:
                self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def next(self, timeout: float = LINE_TIMEOUT) -> str:
        try:
            line = self._queue.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError(f"no line from the writer in {timeout} s") from None
        if line is None:
            raise EOFError("the writer's output ended")
        return line


@contextlib.contextmanager
def zygote(log: Path) -> Iterator[tuple[subprocess.Popen[str], Lines]]:
    """The crash writers' parent: imports once, forks one writer per run."""
    with log.open("w", encoding="utf-8") as err:
        proc = subprocess.Popen(
            writer_command("zygote"),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            encoding="utf-8",
            env=writer_env(),
            cwd=REPO,
        )
        try:
            assert proc.stdout is not None
            yield proc, Lines(proc.stdout)
        finally:
            if proc.poll() is None:
                with contextlib.suppress(OSError):
                    assert proc.stdin is not None
                    proc.stdin.write("quit\n")
                    proc.stdin.close()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            for stream in (proc.stdin, proc.stdout):
                if stream is not None:
                    with contextlib.suppress(OSError):
                        stream.close()


# -- crash safety -------------------------------------------------------------------------------


@dataclass
class KillRun:
    pid: int
    before_ready: bool
    acks: list[Ack] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    killed: bool = False


def _one_kill(
    proc: subprocess.Popen[str],
    lines: Lines,
    path: Path,
    tag: str,
    shared: bool,
    rng: random.Random,
    window: float,
    early_share: float,
) -> KillRun:
    assert proc.stdin is not None
    proc.stdin.write(f"run {path} {tag} {int(shared)}\n")
    proc.stdin.flush()
    first = lines.next()
    if not first.startswith("started "):
        raise RuntimeError(f"zygote said {first!r}")
    run = KillRun(pid=int(first.split()[1]), before_ready=rng.random() < early_share)
    pending: list[str] = []
    if run.before_ready:
        # A random moment during sign-in (which itself writes: audit entry, key file, lock).
        time.sleep(rng.uniform(0.0, 0.06))
    else:
        while True:
            line = lines.next()
            pending.append(line)
            if line == "ready" or line.startswith(("error", "ended")):
                break
        time.sleep(rng.uniform(0.0, window))
    with contextlib.suppress(ProcessLookupError):  # ended by itself: its status says how
        os.kill(run.pid, signal.SIGKILL)
    while not (pending and pending[-1].startswith(f"ended {run.pid} ")):
        pending.append(lines.next())
    status = int(pending[-1].split()[2])
    run.killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    run.acks = read_acks(pending)
    run.errors = [line for line in pending if line.startswith("error")]
    return run


def crash_campaign(
    path: Path,
    *,
    kills: int,
    shared: bool,
    seed: int,
    log: Path,
    window: float = 0.2,
    early_share: float = 0.15,
    stop_on_failure: bool = True,
) -> dict[str, Any]:
    """Kill a writer `kills` times at random moments; check the database after each kill."""
    rng = random.Random(seed)
    acked: list[Ack] = []
    failures: list[str] = []
    survived = before_ready = stale_found = took_over = 0
    check_seconds = 0.0
    verdict: Verdict | None = None
    started = time.monotonic()
    with zygote(log) as (proc, lines):
        for k in range(kills):
            run = _one_kill(proc, lines, path, f"K{seed}x{k}", shared, rng, window, early_share)
            if not run.killed or run.errors:
                failures.append(f"kill {k}: killed={run.killed} errors={run.errors[:2]}")
            before_ready += run.before_ready
            acked.extend(run.acks)
            if shared and paths.lock_file_for(path).exists():
                stale_found += 1  # the dead writer's lock: the next sign-in must clear it
            checking = time.monotonic()
            verdict = verify(path, acked)
            check_seconds += time.monotonic() - checking
            took_over += verdict.took_over_lock
            if verdict.ok:
                survived += 1
            else:
                failures.append(f"kill {k}: {verdict.describe()}")
            if failures and stop_on_failure:
                break
    duration = time.monotonic() - started
    if shared and paths.lock_file_for(path).exists():
        failures.append("a lock file is left after the last check signed out")
    lost = len(verdict.lost) if verdict else 0
    return {
        "mode": "shared" if shared else "local",
        "seed": seed,
        "kills": kills,
        "kills_survived": survived,
        "kills_during_sign_in": before_ready,
        "records_acknowledged": len(acked),
        "records_stored": verdict.stored if verdict else {},
        "records_lost": lost,
        "audit_entries": verdict.audit_count if verdict else 0,
        "stale_locks_left_by_kills": stale_found,
        "stale_locks_cleared_in_audit": verdict.stale_cleared_entries if verdict else 0,
        "unreadable_locks_taken_over": took_over,
        "duration_s": round(duration, 2),
        "kills_per_s": round(kills / duration, 2) if duration else 0.0,
        "checking_s": round(check_seconds, 2),  # of duration_s: sign-in and checks after kills
        "failures": failures,
    }


# -- concurrency ----------------------------------------------------------------------------------


def concurrency_campaign(path: Path, *, seconds: float, work: Path) -> dict[str, Any]:
    """Two app processes (a manager and a staff member) write records at once on one local
    database for `seconds`; then integrity, one unforked chain, every acknowledgement stored."""
    work.mkdir(parents=True, exist_ok=True)
    who = ((MANAGER, PASSWORD, "CA"), (STAFF, STAFF_PASSWORD, "CB"))
    procs: list[subprocess.Popen[str]] = []
    ack_files = [work / f"acks-{tag}.txt" for _, _, tag in who]
    logs = [work / f"writer-{tag}.log" for _, _, tag in who]
    started = time.monotonic()
    summaries: list[dict[str, Any]] = []
    failures: list[str] = []
    with contextlib.ExitStack() as stack:
        errs = [stack.enter_context(log.open("w", encoding="utf-8")) for log in logs]
        try:
            for (user, password, tag), acks, err in zip(who, ack_files, errs, strict=True):
                procs.append(
                    subprocess.Popen(
                        writer_command("concurrent", str(path), tag, str(seconds), str(acks)),
                        stdin=subprocess.PIPE,
                        stdout=subprocess.PIPE,
                        stderr=err,
                        text=True,
                        encoding="utf-8",
                        env=writer_env(user, password),
                        cwd=REPO,
                    )
                )
            for p in procs:
                assert p.stdout is not None
                line = p.stdout.readline().strip()
                if line != "ready":
                    raise RuntimeError(f"writer did not sign in: {line!r}")
            for p in procs:
                assert p.stdin is not None
                p.stdin.write("go\n")
                p.stdin.flush()
            # Wait without closing stdin: its end would tell the writer to stop early.
            for p in procs:
                p.wait(timeout=seconds + 120)
            for p, log in zip(procs, logs, strict=True):
                assert p.stdout is not None
                out = p.stdout.read()
                err_text = log.read_text(encoding="utf-8")
                if p.returncode != 0 or "Traceback" in err_text:
                    failures.append(f"writer exit {p.returncode}: {err_text[-2000:]}")
                    continue
                summaries.append(json.loads(out.strip().splitlines()[-1]))
        finally:
            for p in procs:
                if p.poll() is None:
                    p.kill()
                p.communicate()
    elapsed = time.monotonic() - started
    acks = [
        a for f in ack_files if f.exists() for a in read_acks(f.read_text("utf-8").splitlines())
    ]
    verdict = verify(path, acks)
    linear, entries = chain_is_linear(path)
    if not verdict.ok:
        failures.append(verdict.describe())
    if not linear:
        failures.append("the audit chain is forked or has a gap")
    writes = sum(s["writes"] for s in summaries)
    busy = sum(s["busy"] for s in summaries)
    errors = [e for s in summaries for e in s["errors"]]
    windows = [(s["started"], s["ended"]) for s in summaries]
    overlap = max(0.0, min(w[1] for w in windows) - max(w[0] for w in windows)) if windows else 0.0
    write_seconds = max((w[1] - w[0] for w in windows), default=0.0)
    return {
        "seconds": seconds,
        "processes": len(who),
        "writes_per_process": [s["writes"] for s in summaries],
        "records_acknowledged": len(acks),
        "records_lost": len(verdict.lost),
        "writes_per_s": round(writes / write_seconds, 1) if write_seconds else 0.0,
        "busy_errors": busy,
        "other_errors": errors,
        "overlap_s": round(overlap, 2),
        "audit_entries": entries,
        "chain_linear": linear,
        "integrity_ok": verdict.integrity_ok and verdict.cipher_ok,
        "duration_s": round(elapsed, 2),
        "failures": failures,
    }
