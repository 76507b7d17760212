"""privacydesk export-board, in-process: the default workbook read back with calamine, the
personal workbook encrypted with the password from the environment, and exit codes 2, 6, 8."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import msoffcrypto
import pytest
from python_calamine import CalamineError, CalamineWorkbook

from privacydesk import cli
from privacydesk.messages import render
from privacydesk.services import accounts, auth, demo

CHEAP_KDF = auth.KdfParams(n=2**4, r=8, p=1)
MANAGER, STAFF = "kanri", "tantou"
PASSWORD = "correct horse battery"
EXPORT_PASSWORD = "board pass phrase 2026"
SHEETS = ("概要", "個人情報取扱台帳", "委託先監督", "開示等請求", "苦情", "漏えい等", "グラフ")


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One small demo database for the module, in its own app data folder."""
    folder = tmp_path_factory.mktemp("board-cli")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PRIVACYDESK_HOME", str(folder / "home"))
        path = folder / "privacydesk.db"
        desk, _ = auth.create_database(path, MANAGER, PASSWORD, kdf=CHEAP_KDF)
        try:
            accounts.add_user(desk, STAFF, "staff", PASSWORD)
            demo.fill(desk, 50)
        finally:
            desk.close()
    yield path


def run(
    monkeypatch: pytest.MonkeyPatch,
    *argv: str,
    user: str = MANAGER,
    export_password: str | None = None,
) -> Result:
    monkeypatch.setenv("PRIVACYDESK_USER", user)
    monkeypatch.setenv("PRIVACYDESK_PASSWORD", PASSWORD)
    if export_password is None:
        monkeypatch.delenv(cli.ENV_EXPORT_PASSWORD, raising=False)
    else:
        monkeypatch.setenv(cli.ENV_EXPORT_PASSWORD, export_password)
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), out=out, err=err)
    result = Result(code, out.getvalue(), err.getvalue())
    assert "Traceback" not in result.out + result.err
    return result


def _sheet_names(path: Path) -> list[str]:
    return list(CalamineWorkbook.from_path(str(path)).sheet_names)


def test_staff_exports_the_default_workbook(
    monkeypatch: pytest.MonkeyPatch, db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "board.xlsx"
    r = run(monkeypatch, "export-board", "--fiscal-year", "2026", "-o", str(out), "--db", str(db),
            user=STAFF)  # fmt: skip
    assert r.code == 0, r.err
    assert str(out) in r.out
    assert render("cli.board_not_encrypted", "ja") in r.out
    names = _sheet_names(out)
    for name in SHEETS:
        assert name in names, names
    assert not any("氏名" in n for n in names)  # no personal sheets
    book = CalamineWorkbook.from_path(str(out))
    summary = book.get_sheet_by_name("概要").to_python()
    assert any("2026" in str(cell) for row in summary[:6] for cell in row)


def test_a_period_in_wareki(monkeypatch: pytest.MonkeyPatch, db: Path, tmp_path: Path) -> None:
    out = tmp_path / "half.xlsx"
    r = run(monkeypatch, "export-board", "--from", "令和8年4月1日", "--to", "R8.9.30",
            "-o", str(out), "--db", str(db), "--lang", "en")  # fmt: skip
    assert r.code == 0, r.err
    assert render("cli.board_written", "en", start="2026-04-01", end="2026-09-30",
                  path=str(out)) in r.out  # fmt: skip
    assert "概要" in _sheet_names(out)


def test_personal_workbook_is_encrypted_with_the_environment_password(
    monkeypatch: pytest.MonkeyPatch, db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "personal.xlsx"
    r = run(monkeypatch, "export-board", "--fiscal-year", "2026", "-o", str(out),
            "--with-personal-data", "--db", str(db), export_password=EXPORT_PASSWORD)  # fmt: skip
    assert r.code == 0, r.err
    assert render("cli.board_encrypted", "ja") in r.out
    assert EXPORT_PASSWORD not in r.out + r.err
    with pytest.raises(CalamineError):  # an OLE container, not an xlsx zip
        CalamineWorkbook.from_path(str(out))
    with out.open("rb") as f:
        office = msoffcrypto.OfficeFile(f)
        assert office.is_encrypted()
        office.load_key(password=EXPORT_PASSWORD, verify_password=True)
        plain = io.BytesIO()
        office.decrypt(plain)
    names = CalamineWorkbook.from_filelike(io.BytesIO(plain.getvalue())).sheet_names
    assert "概要" in names
    assert any("氏名" in n for n in names)  # the personal sheets are there
    with out.open("rb") as f:
        wrong = msoffcrypto.OfficeFile(f)
        with pytest.raises(msoffcrypto.exceptions.InvalidKeyError):
            wrong.load_key(password="not the password", verify_password=True)


def test_personal_data_needs_the_password(
    monkeypatch: pytest.MonkeyPatch, db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "personal.xlsx"
    r = run(monkeypatch, "export-board", "--fiscal-year", "2026", "-o", str(out),
            "--with-personal-data", "--db", str(db))  # fmt: skip
    assert r.code == 6
    assert cli.ENV_EXPORT_PASSWORD in r.err
    assert render("cli.export_password_needed", "ja", env=cli.ENV_EXPORT_PASSWORD, min=8) in r.err
    assert not out.exists()
    r = run(monkeypatch, "export-board", "--fiscal-year", "2026", "-o", str(out),
            "--with-personal-data", "--db", str(db), export_password="short")  # fmt: skip
    assert r.code == 6
    assert render("board.password_required", "ja", min=8) in r.err
    assert not out.exists()


def test_staff_may_not_export_personal_data(
    monkeypatch: pytest.MonkeyPatch, db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "personal.xlsx"
    for password in (EXPORT_PASSWORD, None):
        r = run(monkeypatch, "export-board", "--fiscal-year", "2026", "-o", str(out),
                "--with-personal-data", "--db", str(db), user=STAFF,
                export_password=password)  # fmt: skip
        assert r.code == 8, r.err
        assert not out.exists()


def test_a_bad_period_is_refused(monkeypatch: pytest.MonkeyPatch, db: Path, tmp_path: Path) -> None:
    out = tmp_path / "board.xlsx"
    r = run(monkeypatch, "export-board", "--from", "2026-10-01", "--to", "2026-04-01",
            "-o", str(out), "--db", str(db))  # fmt: skip
    assert r.code == 6
    assert render("board.end_before_start", "ja") in r.err
    r = run(monkeypatch, "export-board", "--from", "2026-13-01", "--to", "2026-04-01",
            "-o", str(out), "--db", str(db))  # fmt: skip
    assert r.code == 6
    r = run(monkeypatch, "export-board", "--fiscal-year", "1990", "-o", str(out), "--db", str(db))
    assert r.code == 6
    assert not out.exists()


def test_usage_errors(monkeypatch: pytest.MonkeyPatch, db: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "board.xlsx")
    assert run(monkeypatch, "export-board", "-o", out, "--db", str(db)).code == 2
    assert run(monkeypatch, "export-board", "--from", "2026-04-01", "-o", out).code == 2
    both = ("--fiscal-year", "2026", "--from", "2026-04-01", "--to", "2026-05-01")
    assert run(monkeypatch, "export-board", *both, "-o", out, "--db", str(db)).code == 2
    assert run(monkeypatch, "export-board", "--fiscal-year", "2026", "--db", str(db)).code == 2
    # The password is never an argument.
    r = run(monkeypatch, "export-board", "--fiscal-year", "2026", "-o", out, "--password", "x")
    assert r.code == 2
    assert not Path(out).exists()


def test_help_names_the_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    for lang in ("ja", "en"):
        r = run(monkeypatch, "export-board", "--help", "--lang", lang)
        assert r.code == 0
        assert "--with-personal-data" in r.out and cli.ENV_EXPORT_PASSWORD in r.out
        assert render("cli.help.fiscal_year", lang) in r.out


def test_the_default_workbook_is_encrypted_when_a_password_is_set(
    monkeypatch: pytest.MonkeyPatch, db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "board.xlsx"
    r = run(monkeypatch, "export-board", "--fiscal-year", "2026", "-o", str(out), "--db", str(db),
            user=STAFF, export_password=EXPORT_PASSWORD)  # fmt: skip
    assert r.code == 0, r.err
    assert render("cli.board_encrypted", "ja") in r.out
    with out.open("rb") as f:
        assert msoffcrypto.OfficeFile(f).is_encrypted()


@pytest.mark.parametrize("kind", ["requests", "complaints", "incidents", "contractors", "staff",
                                  "audits", "mailings"])  # fmt: skip
def test_export_every_table_as_csv(
    monkeypatch: pytest.MonkeyPatch, db: Path, tmp_path: Path, kind: str
) -> None:
    out = tmp_path / f"{kind}.csv"
    r = run(monkeypatch, "export", kind, "-o", str(out), "--db", str(db), user=STAFF)
    assert r.code == 0, r.err
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
    assert out.read_bytes().startswith(codecs.BOM_UTF8)
    assert r.out.strip() == render("cli.exported", "ja", count=len(rows) - 1, path=str(out))
