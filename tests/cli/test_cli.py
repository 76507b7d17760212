"""The headless commands, called in-process: exit codes, messages, secrets, JSON output.

Databases are made through the services with cheap key derivation; the CLI reads the KDF
parameters from the key file. Only test_init_prints_the_recovery_sheet pays for strong ones.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from privacydesk import cli, paths
from privacydesk.domain import audit as audit_domain
from privacydesk.errors import EXIT_CODE_MESSAGES
from privacydesk.messages import render
from privacydesk.services import accounts, auth
from privacydesk.services import audit as audit_service
from privacydesk.storage.engine import key_pragma
from privacydesk.storage.sharedlock import SharedLock, read_lock_info

CHEAP_KDF = auth.KdfParams(n=2**4, r=8, p=1)  # as in tests/conftest.py
MANAGER = "kanri"
PASSWORD = "correct horse battery"
STAFF = "tantou"
STAFF_PASSWORD = "staff pass phrase 2026"
VIEWER = "etsuran"
VIEWER_PASSWORD = "viewer pass phrase 2026"
NEW_PASSWORD = "a brand new passphrase"
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")


@dataclass
class Result:
    code: int
    out: str
    err: str


@dataclass
class Office:
    db: Path
    backups: Path
    secret: str


Run = Callable[..., Result]


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch) -> Run:
    """cli.main in-process with environment variables; never a traceback on stderr."""

    def call(*argv: str, **env: str | None) -> Result:
        for name, value in env.items():
            var = "PRIVACYDESK_" + name.upper()
            if value is None:
                monkeypatch.delenv(var, raising=False)
            else:
                monkeypatch.setenv(var, value)
        out, err = io.StringIO(), io.StringIO()
        code = cli.main(list(argv), out=out, err=err)
        result = Result(code, out.getvalue(), err.getvalue())
        assert "Traceback" not in result.err + result.out
        assert 'File "' not in result.err
        if code != 1:
            assert render("internal.unexpected", "ja").split("（")[0] not in result.err
        return result

    return call


def _make_office(folder: Path, backups: Path) -> Office:
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "privacydesk.db"
    desk, sheet = auth.create_database(db, MANAGER, PASSWORD, kdf=CHEAP_KDF, backup_root=backups)
    try:
        accounts.add_user(desk, STAFF, "staff", STAFF_PASSWORD)
        accounts.add_user(desk, VIEWER, "viewer", VIEWER_PASSWORD)
    finally:
        desk.close()
    return Office(db, backups, sheet.secret)


@pytest.fixture
def office(tmp_path: Path) -> Office:
    return _make_office(tmp_path / "office", tmp_path / "backups")


def _as_manager(office: Office) -> dict[str, str]:
    return {"user": MANAGER, "password": PASSWORD}


# -- help and usage -----------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("argv", [["--help"], ["check", "--help"], ["user", "add", "--help"]])
def test_help_prints_the_exit_code_table(run: Run, lang: str, argv: list[str]) -> None:
    r = run(*argv, "--lang", lang)
    assert r.code == 0
    assert r.err == ""
    assert render("cli.exit_codes", lang) in r.out
    for code, key in EXIT_CODE_MESSAGES.items():
        assert f"{int(code):>2}  {render(key, lang)}" in r.out
    assert len(EXIT_CODE_MESSAGES) == 13
    assert bool(JAPANESE.search(r.out)) == (lang == "ja")


def test_help_follows_the_language_variable(run: Run) -> None:
    r = run("--help", lang="en")
    assert r.code == 0 and render("exit.not_allowed", "en") in r.out


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["nonsense"],
        ["user"],
        ["user", "add", "someone"],  # --role missing
        ["user", "add", "someone", "--role", "admin"],
        ["backup"],  # -o missing
        ["demo-data", "--scale", "many"],
        ["check", "--lang", "fr"],
        ["--password", "secret", "check"],  # secrets are never arguments
        ["check", "--password", "secret"],
        ["check", "--pass", "secret"],
        ["init", "--new-password", "secret"],
        ["restore", "x", "-o", "y", "--recovery-secret", "PD1-"],
    ],
)
def test_usage_errors_exit_2_in_japanese(run: Run, argv: list[str]) -> None:
    r = run(*argv)
    assert r.code == 2
    assert JAPANESE.search(r.err)
    assert r.out == ""
    if argv:
        assert r.err.startswith(render("cli.usage", "ja", detail="").strip())
    else:
        assert r.err.strip() == render("cli.command_needed", "ja")


def _all_options(parser: argparse.ArgumentParser) -> set[str]:
    found: set[str] = set()
    for action in parser._actions:
        found |= set(action.option_strings)
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                found |= _all_options(child)
    return found


def test_there_is_no_secret_option_anywhere() -> None:
    options = _all_options(cli.build_parser("en"))
    assert {"--db", "--user", "--role", "--json", "--output"} <= options
    for option in options:
        # \bpin: a PIN option, not the "pin" inside --mapping.
        assert not re.search(r"pass|secret|key|code|\bpin", option), option


def test_global_options_work_before_and_after_the_command(run: Run, office: Office) -> None:
    before = run("--db", str(office.db), "--user", MANAGER, "check", password=PASSWORD)
    after = run("check", "--db", str(office.db), "--user", MANAGER, password=PASSWORD)
    assert before.code == after.code == 0
    mixed = run("--db", str(office.db), "user", "list", "--user", MANAGER, password=PASSWORD)
    assert mixed.code == 0 and STAFF in mixed.out


def test_user_from_the_environment(run: Run, office: Office) -> None:
    r = run("check", "--db", str(office.db), user=MANAGER, password=PASSWORD)
    assert r.code == 0
    missing = run("check", "--db", str(office.db), user=None, password=PASSWORD)
    assert missing.code == 2
    assert "PRIVACYDESK_USER" in missing.err


# -- init (strong key derivation: once) ------------------------------------------------------
def test_init_prints_the_recovery_sheet(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "new" / "privacydesk.db"
    db.parent.mkdir()
    r = run("init", "--db", str(db), "--user", MANAGER, new_password=PASSWORD)
    assert r.code == 0, r.err
    assert "PD1-" in r.out
    assert "復旧" in r.out
    secret = re.search(r"PD1-[0-9A-Z*~$=-]+", r.out)
    assert secret and len(secret.group(0).split("-")) == 14
    kf = json.loads(paths.key_file_for(db).read_text(encoding="utf-8"))
    assert kf["slots"][0]["kdf"]["n"] == 2**17  # the CLI never makes weak slots
    assert list((paths.default_backup_dir()).iterdir())  # backed up at creation
    check = run("check", "--db", str(db), "--user", MANAGER, password=PASSWORD)
    assert check.code == 0, check.err
    again = run("init", "--db", str(db), "--user", MANAGER, new_password=PASSWORD)
    assert again.code == 6
    assert str(db) in again.err


def test_init_refuses_a_short_password_and_leaves_nothing(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "privacydesk.db"
    r = run("init", "--db", str(db), "--user", MANAGER, new_password="short")
    assert r.code == 6
    assert "12" in r.err
    assert not db.exists() and not paths.key_file_for(db).exists()


# -- accounts ---------------------------------------------------------------------------------
def test_user_add_list_disable_reset(run: Run, office: Office) -> None:
    db = str(office.db)
    m = _as_manager(office)
    r = run(
        "user",
        "add",
        "髙橋",
        "--role",
        "staff",
        "--display-name",
        "髙橋 﨑子",
        "--db",
        db,
        new_password=NEW_PASSWORD,
        **m,
    )
    assert r.code == 0, r.err
    assert "4" in r.out

    listed = run("user", "list", "--json", "--db", db, **m)
    assert listed.code == 0
    listed.out.encode("utf-8")  # valid UTF-8 (no surrogates)
    rows = json.loads(listed.out)
    assert [row["username"] for row in rows] == [MANAGER, STAFF, VIEWER, "髙橋"]
    assert rows[3] == {
        "id": 4,
        "username": "髙橋",
        "display_name": "髙橋 﨑子",
        "role": "staff",
        "active": True,
        "created_at": rows[3]["created_at"],
        "disabled_at": None,
    }
    assert "髙橋" in listed.out  # ensure_ascii=False

    plain = run("user", "list", "--db", db, **m)
    assert plain.code == 0 and "担当者" in plain.out and "有効" in plain.out

    assert run("check", "--db", db, user="髙橋", password=NEW_PASSWORD).code == 0

    reset = run("user", "reset", "髙橋", "--db", db, new_password="temporary pass 123", **m)
    assert reset.code == 0, reset.err
    bad_old = run("check", "--db", db, user="髙橋", password=NEW_PASSWORD)
    assert bad_old.code == 3
    temp = run("check", "--db", db, user="髙橋", password="temporary pass 123")
    assert temp.code == 0
    assert render("cli.must_change_password", "ja") in temp.err

    disabled = run("user", "disable", "髙橋", "--db", db, **m)
    assert disabled.code == 0, disabled.err
    assert run("check", "--db", db, user="髙橋", password="temporary pass 123").code == 3
    rows = json.loads(run("user", "list", "--json", "--db", db, **m).out)
    assert rows[3]["active"] is False and rows[3]["disabled_at"]

    last = run("user", "disable", MANAGER, "--db", db, **m)
    assert last.code == 6
    assert render("accounts.last_manager", "ja") in last.err
    unknown = run("user", "disable", "nobody", "--db", db, **m)
    assert unknown.code == 6


def test_passwd_uses_the_password_that_signed_in(run: Run, office: Office) -> None:
    db = str(office.db)
    r = run("passwd", "--db", db, user=STAFF, password=STAFF_PASSWORD, new_password=NEW_PASSWORD)
    assert r.code == 0, r.err
    assert render("cli.password_changed", "ja") in r.out
    assert run("check", "--db", db, user=STAFF, password=STAFF_PASSWORD).code == 3
    assert run("check", "--db", db, user=STAFF, password=NEW_PASSWORD).code == 0
    short = run("passwd", "--db", db, user=STAFF, password=NEW_PASSWORD, new_password="short")
    assert short.code == 6


def test_recover_with_the_sheet(run: Run, office: Office) -> None:
    db = str(office.db)
    r = run(
        "recover",
        "--db",
        db,
        "--user",
        MANAGER,
        recovery_secret=office.secret,
        new_password=NEW_PASSWORD,
    )
    assert r.code == 0, r.err
    assert run("check", "--db", db, user=MANAGER, password=PASSWORD).code == 3
    assert run("check", "--db", db, user=MANAGER, password=NEW_PASSWORD).code == 0
    staff = run(
        "recover",
        "--db",
        db,
        "--user",
        STAFF,
        recovery_secret=office.secret,
        new_password=NEW_PASSWORD,
    )
    assert staff.code == 8
    wrong = run(
        "recover",
        "--db",
        db,
        "--user",
        MANAGER,
        recovery_secret="PD1-00000",
        new_password=NEW_PASSWORD,
    )
    assert wrong.code == 6


# -- exit codes ---------------------------------------------------------------------------
def test_wrong_password_exits_3(run: Run, office: Office) -> None:
    wrong = run("check", "--db", str(office.db), user=MANAGER, password="wrong password!")
    unknown = run("check", "--db", str(office.db), user="nobody", password=PASSWORD)
    assert wrong.code == unknown.code == 3
    assert wrong.err == unknown.err == render("auth.wrong_credentials", "ja") + "\n"
    r = run("check", "--db", str(office.db), user=MANAGER, password=PASSWORD)
    assert r.code == 0
    assert render("cli.failed_attempts", "ja", count=1) in r.err


def test_not_a_database_exits_4(run: Run, tmp_path: Path) -> None:
    creds = {"user": MANAGER, "password": PASSWORD}
    missing = run("check", "--db", str(tmp_path / "none.db"), **creds)
    assert missing.code == 4 and "none.db" in missing.err
    no_folder = run("check", "--db", str(tmp_path / "gone" / "x.db"), **creds)
    assert no_folder.code == 4
    empty = tmp_path / "empty.db"
    empty.touch()
    assert run("check", "--db", str(empty), **creds).code == 4
    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    r = run("check", "--db", str(plain), **creds)
    assert r.code == 4
    assert render("db.plain_sqlite", "ja", path=str(plain)) in r.err
    folder = tmp_path / "folder.db"
    folder.mkdir()
    assert run("check", "--db", str(folder), **creds).code == 4
    truncated = tmp_path / "cut.db"
    truncated.write_bytes(b"\x01" * 5000)
    assert run("check", "--db", str(truncated), **creds).code == 4


def test_staff_may_not_add_users_exit_8(run: Run, office: Office) -> None:
    r = run(
        "user",
        "add",
        "newbie",
        "--role",
        "staff",
        "--db",
        str(office.db),
        user=STAFF,
        password=STAFF_PASSWORD,
        new_password=NEW_PASSWORD,
    )
    assert r.code == 8
    assert "accounts.add_user" in r.err
    # Refused before asking for the new password: none is needed to be told no.
    r = run(
        "user",
        "add",
        "newbie",
        "--role",
        "staff",
        "--db",
        str(office.db),
        user=VIEWER,
        password=VIEWER_PASSWORD,
        new_password=None,
    )
    assert r.code == 8
    assert (
        run("user", "list", "--db", str(office.db), user=VIEWER, password=VIEWER_PASSWORD).code == 8
    )
    assert (
        run("backup", "-o", "x", "--db", str(office.db), user=VIEWER, password=VIEWER_PASSWORD).code
        == 8
    )


def test_missing_key_file_exits_10(run: Run, office: Office) -> None:
    key_path = paths.key_file_for(office.db)
    key_path.unlink()
    r = run("check", "--db", str(office.db), **_as_manager(office))
    assert r.code == 10
    assert str(key_path) in r.err
    key_path.write_text("{ damaged", encoding="utf-8")
    assert run("check", "--db", str(office.db), **_as_manager(office)).code == 10
    # Another database's key file, put beside this one by mistake.
    other = _make_office(office.db.parent.parent / "other", office.backups)
    shutil.copyfile(paths.key_file_for(other.db), key_path)
    foreign = run("check", "--db", str(office.db), **_as_manager(office))
    assert foreign.code == 10
    assert render("keyfile.foreign", "ja", path=str(key_path)) in foreign.err


@pytest.mark.parametrize("page", [0, 1, 2, -1])
def test_damaged_page_exits_4(run: Run, office: Office, page: int) -> None:
    data = bytearray(office.db.read_bytes())
    pages = len(data) // 4096
    start = (page % pages) * 4096
    offset = start + (100 if page == 0 else 200)  # past the database id in the first page
    data[offset : offset + 16] = bytes(b ^ 0xFF for b in data[offset : offset + 16])
    office.db.write_bytes(bytes(data))
    r = run("check", "--db", str(office.db), **_as_manager(office))
    assert r.code == 4, r.err + r.out


def test_synced_folder_exits_11_without_allow_shared(run: Run, tmp_path: Path) -> None:
    made = _shared_office(tmp_path)
    db = made.db
    r = run("check", "--db", str(db), **_as_manager(made))
    assert r.code == 11
    assert "Dropbox" in r.err
    ok = run("check", "--db", str(db), "--allow-shared", **_as_manager(made))
    assert ok.code == 0, ok.err
    # The opt-in is remembered in the key file; one person at a time from then on.
    assert run("check", "--db", str(db), **_as_manager(made)).code == 0
    assert not paths.lock_file_for(db).exists()


def _shared_office(tmp_path: Path) -> Office:
    made = _make_office(tmp_path / "plain", tmp_path / "backups")
    synced = tmp_path / "Dropbox" / "office"
    synced.parent.mkdir()
    shutil.move(made.db.parent, synced)
    return Office(synced / "privacydesk.db", made.backups, made.secret)


def test_in_use_by_another_computer_exits_9(run: Run, tmp_path: Path) -> None:
    made = _shared_office(tmp_path)
    db = str(made.db)
    other = SharedLock(made.db, "佐藤", host="jimukyoku-pc2")
    other.acquire()
    try:
        r = run("check", "--db", db, "--allow-shared", **_as_manager(made))
        assert r.code == 9
        assert "佐藤" in r.err and "jimukyoku-pc2" in r.err
        # A live lock is never taken over, even when asked to.
        r = run(
            "check", "--db", db, "--allow-shared", "--take-over-stale-lock", **_as_manager(made)
        )
        assert r.code == 9
    finally:
        other.release()
    assert run("check", "--db", db, "--allow-shared", **_as_manager(made)).code == 0


def test_stale_lock_is_taken_over_only_when_asked(run: Run, tmp_path: Path) -> None:
    made = _shared_office(tmp_path)
    db = str(made.db)
    long_ago = datetime.now(UTC) - timedelta(hours=3)
    other = SharedLock(made.db, "佐藤", host="jimukyoku-pc2", clock=lambda: long_ago)
    other.acquire()
    other._stop_heartbeat()  # the other computer crashed: its lock file stays behind
    r = run("check", "--db", db, "--allow-shared", **_as_manager(made))
    assert r.code == 9
    assert render("lock.stale", "ja", **_lock_params(made.db)) in r.err
    r = run("check", "--db", db, "--allow-shared", "--take-over-stale-lock", **_as_manager(made))
    assert r.code == 0, r.err
    desk = auth.sign_in(made.db, MANAGER, PASSWORD, allow_shared=True)
    try:
        cleared = audit_service.list_entries(desk, action_prefix="lock.stale_cleared")
        assert len(cleared) == 1 and "no_heartbeat" in cleared[0].summary
    finally:
        desk.close()


def _lock_params(db: Path) -> dict[str, str]:
    info = read_lock_info(db)
    assert info is not None
    return info.message_params()


def test_schema_newer_than_the_app_exits_5(run: Run, office: Office) -> None:
    desk = auth.sign_in(office.db, MANAGER, PASSWORD)
    db_key, database_id = desk.db_key, desk.database_id
    desk.close()
    conn = sqlcipher.connect(str(office.db))
    try:
        conn.execute(key_pragma(db_key, database_id))
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
        conn.commit()
    finally:
        conn.close()
    r = run("check", "--db", str(office.db), **_as_manager(office))
    assert r.code == 5
    assert "9999_future" in r.err


def test_a_bug_exits_1_without_a_traceback_or_values(
    run: Run, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(desk: object) -> None:
        raise RuntimeError("髙橋 﨑子 090-1234-5678")

    monkeypatch.setattr(cli.accounts, "list_users", broken)
    r = run("user", "list", "--db", str(office.db), **_as_manager(office))
    assert r.code == 1
    assert "RuntimeError" in r.err
    assert "髙橋" not in r.err and "090" not in r.err
    # The desk was still closed properly: the next command opens at once.
    assert run("check", "--db", str(office.db), **_as_manager(office)).code == 0


def test_bad_profile_value_exits_6(run: Run, office: Office) -> None:
    db = str(office.db)
    m = _as_manager(office)
    for field, value, code in (
        ("postal_code", "abc", "profile.bad_postal_code"),
        ("fee_yen", "many", "input.not_a_number"),
        ("fee_yen", "-5", "profile.bad_fee"),
        ("desk_email", "nope", "profile.bad_email"),
        ("payment_methods", "cash,bitcoin", "profile.bad_payment_method"),
        ("no_such_field", "x", "profile.unknown_field"),
    ):
        r = run("profile", "set", field, value, "--db", db, **m)
        assert r.code == 6, (field, r.err)
        assert render(code, "ja", field=field, max=200).split("{")[0][:8] in r.err
    staff = run("profile", "set", "name", "x", "--db", db, user=STAFF, password=STAFF_PASSWORD)
    assert staff.code == 8


def test_profile_set_then_show(run: Run, office: Office) -> None:
    db = str(office.db)
    m = _as_manager(office)
    name = "特定非営利活動法人 髙橋\ufa19ネット"
    r = run("profile", "set", "name", name, "--db", db, **m)
    assert r.code == 0, r.err
    assert run("profile", "set", "fee_yen", "300", "--db", db, **m).code == 0
    assert run("profile", "set", "payment_methods", "cash, money_order", "--db", db, **m).code == 0
    assert run("profile", "set", "postal_code", "１０００００１", "--db", db, **m).code == 0
    shown = run("profile", "show", "--db", db, user=VIEWER, password=VIEWER_PASSWORD)
    assert shown.code == 0
    data = json.loads(shown.out)
    assert data["name"] == name  # U+FA19 kept
    assert data["fee_yen"] == 300
    assert data["payment_methods"] == ["cash", "money_order"]
    assert data["postal_code"] == "100-0001"


def _tamper(db: Path, sql: str, *params: object) -> None:
    desk = auth.sign_in(db, MANAGER, PASSWORD)
    db_key, database_id = desk.db_key, desk.database_id
    desk.close()
    conn = sqlcipher.connect(str(db))
    try:
        conn.execute(key_pragma(db_key, database_id))
        conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


def test_check_exits_7_after_an_entry_is_edited(run: Run, office: Office) -> None:
    db = str(office.db)
    m = _as_manager(office)
    assert run("check", "--db", db, **m).code == 0
    _tamper(office.db, "UPDATE audit_log SET summary = ? WHERE seq = 3", '{"role":"manager"}')
    r = run("check", "--db", db, **m)
    assert r.code == 7
    assert render("check.break.edited", "ja", seq=3) in r.out
    assert render("check.first_break", "ja", seq=3) in r.err
    # Records are read-only until a manager acknowledges; a second check still fails.
    assert run("profile", "set", "name", "x", "--db", db, **m).code == 7
    assert run("check", "--db", db, **m).code == 7
    assert run("acknowledge-break", "--db", db, user=STAFF, password=STAFF_PASSWORD).code == 8
    ack = run("acknowledge-break", "--db", db, **m)
    assert ack.code == 0, ack.err
    after = run("check", "--db", db, "--lang", "en", **m)
    assert after.code == 0, after.out + after.err
    assert "acknowledged the break from entry 3" in after.out
    assert "Entry 3 was edited" in after.out
    assert run("profile", "set", "name", "x", "--db", db, **m).code == 0
    assert run("acknowledge-break", "--db", db, **m).code == 6  # nothing left to acknowledge


def test_check_keeps_failing_after_the_head_is_rewritten(run: Run, office: Office) -> None:
    """A rewrite with recomputed hashes is caught by the anchor, and stays caught."""
    db = str(office.db)
    m = _as_manager(office)
    desk = auth.sign_in(office.db, MANAGER, PASSWORD)
    db_key, database_id = desk.db_key, desk.database_id
    desk.close()
    conn = sqlcipher.connect(str(office.db))
    try:
        conn.execute(key_pragma(db_key, database_id))
        conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        seq, _ts, actor, action, rtype, rid, summary, prev = conn.execute(
            "SELECT seq, ts, actor, action, record_type, record_id, summary, prev_hash "
            "FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        forged_ts = "2020-01-01T00:00:00.000000+00:00"
        digest = hashlib.sha256(
            audit_domain.canonical(seq, forged_ts, actor, action, rtype, rid, summary, prev)
        ).hexdigest()
        conn.execute(
            "UPDATE audit_log SET ts = ?, hash = ? WHERE seq = ?", (forged_ts, digest, seq)
        )
        conn.execute("UPDATE audit_head SET last_hash = ? WHERE id = 1", (digest,))
        conn.commit()
    finally:
        conn.close()
    first = run("check", "--db", db, **m)
    assert first.code == 7
    assert render("check.anchor.rewritten", "ja") in first.out
    second = run("check", "--db", db, **m)
    assert second.code == 7, "signing out must not re-anchor an altered chain"
    assert render("check.anchor.rewritten", "ja") in second.out


# -- backups --------------------------------------------------------------------------------
def test_backup_then_restore_with_password_and_with_the_sheet(
    run: Run, office: Office, tmp_path: Path
) -> None:
    db = str(office.db)
    m = _as_manager(office)
    out_dir = tmp_path / "usb"
    r = run("backup", "-o", str(out_dir), "--db", db, **m)
    assert r.code == 0, r.err
    folders = list(out_dir.iterdir())
    assert len(folders) == 1
    folder = folders[0]
    assert str(folder) in r.out

    by_password = tmp_path / "restored1" / "privacydesk.db"
    by_password.parent.mkdir()
    r = run("restore", str(folder), "-o", str(by_password), user=STAFF, password=STAFF_PASSWORD)
    assert r.code == 0, r.err
    assert str(by_password) in r.out
    assert run("check", "--db", str(by_password), **m).code == 0

    by_sheet = tmp_path / "restored2" / "privacydesk.db"
    by_sheet.parent.mkdir()
    r = run(
        "restore",
        str(folder),
        "-o",
        str(by_sheet),
        user=None,
        password=None,
        recovery_secret=office.secret,
    )
    assert r.code == 0, r.err
    assert run("check", "--db", str(by_sheet), **m).code == 0

    # Never over an existing file; a viewer may not restore; a wrong password is exit 3.
    assert run("restore", str(folder), "-o", str(by_sheet), recovery_secret=office.secret).code == 6
    third = tmp_path / "restored3.db"
    assert (
        run(
            "restore",
            str(folder),
            "-o",
            str(third),
            recovery_secret=None,
            user=VIEWER,
            password=VIEWER_PASSWORD,
        ).code
        == 8
    )
    assert (
        run("restore", str(folder), "-o", str(third), user=MANAGER, password="wrong password!").code
        == 3
    )
    assert not third.exists()
    assert run("restore", str(tmp_path), "-o", str(third), **m).code in (6, 10)


def test_rebuild_keys_from_the_newest_backup(run: Run, office: Office) -> None:
    db = str(office.db)
    m = _as_manager(office)
    assert run("backup", "-o", str(office.backups), "--db", db, **m).code == 0
    present = run("rebuild-keys", "--db", db, "--backups", str(office.backups))
    assert present.code == 6
    paths.key_file_for(office.db).unlink()
    assert run("check", "--db", db, **m).code == 10
    r = run("rebuild-keys", "--db", db, "--backups", str(office.backups))
    assert r.code == 0, r.err
    assert run("check", "--db", db, **m).code == 0
    assert run("check", "--db", db, user=STAFF, password=STAFF_PASSWORD).code == 0
    paths.key_file_for(office.db).unlink()
    empty = run("rebuild-keys", "--db", db, "--backups", str(office.backups / "none"))
    assert empty.code == 10


def test_demo_data(run: Run, office: Office) -> None:
    db = str(office.db)
    m = _as_manager(office)
    r = run("demo-data", "--scale", "10", "--db", db, **m)
    assert r.code == 0, r.err
    assert render("cli.demo_filled", "ja", accounts=3, scale=10, subjects=10, consents="",
                  provisions=1, entries=40).split("同意")[0] in r.out
    rows = json.loads(run("user", "list", "--json", "--db", db, **m).out)
    assert len(rows) == 6
    again = run("demo-data", "--scale", "10", "--db", db, **m)
    assert again.code == 0
    assert "アカウント 0 件" in again.out
    assert json.loads(run("profile", "show", "--db", db, **m).out)["name"]
    assert run("check", "--db", db, **m).code == 0


# -- language -------------------------------------------------------------------------------
def test_lang_en_switches_every_message(run: Run, office: Office, tmp_path: Path) -> None:
    db = str(office.db)
    m = _as_manager(office)
    cases = [
        run("check", "--db", db, "--lang", "en", **m),
        run("user", "list", "--db", db, "--lang", "en", **m),
        run("--lang", "en", "check", "--db", db, user=MANAGER, password="wrong password!"),
        run("check", "--db", str(tmp_path / "nothing.db"), "--lang=en", **m),
        run(
            "user",
            "add",
            "x",
            "--role",
            "staff",
            "--db",
            db,
            "--lang",
            "en",
            user=STAFF,
            password=STAFF_PASSWORD,
            new_password=NEW_PASSWORD,
        ),
        run("profile", "set", "postal_code", "abc", "--db", db, "--lang", "en", **m),
        run("nonsense", "--lang", "en"),
        run("--lang", "en"),
        run("backup", "-o", str(tmp_path / "b"), "--db", db, "--lang", "en", **m),
    ]
    assert [c.code for c in cases] == [0, 0, 3, 4, 8, 6, 2, 2, 0]
    for c in cases:
        assert c.out or c.err
        assert not JAPANESE.search(c.out + c.err), c
    env = run("check", "--db", db, lang="en", **m)
    assert env.code == 0 and not JAPANESE.search(env.out)
    ja = run("check", "--db", db, lang=None, **m)
    assert JAPANESE.search(ja.out)


# -- hostile text ---------------------------------------------------------------------------
@pytest.mark.parametrize("bad", ["a\x00b", "a\udcffb", "\ud800", "\x00"])
def test_nul_and_lone_surrogates_never_crash(
    run: Run, office: Office, bad: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Names and values as undecodable argv gives them; secrets as a prompt could return."""
    db = str(office.db)
    m = _as_manager(office)
    codes = {
        "user add": run(
            "user", "add", bad, "--role", "staff", "--db", db, new_password=NEW_PASSWORD, **m
        ).code,
        "display name": run(
            "user",
            "add",
            "okname",
            "--role",
            "staff",
            "--display-name",
            bad,
            "--db",
            db,
            new_password=NEW_PASSWORD,
            **m,
        ).code,
        "user disable": run("user", "disable", bad, "--db", db, **m).code,
        "user reset": run("user", "reset", bad, "--db", db, new_password=NEW_PASSWORD, **m).code,
        "sign in name": run("check", "--db", db, "--user", bad, password=PASSWORD).code,
        "profile value": run("profile", "set", "name", bad, "--db", db, **m).code,
        "profile field": run("profile", "set", bad, "x", "--db", db, **m).code,
        "recover name": run(
            "recover",
            "--db",
            db,
            "--user",
            bad,
            recovery_secret=office.secret,
            new_password=NEW_PASSWORD,
        ).code,
    }
    # Secrets typed at the prompt (an environment variable cannot hold NUL).
    typed: list[str] = []

    def prompt(text: str = "") -> str:
        return typed.pop(0)

    monkeypatch.setattr(cli.getpass, "getpass", prompt)
    typed[:] = [bad + "long enough"]
    codes["sign in password"] = run("check", "--db", db, user=MANAGER, password=None).code
    typed[:] = [bad * 12, bad * 12]
    codes["new password"] = run(
        "user",
        "add",
        "okname",
        "--role",
        "staff",
        "--db",
        db,
        new_password=None,
        user=MANAGER,
        password=PASSWORD,
    ).code
    typed[:] = ["PD1-" + bad, NEW_PASSWORD, NEW_PASSWORD]
    codes["recovery secret"] = run(
        "recover", "--db", db, "--user", MANAGER, recovery_secret=None, new_password=None
    ).code
    typed[:] = [PASSWORD, bad * 12, bad * 12]
    codes["passwd"] = run("passwd", "--db", db, user=MANAGER, password=None, new_password=None).code
    typed[:] = [bad + "long enough", NEW_PASSWORD, NEW_PASSWORD]
    codes["passwd old"] = run(
        "passwd", "--db", db, user=MANAGER, password=None, new_password=None
    ).code
    assert all(code in (3, 6) for code in codes.values()), codes
    assert run("check", "--db", db, **m).code == 0


def test_prompts_confirm_the_new_password(
    run: Run, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    typed = [PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x"]
    monkeypatch.setattr(cli.getpass, "getpass", lambda text="": typed.pop(0))
    r = run("passwd", "--db", str(office.db), user=MANAGER, password=None, new_password=None)
    assert r.code == 6
    assert render("cli.passwords_differ", "ja") in r.err

    def no_terminal(text: str = "") -> str:
        raise EOFError

    monkeypatch.setattr(cli.getpass, "getpass", no_terminal)
    r = run("check", "--db", str(office.db), user=MANAGER, password=None)
    assert r.code == 2
    assert "PRIVACYDESK_PASSWORD" in r.err
