"""The tamper-evident audit log: the hash chain, its fixed canonical form, personal values kept
out of summaries, and tampering done behind the app's back with the database key."""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import text
from tests.conftest import JP_EMAIL, JP_NAME, MANAGER, PASSWORD

from privacydesk.domain import audit
from privacydesk.errors import AuditChainBroken, ExitCode, InternalError, NotAllowed
from privacydesk.services import accounts as accounts_service
from privacydesk.services import audit as audit_service
from privacydesk.services import auth
from privacydesk.services import profile as profile_service
from privacydesk.services.desk import Desk
from privacydesk.storage import keys, triggers
from privacydesk.storage.engine import OpenOptions, key_pragma, open_database

STAFF = "tantou"
STAFF_PASSWORD = "staff pass phrase 2026"
COLUMNS = "seq, ts, actor, action, record_type, record_id, summary, prev_hash, hash, segment"


# --- the chain -------------------------------------------------------------------------------


def _rows(desk: Desk) -> list[dict[str, Any]]:
    with desk.db.session() as s:
        return [
            dict(r._mapping)
            for r in s.execute(text(f"SELECT {COLUMNS} FROM audit_log ORDER BY seq"))
        ]


def _tick(desk: Desk, n: int) -> None:
    """n audit entries through the desk's own unit of work."""
    for i in range(n):
        with desk.uow(write=True) as s:
            desk.audit(s, "test.tick", "setting", f"k{i}", {"n": i})


def test_append_chains_hashes(desk: Desk) -> None:
    _tick(desk, 5)
    rows = _rows(desk)
    assert len(rows) >= 8
    assert [r["seq"] for r in rows] == list(range(1, len(rows) + 1))
    assert rows[0]["prev_hash"] == audit.GENESIS == "0" * 64
    for before, entry in itertools.pairwise(rows):
        assert entry["prev_hash"] == before["hash"]
    for r in rows:
        data = audit.canonical(
            r["seq"],
            r["ts"],
            r["actor"],
            r["action"],
            r["record_type"],
            r["record_id"],
            r["summary"],
            r["prev_hash"],
        )
        assert r["hash"] == hashlib.sha256(data).hexdigest()
        assert r["segment"] == 1
    with desk.db.session() as s:
        assert audit.head(s) == (len(rows), rows[-1]["hash"])
        report = audit.verify(s, desk.db_key, None)
    assert report.ok and report.count == len(rows) and report.head_hash == rows[-1]["hash"]


def test_append_returns_the_stored_entry(desk: Desk) -> None:
    with desk.uow(write=True) as s:
        entry = audit.append(s, 1, "test.one", "account", 1, {"count": 2, "ok": True})
        seq, digest = entry.seq, entry.hash
    last = _rows(desk)[-1]
    assert (last["seq"], last["hash"]) == (seq, digest)
    assert last["actor"] == "1" and last["record_id"] == "1"
    assert last["summary"] == '{"count":2,"ok":true}'


CANON_INPUT: dict[str, Any] = {
    "seq": 7,
    "ts": "2026-04-01T09:30:00.123456+00:00",
    "actor": "3",
    "action": "profile.saved",
    "record_type": "profile",
    "record_id": "1",
    "summary": '{"fields":2}',
    "prev_hash": "ab" * 32,
}


def test_canonical_form_is_pinned() -> None:
    """Changing canonical() breaks every existing chain: this literal must never change."""
    expected = (
        '{"action":"profile.saved","actor":"3","prev":"'
        + "ab" * 32
        + '","record_id":"1","record_type":"profile","seq":7,'
        '"summary":"{\\"fields\\":2}","ts":"2026-04-01T09:30:00.123456+00:00"}'
    ).encode()
    got = audit.canonical(**CANON_INPUT)
    assert got == expected
    assert json.loads(got) == {
        "seq": 7,
        "ts": "2026-04-01T09:30:00.123456+00:00",
        "actor": "3",
        "action": "profile.saved",
        "record_type": "profile",
        "record_id": "1",
        "summary": '{"fields":2}',
        "prev": "ab" * 32,
    }
    assert hashlib.sha256(got).hexdigest() == hashlib.sha256(expected).hexdigest()


def test_canonical_form_is_utf8_not_escaped() -> None:
    got = audit.canonical(**{**CANON_INPUT, "record_id": "é"})
    assert b'"record_id":"\xc3\xa9"' in got
    assert b"\\u" not in got


# --- summaries ---------------------------------------------------------------------------------


def test_summary_text_is_sorted_compact_ascii() -> None:
    got = audit.summary_text({"role": "manager", "count": 3, "ok": False, "none": None})
    assert got == '{"count":3,"none":null,"ok":false,"role":"manager"}'
    assert audit.summary_text(None) == "{}"


@pytest.mark.parametrize(
    "summary",
    [
        pytest.param({"name": JP_NAME}, id="japanese-name"),
        pytest.param({"email": JP_EMAIL}, id="email"),
        pytest.param({"email": "a@b"}, id="at-sign"),
        pytest.param({"name": "Sato Hanako"}, id="space"),
        pytest.param({"name": "佐藤"}, id="kanji"),
        pytest.param({"name": "ｻﾄｳ"}, id="half-width-kana"),
        pytest.param({JP_NAME: 1}, id="personal-key"),
        pytest.param({"fields": ["name"]}, id="list"),
        pytest.param({"nested": {"a": 1}}, id="dict"),
        pytest.param({"amount": 1.5}, id="float"),
        pytest.param({"note": "x" * 81}, id="too-long"),
        pytest.param({"note": "a\nb"}, id="newline"),
    ],
)
def test_summary_text_refuses_personal_looking_values(summary: dict[str, Any]) -> None:
    with pytest.raises(InternalError) as info:
        audit.summary_text(summary)
    assert info.value.code == "internal.audit_summary"
    assert info.value.exit_code == ExitCode.INTERNAL
    rendered = str(info.value) + repr(info.value.params)
    for value in (JP_NAME, JP_EMAIL, "Sato Hanako", "佐藤"):
        assert value not in rendered


def test_a_refused_summary_writes_nothing(desk: Desk) -> None:
    before = _rows(desk)
    with pytest.raises(InternalError), desk.uow(write=True) as s:
        desk.audit(s, "test.bad", "person", 1, {"name": JP_NAME})
    assert _rows(desk) == before


# --- tampering, as an attacker with the key -------------------------------------------------


class Attacker:
    """A raw sqlcipher3 connection keyed like the app, append-only triggers dropped first.

    A careful attacker puts the triggers back afterwards, so nothing but the chain (and the
    anchor outside the database) can tell.
    """

    def __init__(self, path: Path, db_key: bytes, database_id: bytes) -> None:
        self.conn = sqlcipher.connect(str(path), isolation_level=None)
        self.conn.execute("PRAGMA cipher_log_level = NONE")
        self.conn.execute(key_pragma(db_key, database_id))
        self.conn.execute("BEGIN IMMEDIATE")
        for name in ("audit_log_no_update", "audit_log_no_delete"):
            self.conn.execute(f"DROP TRIGGER {name}")

    def sql(self, statement: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        return list(self.conn.execute(statement, params).fetchall())

    def fix_head(self) -> None:
        for statement in triggers.DERIVED["audit_head"]:
            self.conn.execute(statement)

    def done(self) -> None:
        for name in ("audit_log_no_update", "audit_log_no_delete"):
            self.conn.execute(triggers.TRIGGERS[name])
        self.conn.execute("COMMIT")
        self.conn.close()


@pytest.fixture
def office(created: tuple[Desk, auth.RecoverySheet], db_path: Path) -> Iterator[dict[str, Any]]:
    """A database with a manager and a staff member, 10 more entries, signed out (anchored)."""
    desk, sheet = created
    accounts_service.add_user(desk, STAFF, "staff", STAFF_PASSWORD)
    _tick(desk, 10)
    info = {"path": db_path, "key": desk.db_key, "id": desk.database_id, "sheet": sheet}
    desk.close()
    info["count"] = _anchor(db_path).count
    yield info


def _anchor(db_path: Path) -> keys.Anchor:
    kf = keys.load(keys.keyfile_path(db_path))
    assert kf.anchor is not None
    return kf.anchor


def _attack(office: dict[str, Any]) -> Attacker:
    return Attacker(office["path"], office["key"], office["id"])


def _sign_in(office: dict[str, Any], user: str = MANAGER, password: str = PASSWORD) -> Desk:
    return auth.sign_in(office["path"], user, password)


def _verify_raw(office: dict[str, Any], with_anchor: bool = True) -> audit.ChainReport:
    """The chain as stored, checked without signing in (sign-in itself appends)."""
    db = open_database(office["path"], office["key"], office["id"], OpenOptions(read_only=True))
    try:
        a = _anchor(office["path"]) if with_anchor else None
        anchor = audit.Anchor(a.count, a.hash, a.mac) if a else None
        with db.session() as s:
            return audit.verify(s, office["key"], anchor)
    finally:
        db.dispose()


def test_untouched_chain_verifies_against_its_anchor(office: dict[str, Any]) -> None:
    report = _verify_raw(office)
    assert report.ok and report.anchor_status == "ok"
    assert report.count == office["count"]
    desk = _sign_in(office)
    try:
        assert desk.chain is not None and desk.chain.ok and not desk.read_only
    finally:
        desk.close()


def test_edited_summary(office: dict[str, Any]) -> None:
    a = _attack(office)
    a.sql("UPDATE audit_log SET summary = '{\"n\":99}' WHERE seq = 6")
    a.done()
    report = _verify_raw(office)
    assert report.breaks == [audit.Break(6, "edited")]
    assert report.first_break == audit.Break(6, "edited")
    assert report.unacknowledged == [audit.Break(6, "edited")]


@pytest.mark.parametrize("column", ["ts", "actor", "action", "record_type", "record_id"])
def test_any_edited_column_is_caught(office: dict[str, Any], column: str) -> None:
    a = _attack(office)
    a.sql(f"UPDATE audit_log SET {column} = 'x' || {column} WHERE seq = 4")
    a.done()
    assert _verify_raw(office).breaks == [audit.Break(4, "edited")]


def test_edited_entry_with_its_hash_recomputed(office: dict[str, Any]) -> None:
    """Rehashing the edited entry moves the break to the next one's link."""
    a = _attack(office)
    row = a.sql(f"SELECT {COLUMNS} FROM audit_log WHERE seq = 5")[0]
    summary = '{"n":42}'
    new_hash = hashlib.sha256(audit.canonical(*row[:6], summary, row[7])).hexdigest()
    a.sql("UPDATE audit_log SET summary = ?, hash = ? WHERE seq = 5", (summary, new_hash))
    a.done()
    report = _verify_raw(office)
    assert report.breaks == [audit.Break(6, "out_of_order")]


def test_deleted_entry(office: dict[str, Any]) -> None:
    a = _attack(office)
    a.sql("DELETE FROM audit_log WHERE seq = 7")
    a.fix_head()
    a.done()
    report = _verify_raw(office)
    assert audit.Break(7, "missing") in report.breaks
    assert report.first_break == audit.Break(7, "missing")


def test_two_entries_swapped(office: dict[str, Any]) -> None:
    """Entries 5 and 8 trade places (every column but seq): the order is evidence too."""
    a = _attack(office)
    cols = [c.strip() for c in COLUMNS.split(",")][1:]
    r5 = a.sql(f"SELECT {', '.join(cols)} FROM audit_log WHERE seq = 5")[0]
    r8 = a.sql(f"SELECT {', '.join(cols)} FROM audit_log WHERE seq = 8")[0]
    assign = ", ".join(f"{c} = ?" for c in cols)
    a.sql(f"UPDATE audit_log SET {assign} WHERE seq = 5", r8)
    a.sql(f"UPDATE audit_log SET {assign} WHERE seq = 8", r5)
    a.done()
    report = _verify_raw(office)
    assert not report.ok
    assert report.first_break is not None and report.first_break.seq == 5
    assert {b.seq for b in report.breaks} >= {5, 8}


def test_newest_entries_cut_off_only_the_anchor_sees(office: dict[str, Any]) -> None:
    n = office["count"]
    a = _attack(office)
    a.sql("DELETE FROM audit_log WHERE seq > ?", (n - 3,))
    a.fix_head()  # the careful attacker keeps the derived head in step
    a.done()
    # The chain alone is a perfect, shorter chain.
    alone = _verify_raw(office, with_anchor=False)
    assert alone.ok and alone.count == n - 3
    # The anchor in the key file (written by close()) remembers n entries.
    report = _verify_raw(office)
    assert report.anchor_status == "truncated"
    assert report.breaks == [audit.Break(n - 2, "truncated")]


def test_whole_chain_rewritten_consistently_only_the_anchor_sees(
    office: dict[str, Any],
) -> None:
    """Every hash recomputed after an edit: the chain verifies, the anchor's hash does not."""
    a = _attack(office)
    rows = a.sql(f"SELECT {COLUMNS} FROM audit_log ORDER BY seq")
    prev = audit.GENESIS
    for r in rows:
        summary = '{"n":0}' if r[0] == 3 else r[6]
        digest = hashlib.sha256(audit.canonical(*r[:6], summary, prev)).hexdigest()
        a.sql(
            "UPDATE audit_log SET summary = ?, prev_hash = ?, hash = ? WHERE seq = ?",
            (summary, prev, digest, r[0]),
        )
        prev = digest
    a.fix_head()
    a.done()
    assert _verify_raw(office, with_anchor=False).ok
    report = _verify_raw(office)
    assert report.anchor_status == "rewritten"
    assert report.breaks == [audit.Break(office["count"], "anchor_mismatch")]


@pytest.mark.parametrize("field", ["count", "hash", "mac"])
def test_edited_anchor(office: dict[str, Any], field: str) -> None:
    kp = keys.keyfile_path(office["path"])
    doc = json.loads(kp.read_text(encoding="utf-8"))
    if field == "count":
        doc["anchor"]["count"] -= 2
    else:
        doc["anchor"][field] = "0" * len(doc["anchor"][field])
    kp.write_text(json.dumps(doc), encoding="utf-8")
    report = _verify_raw(office)
    assert report.anchor_status == "invalid"
    assert report.breaks == [audit.Break(0, "anchor_invalid")]
    assert report.unacknowledged == [audit.Break(0, "anchor_invalid")]


def test_anchor_of_another_database_is_invalid(office: dict[str, Any]) -> None:
    other = audit.make_anchor(
        keys.new_database_key(), office["count"], _anchor(office["path"]).hash
    )
    db = open_database(office["path"], office["key"], office["id"], OpenOptions(read_only=True))
    try:
        with db.session() as s:
            report = audit.verify(s, office["key"], other)
    finally:
        db.dispose()
    assert report.breaks == [audit.Break(0, "anchor_invalid")]


# --- what the office sees after a break ---------------------------------------------------------


def _edit(office: dict[str, Any], seq: int) -> None:
    a = _attack(office)
    a.sql("UPDATE audit_log SET summary = '{\"n\":77}' WHERE seq = ?", (seq,))
    a.done()


def _count(desk: Desk) -> int:
    with desk.db.session() as s:
        return int(s.execute(text("SELECT count(*) FROM audit_log")).scalar_one())


def test_after_a_break_records_are_read_only_until_a_manager_acknowledges(
    office: dict[str, Any],
) -> None:
    _edit(office, 6)
    n = office["count"]

    desk = _sign_in(office)
    try:
        # The sign-in itself was recorded (bookkeeping goes on while broken).
        assert _count(desk) == n + 1
        assert _rows(desk)[-1]["action"] == "auth.sign_in"
        assert desk.read_only
        report = audit_service.check(desk)
        assert not report.ok and report.storage_ok
        assert report.chain.breaks == [audit.Break(6, "edited")]
        assert report.acknowledged == []
        # A record write is refused, naming the first broken entry...
        with pytest.raises(AuditChainBroken) as info:
            profile_service.set_setting(desk, "backup.generations", 4)
        assert info.value.exit_code == ExitCode.AUDIT_BROKEN == 7
        assert info.value.params["seq"] == 6
        assert profile_service.get_settings(desk)["backup.generations"] == 10
        with pytest.raises(AuditChainBroken), desk.uow(write=True) as s:
            desk.audit(s, "test.record_write")
        # ...while bookkeeping continues.
        with desk.uow(write=True, bookkeeping=True) as s:
            desk.audit(s, "test.bookkeeping")
        assert _rows(desk)[-1]["action"] == "test.bookkeeping"
    finally:
        desk.close()

    # Still read-only at the next sign-in: closing does not re-sign the broken chain.
    desk = _sign_in(office)
    try:
        assert desk.read_only
        segment_before = _rows(desk)[-1]["segment"]
        ack_seq = audit_service.acknowledge_break(desk)
        assert not desk.read_only
        last = _rows(desk)[-1]
        assert (last["seq"], last["action"]) == (ack_seq, audit.ACK_ACTION)
        assert last["segment"] == segment_before + 1
        assert json.loads(last["summary"])["first_broken_seq"] == 6
        profile_service.set_setting(desk, "backup.generations", 4)  # writable again
        assert profile_service.get_settings(desk)["backup.generations"] == 4
        assert _rows(desk)[-1]["segment"] == segment_before + 1  # later entries stay in it
        report = audit_service.check(desk)
        # The acknowledged break is still listed, with its acknowledgement.
        assert report.chain.breaks == [audit.Break(6, "edited")]
        assert report.chain.unacknowledged == []
        assert report.acknowledged == [(ack_seq, 6)]
    finally:
        desk.close()

    desk = _sign_in(office)
    try:
        assert not desk.read_only
        report = audit_service.check(desk)
        assert report.chain.breaks == [audit.Break(6, "edited")]
        assert report.acknowledged == [(ack_seq, 6)]
        with pytest.raises(Exception) as nothing:
            audit_service.acknowledge_break(desk)
        assert getattr(nothing.value, "code", "") == "audit.nothing_to_acknowledge"
    finally:
        desk.close()


def test_only_a_manager_acknowledges(office: dict[str, Any]) -> None:
    _edit(office, 4)
    desk = _sign_in(office, STAFF, STAFF_PASSWORD)
    try:
        assert desk.read_only
        with pytest.raises(NotAllowed):
            audit_service.acknowledge_break(desk)
        assert desk.read_only
        assert audit_service.check(desk).chain.unacknowledged == [audit.Break(4, "edited")]
    finally:
        desk.close()


def test_truncation_stays_visible_until_acknowledged(office: dict[str, Any]) -> None:
    n = office["count"]
    a = _attack(office)
    a.sql("DELETE FROM audit_log WHERE seq > ?", (n - 2,))
    a.fix_head()
    a.done()
    # Sign in, sign out, sign in again: the anchor is not re-signed meanwhile. Once the
    # sign-in and sign-out entries have grown the chain back past n, the same anchor reads
    # as a rewrite (the n-th entry is not the one it signed).
    for status in ("truncated", "rewritten"):
        desk = _sign_in(office)
        try:
            assert desk.read_only
            assert desk.chain is not None
            assert desk.chain.anchor_status == status
        finally:
            desk.close()
        assert _anchor(office["path"]).count == n
    desk = _sign_in(office)
    try:
        ack = audit_service.acknowledge_break(desk)
        assert not desk.read_only
        report = audit_service.check(desk)
        assert report.chain.ok and report.chain.anchor_status == "ok"
        assert report.acknowledged == [(ack, n)]
    finally:
        desk.close()
    desk = _sign_in(office)
    try:
        assert not desk.read_only
    finally:
        desk.close()


def test_edited_anchor_stays_visible_until_acknowledged(office: dict[str, Any]) -> None:
    kp = keys.keyfile_path(office["path"])
    doc = json.loads(kp.read_text(encoding="utf-8"))
    doc["anchor"]["count"] += 5
    kp.write_text(json.dumps(doc), encoding="utf-8")
    for _ in range(2):
        desk = _sign_in(office)
        try:
            assert desk.read_only
            assert desk.chain is not None and desk.chain.anchor_status == "invalid"
        finally:
            desk.close()
    desk = _sign_in(office)
    try:
        audit_service.acknowledge_break(desk)
        assert not desk.read_only
    finally:
        desk.close()
    desk = _sign_in(office)
    try:
        assert not desk.read_only and desk.chain is not None
        assert desk.chain.anchor_status == "ok"
    finally:
        desk.close()


def test_an_edit_after_an_acknowledgement_is_a_new_break(office: dict[str, Any]) -> None:
    """An acknowledgement covers the breaks it was shown, not later edits of older entries."""
    _edit(office, 3)
    desk = _sign_in(office)
    try:
        audit_service.acknowledge_break(desk)
    finally:
        desk.close()
    desk = _sign_in(office)
    try:
        assert not desk.read_only
    finally:
        desk.close()
    _edit(office, 8)  # older than the acknowledgement, edited after it
    desk = _sign_in(office)
    try:
        assert desk.read_only
        assert audit.Break(8, "edited") in (desk.chain.unacknowledged if desk.chain else [])
    finally:
        desk.close()


def test_an_edited_acknowledgement_is_a_break(office: dict[str, Any]) -> None:
    _edit(office, 3)
    desk = _sign_in(office)
    try:
        ack = audit_service.acknowledge_break(desk)
    finally:
        desk.close()
    a = _attack(office)
    a.sql("UPDATE audit_log SET ts = '2020-01-01T00:00:00.000000+00:00' WHERE seq = ?", (ack,))
    a.done()
    desk = _sign_in(office)
    try:
        assert desk.read_only
        assert desk.chain is not None
        assert audit.Break(ack, "edited") in desk.chain.unacknowledged
    finally:
        desk.close()


@pytest.mark.parametrize("fix_head", [True, False], ids=["head-fixed", "head-left"])
def test_acknowledged_deletion_stays_acknowledged(office: dict[str, Any], fix_head: bool) -> None:
    """After a deleted entry is acknowledged, count and seq differ for good: the anchor
    written then must still verify at the next sign-in (not a false break forever)."""
    a = _attack(office)
    a.sql("DELETE FROM audit_log WHERE seq = 5")
    if fix_head:
        a.fix_head()
    a.done()
    desk = _sign_in(office)
    try:
        assert desk.read_only
        assert desk.chain is not None and desk.chain.first_break == audit.Break(5, "missing")
        audit_service.acknowledge_break(desk)
        _tick(desk, 2)
    finally:
        desk.close()
    for _ in range(2):
        desk = _sign_in(office)
        try:
            assert desk.chain is not None
            assert desk.chain.anchor_status == "ok", desk.chain
            assert desk.chain.unacknowledged == []
            assert desk.chain.breaks == [audit.Break(5, "missing")]
            assert not desk.read_only
            with desk.db.session() as s:
                now = audit.verify(s, desk.db_key, None)
                assert audit.head(s) == (now.count, now.head_hash)
        finally:
            desk.close()


def test_deleted_newest_entry_with_head_left_does_not_stop_writes(
    office: dict[str, Any],
) -> None:
    """Rows deleted without fixing audit_head: later appends still chain from the real
    last entry (no collision, no fork), and the gap is reported."""
    n = office["count"]
    a = _attack(office)
    a.sql("DELETE FROM audit_log WHERE seq = ?", (n,))
    a.sql("UPDATE audit_head SET last_seq = ?, count = 3", (n - 4,))
    a.done()
    desk = _sign_in(office)
    try:
        rows = _rows(desk)
        assert rows[-1]["seq"] == n and rows[-1]["action"] == "auth.sign_in"
        assert rows[-1]["prev_hash"] == rows[-2]["hash"]
        assert desk.read_only
    finally:
        desk.close()


def test_deleted_newest_entry_shows_as_a_gap_once_the_log_goes_on(
    office: dict[str, Any],
) -> None:
    """The derived head still names the deleted newest entry: the next entry links to it,
    so the chain itself shows the gap (not only the anchor)."""
    n = office["count"]
    a = _attack(office)
    a.sql("DELETE FROM audit_log WHERE seq = ?", (n,))
    a.done()  # a careless attacker: audit_head left as it was
    desk = _sign_in(office)
    try:
        assert desk.chain is not None and desk.chain.anchor_status == "truncated"
        rows = _rows(desk)
        assert rows[-1]["seq"] == n + 1 and rows[-1]["action"] == "auth.sign_in"
        with desk.db.session() as s:
            alone = audit.verify(s, desk.db_key, None)
        assert alone.breaks == [audit.Break(n, "missing")]
    finally:
        desk.close()
