"""`privacydesk --demo` on the command line: a fresh synthetic database each time."""

from __future__ import annotations

import io
from pathlib import Path

from privacydesk import cli, paths
from privacydesk.messages import render
from privacydesk.services import accounts, auth, demo, profile


def _demo(*extra: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["--demo", *extra], out=out, err=err)
    assert "Traceback" not in err.getvalue()
    return code, out.getvalue(), err.getvalue()


def test_demo_creates_a_fresh_database_twice(_home: Path) -> None:
    folder = paths.demo_dir()
    assert folder == _home / "demo"
    code, out, err = _demo()
    assert code == 0, err
    db = folder / paths.DB_FILENAME
    assert db.exists() and paths.key_file_for(db).exists()
    assert str(db) in out
    assert demo.DEMO_USER in out and demo.DEMO_PASSWORD in out
    assert render("cli.ok", "ja") in out

    first_id = db.read_bytes()[:16]  # the database id (SQLCipher's salt)
    marker = folder / "leftover.txt"
    marker.write_text("x", encoding="utf-8")

    code, out, err = _demo("--lang", "en")
    assert code == 0, err
    assert "Demo database created" in out and demo.DEMO_PASSWORD in out
    assert not marker.exists()
    assert db.read_bytes()[:16] != first_id
    desk = auth.sign_in(db, demo.DEMO_USER, demo.DEMO_PASSWORD)
    try:
        names = {a.username for a in accounts.list_users(desk)}
        assert names == {demo.DEMO_USER, "staff1", "staff2", "viewer3"}
        assert profile.get_profile(desk).name.startswith("特定非営利活動法人")
    finally:
        desk.close()
    # The demo's backups stay inside the demo folder, never among the office's own.
    assert list((folder / "backups").iterdir())
    assert not paths.default_backup_dir().exists() or not list(paths.default_backup_dir().iterdir())
