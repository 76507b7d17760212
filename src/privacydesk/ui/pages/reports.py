"""出力: the board workbook for a fiscal year or any dates, previewed (figures and sheets) and
exported in the background; personal data only for a manager, and then encrypted."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import board, dates
from privacydesk.services.board import BoardData, Figure, Period, Sheet
from privacydesk.services.desk import Desk
from privacydesk.services.roles import MANAGER, actions_for
from privacydesk.ui import i18n, tasks
from privacydesk.ui.generated.ui_reports_page import Ui_ReportsPage
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, Index, RowTableModel
from privacydesk.ui.pages.base import Page

CTX = "ReportsPage"
FOLDER_KEY = "ui/board_folder"  # the folder last chosen (a path, never personal data)
ERROR_STYLE = "color: #b00020;"


def cell(value: object) -> str:
    """A figure as the board reads it: 7.0 days as 7, a day in ISO, nothing as a dash."""
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class FiguresModel(RowTableModel[Figure]):
    """概要's lines: numbers to the right, long text readable in a tooltip."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid():
            figure = self.row_at(index.row())
            if figure is not None and index.column() in (2, 3):
                value = figure.value if index.column() == 2 else figure.previous
                if value is None or isinstance(value, int | float):  # the dash with the numbers
                    return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        return super().data(index, role)


def _documents() -> Path:
    """Where the workbook goes unless the user chose a folder before: Documents, or home."""
    saved = i18n.settings().value(FOLDER_KEY)
    if saved and Path(str(saved)).is_dir():
        return Path(str(saved))
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def _hint() -> str:
    return translate(
        "ReportsPage", "Before exporting, see the figures and sheets the workbook will hold."
    )


class ReportsPage(Page):
    preview_finished = Signal(object)  # the BoardData, or the exception
    export_finished = Signal(object)  # the Path written, or the exception

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        u = self.ui
        self.today: date | None = None  # tests fix the day; None is today
        self.figures = FiguresModel(
            CTX,
            [
                Column(QT_TRANSLATE_NOOP("ReportsPage", "Section"), lambda f: f.section),
                Column(QT_TRANSLATE_NOOP("ReportsPage", "Item"), lambda f: f.label),
                Column(QT_TRANSLATE_NOOP("ReportsPage", "This period"), lambda f: cell(f.value)),
                Column(
                    QT_TRANSLATE_NOOP("ReportsPage", "Previous period"),
                    lambda f: cell(f.previous),
                ),
                Column(QT_TRANSLATE_NOOP("ReportsPage", "Note"), lambda f: f.note),
            ],
            self,
        )
        self.sheets: RowTableModel[Sheet] = RowTableModel(
            CTX,
            [
                Column(QT_TRANSLATE_NOOP("ReportsPage", "Sheet"), lambda s: s.name),
                Column(QT_TRANSLATE_NOOP("ReportsPage", "Heading"), lambda s: s.title),
                Column(
                    QT_TRANSLATE_NOOP("ReportsPage", "Rows"),
                    lambda s: len(s.rows),
                    Qt.AlignmentFlag.AlignRight,
                ),
                Column(
                    QT_TRANSLATE_NOOP("ReportsPage", "Personal data"),
                    lambda s: (
                        translate("ReportsPage", "Yes (encrypted only)") if s.personal else ""
                    ),
                ),
            ],
            self,
        )
        u.figuresView.setModel(self.figures)
        u.sheetsView.setModel(self.sheets)
        u.figuresView.verticalHeader().hide()
        u.sheetsView.verticalHeader().hide()
        header = u.figuresView.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        sheet_header = u.sheetsView.horizontalHeader()
        sheet_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        sheet_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        sheet_header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        sheet_header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)

        self._task: tasks.TaskHandle | None = None
        self._folder: Path | None = None  # chosen in the save dialog
        self._custom_name: str | None = None  # a file name the user typed there
        self._overwrite_ok: Path | None = None  # the save dialog already asked about it
        self._period_key: tuple[object, ...] | None = None
        self._generation = 0  # a preview for a period since changed is not shown
        self._preview: BoardData | None = None
        self._written: tuple[Path, bool] | None = None  # where, and whether encrypted
        self._message: Callable[[], str] | None = None
        self._status: Callable[[], str] | None = None
        self._preview_text: Callable[[], str] | None = _hint

        u.fiscalRadio.toggled.connect(lambda _on: self._period_changed())
        u.yearSpin.valueChanged.connect(lambda _v: self._period_changed())
        u.fromEdit.editingFinished.connect(self._period_changed)
        u.toEdit.editingFinished.connect(self._period_changed)
        u.personalCheck.toggled.connect(self._personal_toggled)
        u.chooseButton.clicked.connect(lambda: self.choose_destination())
        u.exportButton.clicked.connect(lambda: self.export())
        u.previewButton.clicked.connect(lambda: self.check_contents())
        u.openFolderButton.clicked.connect(self.open_folder)
        u.personalPanel.hide()
        u.busyBar.hide()
        u.openFolderButton.hide()
        self._gate()

    # -- desk --------------------------------------------------------------------------------------
    def set_desk(self, desk: Desk) -> None:
        """A new session starts clean: the current fiscal year, no preview, no password."""
        self.desk = desk
        u = self.ui
        for widget in (u.yearSpin, u.fiscalRadio, u.personalCheck):
            widget.blockSignals(True)
        u.yearSpin.setValue(board.current_fiscal_year(desk, self.today))
        u.fiscalRadio.setChecked(True)
        u.personalCheck.setChecked(False)
        for widget in (u.yearSpin, u.fiscalRadio, u.personalCheck):
            widget.blockSignals(False)
        u.fromEdit.clear()
        u.toEdit.clear()
        self._personal_toggled(False)
        self._folder = self._custom_name = self._overwrite_ok = None
        self._written = None
        self._say(None)
        self._show_status(None)
        self._period_key = None
        self._period_changed()
        self.refresh()

    def refresh(self) -> None:
        if self.desk is None:
            return
        self._gate()
        self._show_period()
        self._update_destination()

    def is_manager(self) -> bool:
        return self.desk is not None and self.desk.context.role in MANAGER

    def may_export(self) -> bool:
        """Mirrors the service's own check (a viewer may look but not export)."""
        if self.desk is None:
            return False
        name = getattr(board.export_board, "action_name", "")
        return name in actions_for(self.desk.context.role)

    def busy(self) -> bool:
        return self._task is not None and not self._task.done

    def _gate(self) -> None:
        u = self.ui
        busy = self.busy()
        manager = self.is_manager()
        may_export = self.may_export()
        if not manager and u.personalCheck.isChecked():
            u.personalCheck.setChecked(False)
        u.personalCheck.setEnabled(manager and not busy)
        u.yearSpin.setEnabled(u.fiscalRadio.isChecked())
        u.fromEdit.setEnabled(u.rangeRadio.isChecked())
        u.toEdit.setEnabled(u.rangeRadio.isChecked())
        u.previewButton.setEnabled(self.desk is not None and not busy)
        u.exportButton.setEnabled(may_export and not busy)
        u.chooseButton.setEnabled(may_export and not busy)
        u.busyBar.setVisible(busy)
        u.personalNoteLabel.setText(self._personal_note())
        u.personalCheck.setToolTip("" if manager else self._personal_note())
        u.openFolderButton.setVisible(self._written is not None)

    def _personal_note(self) -> str:
        if self.desk is None:
            return ""
        if self.is_manager():
            return translate(
                "ReportsPage",
                "Adds sheets with data subjects' names and the addresses on their requests; "
                "the workbook is then written encrypted with a password.",
            )
        text = translate(
            "ReportsPage",
            "Only a manager may include personal data. Without it the workbook lists cases "
            "by number, with no names.",
        )
        if not self.may_export():
            text += "\n" + translate(
                "ReportsPage", "A viewer may check the contents but not export the workbook."
            )
        return text

    # -- the period --------------------------------------------------------------------------------
    def period(self) -> Period:
        """The period chosen; InvalidInput (in the user's language) when it cannot be read."""
        assert self.desk is not None
        u = self.ui
        if u.fiscalRadio.isChecked():
            return board.period_for(self.desk, fiscal_year=u.yearSpin.value())
        return board.period_for(
            self.desk,
            start=dates.parse_optional(u.fromEdit.text()),
            end=dates.parse_optional(u.toEdit.text()),
        )

    def _period_changed(self) -> None:
        if self.desk is None:
            return
        u = self.ui
        if u.rangeRadio.isChecked() and not u.fromEdit.text() and not u.toEdit.text():
            # Switching to dates starts from the fiscal year shown, to be narrowed.
            fiscal = board.period_for(self.desk, fiscal_year=u.yearSpin.value())
            u.fromEdit.setText(fiscal.start.isoformat())
            u.toEdit.setText(fiscal.end.isoformat())
        key = (
            (u.yearSpin.value(),)
            if u.fiscalRadio.isChecked()
            else (u.fromEdit.text().strip(), u.toEdit.text().strip())
        )
        if key == self._period_key:
            return
        self._period_key = key
        self._generation += 1
        self._preview = None
        self.figures.set_rows([])
        self.sheets.set_rows([])
        self._show_preview_text(_hint)
        self._gate()
        self._show_period()
        self._update_destination()

    def _show_period(self) -> None:
        if self.desk is None:
            return
        label = self.ui.periodLabel
        try:
            p = self.period()
        except PrivacydeskError as exc:
            label.setStyleSheet(ERROR_STYLE)
            label.setText(i18n.error_text(exc))
            return
        label.setStyleSheet("")
        label.setText(
            translate("ReportsPage", "From {start} to {end}").format(
                start=dates.display(p.start), end=dates.display(p.end)
            )
        )

    # -- the destination ---------------------------------------------------------------------------
    def default_name(self) -> str:
        u = self.ui
        if u.fiscalRadio.isChecked():
            return translate("ReportsPage", "board_report_FY{year}.xlsx").format(
                year=u.yearSpin.value()
            )
        try:
            p = self.period()
        except PrivacydeskError:
            return translate("ReportsPage", "board_report.xlsx")
        return translate("ReportsPage", "board_report_{start}_{end}.xlsx").format(
            start=p.start.isoformat(), end=p.end.isoformat()
        )

    def destination(self) -> Path:
        return (self._folder or _documents()) / (self._custom_name or self.default_name())

    def _update_destination(self) -> None:
        if self.desk is not None:
            self.ui.destinationEdit.setText(str(self.destination()))

    def choose_destination(self, path: Path | None = None) -> bool:
        """The save dialog (or, from a test, the path itself); the name is kept only when the
        user changed it, so that choosing another year renames the default."""
        if self.desk is None:
            return False
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(
                self,
                translate("ReportsPage", "Save the board workbook"),
                str(self.destination()),
                translate("ReportsPage", "Excel workbook (*.xlsx)"),
            )
            if not name:
                return False
            path = Path(name)
            self._overwrite_ok = path if path.suffix.lower() == ".xlsx" else None
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self._folder = path.parent
        self._custom_name = None if path.name == self.default_name() else path.name
        i18n.settings().setValue(FOLDER_KEY, str(path.parent))
        self._update_destination()
        return True

    # -- personal data -----------------------------------------------------------------------------
    def _personal_toggled(self, on: bool) -> None:
        u = self.ui
        u.personalPanel.setVisible(on)
        if not on:  # a password is never kept once it is not needed
            u.passwordEdit.clear()
            u.confirmEdit.clear()

    def _password(self) -> str | None:
        """The password typed twice, or None after telling the user what is wrong."""
        u = self.ui
        first, again = u.passwordEdit.text(), u.confirmEdit.text()
        if first != again:
            self._say(lambda: i18n.text("cli.passwords_differ"))
            u.confirmEdit.setFocus()
            return None
        if len(first) < board.PASSWORD_MIN:
            self._say(lambda: i18n.text("board.password_required", min=board.PASSWORD_MIN))
            u.passwordEdit.setFocus()
            return None
        return first

    # -- preview -----------------------------------------------------------------------------------
    def check_contents(self) -> bool:
        """内容を確認: the figures and sheets the workbook will hold, gathered in the background."""
        if self.desk is None or self.busy():
            return False
        self._say(None)
        try:
            period = self.period()
        except PrivacydeskError as exc:
            self._say_error(exc)
            return False
        desk, today, generation = self.desk, self.today, self._generation
        self._task = tasks.start(
            lambda _c, _p: desk.run(lambda _c2, _p2: board.preview(desk, period, today)),
            lambda data: self._previewed(generation, data),
            self._preview_failed,
            self,
        )
        self._show_preview_text(lambda: translate("ReportsPage", "Checking…"))
        self._gate()
        return True

    def _previewed(self, generation: int, data: BoardData) -> None:
        self._task = None
        self._gate()
        if generation == self._generation and self.desk is not None:
            self._preview = data
            self.figures.set_rows(data.figures)
            self.sheets.set_rows(data.sheets)
            self._show_preview_text(self._preview_label)
        else:
            self._show_preview_text(_hint)
        self.preview_finished.emit(data)

    def _preview_failed(self, exc: BaseException) -> None:
        self._task = None
        self._gate()
        self._show_preview_text(_hint)
        self._say_error(exc)
        self.preview_finished.emit(exc)

    def _preview_label(self) -> str:
        data = self._preview
        if data is None:
            return ""
        return translate(
            "ReportsPage", "This period {start} to {end}; previous period {pstart} to {pend}."
        ).format(
            start=data.period.start.isoformat(),
            end=data.period.end.isoformat(),
            pstart=data.previous.start.isoformat(),
            pend=data.previous.end.isoformat(),
        )

    # -- export ------------------------------------------------------------------------------------
    def export(self, confirmed: bool = False) -> bool:
        """書き出す: checks what can be checked here, then writes in the background."""
        if self.desk is None or self.busy():
            return False
        self._say(None)
        self._written = None
        self._show_status(None)
        self._gate()
        try:
            period = self.period()
        except PrivacydeskError as exc:
            self._say_error(exc)
            return False
        personal = self.ui.personalCheck.isChecked()
        password = self._password() if personal else None
        if personal and password is None:
            return False
        out = self.destination()
        if out.exists() and not confirmed and out != self._overwrite_ok:
            answer = QMessageBox.question(
                self,
                translate("ReportsPage", "Replace the file?"),
                translate("ReportsPage", "{path} already exists. Replace it?").format(path=out),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        desk, today = self.desk, self.today
        self._task = tasks.start(
            lambda _c, _p: desk.run(
                lambda _c2, _p2: board.export_board(
                    desk, period, out, with_personal_data=personal, password=password, today=today
                )
            ),
            lambda _xlsx: self._exported(out, password is not None),
            self._export_failed,
            self,
        )
        self._show_status(lambda: translate("ReportsPage", "Exporting…"))
        self._gate()
        return True

    def _exported(self, out: Path, encrypted: bool) -> None:
        self._task = None
        self._overwrite_ok = None
        self._written = (out, encrypted)
        self.ui.passwordEdit.clear()
        self.ui.confirmEdit.clear()
        self._show_status(self._written_text)
        self._gate()
        self.export_finished.emit(out)

    def _written_text(self) -> str:
        if self._written is None:
            return ""
        out, encrypted = self._written
        lines = [translate("ReportsPage", "Wrote {path}.").format(path=out)]
        if encrypted:
            lines.append(
                translate(
                    "ReportsPage", "It is encrypted: it opens only with the password you set."
                )
            )
        else:
            lines.append(
                translate("ReportsPage", "It is not encrypted (it holds no data subject's name).")
            )
        return "\n".join(lines)

    def _export_failed(self, exc: BaseException) -> None:
        self._task = None
        self._show_status(None)
        self._say_error(exc)
        self._gate()
        self.export_finished.emit(exc)

    def open_folder(self) -> None:
        if self._written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._written[0].parent)))

    # -- texts -------------------------------------------------------------------------------------
    def _say(self, message: Callable[[], str] | None) -> None:
        """An error or refusal, kept as a function so that a language switch re-renders it."""
        self._message = message
        self.ui.messageLabel.setText(message() if message else "")

    def _say_error(self, exc: BaseException) -> None:
        self._say(lambda: i18n.error_text(exc))

    def _show_status(self, status: Callable[[], str] | None) -> None:
        """The export's progress and where it was written (black, unlike errors)."""
        self._status = status
        self.ui.resultLabel.setText(status() if status else "")

    def _show_preview_text(self, text: Callable[[], str] | None) -> None:
        self._preview_text = text
        self.ui.previewLabel.setText(text() if text else "")

    def retranslate(self) -> None:
        self.figures.retranslate()
        self.sheets.retranslate()
        self._gate()
        self._show_period()
        self._update_destination()
        self._say(self._message)
        self._show_status(self._status)
        self._show_preview_text(self._preview_text)
