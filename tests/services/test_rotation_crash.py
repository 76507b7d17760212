"""Key rotation killed with SIGKILL at every step, and at random moments inside the re-key, on a
local database (WAL) and in the shared-folder mode (rollback journal): afterwards the manager
and a staff member sign in (with the old key or the new one, whichever the rotation reached),
the integrity checks pass, the audit chain and its anchor verify, and no record is lost.

PRIVACYDESK_ROTATION_KILLS=N runs N random kills per mode instead of the short CI form.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.conftest import CHEAP_KDF, MANAGER, PASSWORD

from privacydesk.errors import NotAllowed
from privacydesk.services import accounts, auth, demo, rotation
from privacydesk.services import audit as audit_service
from privacydesk.services.desk import Desk
from privacydesk.storage import keys
from privacydesk.storage.models import AuditEntry, Subject

SRC = Path(__file__).resolve().parents[2] / "src"
STAFF = "tantou"
STAFF_PASSWORD = "staff pass phrase 2026"
RANDOM_KILLS = {"local": 5, "shared": 3}
SOAK = int(os.environ.get("PRIVACYDESK_ROTATION_KILLS", "0"))

ROTATOR = textwrap.dedent(
    """
    import os
    import signal
    import sys
    import time
    from pathlib import Path

    from privacydesk.services import auth, rotation

    path, target, shared = Path(sys.argv[1]), sys.argv[2], sys.argv[3] == "1"
    desk = auth.sign_in(path, sys.argv[4], sys.argv[5], allow_shared=shared)

    def step(name):
        print(name, time.monotonic(), flush=True)
        if name == target:
            os.kill(os.getpid(), signal.SIGKILL)

    print("start", time.monotonic(), flush=True)
    rotation.rotate_key(desk, on_step=step)
    desk.close()
    print("done", time.monotonic(), flush=True)
    """
)


@dataclass
class Template:
    folder: Path  # holds the office folder to copy
    rel_db: Path  # the database path inside it
    key_id: str
    subjects: int
    shared: bool
    rekey_seconds: float  # measured on a copy: how long the re-key step takes


def _count_subjects(desk: Desk) -> int:
    with desk.uow() as s:
        return int(s.execute(select(func.count()).select_from(Subject)).scalar_one())


def _env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    assert env.get("PRIVACYDESK_HOME")
    return env


def _spawn(db: Path, target: str, shared: bool) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", ROTATOR, str(db), target, "1" if shared else "0", MANAGER, PASSWORD],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=_env(),
    )


def _copy(template: Template, where: Path) -> Path:
    shutil.copytree(template.folder, where)
    return where / template.rel_db


def _build(root: Path, shared: bool) -> Template:
    office = root / ("Dropbox" if shared else "local") / "office"
    office.mkdir(parents=True)
    db = office / "privacydesk.db"
    desk, _ = auth.create_database(
        db, MANAGER, PASSWORD, kdf=CHEAP_KDF, allow_shared=shared, backup_root=root / "backups"
    )
    accounts.add_user(desk, STAFF, "staff", STAFF_PASSWORD)
    demo.fill(desk, scale=150)  # a few MB, so the re-key takes long enough to be hit
    key_id = keys.key_id(desk.db_key)
    subjects = _count_subjects(desk)
    desk.close()
    template = Template(office.parent, Path(office.name) / db.name, key_id, subjects, shared, 0.0)
    # Calibrate: one full rotation on a copy, timing the re-key step.
    probe = _copy(template, root / ("probe-" + office.parent.name))
    proc = _spawn(probe, "none", shared)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    times = dict(line.split() for line in out.splitlines())
    template.rekey_seconds = float(times["rekeyed"]) - float(times["pending_saved"])
    return template


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Template]]:
    root = tmp_path_factory.mktemp("rotation-templates")
    with pytest.MonkeyPatch.context() as mp:
        # The module fixture runs before the per-test app folder exists: give it its own.
        mp.setenv("PRIVACYDESK_HOME", str(root / "home"))
        (root / "home").mkdir()
        yield {"local": _build(root, False), "shared": _build(root, True)}


def _kill_at_random(db: Path, template: Template, rng: random.Random) -> str:
    proc = _spawn(db, "none", template.shared)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("pending_saved"):
            break
    # Anywhere from just before the re-key starts to a little after it should have ended.
    time.sleep(rng.uniform(0.0, template.rekey_seconds * 1.3))
    proc.send_signal(signal.SIGKILL)
    rest, _err = proc.communicate(timeout=60)
    reached = [line.split()[0] for line in rest.splitlines()]
    return reached[-1] if reached else "pending_saved"


def _kill_at_step(db: Path, template: Template, step: str) -> str:
    proc = _spawn(db, step, template.shared)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == -signal.SIGKILL, err
    assert out.splitlines()[-1].split()[0] == step
    return step


def _check_after(db: Path, template: Template) -> str:
    """Both accounts sign in; the database is sound and complete. Returns which key opened."""
    desk = auth.sign_in(db, MANAGER, PASSWORD, allow_shared=template.shared)
    try:
        report = audit_service.check(desk)
        assert report.cipher_ok and report.integrity_ok, report.integrity_messages
        assert report.chain.ok, report.chain.breaks
        assert report.chain.anchor_status == "ok"
        assert _count_subjects(desk) == template.subjects
        with desk.uow() as s:
            rotated = s.execute(
                select(func.count()).where(AuditEntry.action == "keys.rotated")
            ).scalar_one()
        opened = keys.key_id(desk.db_key)
        which = "old" if opened == template.key_id else "new"
        # A rotation that reached the new key is audited once; one undone, not at all.
        assert rotated == (1 if which == "new" else 0)
        assert not keys.pending_path(desk.key_path).exists()
    finally:
        desk.close()
    staff = auth.sign_in(db, STAFF, STAFF_PASSWORD, allow_shared=template.shared)
    assert keys.key_id(staff.db_key) == opened
    assert staff.chain is not None and staff.chain.ok
    staff.close()
    return which


# Which key must open after a kill at each step: before the re-key commits, the old one.
EXPECTED = {
    "prepared": "old",
    "pending_saved": "old",
    "rekeyed": "new",
    "data_resealed": "new",
    "promoted": "new",
    "pending_removed": "new",
    "backed_up": "new",
}


@pytest.mark.parametrize("mode", ["local", "shared"])
@pytest.mark.parametrize("step", rotation.STEPS)
def test_killed_at_each_step(
    templates: dict[str, Template], tmp_path: Path, mode: str, step: str
) -> None:
    template = templates[mode]
    db = _copy(template, tmp_path / "case")
    _kill_at_step(db, template, step)
    assert _check_after(db, template) == EXPECTED[step]


@pytest.mark.parametrize("mode", ["local", "shared"])
def test_killed_at_random_moments_inside_the_rekey(
    templates: dict[str, Template], tmp_path: Path, mode: str
) -> None:
    template = templates[mode]
    rng = random.Random(f"rotation-{mode}")
    outcomes: dict[str, int] = {"old": 0, "new": 0}
    for i in range(SOAK or RANDOM_KILLS[mode]):
        db = _copy(template, tmp_path / f"case-{i}")
        _kill_at_random(db, template, rng)
        outcomes[_check_after(db, template)] += 1
        shutil.rmtree(tmp_path / f"case-{i}")
    print(f"rotation kills ({mode}): {outcomes}, re-key {template.rekey_seconds * 1000:.0f} ms")
    assert sum(outcomes.values()) == (SOAK or RANDOM_KILLS[mode])


def test_another_process_signed_in_is_told_to_sign_in_again(
    created: tuple[Desk, auth.RecoverySheet], db_path: Path
) -> None:
    desk, _ = created
    accounts.add_user(desk, STAFF, "staff", STAFF_PASSWORD)
    desk.close()
    staff = auth.sign_in(db_path, STAFF, STAFF_PASSWORD)
    assert _count_subjects(staff) == 0
    proc = _spawn(db_path, "none", False)  # another process rotates while we are signed in
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert out.splitlines()[-1].startswith("done")
    with pytest.raises(NotAllowed) as caught:
        _count_subjects(staff)
    assert caught.value.code == "auth.rekeyed"
    staff.close()  # quiet: nothing to record with a stale key
    again = auth.sign_in(db_path, STAFF, STAFF_PASSWORD)
    assert _count_subjects(again) == 0 and again.chain is not None and again.chain.ok
    again.close()
