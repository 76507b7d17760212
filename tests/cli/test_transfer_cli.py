"""privacydesk import / export / search, in-process: exit codes 0, 6 (report on stderr), 8."""

from __future__ import annotations

import codecs
import io
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from privacydesk import cli
from privacydesk.messages import render
from privacydesk.services import accounts, auth, subjects

CHEAP_KDF = auth.KdfParams(n=2**4, r=8, p=1)
MANAGER, STAFF, VIEWER = "kanri", "tantou", "etsuran"
PASSWORD = "correct horse battery"
GOOD = (
    "会員番号,氏名,フリガナ,生年月日,電話番号\n"
    "M1,髙橋 﨑子,タカハシ,1980-05-06,9012345678\n"
    "M2,山田 太郎,ヤマダ,S60.5.1,\n"
)


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def db(tmp_path: Path) -> Path:
    folder = tmp_path / "office"
    folder.mkdir()
    path = folder / "privacydesk.db"
    desk, _ = auth.create_database(path, MANAGER, PASSWORD, kdf=CHEAP_KDF)
    try:
        accounts.add_user(desk, STAFF, "staff", PASSWORD)
        accounts.add_user(desk, VIEWER, "viewer", PASSWORD)
        subjects.create_subject(
            desk,
            subjects.SubjectData(
                legal_name="所在 秘匿", address="秘密の住所", phone="0311112222", protected=True
            ),
        )
    finally:
        desk.close()
    return path


def run(monkeypatch: pytest.MonkeyPatch, *argv: str, user: str = MANAGER) -> Result:
    monkeypatch.setenv("PRIVACYDESK_USER", user)
    monkeypatch.setenv("PRIVACYDESK_PASSWORD", PASSWORD)
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), out=out, err=err)
    result = Result(code, out.getvalue(), err.getvalue())
    assert "Traceback" not in result.out + result.err
    return result


def test_import_prints_counts_and_notes(
    monkeypatch: pytest.MonkeyPatch, db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "m.csv"
    path.write_bytes(GOOD.encode("cp932"))
    r = run(monkeypatch, "import", "subjects", str(path), "--db", str(db), user=STAFF)
    assert r.code == 0, r.err
    assert r.out.strip() == render("cli.imported", "ja", kind="本人", rows=2, records=2)
    assert "2 行目「電話番号」" in r.err  # the zero put back, said so
    found = run(monkeypatch, "search", "高橋", "--json", "--db", str(db))
    rows = json.loads(found.out)
    assert [(p["legal_name"], p["phone"], p["birth_date"]) for p in rows] == [
        ("髙橋 﨑子", "09012345678", "1980-05-06")
    ]


def test_dry_run_then_problems_exit_6(
    monkeypatch: pytest.MonkeyPatch, db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "m.csv"
    path.write_text(GOOD, encoding="utf-8")
    r = run(monkeypatch, "import", "subjects", str(path), "--dry-run", "--db", str(db))
    assert r.code == 0, r.err
    assert "保存していません" in r.out
    assert json.loads(run(monkeypatch, "search", "山田", "--json", "--db", str(db)).out) == []
    bad = tmp_path / "bad.csv"
    bad.write_text(GOOD + "M3,佐藤,サトウ,01/02/1990,\n", encoding="utf-8")
    r = run(monkeypatch, "import", "subjects", str(bad), "--db", str(db), "--lang", "en")
    assert r.code == 6
    assert "Error: Row 4, column '生年月日'" in r.err
    assert render("import.failed", "en", count=1) in r.err
    assert r.out == ""
    assert json.loads(run(monkeypatch, "search", "山田", "--json", "--db", str(db)).out) == []


def test_mapping_file(monkeypatch: pytest.MonkeyPatch, db: Path, tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text("氏名,生年月日,ID番号\n木村 一,1990-01-01,K-1\n", encoding="utf-8")
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"ID番号": "member_number"}), encoding="utf-8")
    r = run(
        monkeypatch, "import", "subjects", str(path), "--mapping", str(mapping), "--db", str(db)
    )
    assert r.code == 0, r.err
    (person,) = json.loads(run(monkeypatch, "search", "木村", "--json", "--db", str(db)).out)
    assert person["member_number"] == "K-1"
    mapping.write_text("{broken", encoding="utf-8")
    r = run(
        monkeypatch, "import", "subjects", str(path), "--mapping", str(mapping), "--db", str(db)
    )
    assert r.code == 6


def test_export_by_role(monkeypatch: pytest.MonkeyPatch, db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    r = run(monkeypatch, "export", "subjects", "-o", str(out), "--db", str(db), user=VIEWER)
    assert r.code == 8
    assert not out.exists()
    r = run(monkeypatch, "import", "subjects", str(out), "--db", str(db), user=VIEWER)
    assert r.code == 8
    r = run(monkeypatch, "export", "subjects", "-o", str(out), "--db", str(db), user=STAFF)
    assert r.code == 0, r.err
    data = out.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert "＊＊＊" in data.decode("utf-8-sig") and "秘密の住所" not in data.decode("utf-8-sig")
    r = run(monkeypatch, "export", "subjects", "-o", str(out), "--db", str(db))
    assert "秘密の住所" in out.read_bytes().decode("utf-8-sig")
    for kind in ("register", "consents", "provisions"):
        target = tmp_path / f"{kind}.csv"
        r = run(monkeypatch, "export", kind, "-o", str(target), "--db", str(db), user=STAFF)
        assert r.code == 0, r.err
        assert target.read_bytes().startswith(codecs.BOM_UTF8)


def test_search_masks_for_non_managers(monkeypatch: pytest.MonkeyPatch, db: Path) -> None:
    for user, masked in ((VIEWER, True), (MANAGER, False)):
        r = run(monkeypatch, "search", "所在", "--json", "--db", str(db), user=user)
        assert r.code == 0
        (person,) = json.loads(r.out)
        assert (person["address"] == "＊＊＊") is masked
        assert set(person) >= {"id", "legal_name", "reading", "birth_date", "member_number"}
    r = run(monkeypatch, "search", "所在", "--db", str(db), user=VIEWER)
    assert "所在 秘匿" in r.out and "秘密" not in r.out


def test_usage_errors(monkeypatch: pytest.MonkeyPatch, db: Path, tmp_path: Path) -> None:
    assert run(monkeypatch, "import", "persons", "x.csv", "--db", str(db)).code == 2
    assert run(monkeypatch, "export", "subjects", "--db", str(db)).code == 2
    missing = run(monkeypatch, "import", "subjects", str(tmp_path / "no.csv"), "--db", str(db))
    assert missing.code == 6
    assert "no.csv" in missing.err


def test_search_json_is_utf8_on_a_byte_stream(monkeypatch: pytest.MonkeyPatch, db: Path) -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp932", errors="strict")
    monkeypatch.setenv("PRIVACYDESK_USER", MANAGER)
    monkeypatch.setenv("PRIVACYDESK_PASSWORD", PASSWORD)
    assert cli.main(["search", "所在", "--json", "--db", str(db)], out=stream) == 0
    stream.flush()
    assert json.loads(raw.getvalue().decode("utf-8"))[0]["legal_name"] == "所在 秘匿"
