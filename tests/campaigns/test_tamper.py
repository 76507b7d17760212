"""Tamper campaign: edits made behind the app's back, each detected and named, nothing changed.

Each case copies one real encrypted office (a manager, a staff member, a few entries, a backup,
signed out so the key file holds the anchor), tampers with it through raw SQL with the key
(sqlcipher3 directly, triggers dropped as an attacker would) or by editing the key file or a
backup's manifest, and then runs every check the office has:

- the read-only chain check (the database opened read-only, the anchor from the key file),
- signing in (the app's own start-up check),
- services.audit.check (the 点検 page),
- `privacydesk check` through cli.main,
- for backups, storage.backup.verify_backup and services.backup.restore_backup.

A case counts as detected when at least one check refuses or reports it, and as named when the
report says what (the break's reason and entry number, or the error's message code). The
read-only checks must leave the database and key file byte for byte as they were; signing in
appends its own entries, so there the proof is that the tampering is still reported afterwards.
Figures go to build/campaigns/tamper.json.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from tests.conftest import CHEAP_KDF, MANAGER, PASSWORD

from privacydesk import cli
from privacydesk.domain import audit
from privacydesk.errors import ExitCode, PrivacydeskError
from privacydesk.messages import render
from privacydesk.services import accounts as accounts_service
from privacydesk.services import audit as audit_service
from privacydesk.services import auth
from privacydesk.services import backup as backup_service
from privacydesk.storage import backup as backup_store
from privacydesk.storage import keys, triggers
from privacydesk.storage.engine import OpenOptions, key_pragma, open_database

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "build" / "campaigns" / "tamper.json"
STAFF = "tantou"
STAFF_PASSWORD = "staff pass phrase 2026"
AUDIT_COLUMNS = "ts, actor, action, record_type, record_id, summary, prev_hash, hash, segment"


# --- the office ------------------------------------------------------------------------------


@dataclass
class Office:
    folder: Path
    db: Path
    key: bytes
    database_id: bytes
    count: int  # entries at sign-out (the anchor's count)
    backup: Path

    @property
    def keyfile(self) -> Path:
        return keys.keyfile_path(self.db)


def _make_office(folder: Path) -> Office:
    db = folder / "office" / "privacydesk.db"
    db.parent.mkdir(parents=True)
    desk, _sheet = auth.create_database(
        db, MANAGER, PASSWORD, kdf=CHEAP_KDF, backup_root=folder / "backups"
    )
    accounts_service.add_user(desk, STAFF, "staff", STAFF_PASSWORD)
    for i in range(10):
        with desk.uow(write=True) as s:
            desk.audit(s, "test.tick", "setting", f"k{i}", {"n": i})
    made = backup_service.backup_now(desk, "manual", folder / "backups")
    key, database_id = desk.db_key, desk.database_id
    desk.close()
    anchor = keys.load(keys.keyfile_path(db)).anchor
    assert anchor is not None
    return Office(folder, db, key, database_id, anchor.count, made.folder)


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Office, Office]]:
    """The office every case copies, and another database (for a key file taken from it)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PRIVACYDESK_HOME", str(tmp_path_factory.mktemp("tamper-home")))
        yield (
            _make_office(tmp_path_factory.mktemp("tamper-template")),
            _make_office(tmp_path_factory.mktemp("tamper-other")),
        )


def _copy(template: Office, target: Path) -> Office:
    shutil.copytree(template.folder, target)
    moved = {
        "folder": target,
        "db": target / template.db.relative_to(template.folder),
        "backup": target / template.backup.relative_to(template.folder),
    }
    return Office(**{**template.__dict__, **moved})


# --- ways to tamper --------------------------------------------------------------------------


class Attacker:
    """Raw SQL with the database key, the append-only triggers dropped first."""

    def __init__(self, office: Office) -> None:
        self.conn = sqlcipher.connect(str(office.db), isolation_level=None)
        self.conn.execute("PRAGMA cipher_log_level = NONE")
        self.conn.execute(key_pragma(office.key, office.database_id))
        self.conn.execute("BEGIN IMMEDIATE")
        for name in ("audit_log_no_update", "audit_log_no_delete"):
            self.conn.execute(f"DROP TRIGGER {name}")

    def sql(self, statement: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        return list(self.conn.execute(statement, params).fetchall())

    def done(self, fix_head: bool = False) -> None:
        if fix_head:  # the careful attacker keeps the derived head row in step
            for statement in triggers.DERIVED["audit_head"]:
                self.conn.execute(statement)
        for name in ("audit_log_no_update", "audit_log_no_delete"):
            self.conn.execute(triggers.TRIGGERS[name])
        self.conn.execute("COMMIT")
        self.conn.close()


def _edit_field(column: str, seq: int) -> Callable[[Office], None]:
    def tamper(o: Office) -> None:
        a = Attacker(o)
        a.sql(f"UPDATE audit_log SET {column} = 'x' || {column} WHERE seq = ?", (seq,))
        a.done()

    return tamper


def _delete_entry(o: Office) -> None:
    a = Attacker(o)
    a.sql("DELETE FROM audit_log WHERE seq = 7")
    a.done(fix_head=True)


def _swap_places(o: Office) -> None:
    """Entries 5 and 8 trade their numbers (each keeps its own hash and link)."""
    a = Attacker(o)
    a.sql("UPDATE audit_log SET seq = -5 WHERE seq = 5")
    a.sql("UPDATE audit_log SET seq = 5 WHERE seq = 8")
    a.sql("UPDATE audit_log SET seq = 8 WHERE seq = -5")
    a.done()


def _swap_contents(o: Office) -> None:
    """Entries 5 and 8 trade everything but their numbers (ids and hashes swapped)."""
    a = Attacker(o)
    r5 = a.sql(f"SELECT {AUDIT_COLUMNS} FROM audit_log WHERE seq = 5")[0]
    r8 = a.sql(f"SELECT {AUDIT_COLUMNS} FROM audit_log WHERE seq = 8")[0]
    assign = ", ".join(f"{c.strip()} = ?" for c in AUDIT_COLUMNS.split(","))
    a.sql(f"UPDATE audit_log SET {assign} WHERE seq = 5", r8)
    a.sql(f"UPDATE audit_log SET {assign} WHERE seq = 8", r5)
    a.done()


def _cut_newest(o: Office) -> None:
    a = Attacker(o)
    a.sql("DELETE FROM audit_log WHERE seq > ?", (o.count - 3,))
    a.done(fix_head=True)


def _rewrite_chain(o: Office) -> None:
    """An edit with every later hash recomputed: a perfect chain, only the anchor disagrees."""
    a = Attacker(o)
    rows = a.sql(
        "SELECT seq, ts, actor, action, record_type, record_id, summary FROM audit_log ORDER BY seq"
    )
    prev = audit.GENESIS
    for r in rows:
        summary = '{"n":0}' if r[0] == 3 else r[6]
        digest = hashlib.sha256(audit.canonical(*r[:6], summary, prev)).hexdigest()
        a.sql(
            "UPDATE audit_log SET summary = ?, prev_hash = ?, hash = ? WHERE seq = ?",
            (summary, prev, digest, r[0]),
        )
        prev = digest
    a.done(fix_head=True)


def _edit_keyfile(change: Callable[[dict[str, Any]], None]) -> Callable[[Office], None]:
    def tamper(o: Office) -> None:
        doc = json.loads(o.keyfile.read_text(encoding="utf-8"))
        change(doc)
        o.keyfile.write_text(json.dumps(doc), encoding="utf-8")

    return tamper


def _flip_b64(value: str, index: int = 3) -> str:
    raw = bytearray(base64.b64decode(value))
    raw[index] ^= 0x01
    return base64.b64encode(bytes(raw)).decode("ascii")


def _flip_hex(value: str) -> str:
    raw = bytearray(bytes.fromhex(value))
    raw[0] ^= 0x01
    return raw.hex()


def _slot_byte(name: str) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        slot = next(s for s in doc["slots"] if s["account_id"] == 1)  # the manager's
        slot[name] = _flip_b64(slot[name])

    return change


def _anchor_field(name: str) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        if name == "count":
            doc["anchor"]["count"] -= 2
        else:
            doc["anchor"][name] = _flip_hex(doc["anchor"][name])

    return change


def _database_id(doc: dict[str, Any]) -> None:
    doc["database_id"] = _flip_hex(doc["database_id"])


def _truncate_keyfile(o: Office) -> None:
    data = o.keyfile.read_bytes()
    o.keyfile.write_bytes(data[: len(data) // 2])


def _edit_manifest(name: str) -> Callable[[Office], None]:
    def tamper(o: Office) -> None:
        path = o.backup / backup_store.MANIFEST_NAME
        doc = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(doc[name], int):
            doc[name] += 1
        elif name == "mac":
            doc[name] = _flip_hex(doc[name])
        else:
            doc[name] = doc[name][:-1] + ("0" if doc[name][-1] != "0" else "1")
        path.write_text(json.dumps(doc), encoding="utf-8")

    return tamper


def _backup_file_byte(name: str) -> Callable[[Office], None]:
    def tamper(o: Office) -> None:
        path = o.backup / name
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0x01
        path.write_bytes(bytes(data))

    return tamper


# --- the cases --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    id: str
    group: str  # audit | keyfile | backup
    what: str
    tamper: Callable[[Office], None] | None  # None: built from the other database (foreign)
    expect: str  # a break "reason@seq" (seq 0: any), or an error code, that names it
    note: str = ""


CASES: list[Case] = [
    *[
        Case(f"audit.{c}_edited", "audit", f"an entry's {c} edited", _edit_field(c, 6), "edited@6")
        for c in ("summary", "ts", "actor", "action", "record_type", "record_id")
    ],
    Case("audit.entry_deleted", "audit", "entry 7 deleted", _delete_entry, "missing@7"),
    Case(
        "audit.reordered_numbers",
        "audit",
        "entries 5 and 8 swap their numbers",
        _swap_places,
        "out_of_order@5",
    ),
    Case(
        "audit.reordered_contents",
        "audit",
        "entries 5 and 8 swap contents and hashes",
        _swap_contents,
        "@5",
    ),
    Case("audit.newest_cut_off", "audit", "the newest 3 entries cut", _cut_newest, "truncated@0"),
    Case(
        "audit.chain_rewritten",
        "audit",
        "an edit with every later hash recomputed",
        _rewrite_chain,
        "anchor_mismatch@0",
    ),
    Case(
        "keyfile.slot_wrapped_key",
        "keyfile",
        "one byte of the manager's wrapped key",
        _edit_keyfile(_slot_byte("wrapped_key")),
        "auth.wrong_credentials",
        # AES-GCM cannot tell a changed ciphertext from a wrong password: the account cannot
        # sign in (other accounts and the recovery sheet still can), and it reads as a wrong
        # password, not as damage. Naming it would need a MAC over the slots.
        note="refused, but reads as a wrong password",
    ),
    Case(
        "keyfile.slot_sealed_key",
        "keyfile",
        "one byte of the manager's sealed key",
        _edit_keyfile(_slot_byte("sealed_key")),
        "keyfile.damaged",
    ),
    Case(
        "keyfile.slot_public_key",
        "keyfile",
        "one byte of the manager's public key",
        _edit_keyfile(_slot_byte("public_key")),
        "keyfile.damaged",
    ),
    *[
        Case(
            f"keyfile.anchor_{f}",
            "keyfile",
            f"the anchor's {f} edited",
            _edit_keyfile(_anchor_field(f)),
            "anchor_invalid@0",
        )
        for f in ("count", "hash", "mac")
    ],
    Case(
        "keyfile.database_id",
        "keyfile",
        "one byte of the database id",
        _edit_keyfile(_database_id),
        "keyfile.foreign",
    ),
    Case("keyfile.truncated", "keyfile", "cut in half", _truncate_keyfile, "keyfile.damaged"),
    Case(
        "keyfile.from_another_database",
        "keyfile",
        "replaced by another database's key file",
        None,
        "keyfile.foreign",
    ),
    *[
        Case(
            f"backup.manifest_{f}",
            "backup",
            f"the manifest's {f} edited",
            _edit_manifest(f),
            "backup.manifest_tampered",
        )
        for f in ("audit_count", "audit_hash", "db_sha256", "made_at", "mac")
    ],
    Case(
        "backup.database_byte",
        "backup",
        "one byte of the backed-up database",
        _backup_file_byte(backup_store.DB_NAME),
        "backup.file_changed",
    ),
    Case(
        "backup.keyfile_byte",
        "backup",
        "one byte of the backed-up key file",
        _backup_file_byte(backup_store.KEYS_NAME),
        "backup.file_changed",
    ),
]


# --- the checks -------------------------------------------------------------------------------


@dataclass
class Outcome:
    check: str
    detected: bool
    named: str  # what the check reported: "reason@seq, ..." or an error code
    untouched: bool | None = None  # read-only checks: database and key file unchanged


@dataclass
class Result:
    case: Case
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def detected(self) -> bool:
        return any(o.detected for o in self.outcomes)

    @property
    def named(self) -> bool:
        return any(_matches(o.named, self.case.expect) for o in self.outcomes if o.detected)

    @property
    def untouched(self) -> bool:
        return all(o.untouched is not False for o in self.outcomes)


def _matches(named: str, expect: str) -> bool:
    if "@" not in expect:
        return expect in named.split(", ")
    reason, seq = expect.split("@")
    for item in named.split(", "):
        got_reason, _, got_seq = item.partition("@")
        if (not reason or got_reason == reason) and (seq == "0" or got_seq == seq):
            return True
    return False


def _fingerprint(o: Office) -> tuple[str, str]:
    def digest(p: Path) -> str:
        return hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else "-"

    return digest(o.db), digest(o.keyfile)


def _breaks(report: audit.ChainReport) -> str:
    return ", ".join(f"{b.reason}@{b.seq}" for b in report.unacknowledged)


def _read_only_check(o: Office) -> Outcome:
    before = _fingerprint(o)
    try:
        kf = keys.load(o.keyfile, expect_database_id=keys.database_id_of(o.db))
        anchor = audit.Anchor(kf.anchor.count, kf.anchor.hash, kf.anchor.mac) if kf.anchor else None
        db = open_database(o.db, o.key, o.database_id, OpenOptions(read_only=True))
        try:
            with db.session() as s:
                report = audit.verify(s, o.key, anchor)
        finally:
            db.dispose()
        outcome = Outcome("read-only check", not report.ok or bool(report.unacknowledged), "")
        outcome.named = _breaks(report)
    except PrivacydeskError as exc:
        outcome = Outcome("read-only check", True, exc.code)
    outcome.untouched = _fingerprint(o) == before
    return outcome


def _sign_in_and_check(o: Office) -> list[Outcome]:
    db_before = _fingerprint(o)[0]
    try:
        desk = auth.sign_in(o.db, MANAGER, PASSWORD)
    except PrivacydeskError as exc:
        # A refused sign-in never opens the database (the key file may count the failure).
        return [Outcome("sign-in", True, exc.code, untouched=_fingerprint(o)[0] == db_before)]
    try:
        assert desk.chain is not None
        at_sign_in = Outcome("sign-in", bool(desk.chain.unacknowledged), _breaks(desk.chain))
        report = audit_service.check(desk)
        checked = Outcome("audit.check", bool(report.chain.unacknowledged), _breaks(report.chain))
        # A broken chain keeps the records read-only until a manager acknowledges it.
        if at_sign_in.detected:
            at_sign_in.detected = desk.read_only
    finally:
        desk.close()
    return [at_sign_in, checked]


def _cli_check(o: Office, monkeypatch: pytest.MonkeyPatch) -> Outcome:
    monkeypatch.setenv(cli.ENV_USER, MANAGER)
    monkeypatch.setenv(cli.ENV_PASSWORD, PASSWORD)
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["check", "--db", str(o.db), "--lang", "en"], out=out, err=err)
    text = out.getvalue() + err.getvalue()
    assert "Traceback" not in text
    named: list[str] = []
    for line in text.splitlines():
        for reason in ("edited", "missing", "out_of_order", "truncated", "anchor_mismatch"):
            for seq in range(0, o.count + 10):
                if line.strip() == render(f"check.break.{reason}", "en", seq=seq):
                    named.append(f"{reason}@{seq}")
        if line.strip() == render("check.break.anchor_invalid", "en", seq=0):
            named.append("anchor_invalid@0")
    for code_name in ("keyfile.damaged", "keyfile.foreign", "auth.wrong_credentials"):
        if render(code_name, "en", path=o.keyfile) in text:
            named.append(code_name)
    if "{" in text:  # a message whose parameter was not given: shown as reported
        named.append("unfilled: " + " / ".join(ln for ln in text.splitlines() if "{" in ln))
    return Outcome("privacydesk check", code != ExitCode.OK, ", ".join(named) or f"exit {code}")


def _cli_restore(o: Office, monkeypatch: pytest.MonkeyPatch) -> Outcome:
    monkeypatch.setenv(cli.ENV_USER, MANAGER)
    monkeypatch.setenv(cli.ENV_PASSWORD, PASSWORD)
    target = o.folder / "restored-cli" / "privacydesk.db"
    target.parent.mkdir()
    out, err = io.StringIO(), io.StringIO()
    argv = ["restore", str(o.backup), "-o", str(target), "--db", str(o.db), "--lang", "en"]
    code = cli.main(argv, out=out, err=err)
    assert "Traceback" not in err.getvalue()
    named = [
        c
        for c in ("backup.manifest_tampered", "backup.file_changed", "backup.manifest_mismatch")
        for path in (o.backup, o.backup / backup_store.DB_NAME, o.backup / backup_store.KEYS_NAME)
        if render(c, "en", path=str(path)) in err.getvalue()
    ]
    detected = code != ExitCode.OK and not target.exists()
    return Outcome("privacydesk restore", detected, ", ".join(named) or f"exit {code}")


def _backup_checks(o: Office, monkeypatch: pytest.MonkeyPatch) -> list[Outcome]:
    before = hashlib.sha256(
        b"".join((o.backup / n).read_bytes() for n in sorted(p.name for p in o.backup.iterdir()))
    ).hexdigest()
    outcomes = []
    try:
        backup_store.verify_backup(o.backup, o.key)
        outcomes.append(Outcome("verify_backup", False, ""))
    except PrivacydeskError as exc:
        outcomes.append(Outcome("verify_backup", True, exc.code))
    target = o.folder / "restored" / "privacydesk.db"
    target.parent.mkdir()
    desk = auth.sign_in(o.db, MANAGER, PASSWORD)
    try:
        backup_service.restore_backup(desk, o.backup, target)
        outcomes.append(Outcome("restore_backup", False, ""))
    except PrivacydeskError as exc:
        outcomes.append(Outcome("restore_backup", not target.exists(), exc.code))
    finally:
        desk.close()
    outcomes.append(_cli_restore(o, monkeypatch))
    after = hashlib.sha256(
        b"".join((o.backup / n).read_bytes() for n in sorted(p.name for p in o.backup.iterdir()))
    ).hexdigest()
    for outcome in outcomes:
        outcome.untouched = after == before
    return outcomes


def _run_case(
    case: Case, template: Office, other: Office, folder: Path, mp: pytest.MonkeyPatch
) -> Result:
    office = _copy(template, folder)
    result = Result(case)
    if case.tamper is None:
        shutil.copyfile(other.keyfile, office.keyfile)
    else:
        case.tamper(office)
    start = time.perf_counter()
    if case.group == "backup":
        result.outcomes += _backup_checks(office, mp)
    else:
        result.outcomes.append(_read_only_check(office))
        result.outcomes += _sign_in_and_check(office)
        result.outcomes.append(_cli_check(office, mp))
        # Detecting it did not hide it: the read-only check still reports the same.
        again = _read_only_check(office)
        again.check = "read-only check again"
        result.outcomes.append(again)
    result.seconds = time.perf_counter() - start
    return result


def test_every_tampering_is_detected_named_and_left_in_place(
    templates: tuple[Office, Office], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    template, other = templates
    start = time.perf_counter()
    results = [_run_case(case, template, other, tmp_path / case.id, monkeypatch) for case in CASES]
    elapsed = time.perf_counter() - start
    table = [
        {
            "case": r.case.id,
            "group": r.case.group,
            "what": r.case.what,
            "expected": r.case.expect,
            "note": r.case.note,
            "detected": r.detected,
            "named": r.named,
            "untouched": r.untouched,
            "seconds": round(r.seconds, 3),
            "checks": {o.check: {"detected": o.detected, "reported": o.named} for o in r.outcomes},
        }
        for r in results
    ]
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(
        json.dumps(
            {
                "campaign": "tamper",
                "cases_tried": len(results),
                "detected": sum(r.detected for r in results),
                "named": sum(r.named for r in results),
                "untouched": sum(r.untouched for r in results),
                # Messages shown with a parameter missing ("{path}"): must stay empty.
                "unfilled_messages": sorted(
                    r.case.id for r in results if any("unfilled" in o.named for o in r.outcomes)
                ),
                "seconds": round(elapsed, 2),
                "cases": table,
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    missed = [r.case.id for r in results if not r.detected]
    unnamed = [f"{r.case.id}: {[o.named for o in r.outcomes]}" for r in results if not r.named]
    changed = [r.case.id for r in results if not r.untouched]
    unfilled = [r.case.id for r in results if any("unfilled" in o.named for o in r.outcomes)]
    assert not unfilled, f"a message was shown with a parameter missing: {unfilled}"
    assert not missed, f"not detected: {missed}"
    assert not unnamed, "detected but not named as expected:\n" + "\n".join(unnamed)
    assert not changed, f"a read-only check changed the files: {changed}"
