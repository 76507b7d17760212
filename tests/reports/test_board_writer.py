"""The board workbook read back independently: calamine for the cells, the xlsx zip for tables,
formats, charts and page setup, msoffcrypto for the password, LibreOffice for a real open."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import msoffcrypto
import olefile
import pytest
from python_calamine import CalamineError, CalamineWorkbook

from privacydesk.errors import InvalidInput
from privacydesk.messages import render
from privacydesk.reports import board, xlsx_crypto
from privacydesk.reports.model import (
    BoardData,
    Column,
    Figure,
    Monthly,
    Period,
    Sheet,
)
from privacydesk.resources import resources_dir

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
PASSWORD = "理事会用-Kx7m-Q2pt"
PERSON = "髙橋﨑子"  # only in the personal sheet
DIGEST = "9f2c" * 16
FORMULA_LIKE = '=HYPERLINK("http://example.com")'


def sample(*, empty_sheet: bool = True) -> BoardData:
    requests = Sheet(
        name="開示等請求",
        title="開示等請求の一覧（2026年度）",
        columns=(
            Column("受付番号", "text", 10),
            Column("受付日", "date"),
            Column("種類", "text"),
            Column("回答までの日数", "days"),
            Column("手数料", "yen"),
            Column("電磁的記録", "bool"),
            Column("備考", "text", 20),
        ),
        rows=(
            ("R-2026-001", date(2026, 4, 29), "開示", 14, 300, True, "郵送で回答"),
            ("R-2026-002", date(2026, 5, 2), "訂正", 9, 0, False, FORMULA_LIKE),
            ("R-2026-003", date(2027, 1, 8), "利用停止", None, None, None, None),
        ),
    )
    contractors = Sheet(
        name="委託先/点検[2026]",  # characters Excel refuses in a tab name
        title="委託先の点検",
        columns=(
            Column("委託先", "text", 24),
            Column("委託する業務", "text", 30),
            Column("最終点検日", "date"),
            Column("件数", "int"),
        ),
        rows=(
            ("株式会社さくらデータ", "会員管理システムの保守・運用", date(2026, 6, 30), 1200),
            ("みなと印刷有限会社", "会報の発送", date(2025, 11, 4), 350),
        ),
    )
    complainants = Sheet(
        name="苦情の申出人",
        title="苦情の申出人（個人情報）",
        columns=(Column("氏名"), Column("連絡先"), Column("受付日", "date")),
        rows=((PERSON, "takahashi.sakiko@example.jp", date(2026, 9, 1)),),
        personal=True,
    )
    empty = Sheet(
        name="漏えい等",
        title="漏えい等の事案",
        columns=(Column("発生日", "date"), Column("概要", "text", 30), Column("報告", "bool")),
        rows=(),
    )
    sheets = (requests, complainants, contractors) + ((empty,) if empty_sheet else ())
    months = tuple(date(2026 + (m > 12), (m - 1) % 12 + 1, 1) for m in range(4, 16))
    return BoardData(
        organisation="特定非営利活動法人みどりの森",
        period=Period(date(2026, 4, 1), date(2027, 3, 31), "2026年度"),
        previous=Period(date(2025, 4, 1), date(2026, 3, 31), "2025年度"),
        produced_at=datetime(2027, 5, 10, 14, 5),
        produced_by="山田 花子",
        figures=(
            Figure("登録簿", "個人情報データベース等", 12, 11),
            Figure("登録簿", "最終見直し日", date(2026, 7, 15), date(2025, 7, 1)),
            Figure("開示等請求", "受付件数", 3, 5, "うち電磁的記録 1 件"),
            Figure("開示等請求", "期限内の回答", "全件", "全件"),
            Figure("苦情", "受付件数", 4, None, "前期は記録なし"),
            Figure("委託先", "点検期限を過ぎた委託先", 1, 0),
        ),
        sheets=sheets,
        monthly=Monthly(
            months=months,
            series={
                "開示等請求": (1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0),
                "苦情": (0, 1, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0),
            },
        ),
        review_status={"点検済み": 5, "点検待ち": 2, "期限超過": 1},
        anchor=(1234, DIGEST),
    )


def read(xlsx: bytes) -> CalamineWorkbook:
    return CalamineWorkbook.from_filelike(io.BytesIO(xlsx))


def rows(xlsx: bytes, name: str) -> list[list[Any]]:
    return read(xlsx).get_sheet_by_name(name).to_python(skip_empty_area=False)


def sheet_xml(xlsx: bytes) -> dict[str, str]:
    """Each sheet's XML by its tab name."""
    with zipfile.ZipFile(io.BytesIO(xlsx)) as z:
        book = ET.fromstring(z.read("xl/workbook.xml"))
        rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels}
        return {
            s.get("name"): z.read("xl/" + targets[s.get(REL)]).decode("utf-8")
            for s in book.iterfind("m:sheets/m:sheet", NS)
        }


def part_names(xlsx: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(xlsx)) as z:
        return z.namelist()


def part(xlsx: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(xlsx)) as z:
        return z.read(name).decode("utf-8")


@pytest.fixture(scope="module")
def xlsx() -> bytes:
    return board.write_workbook(sample())


@pytest.fixture(scope="module")
def xlsx_personal() -> bytes:
    return board.write_workbook(sample(), include_personal=True)


# -- sheets and cells ------------------------------------------------------------------------


def test_sheet_names_and_order(xlsx: bytes, xlsx_personal: bytes) -> None:
    assert read(xlsx).sheet_names == [
        "概要",
        "開示等請求",
        "委託先／点検［2026］",
        "漏えい等",
        "グラフ",
    ]
    assert read(xlsx_personal).sheet_names == [
        "概要",
        "開示等請求",
        "苦情の申出人",
        "委託先／点検［2026］",
        "漏えい等",
        "グラフ",
    ]


def test_personal_sheet_only_when_asked(xlsx: bytes, xlsx_personal: bytes) -> None:
    def everything(data: bytes) -> str:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())

    # Not only the tab: the name is nowhere in the default workbook's parts.
    assert PERSON not in everything(xlsx)
    assert PERSON in everything(xlsx_personal)
    cells = rows(xlsx_personal, "苦情の申出人")
    assert cells[0][0] == "苦情の申出人（個人情報）"
    assert "個人情報を含みます" in cells[2][0]
    assert cells[3][:3] == ["氏名", "連絡先", "受付日"]
    assert cells[4] == [PERSON, "takahashi.sakiko@example.jp", date(2026, 9, 1)]
    assert 'tabColor rgb="FFC00000"' in sheet_xml(xlsx_personal)["苦情の申出人"]


def test_summary_title_figures_and_previous_values(xlsx: bytes) -> None:
    cells = rows(xlsx, "概要")
    assert "特定非営利活動法人みどりの森" in cells[0][0]
    assert "2026年度" in cells[1][0] and "2025年度" in cells[1][0]
    assert "2027年5月10日 14:05" in cells[2][0] and "山田 花子" in cells[2][0]
    assert cells[4][:4] == ["項目", "今期", "前期", "備考"]

    body = [r[:4] for r in cells[5:]]
    labels = [r[0] for r in body]
    # Section heading rows, in the order the sections first appear.
    headings = [r[0] for r in body if r[0] and r[1:] == ["", "", ""]]
    assert headings[:4] == ["登録簿", "開示等請求", "苦情", "委託先"]
    by_label = {r[0]: r[1:] for r in body}
    assert by_label["個人情報データベース等"] == [12, 11, ""]
    assert by_label["最終見直し日"] == [date(2026, 7, 15), date(2025, 7, 1), ""]
    assert by_label["期限内の回答"] == ["全件", "全件", ""]
    assert by_label["苦情"] == ["", "", ""]
    # Two figures share the label 受付件数: one under 開示等請求, one under 苦情.
    first = labels.index("受付件数")
    assert body[first][1:] == [3, 5, "うち電磁的記録 1 件"]
    assert body[labels.index("受付件数", first + 1)][1:] == [4, board.NOTHING, "前期は記録なし"]

    # The audit chain's anchor closes the sheet.
    assert labels.index("記録件数") > labels.index("点検期限を過ぎた委託先")
    assert by_label["記録件数"][0] == 1234
    assert by_label["最新のハッシュ値"][0] == DIGEST
    assert body[-1][0] == "最新のハッシュ値"


def test_list_sheet_cells_keep_their_types(xlsx: bytes) -> None:
    cells = rows(xlsx, "開示等請求")
    assert cells[0][0] == "開示等請求の一覧（2026年度）"
    assert "3 件" in cells[1][0]
    assert cells[2] == [
        "受付番号",
        "受付日",
        "種類",
        "回答までの日数",
        "手数料",
        "電磁的記録",
        "備考",
    ]
    assert cells[3] == ["R-2026-001", date(2026, 4, 29), "開示", 14, 300, "はい", "郵送で回答"]
    assert cells[4][1] == date(2026, 5, 2)
    assert cells[4][5] == "いいえ"
    assert cells[5] == ["R-2026-003", date(2027, 1, 8), "利用停止", "", "", "", ""]
    # Text that looks like a formula stays text.
    assert cells[4][6] == FORMULA_LIKE
    assert "<f>" not in sheet_xml(xlsx)["開示等請求"]

    contractors = rows(xlsx, "委託先／点検［2026］")
    assert contractors[3] == [
        "株式会社さくらデータ",
        "会員管理システムの保守・運用",
        date(2026, 6, 30),
        1200,
    ]


def test_empty_sheet_keeps_its_table_header(xlsx: bytes) -> None:
    cells = rows(xlsx, "漏えい等")
    assert cells[0][0] == "漏えい等の事案"
    assert "該当なし" in cells[1][0]
    assert cells[2] == ["発生日", "概要", "報告"]
    assert all(v == "" for row in cells[3:] for v in row)
    # The table covers the header and one blank row: Excel needs a data row.
    tables = [part(xlsx, n) for n in part_names(xlsx) if n.startswith("xl/tables/")]
    assert any('ref="A3:C4"' in t and 'name="発生日"' in t for t in tables)


# -- tables, formats, charts, page setup -------------------------------------------------------


def test_lists_are_defined_tables_without_sheet_autofilters(xlsx: bytes) -> None:
    names = part_names(xlsx)
    tables = sorted(n for n in names if re.fullmatch(r"xl/tables/table\d+\.xml", n))
    # Three list sheets, and the two chart sources on グラフ.
    assert len(tables) == 5
    for name in tables:
        text = part(xlsx, name)
        assert "<autoFilter" in text  # the table's own filter buttons
        assert "TableStyleLight9" in text
    for tab, text in sheet_xml(xlsx).items():
        # A sheet autofilter over a table makes Excel repair the file and drop the table.
        assert "<autoFilter" not in text, tab
    for tab in ("開示等請求", "委託先／点検［2026］", "漏えい等", "グラフ"):
        assert "<tableParts" in sheet_xml(xlsx)[tab], tab


def test_number_formats_in_styles(xlsx: bytes) -> None:
    styles = ET.fromstring(part(xlsx, "xl/styles.xml"))
    formats = {f.get("formatCode") for f in styles.iterfind("m:numFmts/m:numFmt", NS)}
    assert board.WAREKI_DATE == '[$-411]ggge"年"m"月"d"日"'
    assert board.WAREKI_DATE in formats
    assert board.WAREKI_MONTH in formats
    assert {'#,##0"円"', '#,##0"日"'} <= formats
    # The header style: bold on a fill.
    assert styles.find("m:fonts/m:font/m:b", NS) is not None
    assert any(
        f.find("m:patternFill/m:fgColor", NS) is not None
        for f in styles.iterfind("m:fills/m:fill", NS)
    )


def test_charts_are_native_and_read_the_sheet(xlsx: bytes) -> None:
    names = part_names(xlsx)
    charts = sorted(n for n in names if re.fullmatch(r"xl/charts/chart\d+\.xml", n))
    assert len(charts) == 2
    monthly, review = (part(xlsx, n) for n in charts)
    assert '<c:barDir val="col"/>' in monthly
    assert monthly.count("<c:ser>") == 2
    assert "グラフ!$A$5:$A$16" in monthly
    assert '<c:barDir val="bar"/>' in review
    assert "グラフ!$B$20:$B$22" in review
    cells = rows(xlsx, "グラフ")
    assert cells[3][:3] == ["月", "開示等請求", "苦情"]
    assert cells[4][:3] == [date(2026, 4, 1), 1, 0]
    assert cells[15][0] == date(2027, 3, 1)
    assert [r[:2] for r in cells[18:22]] == [
        ["委託先の点検状況", "委託先数"],
        ["点検済み", 5],
        ["点検待ち", 2],
        ["期限超過", 1],
    ]


def test_page_setup_print_titles_and_frozen_header(xlsx: bytes) -> None:
    sheets = sheet_xml(xlsx)
    for tab, text in sheets.items():
        setup = re.search(r"<pageSetup [^>]*/>", text)
        assert setup, tab
        assert 'paperSize="9"' in setup.group(0), tab
        assert 'orientation="landscape"' in setup.group(0), tab
        # Fit to one page wide: fitToPage on, and fitToWidth 1 (the schema's default, which
        # xlsxwriter leaves out).
        assert '<pageSetUpPr fitToPage="1"/>' in text, tab
        width = re.search(r'fitToWidth="(\d+)"', setup.group(0))
        assert width is None or width.group(1) == "1", tab
        assert "&amp;P / &amp;N" in text, tab  # page numbers in the footer
    assert 'fitToHeight="0"' in sheets["開示等請求"]  # one page wide, any number tall
    assert re.search(r'<pane [^>]*ySplit="3"[^>]*state="frozen"', sheets["開示等請求"])
    assert re.search(r'<pane [^>]*ySplit="5"[^>]*state="frozen"', sheets["概要"])
    book = part(xlsx, "xl/workbook.xml")
    assert "_xlnm.Print_Titles" in book
    assert "開示等請求!$3:$3" in book  # the header row repeats on every printed page
    assert "概要!$5:$5" in book


def test_column_widths_count_wide_characters(xlsx: bytes) -> None:
    assert board.display_width("abc") == 3
    assert board.display_width("個人情報") == 8
    assert board.display_width("ｱｲｳ") == 3  # half-width katakana
    assert board.display_width("※○") == 4  # ambiguous width: wide in a Japanese font
    text = sheet_xml(xlsx)["委託先／点検［2026］"]
    widths = {
        int(m.group(1)): float(m.group(3))
        for m in re.finditer(r'<col min="(\d+)" max="(\d+)" width="([\d.]+)"', text)
    }
    # 会員管理システムの保守・運用: 14 wide characters, 28 columns (+ padding).
    assert widths[2] >= board.display_width("会員管理システムの保守・運用")
    assert widths[3] >= board.DATE_WIDTH


def test_safe_sheet_names() -> None:
    taken: set[str] = set()
    assert board.safe_sheet_name("委託先/点検[2026]:*?\\", taken) == "委託先／点検［2026］：＊？＼"
    long = "個人情報の取扱いに関する委託先の監督状況と点検結果の一覧表（令和八年度分）"
    first = board.safe_sheet_name(long, taken)
    second = board.safe_sheet_name(long, taken)
    assert len(first) == len(second) == 31
    assert second.endswith("(2)") and first != second
    assert board.safe_sheet_name("'引用'", taken) == "引用"
    assert board.safe_sheet_name("Summary", taken) == "Summary"
    assert board.safe_sheet_name("SUMMARY", taken) == "SUMMARY(2)"  # Excel ignores case


def test_awkward_names_and_headers_still_make_a_valid_workbook() -> None:
    data = sample()
    odd = Sheet(
        name="概要",  # the same as the summary sheet's tab
        title="重複",
        columns=(Column("名前"), Column("名前"), Column("")),
        rows=(("a", "b", "c"),),
    )
    xlsx = board.write_workbook(BoardData(**{**data.__dict__, "sheets": (odd,)}))
    assert read(xlsx).sheet_names == ["概要", "概要(2)", "グラフ"]
    assert rows(xlsx, "概要(2)")[2] == ["名前", "名前2", "列3"]


def test_bad_rows_are_a_bug_not_a_workbook() -> None:
    data = sample()
    short = Sheet("x", "x", (Column("a"), Column("b")), (("only one",),))
    with pytest.raises(ValueError, match="1 cells for 2 columns"):
        board.write_workbook(BoardData(**{**data.__dict__, "sheets": (short,)}))
    wrong = Sheet("x", "x", (Column("a", "date"),), (("2026-04-01",),))
    with pytest.raises(ValueError, match="date column"):
        board.write_workbook(BoardData(**{**data.__dict__, "sheets": (wrong,)}))
    unknown = Sheet("x", "x", (Column("a", "percent"),), ())
    with pytest.raises(ValueError, match="unknown column kind"):
        board.write_workbook(BoardData(**{**data.__dict__, "sheets": (unknown,)}))


def test_same_data_gives_the_same_bytes() -> None:
    assert board.write_workbook(sample()) == board.write_workbook(sample())


# -- password ---------------------------------------------------------------------------------


def test_encrypted_workbook_round_trip(xlsx_personal: bytes) -> None:
    protected = xlsx_crypto.encrypt(xlsx_personal, PASSWORD)
    assert protected != xlsx_personal
    assert PERSON.encode("utf-8") not in protected
    assert msoffcrypto.OfficeFile(io.BytesIO(protected)).is_encrypted()
    assert xlsx_crypto.is_encrypted(protected)
    assert not xlsx_crypto.is_encrypted(xlsx_personal)
    with pytest.raises(CalamineError):
        read(protected)

    plain = xlsx_crypto.decrypt(protected, PASSWORD)
    assert plain == xlsx_personal
    assert rows(plain, "苦情の申出人")[4][0] == PERSON


def test_wrong_password_is_a_clear_error(xlsx: bytes) -> None:
    protected = xlsx_crypto.encrypt(xlsx, PASSWORD)
    for wrong in ("理事会用-Kx7m-Q2pT", ""):
        with pytest.raises(InvalidInput) as caught:
            xlsx_crypto.decrypt(protected, wrong)
        assert caught.value.code == "workbook.wrong_password"
    assert (
        render("workbook.wrong_password", "ja") == "パスワードが違います。このブックを開けません。"
    )
    assert "Wrong password" in str(caught.value)


def test_plain_damaged_and_doubly_protected_files(xlsx: bytes) -> None:
    with pytest.raises(InvalidInput) as caught:
        xlsx_crypto.decrypt(xlsx, PASSWORD)
    assert caught.value.code == "workbook.not_encrypted"
    with pytest.raises(InvalidInput) as caught:
        xlsx_crypto.decrypt(b"not a workbook", PASSWORD)
    assert caught.value.code == "workbook.unreadable"

    # A bit flipped inside the encrypted package: the HMAC check catches it.
    container = io.BytesIO(xlsx_crypto.encrypt(xlsx, PASSWORD))
    with olefile.OleFileIO(container, write_mode=True) as ole:
        package = bytearray(ole.openstream("EncryptedPackage").read())
        package[len(package) // 2] ^= 0x01
        ole.write_stream("EncryptedPackage", bytes(package))
    with pytest.raises(InvalidInput) as caught:
        xlsx_crypto.decrypt(container.getvalue(), PASSWORD)
    assert caught.value.code == "workbook.unreadable"

    with pytest.raises(InvalidInput) as caught:
        xlsx_crypto.encrypt(xlsx_crypto.encrypt(xlsx, PASSWORD), PASSWORD)
    assert caught.value.code == "workbook.already_encrypted"
    with pytest.raises(ValueError, match="empty password"):
        xlsx_crypto.encrypt(xlsx, "")


# -- no plaintext on disk -----------------------------------------------------------------------

# An audit hook cannot be removed: it is installed once and records only while a test asks.
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_recording: list[tuple[str, str]] | None = None
_hook_installed = False


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _recording is None:
        return
    if event == "open":
        path, mode, flags = args
        writes = (
            any(c in mode for c in "wax+") if isinstance(mode, str) else bool(flags & _WRITE_FLAGS)
        )
        if writes:
            _recording.append(
                (event, os.fsdecode(path) if not isinstance(path, int) else f"fd {path}")
            )
    elif event in ("tempfile.mkstemp", "tempfile.mkdtemp"):
        _recording.append((event, os.fsdecode(args[0])))


def _outside(events: list[tuple[str, str]], tmp_path: Path) -> list[tuple[str, str]]:
    own = str(tmp_path.resolve())
    return [(e, p) for e, p in events if not str(Path(p).resolve()).startswith(own)]


def test_export_writes_no_temporary_file(tmp_path: Path) -> None:
    data = sample()
    # Warm up first: imports write bytecode caches, and the first use of tempfile (if any)
    # probes the temporary folder; neither is the export's doing.
    xlsx_crypto.encrypt(board.write_workbook(data, include_personal=True), PASSWORD)

    events: list[tuple[str, str]] = []
    with _recording_into(events):
        protected = xlsx_crypto.encrypt(board.write_workbook(data, include_personal=True), PASSWORD)
        (tmp_path / "board.xlsx").write_bytes(protected)  # the caller's own file is fine

    assert any(p.endswith("board.xlsx") for _, p in events), "the hook saw nothing at all"
    assert _outside(events, tmp_path) == []


@pytest.mark.filterwarnings("ignore::DeprecationWarning:openpyxl.*")
def test_openpyxl_spills_to_a_temporary_file(tmp_path: Path) -> None:
    """Documents the trap that made us choose xlsxwriter: openpyxl writes each sheet to a named
    temporary file even when saving to memory (traps.md)."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active["A1"] = PERSON
    book.save(io.BytesIO())  # warm-up

    events: list[tuple[str, str]] = []
    with _recording_into(events):
        book.save(io.BytesIO())
    spilled = _outside(events, tmp_path)
    if not spilled:
        pytest.skip(f"openpyxl {openpyxl.__version__} no longer spills to a temporary file")
    assert any("openpyxl" in Path(p).name for _, p in spilled), spilled


class _recording_into:  # a context manager that reads like a function
    def __init__(self, events: list[tuple[str, str]]) -> None:
        self.events = events

    def __enter__(self) -> None:
        global _recording, _hook_installed
        if not _hook_installed:
            sys.addaudithook(_audit)
            _hook_installed = True
        _recording = self.events

    def __exit__(self, *exc: object) -> None:
        global _recording
        _recording = None


# -- LibreOffice ------------------------------------------------------------------------------


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    reason = "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui"
    if os.environ.get("PRIVACYDESK_REQUIRE_SOFFICE") == "1":
        pytest.fail(reason + " (CI requires it: PRIVACYDESK_REQUIRE_SOFFICE=1)")
    pytest.skip(reason)


@pytest.mark.slow
def test_libreoffice_opens_the_workbook_and_shows_wareki(tmp_path: Path) -> None:
    soffice = _soffice()
    pypdf = pytest.importorskip("pypdf")
    xlsx_file = tmp_path / "board.xlsx"
    xlsx_file.write_bytes(board.write_workbook(sample()))
    out = tmp_path / "out"
    # A private fontconfig that adds the shipped IPAex fonts: without a Japanese font the
    # PDF's text is not the text of the cells.
    fonts_conf = tmp_path / "fonts.conf"
    fonts_conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
        f"  <dir>{resources_dir() / 'fonts'}</dir>\n"
        f"  <cachedir>{tmp_path / 'fc-cache'}</cachedir>\n</fontconfig>\n",
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "HOME": str(tmp_path / "home"),
        "FONTCONFIG_FILE": str(fonts_conf),
    }
    started = time.monotonic()
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(xlsx_file),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    elapsed = time.monotonic() - started
    pdf = out / "board.pdf"
    assert done.returncode == 0 and pdf.exists(), (done.returncode, done.stdout, done.stderr)

    reader = pypdf.PdfReader(pdf)
    summary = reader.pages[0].extract_text()
    assert "個人情報の取扱状況" in summary, summary
    # The date cell 2026-07-15 shows in 和暦 (the title rows hold no 令和 text), not as
    # its serial number or in ISO form.
    assert "令和8年7月15日" in summary, summary
    assert "令和7年7月1日" in summary, summary
    serial = (date(2026, 7, 15) - date(1899, 12, 30)).days
    assert str(serial) not in summary and "2026-07-15" not in summary
    assert "1 / " in summary  # the footer's page number
    everything = "".join(page.extract_text() for page in reader.pages)
    assert "令和8年4月29日" in everything  # a date in a list sheet
    assert "令和9年1月8日" in everything
    print(f"LibreOffice converted the workbook in {elapsed:.1f} s")
