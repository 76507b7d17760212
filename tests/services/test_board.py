"""The board workbook through the services on a real demo database: read back with calamine,
the 概要 figures recomputed from the database here, no data subject's name anywhere in the
default workbook, the personal workbook encrypted and for managers only, and audited."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

from privacydesk.errors import InvalidInput, NotAllowed
from privacydesk.reports import xlsx_crypto
from privacydesk.services import accounts, auth, board, demo
from privacydesk.services.desk import Desk
from privacydesk.storage.models import (
    Complaint,
    DataRequest,
    RegisterEntry,
    RequestType,
    Subject,
)

TODAY = date(2026, 11, 23)
PASSWORD = "another pass phrase 1"


@pytest.fixture(scope="module")
def demo_desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    from tests.conftest import CHEAP_KDF, MANAGER
    from tests.conftest import PASSWORD as MANAGER_PASSWORD

    folder = tmp_path_factory.mktemp("board")
    desk, _sheet = auth.create_database(
        folder / "privacydesk.db",
        MANAGER,
        MANAGER_PASSWORD,
        kdf=CHEAP_KDF,
        backup_root=folder / "backups",
    )
    demo.fill(desk, scale=300, today=TODAY)
    yield desk
    desk.close()


def _sheets(xlsx: bytes) -> dict[str, list[list[object]]]:
    book = CalamineWorkbook.from_filelike(io.BytesIO(xlsx))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def _figure(rows: list[list[object]], label: str) -> tuple[object, object]:
    for row in rows:
        if row and row[0] == label:
            return row[1], row[2]
    raise AssertionError(f"{label} not in 概要")


def test_the_workbook_reads_back_with_figures_from_the_database(demo_desk: Desk) -> None:
    fy = board.current_fiscal_year(demo_desk, TODAY)
    period = board.period_for(demo_desk, fiscal_year=fy)
    assert (period.start, period.end) == (date(2026, 4, 1), date(2027, 3, 31))
    xlsx = board.export_board(demo_desk, period, today=TODAY)
    sheets = _sheets(xlsx)
    assert list(sheets)[:6] == [
        "概要",
        "個人情報取扱台帳",
        "委託先監督",
        "開示等請求",
        "苦情",
        "漏えい等",
    ]
    assert "グラフ" in sheets
    with demo_desk.uow() as s:
        entries = s.scalar(select(func.count()).where(RegisterEntry.active.is_(True)))
        received = s.scalar(
            select(func.count()).where(DataRequest.received_on.between(period.start, period.end))
        )
        before = s.scalar(
            select(func.count()).where(
                DataRequest.received_on.between(date(2025, 4, 1), date(2026, 3, 31))
            )
        )
        complaints = s.scalar(select(func.count()).where(Complaint.received_at >= period.start))
        full = s.scalar(
            select(func.count())
            .select_from(RequestType)
            .join(DataRequest, DataRequest.id == RequestType.request_id)
            .where(
                DataRequest.received_on.between(period.start, period.end),
                RequestType.decision == "full",
            )
        )
    summary = sheets["概要"]
    assert _figure(summary, "台帳の件数")[0] == entries
    now_, prev = _figure(summary, "受付件数")  # the requests section comes first
    assert (now_, prev) == (received, before)
    # One row per request on its sheet (the table's header is the row after the title rows).
    request_rows = [r for r in sheets["開示等請求"] if r and str(r[0]).startswith("請求20")]
    assert len(request_rows) == received
    assert _figure(summary, "決定：全部開示")[0] == full
    header = next(r for r in sheets["委託先監督"] if r and r[0] == "委託先")
    assert "最終点検日" in header and "結果" in header
    complaint_rows = [r for r in sheets["苦情"] if r and str(r[0]).startswith("苦情20")]
    assert len(complaint_rows) == complaints


def test_no_subjects_name_anywhere_in_the_default_workbook(demo_desk: Desk) -> None:
    period = board.period_for(demo_desk, start=date(2020, 1, 1), end=TODAY)
    xlsx = board.export_board(demo_desk, period, today=TODAY)
    cells = {
        str(cell)
        for rows in _sheets(xlsx).values()
        for row in rows
        for cell in row
        if cell not in ("", None)
    }
    text = "\n".join(cells)
    with demo_desk.uow() as s:
        names = [n for n in s.scalars(select(Subject.legal_name)) if len(n) >= 3]
    assert names
    assert [n for n in names if n in text] == []


def test_personal_workbook_is_encrypted_for_managers_only(demo_desk: Desk, tmp_path: Path):
    period = board.period_for(demo_desk, fiscal_year=2026)
    with pytest.raises(InvalidInput) as e:
        board.export_board(demo_desk, period, with_personal_data=True, today=TODAY)
    assert e.value.code == "board.password_required"
    out = tmp_path / "board.xlsx"
    data = board.export_board(
        demo_desk, period, out, with_personal_data=True, password="board-secret-2026", today=TODAY
    )
    assert out.read_bytes() == data and xlsx_crypto.is_encrypted(data)
    with pytest.raises(Exception):  # noqa: B017 - calamine's own error type
        CalamineWorkbook.from_filelike(io.BytesIO(data))
    plain = xlsx_crypto.decrypt(data, "board-secret-2026")
    assert "開示等請求（氏名等）" in _sheets(plain)
    accounts.add_user(demo_desk, "tantou_b", "staff", PASSWORD)
    staff = auth.sign_in(demo_desk.path, "tantou_b", PASSWORD)
    try:
        with pytest.raises(NotAllowed):
            board.export_board(staff, period, with_personal_data=True, password="x" * 12)
        board.export_board(staff, period, today=TODAY)  # the default workbook is fine
    finally:
        staff.close()
    from privacydesk.services import audit

    kinds = [e.summary for e in audit.list_entries(demo_desk, limit=50) if e.action == "data.left"]
    assert any("workbook.board.personal" in k for k in kinds)


def test_bad_periods_are_refused(demo_desk: Desk) -> None:
    with pytest.raises(InvalidInput):
        board.period_for(demo_desk, start=date(2026, 5, 1), end=date(2026, 4, 1))
    with pytest.raises(InvalidInput):
        board.period_for(demo_desk)
    with pytest.raises(InvalidInput):
        board.period_for(demo_desk, fiscal_year=99)
