"""出力 driven with qtbot on a real database: the preview's figures and sheets (qtmodeltester),
the period as a fiscal year or as dates typed in ISO or 和暦, the default file name, an export in
the background read back with calamine, the personal option for managers only, passwords
refused before exporting and an encrypted workbook when they match, errors in the user's
language, and screenshots in both languages."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import msoffcrypto
import pytest
from PySide6.QtCore import QAbstractItemModel, Qt, QUrl
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook
from tests.conftest import MANAGER, PASSWORD
from tests.ui.conftest import STAFF, STAFF_PASSWORD, VIEWER
from tests.ui.test_screenshots import _save

from privacydesk.errors import EnvironmentProblem, NotAllowed
from privacydesk.messages import render
from privacydesk.services import auth, board, profile, register
from privacydesk.services import complaints as cp
from privacydesk.services.complaints import ComplaintInput
from privacydesk.services.desk import Desk
from privacydesk.services.profile import ProfileData
from privacydesk.services.register import EntryData, ItemData, PurposeData
from privacydesk.ui import i18n
from privacydesk.ui.pages import reports
from privacydesk.ui.pages.reports import ReportsPage

RECEIVED = datetime.now().replace(microsecond=0) - timedelta(days=2)
COMPLAINANT = "鈴木 一郎"
EXPORT_PASSWORD = "board-secret-2026"


class Office:
    """A manager's desk on an office with a register entry and a complaint by a named person."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        profile.save_profile(desk, ProfileData(name="特定非営利活動法人 みどりの会"))
        purpose = register.create_purpose(desk, PurposeData(code="a", text="会員への連絡のため"))
        register.create_entry(
            desk, EntryData(name="会員名簿", items=[ItemData("氏名")], purpose_ids=[purpose.id])
        )
        cp.receive(
            desk,
            ComplaintInput(
                received_at=RECEIVED,
                channel="phone",
                category="handling",
                content="退会したのに会報が届いた",
                complainant=COMPLAINANT,
            ),
        )
        # The fiscal year the complaint falls in (today's, except in the first days of one).
        self.year = board.current_fiscal_year(desk, RECEIVED.date())


@pytest.fixture
def office(office_db: Path) -> Iterator[Office]:
    desk = auth.sign_in(office_db, MANAGER, PASSWORD)
    try:
        yield Office(desk)
    finally:
        desk.close()


def make_page(qtbot: QtBot, desk: Desk) -> ReportsPage:
    page = ReportsPage()
    qtbot.addWidget(page)
    page.set_desk(desk)
    return page


@pytest.fixture
def page(qtbot: QtBot, office: Office) -> ReportsPage:
    page = make_page(qtbot, office.desk)
    page.ui.yearSpin.setValue(office.year)
    return page


def column(model: QAbstractItemModel, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def preview(qtbot: QtBot, page: ReportsPage) -> None:
    with qtbot.waitSignal(page.preview_finished, timeout=20_000) as blocker:
        page.ui.previewButton.click()
        assert not page.ui.previewButton.isEnabled() and not page.ui.busyBar.isHidden()
    assert not isinstance(blocker.args[0], BaseException), blocker.args[0]


def export(qtbot: QtBot, page: ReportsPage) -> object:
    with qtbot.waitSignal(page.export_finished, timeout=20_000) as blocker:
        page.ui.exportButton.click()
        # The work runs in the background: the button waits, a busy bar shows.
        assert not page.ui.exportButton.isEnabled() and not page.ui.busyBar.isHidden()
        assert page.ui.resultLabel.text() == "書き出しています…"
    assert page.ui.exportButton.isEnabled() and page.ui.busyBar.isHidden()
    return blocker.args[0]


def test_the_preview_lists_the_figures_and_the_sheets(
    qtbot: QtBot, page: ReportsPage, office: Office, qtmodeltester: ModelTester
) -> None:
    assert page.figures.rowCount() == 0 and page.sheets.rowCount() == 0
    preview(qtbot, page)
    data = board.preview(office.desk, board.period_for(office.desk, fiscal_year=office.year))
    figures = page.figures
    assert figures.rowCount() == len(data.figures) > 30
    assert [figures.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "区分",
        "項目",
        "今期",
        "前期",
        "備考",
    ]
    shown = {
        (section, label): (now_, before)
        for section, label, now_, before in zip(
            *(column(figures, c) for c in range(4)), strict=True
        )
    }
    # Every figure as the service gathered it; a missing one shows as a dash.
    assert list(shown) == [(f.section, f.label) for f in data.figures]
    entries = next(f.value for f in data.figures if f.label == "台帳の件数")
    assert shown[("個人情報取扱台帳", "台帳の件数")] == (str(entries), "—")
    assert shown[("苦情", "受付件数")] == ("1", "0")
    assert shown[("開示等請求", "回答までの営業日数（中央値）")] == ("—", "—")
    assert column(page.sheets, 0) == [
        "個人情報取扱台帳",
        "委託先監督",
        "開示等請求",
        "苦情",
        "漏えい等",
    ]
    assert column(page.sheets, 2) == [str(entries), "0", "0", "1", "0"]
    assert column(page.sheets, 3) == [""] * 5  # the preview never holds personal sheets
    assert COMPLAINANT not in str([column(page.sheets, c) for c in range(4)])
    start = data.period.start.isoformat()
    assert page.ui.previewLabel.text().startswith(f"今期 {start}〜")
    qtmodeltester.check(figures, force_py=True)  # one model per tester: it watches only one
    # Another period: what is shown no longer matches it, so it goes.
    page.ui.yearSpin.setValue(office.year - 1)
    assert page.figures.rowCount() == 0
    assert page.ui.previewLabel.text() == "書き出す前に、ブックに入る数値とシートを確認できます。"


def test_the_sheets_model_passes_qtmodeltester(
    qtbot: QtBot, page: ReportsPage, qtmodeltester: ModelTester
) -> None:
    preview(qtbot, page)
    assert page.sheets.rowCount() == 5
    qtmodeltester.check(page.sheets, force_py=True)


def test_the_period_as_dates_in_iso_or_wareki_and_the_default_file_name(
    page: ReportsPage, office: Office
) -> None:
    u = page.ui
    fiscal = board.period_for(office.desk, fiscal_year=office.year)
    assert page.destination().name == f"理事会報告_{office.year}年度.xlsx"
    assert u.destinationEdit.text() == str(page.destination())
    assert u.periodLabel.text().endswith(f"（{fiscal.end.isoformat()}）")
    assert not u.fromEdit.isEnabled()
    u.rangeRadio.setChecked(True)  # starts from the fiscal year shown
    assert u.fromEdit.isEnabled() and not u.yearSpin.isEnabled()
    assert (u.fromEdit.text(), u.toEdit.text()) == (
        fiscal.start.isoformat(),
        fiscal.end.isoformat(),
    )
    u.fromEdit.setText("令和8年4月1日")
    u.fromEdit.editingFinished.emit()
    u.toEdit.setText("R8.9.30")
    u.toEdit.editingFinished.emit()
    assert u.periodLabel.text() == "令和8年4月1日（2026-04-01）〜令和8年9月30日（2026-09-30）"
    assert page.destination().name == "理事会報告_2026-04-01_2026-09-30.xlsx"
    period = page.period()
    assert (period.start.isoformat(), period.end.isoformat()) == ("2026-04-01", "2026-09-30")


def test_an_export_writes_a_workbook_calamine_reads_and_opens_its_folder(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    u = page.ui
    assert u.openFolderButton.isHidden()
    assert page.choose_destination(tmp_path / "board")  # .xlsx is added
    out = tmp_path / "board.xlsx"
    assert u.destinationEdit.text() == str(out)
    assert export(qtbot, page) == out
    book = CalamineWorkbook.from_path(str(out))
    assert "概要" in book.sheet_names and "苦情" in book.sheet_names
    assert "苦情（氏名等）" not in book.sheet_names
    cells = str(book.get_sheet_by_name("苦情").to_python())
    assert COMPLAINANT not in cells
    assert u.resultLabel.text() == (
        f"{out} に書き出しました。\n暗号化していません（本人の氏名は含みません）。"
    )
    assert u.messageLabel.text() == ""
    opened: list[QUrl] = []

    class Desktop:
        @staticmethod
        def openUrl(url: QUrl) -> bool:
            opened.append(url)
            return True

    monkeypatch.setattr(reports, "QDesktopServices", Desktop)
    assert not u.openFolderButton.isHidden()
    u.openFolderButton.click()
    assert [Path(url.toLocalFile()) for url in opened] == [tmp_path]


@pytest.mark.parametrize("user", [STAFF, VIEWER])
def test_the_personal_option_is_for_managers_only(
    qtbot: QtBot, office: Office, office_db: Path, tmp_path: Path, user: str
) -> None:
    desk = auth.sign_in(office_db, user, STAFF_PASSWORD)
    try:
        page = make_page(qtbot, desk)
        u = page.ui
        assert not u.personalCheck.isEnabled()
        assert u.personalPanel.isHidden()
        assert u.personalNoteLabel.text().startswith("個人データを含められるのは管理者だけです。")
        assert u.personalCheck.toolTip() == u.personalNoteLabel.text()
        assert u.previewButton.isEnabled()  # everyone may look
        preview(qtbot, page)
        assert page.figures.rowCount() > 30
        page.choose_destination(tmp_path / "board.xlsx")
        if user == STAFF:
            assert u.exportButton.isEnabled()
            assert export(qtbot, page) == tmp_path / "board.xlsx"
            return
        assert not u.exportButton.isEnabled() and not u.chooseButton.isEnabled()
        assert "閲覧者は内容の確認はできますが" in u.personalNoteLabel.text()
        # Were it called anyway, the service refuses, in the user's words.
        with qtbot.waitSignal(page.export_finished, timeout=20_000) as blocker:
            assert page.export()
        assert isinstance(blocker.args[0], NotAllowed)
        assert u.messageLabel.text().startswith("この操作（board.export_board）は")
        assert not (tmp_path / "board.xlsx").exists()
    finally:
        desk.close()


def test_the_manager_is_warned_and_refused_until_the_passwords_match(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path
) -> None:
    u = page.ui
    page.choose_destination(tmp_path / "board.xlsx")
    out = tmp_path / "board.xlsx"
    assert u.personalCheck.isEnabled() and u.personalPanel.isHidden()
    assert u.personalNoteLabel.text().startswith("本人の氏名と請求書の住所のシートが加わり")
    u.personalCheck.setChecked(True)
    assert not u.personalPanel.isHidden()
    assert u.warningLabel.text().startswith("注意：このブックには本人の氏名と住所が入ります。")
    u.passwordEdit.setText(EXPORT_PASSWORD)
    u.confirmEdit.setText(EXPORT_PASSWORD + "x")
    with qtbot.assertNotEmitted(page.export_finished, wait=50):
        u.exportButton.click()
        assert u.messageLabel.text() == "2回の入力が一致しません。"
        u.passwordEdit.setText("short")
        u.confirmEdit.setText("short")
        u.exportButton.click()
        assert u.messageLabel.text() == render("board.password_required", "ja", min=8)
        assert "8 文字以上" in u.messageLabel.text()
    assert not out.exists() and not u.busyBar.isVisible()
    # Unticking forgets the password.
    u.personalCheck.setChecked(False)
    assert u.passwordEdit.text() == "" and u.personalPanel.isHidden()
    u.personalCheck.setChecked(True)
    u.passwordEdit.setText(EXPORT_PASSWORD)
    u.confirmEdit.setText(EXPORT_PASSWORD)
    assert export(qtbot, page) == out
    assert u.messageLabel.text() == ""
    assert u.resultLabel.text().endswith(
        "パスワードで暗号化しています（開くには設定したパスワードが必要です）。"
    )
    assert u.passwordEdit.text() == "" and u.confirmEdit.text() == ""  # not kept after use
    with pytest.raises(Exception):  # noqa: B017 - calamine's own error type
        CalamineWorkbook.from_path(str(out))
    with open(out, "rb") as f:
        office_file = msoffcrypto.OfficeFile(f)
        assert office_file.is_encrypted()
        office_file.load_key(password=EXPORT_PASSWORD)
        plain = io.BytesIO()
        office_file.decrypt(plain)
    book = CalamineWorkbook.from_filelike(io.BytesIO(plain.getvalue()))
    assert "苦情（氏名等）" in book.sheet_names
    assert COMPLAINANT in str(book.get_sheet_by_name("苦情（氏名等）").to_python())


def test_errors_are_shown_in_the_users_language(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path
) -> None:
    u = page.ui
    page.choose_destination(tmp_path / "board.xlsx")
    u.rangeRadio.setChecked(True)
    u.fromEdit.setText("2026-10-01")
    u.toEdit.setText("令和8年4月1日")
    u.toEdit.editingFinished.emit()
    ja = "期間の終わりが始まりより前です。"
    assert u.periodLabel.text() == ja
    with qtbot.assertNotEmitted(page.export_finished, wait=50):
        assert not page.export()
        assert not page.check_contents()
    assert u.messageLabel.text() == ja
    i18n.set_language("en", remember=False)
    qtbot.waitUntil(lambda: u.exportButton.text() == "Export")  # LanguageChange is posted
    assert u.messageLabel.text() == "The period ends before it starts."
    assert u.periodLabel.text() == "The period ends before it starts."
    u.toEdit.setText("tomorrow")
    u.toEdit.editingFinished.emit()
    assert u.periodLabel.text() == render("date.unreadable", "en", text="tomorrow")
    # A folder that is not there: the environment's fault, said as such.
    u.toEdit.setText("2026-10-31")
    u.toEdit.editingFinished.emit()
    page.choose_destination(tmp_path / "missing" / "board.xlsx")
    with qtbot.waitSignal(page.export_finished, timeout=20_000) as blocker:
        u.exportButton.click()
    assert isinstance(blocker.args[0], EnvironmentProblem)
    english = u.messageLabel.text()
    assert english and english == i18n.error_text(blocker.args[0])
    i18n.set_language("ja", remember=False)
    qtbot.waitUntil(lambda: u.exportButton.text() == "書き出す")
    assert u.messageLabel.text() == i18n.error_text(blocker.args[0]) != english


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_screenshots_of_the_reports_page(qtbot: QtBot, page: ReportsPage, lang: str) -> None:
    i18n.set_language(lang, remember=False)
    page.resize(1100, 720)
    page.show()
    preview(qtbot, page)
    page.ui.personalCheck.setChecked(True)
    page.ui.passwordEdit.setText(EXPORT_PASSWORD)
    page.ui.confirmEdit.setText(EXPORT_PASSWORD)
    _save(qtbot, page, f"{lang}_reports_page")
