"""Import and export through the services: all or nothing, dry runs, consent matching,
cancel, the round trip, roles and the audit log. Real encrypted databases, real files."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from privacydesk.errors import Cancelled, NotAllowed
from privacydesk.services import (
    accounts,
    audit,
    auth,
    consent,
    provisions,
    register,
    subjects,
    transfer,
)
from privacydesk.services.desk import Desk
from privacydesk.storage.models import ConsentRecord, Purpose, RegisterEntry, Subject
from privacydesk.tasks import CancelToken

CHEAP_KDF = auth.KdfParams(n=2**4, r=8, p=1)
PASSWORD = "correct horse battery"
TODAY = date(2026, 11, 24)
SUBJECT_HEADER = "会員番号,氏名,フリガナ,生年月日,電話番号,郵便番号,住所,メールアドレス"


def _write(path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def _count(desk: Desk, model: type) -> int:
    with desk.uow() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def _audit_count(desk: Desk) -> int:
    return len(audit.list_entries(desk, limit=100_000))


def _person_row(i: int) -> str:
    day = 1 + i % 28
    phone = f"090-0000-{i:04d}"
    return f"M{i:05d},試験 太郎{i},シケン タロウ,1980-01-{day:02d},{phone},100-0001,東京都{i},"


@pytest.fixture
def staff(desk: Desk, db_path: Path) -> Iterator[Desk]:
    accounts.add_user(desk, "tantou", "staff", PASSWORD)
    d = auth.sign_in(db_path, "tantou", PASSWORD)
    yield d
    d.close()


@pytest.fixture
def viewer(desk: Desk, db_path: Path) -> Iterator[Desk]:
    accounts.add_user(desk, "etsuran", "viewer", PASSWORD)
    d = auth.sign_in(db_path, "etsuran", PASSWORD)
    yield d
    d.close()


def _office_xlsx(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "会員名簿（令和8年度）"
    ws.merge_cells("A1:G1")
    ws["A2"] = "事務局作成"
    ws["A3"], ws["B3"] = "会員番号", "氏名"
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:C3")
    ws["B4"], ws["C4"] = "漢字", "フリガナ"
    ws["D3"] = "生年月日"
    ws.merge_cells("D3:D4")
    ws["E3"] = "連絡先"
    ws.merge_cells("E3:F3")
    ws["E4"], ws["F4"] = "電話", "郵便番号"
    ws["G3"] = "住所"
    ws.merge_cells("G3:G4")
    ws.append(
        ["M001", "髙橋 﨑子", "タカハシ サキコ", date(1980, 5, 6), 9012345678, 123456, "東京都①"]
    )
    ws["D5"].number_format = "yyyy/m/d"
    ws.append(["M002", "山田 太郎", "ヤマダ タロウ", 29000, 312345678, 1000001, "㈱ビル 3階"])
    ws.append(
        ["M003", "渡邉 德子", "ワタナベ ノリコ", "S50.1.1", "03-1234-5678", "100-0002", "大阪"]
    )
    wb.save(path)
    return path


# -- subjects -------------------------------------------------------------------------------------


def test_import_office_xlsx(desk: Desk, tmp_path: Path) -> None:
    path = _office_xlsx(tmp_path / "meibo.xlsx")
    before = _audit_count(desk)
    report = transfer.import_file(desk, "subjects", path, today=TODAY)
    assert report.ok and report.created == 3 and report.rows == 3
    assert report.header_rows == (3, 4)
    found = {r.member_number: r for r in subjects.search(desk, "")}
    first = subjects.get_subject(desk, found["M001"].id).data
    assert first.legal_name == "髙橋 﨑子"
    assert (first.phone, first.postal_code, first.birth_date) == (
        "09012345678",
        "012-3456",
        date(1980, 5, 6),
    )
    second = subjects.get_subject(desk, found["M002"].id).data
    assert (second.birth_date, second.phone, second.address) == (
        date(1979, 5, 25),
        "0312345678",
        "㈱ビル 3階",
    )
    assert subjects.get_subject(desk, found["M003"].id).data.birth_date == date(1975, 1, 1)
    infos = {(f.row, f.column, f.code) for f in report.infos}
    assert (5, "連絡先 電話", "import.zero_restored") in infos
    assert (5, "連絡先 郵便番号", "import.zero_restored") in infos
    assert (6, "連絡先 電話", "import.zero_restored") in infos
    # One audit entry, with counts only.
    entries = audit.list_entries(desk, action_prefix="data.imported")
    assert len(entries) == 1 and '"created":3' in entries[0].summary
    assert _audit_count(desk) == before + 1


def test_every_problem_is_reported_by_row_and_column(desk: Desk, tmp_path: Path) -> None:
    text = "\n".join(
        [
            "名簿",
            "氏名,生年月日,メールアドレス,法定代理人,郵便番号",
            "良い 人,1980-01-01,good@example.jp,,100-0001",
            "悪い メール,1980-01-02,not-an-email,,",
            "子ども,2020-04-01,,,",
            "あいまい,01/02/1990,,,",
            ",1980-01-03,,,",
            "郵便,1980-01-04,,,12-345",
        ]
    )
    path = _write(tmp_path / "bad.csv", text)
    with pytest.raises(transfer.ImportRefused) as info:
        transfer.import_file(desk, "subjects", path, today=TODAY)
    report = info.value.report
    got = {(f.row, f.column, f.code) for f in report.errors}
    assert got == {
        (4, "メールアドレス", "subjects.bad_email"),
        (5, "法定代理人", "subjects.minor_needs_representative"),
        (6, "生年月日", "date.ambiguous"),
        (7, "氏名", "subjects.name_required"),
        (8, "郵便番号", "subjects.bad_postal"),
    }
    assert info.value.exit_code == 6
    assert report.created == 0
    assert _count(desk, Subject) == 0
    lines = transfer.report_lines(report, "ja")
    assert any(line.startswith("エラー: 6 行目「生年月日」") for line in lines)


def test_all_or_nothing(desk: Desk, tmp_path: Path) -> None:
    rows = [_person_row(i) for i in range(100)]
    rows[57] = rows[57].replace("1980-01-", "1980-13-")  # one impossible date
    path = _write(tmp_path / "100.csv", "\n".join([SUBJECT_HEADER, *rows]))
    before = _audit_count(desk)
    with pytest.raises(transfer.ImportRefused) as info:
        transfer.import_file(desk, "subjects", path, today=TODAY)
    (error,) = info.value.report.errors
    assert (error.row, error.column, error.code) == (59, "生年月日", "date.impossible")
    assert info.value.report.rows == 100
    assert _count(desk, Subject) == 0
    assert _audit_count(desk) == before


def test_dry_run_saves_nothing(desk: Desk, tmp_path: Path) -> None:
    path = _write(tmp_path / "ok.csv", "\n".join([SUBJECT_HEADER, *map(_person_row, range(30))]))
    before = _audit_count(desk)
    report = transfer.import_file(desk, "subjects", path, dry_run=True, today=TODAY)
    assert report.ok and report.dry_run and report.checked == 30 and report.created == 0
    assert _count(desk, Subject) == 0
    assert _audit_count(desk) == before
    assert transfer.import_file(desk, "subjects", path, today=TODAY).created == 30


def test_likely_duplicates_in_the_file_and_the_database(desk: Desk, tmp_path: Path) -> None:
    subjects.create_subject(
        desk, subjects.SubjectData(legal_name="既存 花子", birth_date=date(1970, 1, 1))
    )
    text = "\n".join(
        [
            "会員番号,氏名,生年月日",
            "M1,新規 一郎,1990-01-01",
            "M1,別人 二郎,1991-01-01",
            "M3,既存 花子,1970-01-01",
            "M4,新規 一郎,1990-01-01",
        ]
    )
    with pytest.raises(transfer.ImportRefused) as info:
        transfer.import_file(desk, "subjects", _write(tmp_path / "d.csv", text), today=TODAY)
    got = {(f.row, f.code, tuple(f.params.items())) for f in info.value.report.errors}
    assert got == {
        (3, "import.duplicate_in_file", (("row", 2),)),
        (4, "subjects.likely_duplicate", (("existing_id", 1),)),
        (5, "import.duplicate_in_file", (("row", 2),)),
    }
    assert _count(desk, Subject) == 1


def test_batched_duplicate_check_follows_find_duplicates(desk: Desk, tmp_path: Path) -> None:
    """The import asks the database once per batch; its answer is find_duplicates' answer."""
    people = [
        subjects.SubjectData(legal_name="髙橋 﨑子", birth_date=date(1980, 5, 6)),
        subjects.SubjectData(legal_name="別の 人", member_number="Ｍ９"),
        subjects.SubjectData(legal_name="ｻﾄｳ ﾊﾅｺ", birth_date=date(1990, 1, 1)),
    ]
    for data in people:
        subjects.create_subject(desk, data)
    rows = [
        "高橋 崎子,1980-05-06,",  # variant kanji fold together
        "新しい 人,1999-09-09,M9",  # the member number, width-folded
        "サトウ ハナコ,1990-01-01,",  # width and kana fold together
        "サトウ ハナコ,1990-01-02,",  # another day: not a duplicate
    ]
    path = _write(tmp_path / "d.csv", "\n".join(["氏名,生年月日,会員番号", *rows]))
    with pytest.raises(transfer.ImportRefused) as info:
        transfer.import_file(desk, "subjects", path, today=TODAY)
    got = {f.row: f.params["existing_id"] for f in info.value.report.errors}
    expected = {}
    for number, row in enumerate(rows, start=2):
        name, birth, member = row.split(",")
        data = subjects.SubjectData(
            legal_name=name,
            birth_date=date.fromisoformat(birth),
            member_number=member,
        )
        found = subjects.likely_duplicates(desk, data)
        if found:
            expected[number] = found[0].id
    assert got == expected == {2: 1, 3: 2, 4: 3}


def test_cancel_mid_import_saves_nothing(desk: Desk, tmp_path: Path) -> None:
    path = _write(tmp_path / "big.csv", "\n".join([SUBJECT_HEADER, *map(_person_row, range(1000))]))
    token = CancelToken()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if len(seen) == 2:
            token.cancel()

    task = transfer.import_task(desk, "subjects", path, today=TODAY)
    with pytest.raises(Cancelled):
        desk.run(task, progress, token)
    assert seen and seen[0][1] > 0
    assert _count(desk, Subject) == 0


# -- consents -------------------------------------------------------------------------------------


def _people(desk: Desk) -> dict[str, int]:
    made = {}
    for name, birth, member in (
        ("髙橋 﨑子", date(1980, 5, 6), "M001"),
        ("山田 太郎", date(1975, 1, 2), ""),
        ("佐藤 花子", date(1990, 3, 3), "M003"),
        ("佐藤 花子", date(1990, 3, 3), "M004"),  # the same name and birth date twice
    ):
        data = subjects.SubjectData(legal_name=name, birth_date=birth, member_number=member)
        made[member or name] = subjects.create_subject(desk, data, allow_duplicate=True).id
    return made


def test_consents_matched_by_member_number_or_name_and_birth(desk: Desk, tmp_path: Path) -> None:
    ids = _people(desk)
    purpose = register.create_purpose(desk, register.PurposeData("a.", "会報の送付", "members"))
    text = "\n".join(
        [
            "会員番号,氏名,生年月日,同意の対象,利用目的,提供先,同意日,同意の方法,撤回日,撤回の方法",
            "M001,,,利用目的,会報の送付,,2025-04-01,書面,,",
            ",山田 太郎,S50.1.2,第三者提供,,社会福祉法人 A,R7.4.1,Web,2025-05-01,メール",
        ]
    )
    report = transfer.import_file(
        desk, "consents", _write(tmp_path / "c.csv", text, "cp932"), today=TODAY
    )
    assert report.ok and report.created == 2
    (first,) = consent.consents_of(desk, ids["M001"])
    assert (first.scope, first.purpose_id, first.method) == ("purpose", purpose.id, "paper")
    (second,) = consent.consents_of(desk, ids["山田 太郎"])
    assert (second.scope, second.recipient, second.status) == (
        "third_party",
        "社会福祉法人 A",
        "withdrawn",
    )
    assert second.given_on == date(2025, 4, 1)


def test_consent_matching_never_guesses(desk: Desk, tmp_path: Path) -> None:
    _people(desk)
    text = "\n".join(
        [
            "会員番号,氏名,生年月日,同意の対象,同意日,同意の方法",
            ",佐藤 花子,1990-03-03,要配慮個人情報,2025-04-01,書面",  # two persons
            "M999,,,要配慮個人情報,2025-04-01,書面",  # no such member
            ",山田  太郎,1975-01-02,要配慮個人情報,2025-04-01,書面",  # not the exact name
            ",山田 太郎,,要配慮個人情報,2025-04-01,書面",  # no birth date
            "M001,,,要配慮個人情報,2030-01-01,書面",  # in the future
        ]
    )
    with pytest.raises(transfer.ImportRefused) as info:
        transfer.import_file(desk, "consents", _write(tmp_path / "c.csv", text), today=TODAY)
    got = {(f.row, f.column, f.code) for f in info.value.report.errors}
    assert got == {
        (2, "氏名", "import.person_ambiguous"),
        (3, "会員番号", "import.person_not_found_member"),
        (4, "氏名", "import.person_not_found_name"),
        (5, "生年月日", "import.person_needs_birth_date"),
        (6, "同意日", "consent.future_date"),
    }
    ambiguous = next(f for f in info.value.report.errors if f.row == 2)
    assert ambiguous.params["count"] == 2
    assert _count(desk, ConsentRecord) == 0


# -- the register ---------------------------------------------------------------------------------


REGISTER_CSV = "\n".join(
    [
        "個人情報取扱台帳",
        "個人情報の名称,担当部署,項目,利用目的,取得方法,保管場所,保存期間,廃棄方法,提供先,委託先",
        '会員名簿,事務局,"氏名、住所、電話番号","会報の送付\n行事の案内",入会申込書,事務局書庫,'
        "退会後3年,シュレッダー,,発送代行業者 / 氏名、住所",
        '相談記録,相談室,"氏名\n＊相談内容（病歴）",相談への対応,面談,キャビネット,5年,溶解処理,'
        "社会福祉法人 A / 氏名 / 本人の同意,",
    ]
)


def test_register_import_creates_purposes_and_provisions(desk: Desk, tmp_path: Path) -> None:
    path = _write(tmp_path / "daicho.csv", REGISTER_CSV, "cp932")
    report = transfer.import_file(desk, "register", path, today=TODAY)
    assert report.ok and report.created == 2 and report.purposes_created == 3
    with desk.uow() as s:
        ids = {e.name: e.id for e in s.execute(select(RegisterEntry)).scalars()}
    members = register.get_entry(desk, ids["会員名簿"])
    assert [i.name for i in members.items] == ["氏名", "住所", "電話番号"]
    assert [p.text for p in members.purposes] == ["会報の送付", "行事の案内"]
    assert [(p.recipient, p.basis) for p in members.provisions] == [("発送代行業者", "outsourcing")]
    consults = register.get_entry(desk, ids["相談記録"])
    assert consults.data.sensitive_kinds == ["medical_history"]
    assert consults.provisions[0].basis == "consent"
    # Again: the entries exist now, so the import is refused and nothing changes.
    with pytest.raises(transfer.ImportRefused) as info:
        transfer.import_file(desk, "register", path, today=TODAY)
    assert {f.code for f in info.value.report.errors} == {"import.entry_exists"}
    assert _count(desk, Purpose) == 3


# -- export ---------------------------------------------------------------------------------------


def _read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def _some_people(desk: Desk) -> None:
    for data in (
        subjects.SubjectData(
            legal_name="髙橋 﨑子",
            reading="タカハシ サキコ",
            birth_date=date(1980, 5, 6),
            postal_code="012-3456",
            address="北海道①\n２階",
            phone="09012345678",
            email="t@example.jp",
            member_number="M001",
            notes="=SUM(A1) は数式ではありません",
        ),
        subjects.SubjectData(
            legal_name="Nguyễn Thị Lan",
            alias="グエン",
            country="ベトナム",
            postal_code="700000",
            address="123 Nguyễn Trãi, Quận 1",
            phone="+84-28-1234-5678",
            language="en",
            protected=True,
        ),
        subjects.SubjectData(
            legal_name="子ども 一郎",
            birth_date=date(2020, 4, 1),
            representative_name="子ども 花子",
            representative_relation="母",
            representative_contact="090-1111-2222",
            category="会員",
            language="easy_ja",
        ),
    ):
        subjects.create_subject(desk, data)


def test_subjects_round_trip_is_byte_identical(desk: Desk, tmp_path: Path) -> None:
    _some_people(desk)
    first = tmp_path / "first.csv"
    assert transfer.export_csv(desk, "subjects", first) == 3
    rows = _read_csv(first)
    assert rows[0] == transfer.export_headers("subjects")
    assert rows[1][rows[0].index("備考")] == "'=SUM(A1) は数式ではありません"
    assert rows[2][rows[0].index("電話番号")] == "'+84-28-1234-5678"
    # A fresh database: import, export again.
    folder = tmp_path / "fresh"
    folder.mkdir()
    fresh, _ = auth.create_database(folder / "privacydesk.db", "kanri2", PASSWORD, kdf=CHEAP_KDF)
    try:
        report = transfer.import_file(fresh, "subjects", first)
        assert report.ok and report.created == 3
        assert not report.warnings
        second = tmp_path / "second.csv"
        transfer.export_csv(fresh, "subjects", second)
    finally:
        fresh.close()
    assert second.read_bytes() == first.read_bytes()  # ids are not exported
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".~")]


def test_staff_export_masks_protected_whereabouts(desk: Desk, staff: Desk, tmp_path: Path) -> None:
    _some_people(desk)
    out = tmp_path / "staff.csv"
    transfer.export_csv(staff, "subjects", out)
    rows = _read_csv(out)
    header = rows[0]
    protected = next(r for r in rows[1:] if r[header.index("所在秘匿")] == "はい")
    assert protected[header.index("住所")] == subjects.MASK
    assert protected[header.index("氏名")] == "Nguyễn Thị Lan"
    # Such a file cannot be imported back: the mask is refused.
    folder = tmp_path / "fresh"
    folder.mkdir()
    fresh, _ = auth.create_database(folder / "privacydesk.db", "kanri2", PASSWORD, kdf=CHEAP_KDF)
    try:
        with pytest.raises(transfer.ImportRefused) as info:
            transfer.import_file(fresh, "subjects", out)
        assert "import.masked_value" in {f.code for f in info.value.report.errors}
    finally:
        fresh.close()
    entries = [
        e
        for e in audit.list_entries(desk, action_prefix="data.left")
        if e.record_type == "export.subjects"
    ]
    assert len(entries) == 1
    assert '"kind":"export.subjects"' in entries[0].summary
    assert '"records":3' in entries[0].summary


def test_viewer_may_not_export_or_import(desk: Desk, viewer: Desk, tmp_path: Path) -> None:
    _some_people(desk)
    before = _audit_count(desk)
    for kind in transfer.EXPORT_KINDS:
        with pytest.raises(NotAllowed) as info:
            transfer.export_csv(viewer, kind, tmp_path / f"{kind}.csv")
        assert info.value.exit_code == 8
    path = _write(tmp_path / "in.csv", "\n".join([SUBJECT_HEADER, _person_row(1)]))
    with pytest.raises(NotAllowed):
        transfer.import_file(viewer, "subjects", path)
    with pytest.raises(NotAllowed):
        transfer.preview_import(viewer, "subjects", path)
    assert list(tmp_path.glob("*.csv")) == [path]
    assert _audit_count(desk) == before


def test_consents_register_and_provisions_export(desk: Desk, tmp_path: Path) -> None:
    ids = _people(desk)
    register.create_purpose(desk, register.PurposeData("a.", "会報の送付", "members"))
    daicho = _write(tmp_path / "daicho.csv", REGISTER_CSV)
    transfer.import_file(desk, "register", daicho, today=TODAY)
    text = "\n".join(
        [
            "会員番号,氏名,生年月日,同意の対象,利用目的,同意日,同意の方法,撤回日,撤回の方法,撤回後の対応",
            "M001,,,利用目的,会報の送付,2025-04-01,書面,2025-06-01,口頭,名簿から削除",
            "M003,,,外国にある第三者への提供,,2025-04-02,Web,,",
        ]
    )
    with pytest.raises(transfer.ImportRefused) as info:  # abroad needs a country
        transfer.import_file(desk, "consents", _write(tmp_path / "c.csv", text), today=TODAY)
    assert {(f.row, f.code) for f in info.value.report.errors} == {(3, "consent.country_required")}
    text = "\n".join(
        [
            "会員番号,同意の対象,利用目的,提供先,同意日,同意の方法,撤回日,撤回の方法,撤回後の対応",
            "M001,利用目的,会報の送付,,2025-04-01,書面,2025-06-01,口頭,名簿から削除",
            "M003,第三者提供,,A社,2025-04-02,Web,,,",
        ]
    )
    report = transfer.import_file(desk, "consents", _write(tmp_path / "c2.csv", text), today=TODAY)
    assert report.created == 2
    provisions.create_record(
        desk,
        provisions.ProvisionInput(
            "provided", date(2025, 1, 1), "社会福祉法人 A", "consent", "氏名",
            consent_note="書面で同意取得",
        ),
        [ids["M001"]],
    )  # fmt: skip
    for kind, count in (("consents", 2), ("register", 3), ("provisions", 1)):
        out = tmp_path / f"{kind}.csv"
        assert transfer.export_csv(desk, kind, out) == count
        rows = _read_csv(out)
        assert rows[0] == transfer.export_headers(kind) and len(rows) == count + 1
    consents_rows = _read_csv(tmp_path / "consents.csv")
    assert consents_rows[1][consents_rows[0].index("撤回日")] == "2025-06-01"
    # The consents export reads back as it was written (into a database with the same people).
    folder = tmp_path / "fresh"
    folder.mkdir()
    fresh, _ = auth.create_database(folder / "privacydesk.db", "kanri2", PASSWORD, kdf=CHEAP_KDF)
    try:
        _people(fresh)
        register.create_purpose(fresh, register.PurposeData("a.", "会報の送付", "members"))
        assert transfer.import_file(fresh, "consents", tmp_path / "consents.csv").created == 2
        transfer.export_csv(fresh, "consents", tmp_path / "consents2.csv")
        # The register (the app's own entry is already there and kept) reads back too.
        report = transfer.import_file(fresh, "register", tmp_path / "register.csv")
        assert report.created == 2
        assert "import.app_entry_kept" in {f.code for f in report.infos}
        transfer.export_csv(fresh, "register", tmp_path / "register2.csv")
    finally:
        fresh.close()
    for kind in ("consents", "register"):
        a = (tmp_path / f"{kind}.csv").read_bytes()
        assert (tmp_path / f"{kind}2.csv").read_bytes() == a, kind


def test_cancelled_export_leaves_no_file(desk: Desk, tmp_path: Path) -> None:
    with desk.uow(write=True) as s:
        from privacydesk.domain import subjects as subjects_domain

        subjects_domain.demo_subjects(s, 1200, seed=1)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "all.csv"
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        desk.run(transfer.export_task(desk, "subjects", out), cancel=token)
    assert list(folder.iterdir()) == []
    left = audit.list_entries(desk, action_prefix="data.left")
    assert not [e for e in left if e.record_type.startswith("export.")]
    assert transfer.export_csv(desk, "subjects", out) == 1200
