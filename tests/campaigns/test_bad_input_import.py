"""Bad-input campaign over the importers: the office's CSV and xlsx files (register, persons,
consents), a mapping file, a privacy notice (.txt/.docx) and a request's extract.

Files come in the wrong encoding (cp932, UTF-16, Latin-1, EUC-JP), cut mid-character, with
NUL bytes or random bytes, or well encoded but carrying bad cells (NUL, lone surrogates,
1 MB, SQL-like text, dates out of range, huge numbers). Properties: the import succeeds or is
refused with a readable error (never exit code 1, never a bare exception); a refused import
or a dry run saves nothing; nothing saved before is changed.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from tests.campaigns.strategies import (
    BAD_DATE_TEXT,
    ONE_MB_ASCII,
    Snapshot,
    Tally,
    campaign_database,
    huge_numbers,
    lost_rows,
    nasty_text,
    snapshot,
    wrong_encoding_files,
)

from privacydesk.errors import ExitCode, PrivacydeskError
from privacydesk.services import (
    notice_check,
    profile,
    register,
    requests,
    subjects,
    transfer,
)
from privacydesk.services.desk import Desk

EXAMPLES = int(os.environ.get("BAD_INPUT_EXAMPLES", "12"))
TALLY = Tally("import")
CAMPAIGN = settings(
    max_examples=EXAMPLES * 4,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    deadline=None,
)

# A header and a row per kind; {x} is where the bad value goes.
FILES: dict[str, tuple[str, tuple[str, ...]]] = {
    "subjects": (
        "会員番号,氏名,フリガナ,生年月日,郵便番号,電話番号,メールアドレス,備考",
        (
            "M-1,{x},タカハシ,1980-01-02,100-0001,090-1111-2222,a@example.jp,",
            "M-2,髙橋,タカハシ,{x},100-0001,,,",
            "M-3,髙橋,,1980-01-02,{x},,,",
            "{x},髙橋,,1980-01-02,,,,",
            "M-4,髙橋,,1980-01-02,,{x},,",
            "M-5,髙橋,,1980-01-02,,,,{x}",
        ),
    ),
    "consents": (
        "会員番号,氏名,生年月日,同意の対象,利用目的,同意日,同意の方法,証跡番号",
        (
            "M-1,{x},1980-01-02,purpose,会報の送付,2025-04-01,paper,E-1",
            "M-1,髙橋,1980-01-02,purpose,{x},2025-04-01,paper,E-1",
            "M-1,髙橋,1980-01-02,purpose,会報の送付,{x},paper,E-1",
            "M-1,髙橋,1980-01-02,{x},会報の送付,2025-04-01,paper,E-1",
            "M-1,髙橋,1980-01-02,purpose,会報の送付,2025-04-01,paper,{x}",
        ),
    ),
    "register": (
        "個人情報の名称,担当部署,責任者,項目,保存期間（月）",
        (
            "{x},総務,山田,氏名,12",
            "名簿,{x},山田,氏名,12",
            "名簿,総務,山田,{x},12",
            "名簿,総務,山田,氏名,{x}",
        ),
    ),
}


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Desk, Path, Snapshot]]:
    with campaign_database(tmp_path_factory, "bad_input_import", TALLY) as (desk, tmp):
        profile.save_profile(desk, profile.ProfileData(name="特定非営利活動法人 ひまわり"))
        entry = register.create_entry(desk, register.EntryData(name="会員名簿")).id
        register.create_purpose(desk, register.PurposeData("a.", "会報の送付", "members"))
        register.create_notice(
            desk, register.NoticeData("第1版", "利用目的：会報の送付", date(2026, 4, 1), "")
        )
        person = subjects.create_subject(
            desk, subjects.SubjectData(legal_name="髙橋﨑子", member_number="M-1")
        ).id
        subjects.link_entry(desk, person, entry)
        yield desk, tmp, snapshot(desk)


def _cell(value: Any) -> str:
    return str(value).replace(",", "、").replace("\n", " ").replace("\r", " ")


@st.composite
def bad_csv(draw: st.DrawFn) -> tuple[str, bytes]:
    kind = draw(st.sampled_from(sorted(FILES)))
    header, rows = FILES[kind]
    row = draw(st.sampled_from(rows))
    how = draw(st.sampled_from(("cell", "cell", "encoding")))
    if how == "encoding":
        return kind, draw(wrong_encoding_files(header, row))
    value = draw(
        st.one_of(
            nasty_text(),
            st.sampled_from(BAD_DATE_TEXT),
            huge_numbers().map(lambda n: str(n) if abs(n) < 10**4000 else "9" * 5000),
        )
    )
    text = f"{header}\n{row.replace('{x}', _cell(value))}\n"
    return kind, text.encode("utf-8", "surrogatepass")


def _import(
    desk: Desk, saved: Snapshot, target: str, call: Any, changes: frozenset[str] = frozenset()
) -> bool:
    """Run an import; True when it saved. Fails on anything but a readable refusal."""
    before = snapshot(desk)
    try:
        call()
    except PrivacydeskError as exc:
        assert exc.exit_code != ExitCode.INTERNAL, f"{target}: {exc.code} (a bug: exit code 1)"
        assert snapshot(desk) == before, f"{target}: a refused import changed the database"
        TALLY.count(target, accepted=False)
        return False
    lost = lost_rows(saved, snapshot(desk), changes)
    assert not lost, f"{target}: saved rows changed or lost: {lost[:5]}"
    TALLY.count(target, accepted=True)
    return True


@pytest.mark.slow
@CAMPAIGN
@given(case=bad_csv(), dry_run=st.booleans())
@example(case=("subjects", "氏名,生年月日\n髙橋,1980-01-01\n".encode("utf-16")), dry_run=False)
@example(case=("subjects", "氏名,生年月日\n髙橋,1980-01-01\n".encode("cp932")), dry_run=False)
@example(case=("subjects", b"\xef\xbb\xbf\xe6\xb0\x8f\x00,x\n\xff\xfe\n"), dry_run=False)
@example(case=("subjects", f"氏名,生年月日\n{ONE_MB_ASCII},1980-01-01\n".encode()), dry_run=False)
@example(case=("subjects", "氏名,生年月日\n\ud800,1980-01-01\n".encode("utf-8", "surrogatepass")),
         dry_run=False)  # fmt: skip
@example(
    case=("register", f"個人情報の名称,保存期間（月）\n名簿,{10**30}\n".encode()), dry_run=False
)
def test_csv_import_refuses_cleanly(
    office: tuple[Desk, Path, Snapshot], case: tuple[str, bytes], dry_run: bool
) -> None:
    desk, tmp, saved = office
    kind, data = case
    path = tmp / f"import_{kind}.csv"
    path.write_bytes(data)
    try:
        transfer.preview_import(desk, kind, path)
        TALLY.count(f"preview.{kind}", accepted=True)
    except PrivacydeskError as exc:
        assert exc.exit_code != ExitCode.INTERNAL, f"preview: {exc.code} (a bug: exit code 1)"
        TALLY.count(f"preview.{kind}", accepted=False)
    before = snapshot(desk)
    saved_it = _import(
        desk,
        saved,
        f"import.{kind}",
        lambda: transfer.import_file(desk, kind, path, dry_run=dry_run),
    )
    if saved_it and dry_run:
        assert snapshot(desk) == before, "a dry run saved something"


@st.composite
def bad_xlsx(draw: st.DrawFn) -> tuple[str, bytes]:
    """A workbook whose cells hold what openpyxl lets us write: text, numbers, dates."""
    from openpyxl import Workbook

    kind = draw(st.sampled_from(sorted(FILES)))
    header, rows = FILES[kind]
    row = draw(st.sampled_from(rows))
    value: Any = draw(
        st.one_of(
            nasty_text(huge=False).filter(lambda t: not any(ord(c) < 32 for c in t)),
            st.sampled_from((10**30, -1, 2**63, 1e308, float("nan"), float("inf"))),
            st.sampled_from((date(1, 1, 1), date(9999, 12, 31), date(1899, 12, 30))),
        )
    )
    wb = Workbook()
    ws = wb.active
    ws.append(header.split(","))
    cells: list[Any] = [value if c == "{x}" else c for c in row.split(",")]
    try:
        ws.append(cells)
        buffer = io.BytesIO()
        wb.save(buffer)
    except (ValueError, TypeError, OverflowError):  # openpyxl itself refuses the value
        return kind, b"PK\x03\x04 not a workbook"
    return kind, buffer.getvalue()


@pytest.mark.slow
@settings(CAMPAIGN, max_examples=EXAMPLES * 2)
@given(case=bad_xlsx())
def test_xlsx_import_refuses_cleanly(
    office: tuple[Desk, Path, Snapshot], case: tuple[str, bytes]
) -> None:
    desk, tmp, saved = office
    kind, data = case
    path = tmp / f"import_{kind}.xlsx"
    path.write_bytes(data)
    _import(desk, saved, f"import_xlsx.{kind}", lambda: transfer.import_file(desk, kind, path))


@st.composite
def notice_files(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(("notice.txt", "notice.docx", "notice.TXT", "notice")))
    text = "個人情報保護方針\n利用目的：" + draw(nasty_text()) + "\n"
    how = draw(st.sampled_from(("text", "encoding", "bytes")))
    if how == "text":
        return name, text.encode("utf-8", "surrogatepass")
    if how == "encoding":
        return name, text.encode(draw(st.sampled_from(("cp932", "utf-16", "latin-1"))), "replace")
    return name, draw(st.binary(max_size=512))


@pytest.mark.slow
@settings(CAMPAIGN, max_examples=EXAMPLES * 2)
@given(file=notice_files(), title=nasty_text(huge=False))
@example(file=("notice.docx", b"PK\x03\x04garbage"), title="第2版")
@example(file=("notice.txt", b"\xff\xfe\x00\xd8"), title="第2版")
def test_notice_import_refuses_cleanly(
    office: tuple[Desk, Path, Snapshot], file: tuple[str, bytes], title: str
) -> None:
    desk, tmp, saved = office
    name, data = file
    path = tmp / name
    path.write_bytes(data)
    _import(
        desk, saved, "notice_check.import_notice",
        lambda: notice_check.import_notice(desk, path, title or "第2版", date(2026, 5, 1)),
    )  # fmt: skip


@pytest.mark.slow
@settings(CAMPAIGN, max_examples=EXAMPLES)
@given(
    data=st.one_of(
        wrong_encoding_files("会員番号,氏名", "M-1,{x}"),
        nasty_text().map(
            lambda t: f"会員番号,氏名\nM-1,{_cell(t)}\n".encode("utf-8", "surrogatepass")
        ),
    )
)
def test_extract_import_refuses_cleanly(office: tuple[Desk, Path, Snapshot], data: bytes) -> None:
    desk, tmp, saved = office
    key = "_request"
    if key not in _REQUEST:
        person = subjects.search(desk, "髙橋")[0].id
        entry = register.list_entries(desk).rows[0].id
        _REQUEST[key] = requests.receive(
            desk,
            requests.RequestInput(
                date.today(), person, [requests.TypeInput("disclosure")], entry_ids=[entry]
            ),
        )
        _REQUEST["entry"] = entry
        saved.update(snapshot(desk))  # the request is part of what must not be lost now
    path = tmp / "extract.csv"
    path.write_bytes(data)
    _import(
        desk, saved, "requests.import_extract",
        lambda: requests.import_extract(desk, _REQUEST[key], _REQUEST["entry"], path),
        frozenset({"requests", "request_entries"}),  # the extract is saved on the request
    )  # fmt: skip


_REQUEST: dict[str, int] = {}


def _extract_bytes(text: str) -> bytes:
    return f"会員番号,氏名\nM-1,{_cell(text)}\n".encode("utf-8", "surrogatepass")
