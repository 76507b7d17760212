"""Reading the office's spreadsheets: encodings, headers, merged cells, values (no database)."""

from __future__ import annotations

import codecs
import re
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from privacydesk.domain import importer
from privacydesk.domain.importer import (
    ERROR,
    INFO,
    WARNING,
    CellProblem,
    ImportRefused,
)
from privacydesk.domain.register import ItemData, ProvisionData
from privacydesk.errors import InvalidInput
from privacydesk.messages import LANGUAGES, MESSAGES, render

SRC = Path(__file__).resolve().parents[2] / "src" / "privacydesk"
RARE = "髙橋 﨑子 ①㈱"  # shift_jis cannot encode these; cp932 can


def _csv(path: Path, text: str, encoding: str) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


SUBJECTS_CSV = (
    "氏名,フリガナ,生年月日,電話番号,郵便番号,メールアドレス\r\n"
    f"{RARE},タカハシ サキコ,1980-05-06,090-1234-5678,100-0001,a@example.jp\r\n"
    "山田 太郎,ヤマダ タロウ,1975/1/2,0312345678,1000002,\r\n"
)


# -- encodings -------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932"])
def test_csv_encodings_keep_rare_characters(tmp_path: Path, encoding: str) -> None:
    with pytest.raises(UnicodeEncodeError):
        RARE.encode("shift_jis")  # why cp932 and never shift_jis
    path = _csv(tmp_path / "m.csv", SUBJECTS_CSV, encoding)
    pv = importer.preview("subjects", path)
    assert pv.encoding == encoding
    assert pv.rows[0].values["legal_name"] == RARE
    assert pv.rows[0].values["birth_date"] == "1980-05-06"
    assert pv.rows[1].values["birth_date"] == "1975-01-02"
    assert pv.header_rows == (1,)


def test_undecodable_csv_names_line_and_byte(tmp_path: Path) -> None:
    good = "氏名,生年月日\r\n山田,1980-01-01\r\n".encode()
    path = tmp_path / "bad.csv"
    path.write_bytes(good + b"\xff\xfe\x80,1990-01-01\r\n")
    with pytest.raises(ImportRefused) as info:
        importer.prepare("subjects", path)
    (f,) = info.value.report.errors
    assert f.code == "import.undecodable"
    assert f.params == {"line": 3, "offset": len(good)}
    assert "3" in render(f.code, "ja", **f.params)


@pytest.mark.parametrize("chunk", [1, 2, 5, 7, 1 << 20])
def test_decode_positions_across_chunks(tmp_path: Path, chunk: int) -> None:
    head = "一行目\n二行目\n".encode()
    path = tmp_path / "x.csv"
    path.write_bytes(head + "三".encode()[:2] + b"\n")  # a cut UTF-8 sequence on line 3
    result = importer._decode_check(path, "utf-8", chunk)
    assert not result.ok
    assert (result.line, result.offset) == (3, len(head))
    assert importer._decode_check(tmp_path.joinpath("x.csv"), "utf-8", chunk).offset == len(head)
    ok = tmp_path / "ok.csv"
    ok.write_bytes("髙\n﨑\n".encode())
    assert importer._decode_check(ok, "utf-8", chunk).ok


def test_bom_declares_utf8(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(codecs.BOM_UTF8 + "氏名,生年月日\n".encode("cp932"))
    with pytest.raises(InvalidInput) as info:
        importer.detect_encoding(path)
    assert info.value.code == "import.undecodable"


# -- headers ---------------------------------------------------------------------------------------


def _office_workbook(path: Path) -> Path:
    """Two title rows, then a two-row header with merged parents, as offices make them."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "会員名簿"
    ws.merge_cells("A1:H1")
    ws["A2"] = "2026年4月1日現在"
    ws["A4"] = "会員番号"
    ws.merge_cells("A4:A5")
    ws["B4"] = "氏名"
    ws.merge_cells("B4:C4")
    ws["B5"], ws["C5"] = "漢字", "フリガナ"
    ws["D4"] = "生年月日"
    ws.merge_cells("D4:D5")
    ws["E4"] = "連絡先"
    ws.merge_cells("E4:G4")
    ws["E5"], ws["F5"], ws["G5"] = "電話", "郵便番号", "住所"
    ws["H4"] = "趣味"
    ws.merge_cells("H4:H5")
    birth = datetime(1980, 5, 6)
    ws.append(
        ["M001", "髙橋 﨑子", "タカハシ サキコ", birth, 9012345678, 123456, "東京都①", "囲碁"]
    )
    ws["D6"].number_format = "yyyy/m/d"
    ws.append(["M002", "山田 太郎", "ヤマダ タロウ", 29000, "03-1234-5678", "100-0001", "千代田区"])
    ws.append(["M003", "㈱ 花子", "ハナコ", "S50.1.1", 312345678, 1000001, "大阪市"])
    ws.append(["M004", "鈴木 一郎", "スズキ", "平成2年4月1日", None, None, "札幌市"])
    ws.append(["M005", "佐藤 次郎", "サトウ", "R1.5.1"])
    # A 和暦 date format on a real date cell, as traps.md gives it.
    ws["D10"] = date(1990, 1, 8)
    ws["D10"].number_format = '[$-411]ggge"年"m"月"d"日"'
    wb.save(path)
    return path


def test_xlsx_title_rows_and_merged_two_row_header(tmp_path: Path) -> None:
    pv = importer.preview("subjects", _office_workbook(tmp_path / "m.xlsx"))
    assert pv.file_type == "xlsx" and pv.header_rows == (4, 5)
    by_letter = {c.letter: c for c in pv.columns}
    assert by_letter["A"].field == "member_number"
    assert (by_letter["B"].header, by_letter["B"].field) == ("氏名 漢字", "legal_name")
    assert (by_letter["C"].header, by_letter["C"].field) == ("氏名 フリガナ", "reading")
    assert by_letter["D"].field == "birth_date"
    assert (by_letter["E"].header, by_letter["E"].field) == ("連絡先 電話", "phone")
    assert by_letter["F"].field == "postal_code"
    assert by_letter["G"].field == "address"
    assert (by_letter["H"].field, by_letter["H"].how) == (None, "unknown")
    rows = {r.row: r.values for r in pv.rows}
    assert rows[6]["legal_name"] == "髙橋 﨑子"  # never normalised
    assert rows[6]["birth_date"] == "1980-05-06"  # an Excel date cell
    assert rows[6]["phone"] == "09012345678"  # 10 digits kept as a number
    assert rows[6]["postal_code"] == "012-3456"  # 6 digits kept as a number
    assert rows[6]["address"] == "東京都①"
    assert rows[7]["birth_date"] == "1979-05-25"  # serial 29000
    assert rows[8]["birth_date"] == "1975-01-01"  # S50.1.1
    assert rows[8]["phone"] == "0312345678"  # 9 digits
    assert rows[8]["postal_code"] == "100-0001"  # 7 digits: formatted, nothing restored
    assert rows[9]["birth_date"] == "1990-04-01"  # 平成2年4月1日
    assert rows[10]["birth_date"] == "1990-01-08"  # a date cell shown in 和暦
    notes = {(f.row, f.column, f.code) for f in pv.findings}
    assert (6, "連絡先 電話", "import.zero_restored") in notes
    assert (6, "連絡先 郵便番号", "import.zero_restored") in notes
    assert (8, "連絡先 電話", "import.zero_restored") in notes
    assert (8, "連絡先 郵便番号", "import.zero_restored") not in notes
    assert (7, "生年月日", "import.serial_read") in notes
    assert (0, "趣味", "import.unknown_column") in notes
    assert all(f.severity != ERROR for f in pv.findings)


def test_csv_two_row_header_without_merges(tmp_path: Path) -> None:
    text = (
        "会員名簿,,,,\n"
        ",,,,\n"
        "会員番号,氏名,,生年月日,連絡先\n"
        ",漢字,フリガナ,,電話\n"
        "M1,髙橋,タカハシ,1980-01-02,090-1111-2222\n"
    )
    pv = importer.preview("subjects", _csv(tmp_path / "h.csv", text, "utf-8"))
    assert pv.header_rows == (3, 4)
    assert [(c.header, c.field) for c in pv.columns] == [
        ("会員番号", "member_number"),
        ("氏名 漢字", "legal_name"),
        ("氏名 フリガナ", "reading"),
        ("生年月日", "birth_date"),
        ("連絡先 電話", "phone"),
    ]
    assert pv.rows[0].row == 5


def test_wide_header_does_not_swallow_the_first_data_row(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["氏名", "生年月日", "住所", None])
    ws.merge_cells("C1:D1")
    ws.append(["髙橋", "1980-01-02", "東京都", "千代田区"])
    wb.save(tmp_path / "w.xlsx")
    pv = importer.preview("subjects", tmp_path / "w.xlsx")
    assert pv.header_rows == (1,)
    assert pv.rows[0].values["legal_name"] == "髙橋"
    # One merged header over two columns: both are the address, joined.
    assert pv.rows[0].values["address"] == "東京都 千代田区"
    assert [c.how for c in pv.columns] == ["known", "known", "known", "joined"]


def test_no_header_is_refused(tmp_path: Path) -> None:
    path = _csv(tmp_path / "n.csv", "a,b,c\n1,2,3\n", "utf-8")
    with pytest.raises(ImportRefused) as info:
        importer.prepare("subjects", path)
    assert [f.code for f in info.value.report.errors] == ["import.no_header"]


def test_header_variants_are_recognised() -> None:
    headers = ["氏名", "ふりがな", "誕生日", "TEL", "E-mail", "〒", "住所", "会員No", "備考",
               "電話番号（自宅）", "Date of birth"]  # fmt: skip
    got = importer.suggest_mapping(headers, "subjects")
    assert got == {
        "氏名": "legal_name",
        "ふりがな": "reading",
        "誕生日": "birth_date",
        "TEL": "phone",
        "E-mail": "email",
        "〒": "postal_code",
        "住所": "address",
        "会員No": "member_number",
        "備考": "notes",
        "電話番号（自宅）": "phone",
        "Date of birth": "birth_date",
    }
    register = importer.suggest_mapping(
        ["項目", "個人情報の名称", "利用目的", "取得方法", "保管場所", "保存期間", "廃棄方法",
         "提供先", "委託先"], "register")  # fmt: skip
    assert register == {
        "項目": "items",
        "個人情報の名称": "name",
        "利用目的": "purposes",
        "取得方法": "acquisition_method",
        "保管場所": "storage_location",
        "保存期間": "retention_text",
        "廃棄方法": "disposal_method",
        "提供先": "provisions",
        "委託先": "outsourcing",
    }
    consents = importer.suggest_mapping(["同意日", "同意の対象", "会員番号", "方法"], "consents")
    assert consents == {
        "同意日": "given_on",
        "同意の対象": "scope",
        "会員番号": "member_number",
        "方法": "method",
    }


@pytest.mark.parametrize("kind", importer.IMPORT_KINDS)
def test_no_header_alias_names_two_fields(kind: str) -> None:
    seen: dict[str, str] = {}
    for spec in importer.FIELDS[kind]:
        for name in (spec.header, spec.english, spec.name, *spec.aliases):
            key = importer._norm(name)
            assert seen.setdefault(key, spec.name) == spec.name or name == "Active", (name, kind)
        assert importer.match_header(kind, spec.header) == spec.name


def test_mapping_assigns_ignores_and_is_checked(tmp_path: Path) -> None:
    text = "氏名,趣味,No.,ID番号\n髙橋,囲碁,1,X-1\n"
    path = _csv(tmp_path / "m.csv", text, "utf-8")
    # Unknown columns are reported, never dropped silently.
    pv = importer.preview("subjects", path)
    assert {(f.column, f.code) for f in pv.findings if f.severity == WARNING} == {
        ("趣味", "import.unknown_column"),
        ("ID番号", "import.unknown_column"),
    }
    pv = importer.preview("subjects", path, {"ID番号": "member_number", "趣味": None})
    assert pv.rows[0].values == {"legal_name": "髙橋", "member_number": "X-1"}
    hows = {c.header: c.how for c in pv.columns}
    assert hows == {"氏名": "known", "趣味": "ignored", "No.": "row_number", "ID番号": "mapping"}
    codes = {(f.column, f.code, f.severity) for f in pv.findings}
    assert ("趣味", "import.ignored_column", INFO) in codes
    assert ("No.", "import.row_number_column", INFO) in codes
    pv = importer.preview("subjects", path, {"ID番号": "member_number"})
    assert ("趣味", "import.unknown_column", WARNING) in {
        (f.column, f.code, f.severity) for f in pv.findings
    }
    # A column letter works as a key too.
    pv = importer.preview("subjects", path, {"D": "member_number"})
    assert pv.rows[0].values["member_number"] == "X-1"
    for bad, code in (
        ({"ID番号": "shoe_size"}, "import.mapping_unknown_field"),
        ({"存在しない列": "notes"}, "import.mapping_unknown_header"),
    ):
        with pytest.raises(ImportRefused) as info:
            importer.prepare("subjects", path, bad)
        assert code in {f.code for f in info.value.report.errors}


def test_two_columns_for_one_field(tmp_path: Path) -> None:
    text = "氏名,名前,生年月日\n髙橋,高橋,1980-01-01\n"
    path = _csv(tmp_path / "d.csv", text, "utf-8")
    with pytest.raises(ImportRefused) as info:
        importer.prepare("subjects", path)
    (f,) = info.value.report.errors
    assert (f.code, f.column, f.params) == ("import.duplicate_column", "名前", {"other": "氏名"})
    pv = importer.preview("subjects", path, {"名前": None})
    assert pv.rows[0].values["legal_name"] == "髙橋"


def test_mapping_file(tmp_path: Path) -> None:
    good = tmp_path / "map.json"
    good.write_text('{"ID番号": "member_number", "趣味": null}', encoding="utf-8")
    assert importer.load_mapping(good) == {"ID番号": "member_number", "趣味": None}
    for text in ("[1, 2]", "{not json", '{"a": 1}'):
        bad = tmp_path / "bad.json"
        bad.write_text(text, encoding="utf-8")
        with pytest.raises(InvalidInput) as info:
            importer.load_mapping(bad)
        assert info.value.code == "import.mapping_unreadable"


# -- values ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("2026-11-23", date(2026, 11, 23)),
        ("2026/1/5", date(2026, 1, 5)),
        ("2026/01/05 0:00:00", date(2026, 1, 5)),
        ("２０２６年１１月２３日", date(2026, 11, 23)),
        ("S50.1.1", date(1975, 1, 1)),
        ("平成2年4月1日", date(1990, 4, 1)),
        ("R8.11.23", date(2026, 11, 23)),
        ("令和元年5月1日", date(2019, 5, 1)),
        ("19900102", date(1990, 1, 2)),
        (45000, date(2023, 3, 15)),
        (45000.75, date(2023, 3, 15)),
        ("45000", date(2023, 3, 15)),
        (61, date(1900, 3, 1)),
        (datetime(1990, 1, 2, 0, 0), date(1990, 1, 2)),
        (date(1990, 1, 2), date(1990, 1, 2)),
        ("", None),
    ],
)
def test_dates_read(cell: object, expected: date | None) -> None:
    assert importer.to_date(cell) == expected


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("01/02/2026", "date.ambiguous"),
        ("1/2/26", "date.ambiguous"),
        ("平成31年5月1日", "date.outside_era"),
        ("S64.1.8", "date.outside_era"),
        ("2026-02-30", "date.impossible"),
        ("20260230", "date.impossible"),
        ("1990", "date.unreadable"),
        (60, "import.serial_out_of_range"),
        (73416, "import.serial_out_of_range"),
        (-5, "import.serial_out_of_range"),
        (True, "import.not_a_date"),
        ("そのうち", "date.unreadable"),
    ],
)
def test_dates_refused(cell: object, code: str) -> None:
    with pytest.raises(CellProblem) as info:
        importer.to_date(cell)
    assert info.value.code == code


def test_leading_zero_back_only_in_japan() -> None:
    assert importer.to_phone(9012345678.0, True) == ("09012345678", True)
    assert importer.to_phone(312345678, True) == ("0312345678", True)
    assert importer.to_phone("9012345678", True) == ("09012345678", True)
    assert importer.to_phone("090-1234-5678", True) == ("090-1234-5678", False)
    assert importer.to_phone(12345678, True) == ("12345678", False)  # 8 digits: not a lost 0
    assert importer.to_phone(2025550123, False) == ("2025550123", False)  # abroad
    assert importer.to_postal(123456.0, True) == ("012-3456", True)
    assert importer.to_postal(1000001, True) == ("100-0001", False)
    assert importer.to_postal(700000, False) == ("700000", False)  # Hồ Chí Minh


def test_booleans_numbers_and_choices() -> None:
    for word in ("はい", "○", "有", "TRUE", "1", True):
        assert importer.to_bool(word) is True
    for word in ("いいえ", "×", "なし", "false", 0):
        assert importer.to_bool(word) is False
    with pytest.raises(CellProblem):
        importer.to_bool("たぶん")
    assert importer.to_int("約1,200人") == 1200
    assert importer.to_int(60.0) == 60
    with pytest.raises(CellProblem):
        importer.to_int("多数")
    assert importer.to_choice("method", "書面") == "paper"
    assert importer.to_choice("method", "ＷＥＢ") == "web"
    assert importer.to_choice("scope", "第三者提供") == "third_party"
    assert importer.to_choice("given_by", "保護者") == "representative"
    assert importer.to_choice("language", "やさしい日本語") == "easy_ja"
    assert importer.to_choice("medium", "紙と電子") == "both"
    with pytest.raises(CellProblem) as info:
        importer.to_choice("method", "伝書鳩")
    assert "書面" in info.value.params["choices"]


def test_cell_text_keeps_names_and_writes_numbers_plainly() -> None:
    assert importer.cell_text(" 髙橋　﨑子 ") == " 髙橋　﨑子 "
    assert importer.cell_text(123.0) == "123"
    assert importer.cell_text(1.5) == "1.5"
    assert importer.cell_text(datetime(2026, 1, 2)) == "2026-01-02"


def test_masked_values_are_refused(tmp_path: Path) -> None:
    text = "氏名,生年月日,住所\n髙橋,1980-01-01,＊＊＊\n"
    pv = importer.preview("subjects", _csv(tmp_path / "m.csv", text, "utf-8"))
    assert ("住所", "import.masked_value") in {(f.column, f.code) for f in pv.findings}


def test_formula_cells_round_trip() -> None:
    for text in ('=HYPERLINK("x")', "+81-90-1234-5678", "-", "@a", "普通"):
        written = importer.safe_cell(text)
        assert written[0] not in "=+-@" or text == written
        assert importer._unquote_formula(written) == text


def test_items_and_provisions_as_text() -> None:
    items = [
        ItemData("氏名"),
        ItemData("住所（番地まで）"),
        ItemData("病名", True, "medical_history"),
    ]
    text = importer.items_text(items)
    assert text == "氏名\n住所（番地まで）\n＊病名（病歴）"
    assert importer.parse_items(text) == items
    assert importer.parse_items("氏名、住所（都道府県、市区町村）、電話番号") == [
        ItemData("氏名"),
        ItemData("住所（都道府県、市区町村）"),
        ItemData("電話番号"),
    ]
    provisions = [
        ProvisionData("発送代行業者", "氏名、住所", "outsourcing"),
        ProvisionData("Example Inc.", "氏名", "consent", True, "アメリカ合衆国"),
        ProvisionData("協議会", "氏名", "joint_use", joint_use_notice="会報で通知"),
    ]
    text = importer.provisions_text(provisions)
    parsed, bad = importer.parse_provisions(text, "consent")
    assert parsed == provisions and bad == []
    parsed, bad = importer.parse_provisions("A社\nB社 / 氏名 / 伝書鳩", "outsourcing")
    assert parsed == [ProvisionData("A社", "", "outsourcing")] and bad == [2]


def test_column_letters() -> None:
    assert [importer.column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A", "Z", "AA", "AB", "ZZ", "AAA"
    ]  # fmt: skip


def test_unsupported_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused) as info:
        importer.prepare("subjects", tmp_path / "a.ods")
    assert info.value.report.errors[0].code == "import.unsupported_file"
    with pytest.raises(ImportRefused) as info:
        importer.prepare("subjects", tmp_path / "none.csv")
    assert info.value.report.errors[0].code == "import.file_not_found"
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ImportRefused) as info:
        importer.prepare("subjects", broken)
    assert info.value.report.errors[0].code == "import.file_unreadable"
    with pytest.raises(InvalidInput) as unknown:
        importer.prepare("persons", tmp_path / "a.csv")
    assert unknown.value.code == "import.unknown_kind"


def test_describe_names_row_and_column() -> None:
    f = importer.Finding(ERROR, "date.ambiguous", {"text": "01/02/2026"}, 12, "生年月日", "D")
    assert importer.describe(f, "ja").startswith("12 行目「生年月日」：")
    assert importer.describe(f, "en").startswith("Row 12, column '生年月日': ")
    stray = importer.Finding(WARNING, "import.unknown_column", letter="K")
    assert "K 列" in importer.describe(stray, "ja")


def test_every_import_code_has_both_languages() -> None:
    used: set[str] = set()
    for name in ("domain/importer.py", "services/transfer.py"):
        text = (SRC / name).read_text(encoding="utf-8")
        used |= set(re.findall(r"\"((?:import|cli)\.[a-z0-9_.]+)\"", text))
    assert len(used) > 40
    for code in used:
        assert set(MESSAGES[code]) == set(LANGUAGES), code
