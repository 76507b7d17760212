"""The CSV export of every other table (requests, complaints, incidents, contractors, staff,
audits, mailings) on a small demo database: each read back with the csv module (BOM, header,
one row per record), codes as stored and dates as ISO, a protected person's whereabouts masked
for staff, the formula guard, the outbound audit entry, and viewers refused."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from privacydesk.errors import InvalidInput, NotAllowed
from privacydesk.services import audit, auth, complaints, demo, staff, transfer
from privacydesk.services.desk import Desk
from privacydesk.storage.models import (
    Complaint,
    Contractor,
    DataRequest,
    Incident,
    InternalAudit,
    Mailing,
    StaffMember,
)

CHEAP_KDF = auth.KdfParams(n=2**4, r=8, p=1)
MANAGER = "kanri"
PASSWORD = "correct horse battery"
STAFF_USER, VIEWER_USER = "staff1", "viewer3"  # made by demo.fill
MODELS: dict[str, type] = {
    "requests": DataRequest,
    "complaints": Complaint,
    "incidents": Incident,
    "contractors": Contractor,
    "staff": StaffMember,
    "audits": InternalAudit,
    "mailings": Mailing,
}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A date column of each kind, and a code column with the codes it may hold.
DATE_COLUMN = {
    "requests": "受付日",
    "complaints": "回答目標日",
    "incidents": "把握日",
    "contractors": "契約開始日",
    "staff": "開始日",
    "audits": "予定日",
    "mailings": "発送日",
}
CODE_COLUMN = {
    "requests": ("状態", {"identity_pending", "fee_pending", "in_review", "decided", "sent",
                         "closed", "withdrawn"}),
    "complaints": ("状態", {"received", "investigating", "answered", "closed", "withdrawn"}),
    "incidents": ("種類", {"leak", "loss", "damage"}),
    "contractors": ("状態", {"selecting", "active", "ended"}),
    "staff": ("区分", {"employee", "volunteer", "board", "other"}),
    "audits": ("状態", {"planned", "done", "reported"}),
    "mailings": ("状態", {"sent", "returned", "misdelivered"}),
}  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One small demo for the module (it has a row in every table), in its own app folder."""
    folder = tmp_path_factory.mktemp("exports")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PRIVACYDESK_HOME", str(folder / "home"))
        path = folder / "privacydesk.db"
        desk, _ = auth.create_database(path, MANAGER, PASSWORD, kdf=CHEAP_KDF)
        try:
            demo.fill(desk, 50)
        finally:
            desk.close()
    return path


def _sign_in(db: Path, user: str, password: str) -> Iterator[Desk]:
    desk = auth.sign_in(db, user, password)
    yield desk
    desk.close()


@pytest.fixture
def manager(db: Path) -> Iterator[Desk]:
    yield from _sign_in(db, MANAGER, PASSWORD)


@pytest.fixture
def staff_desk(db: Path) -> Iterator[Desk]:
    yield from _sign_in(db, STAFF_USER, demo.DEMO_PASSWORD)


@pytest.fixture
def viewer(db: Path) -> Iterator[Desk]:
    yield from _sign_in(db, VIEWER_USER, demo.DEMO_PASSWORD)


def _read(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    header = rows[0]
    assert all(len(r) == len(header) for r in rows), "every row has every column"
    return [dict(zip(header, r, strict=True)) for r in rows[1:]]


def _count(desk: Desk, model: type) -> int:
    with desk.uow() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


@pytest.mark.parametrize("kind", transfer.TABLE_KINDS)
def test_each_table_round_trips(manager: Desk, tmp_path: Path, kind: str) -> None:
    expected = _count(manager, MODELS[kind])
    assert expected > 0, "the demo has a row in every table"
    out = tmp_path / f"{kind}.csv"
    assert transfer.export_csv(manager, kind, out) == expected
    data = out.read_bytes()
    assert data.startswith(codecs.BOM_UTF8) and b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == transfer.export_headers(kind)
    assert len(rows) == expected + 1
    records = _read(out)
    dates = [r[DATE_COLUMN[kind]] for r in records if r[DATE_COLUMN[kind]]]
    assert dates and all(ISO_DATE.fullmatch(d) for d in dates), dates[:3]
    column, codes = CODE_COLUMN[kind]
    assert {r[column] for r in records} <= codes
    assert not list(tmp_path.glob(".~*")), "no temporary file left"


def test_every_kind_is_offered(manager: Desk) -> None:
    assert set(transfer.EXPORT_KINDS) >= {"register", "subjects", "consents", "provisions"}
    assert set(transfer.EXPORT_KINDS) >= set(MODELS)
    assert set(transfer.KIND_LABELS) == set(transfer.EXPORT_KINDS)
    for kind in transfer.TABLE_KINDS:
        headers = transfer.export_headers(kind)
        assert len(headers) == len(set(headers)), kind


def test_request_rows_carry_numbers_names_and_masked_whereabouts(
    manager: Desk, staff_desk: Desk, tmp_path: Path
) -> None:
    with manager.uow() as s:
        protected = s.scalars(
            select(DataRequest).where(
                DataRequest.protected.is_(True), DataRequest.request_address != ""
            )
        ).first()
        assert protected is not None, "the demo has a protected person's request"
        address, name = protected.request_address, protected.person_name
    full, masked = tmp_path / "manager.csv", tmp_path / "staff.csv"
    transfer.export_csv(manager, "requests", full)
    transfer.export_csv(staff_desk, "requests", masked)
    as_manager = {r["受付番号"]: r for r in _read(full)}
    as_staff = {r["受付番号"]: r for r in _read(masked)}
    assert all(re.fullmatch(r"請求\d{4}-\d{4}", n) for n in as_manager)
    number = next(n for n, r in as_manager.items() if r["請求書の住所"] == address)
    assert as_manager[number]["本人の氏名"] == name
    assert as_manager[number]["所在秘匿"] == "はい"
    assert as_staff[number]["請求書の住所"] == transfer.MASK
    assert as_staff[number]["本人の氏名"] == name  # the name is not whereabouts
    assert address not in masked.read_bytes().decode("utf-8-sig")
    # Other persons' addresses are not masked for staff.
    plain = [r for r in as_staff.values() if r["所在秘匿"] == "いいえ" and r["請求書の住所"]]
    assert plain and all(r["請求書の住所"] != transfer.MASK for r in plain)
    # Several types in one cell, joined as codes.
    types = {t for r in as_manager.values() for t in r["請求の種類"].split("+")}
    assert types <= {"purpose", "disclosure", "provision_records", "correction", "suspension",
                     "stop_provision"}  # fmt: skip


def test_a_cell_that_would_run_as_a_formula_is_quoted(manager: Desk, tmp_path: Path) -> None:
    complaints.receive(
        manager,
        complaints.ComplaintInput(
            received_at=datetime(2026, 5, 1, 9, 30),
            channel="email",
            category="other",
            content='=HYPERLINK("http://example.invalid","click")',
            complainant="@匿名希望",
        ),
    )
    staff.create(manager, staff.StaffData(name="+試験 一郎", kind="volunteer", notes="-1"))
    out = tmp_path / "complaints.csv"
    transfer.export_csv(manager, "complaints", out)
    (row,) = [r for r in _read(out) if r["受付日時"] == "2026-05-01 09:30"]
    assert row["内容"] == '\'=HYPERLINK("http://example.invalid","click")'
    assert row["申出者"] == "'@匿名希望"
    assert (row["経路"], row["区分"], row["状態"]) == ("email", "other", "received")
    out = tmp_path / "staff.csv"
    transfer.export_csv(manager, "staff", out)
    (member,) = [r for r in _read(out) if r["氏名"].endswith("試験 一郎")]
    assert (member["氏名"], member["備考"], member["区分"]) == ("'+試験 一郎", "'-1", "volunteer")


def test_export_is_audited_with_kind_and_count(manager: Desk, tmp_path: Path) -> None:
    out = tmp_path / "mailings.csv"
    count = transfer.export_csv(manager, "mailings", out)
    entries = [
        e
        for e in audit.list_entries(manager, action_prefix="data.left")
        if e.record_type == "export.mailings"
    ]
    assert entries
    summary = entries[0].summary
    assert '"kind":"export.mailings"' in summary and f'"records":{count}' in summary
    assert '"personal":true' in summary
    assert str(out) not in summary  # only the path's fingerprint


@pytest.mark.parametrize("kind", transfer.TABLE_KINDS)
def test_a_viewer_may_not_export(manager: Desk, viewer: Desk, tmp_path: Path, kind: str) -> None:
    before = len(audit.list_entries(manager, action_prefix="data.left", limit=100_000))
    out = tmp_path / f"{kind}.csv"
    with pytest.raises(NotAllowed) as info:
        transfer.export_csv(viewer, kind, out)
    assert info.value.exit_code == 8
    assert list(tmp_path.iterdir()) == []
    after = len(audit.list_entries(manager, action_prefix="data.left", limit=100_000))
    assert after == before


def test_an_unknown_kind_is_refused(manager: Desk, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput):
        transfer.export_csv(manager, "accounts", tmp_path / "a.csv")
    assert list(tmp_path.iterdir()) == []
