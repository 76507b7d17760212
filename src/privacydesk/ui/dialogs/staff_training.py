"""A training (研修): its date, topic and material, who attended with whether their
understanding was checked (理解度確認), and its attendance sheet (研修出席簿) to print through
the preview. The list offered is every member active on the day, and anyone already recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import staff as st
from privacydesk.services.desk import Desk
from privacydesk.services.staff import StaffRow, TrainingData, TrainingDetail
from privacydesk.ui.dialogs import complaint_common, request_common
from privacydesk.ui.dialogs import staff_common as common
from privacydesk.ui.dialogs.internal_audit_common import Feedback
from privacydesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from privacydesk.ui.generated.ui_staff_training_dialog import Ui_StaffTrainingDialog
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Index

CTX = "StaffTrainingDialog"


@dataclass
class Attendee:
    staff_id: int
    name: str
    kind: str
    attended: bool
    understood: bool


def active_on(row: StaffRow, day: date) -> bool:
    """Active on the training's day: started by then (or no start date) and not yet left."""
    started = row.start_on is None or row.start_on <= day
    return started and (row.end_on is None or row.end_on > day)


class AttendanceModel(QAbstractTableModel):
    """Members with two ticks each: attended, and understanding checked (which implies
    attendance; unticking attendance clears it)."""

    NAME, KIND, UNDERSTOOD = 0, 1, 2
    HEADERS = (
        QT_TRANSLATE_NOOP("StaffTrainingDialog", "Attended"),
        QT_TRANSLATE_NOOP("StaffTrainingDialog", "Kind"),
        QT_TRANSLATE_NOOP("StaffTrainingDialog", "Understanding checked"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Attendee] = []
        self.editable = True

    def set_rows(self, rows: list[Attendee]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def _valid(self, index: Index) -> bool:
        return (
            index.isValid()
            and 0 <= index.row() < len(self.rows)
            and 0 <= index.column() < len(self.HEADERS)
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        a, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return a.name
            if column == self.KIND:
                return common.kind_text(a.kind)
            return ""
        if role == Qt.ItemDataRole.CheckStateRole and column in (self.NAME, self.UNDERSTOOD):
            on = a.attended if column == self.NAME else a.understood
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        out = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() in (self.NAME, self.UNDERSTOOD):
            out |= Qt.ItemFlag.ItemIsUserCheckable
        return out

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not self._valid(index) or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if not self.editable or index.column() not in (self.NAME, self.UNDERSTOOD):
            return False
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        a = self.rows[index.row()]
        if index.column() == self.NAME:
            a.attended = on
            if not on:
                a.understood = False
        else:
            a.understood = on
            if on:
                a.attended = True
        row = index.row()
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return translate("StaffTrainingDialog", self.HEADERS[section])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(self.HEADERS) - 1)
            )

    def attendees(self) -> list[tuple[int, bool]]:
        return [(a.staff_id, a.understood) for a in self.rows if a.attended]


class StaffTrainingDialog(QDialog):
    def __init__(
        self,
        desk: Desk,
        training_id: int | None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_StaffTrainingDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.training_id = training_id
        self.today = today
        self.detail: TrainingDetail | None = None
        self.saved_id: int | None = None
        self.changed = False
        self.preview_dialog: PdfPreviewDialog | None = None
        u = self.ui
        self.fields = {"held_on": u.heldEdit, "topic": u.topicEdit, "material": u.materialEdit}
        self.feedback = Feedback(u.messageLabel, self.fields)
        self.model = AttendanceModel(self)
        u.attendanceView.setModel(self.model)
        header = u.attendanceView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        u.saveButton.clicked.connect(lambda: self.save())
        u.saveAttendanceButton.clicked.connect(lambda: self.save_attendance())
        u.sheetButton.clicked.connect(lambda: self.print_sheet())
        u.closeButton.clicked.connect(self.reject)
        if training_id is None:
            u.heldEdit.setText((today or date.today()).isoformat())
        self.refresh(basic=True)
        u.topicEdit.setFocus()

    def may(self, fn: object) -> bool:
        return complaint_common.may(self.desk, fn)

    def _gate(self) -> None:
        u = self.ui
        editable = self.may(st.create_training if self.training_id is None else st.update_training)
        for w in self.fields.values():
            request_common.enable(w, editable)
        u.saveButton.setEnabled(editable)
        existing = self.training_id is not None
        may_attend = existing and self.may(st.set_attendance)
        self.model.editable = may_attend
        u.attendanceBox.setEnabled(existing)
        u.saveAttendanceButton.setEnabled(may_attend)
        u.sheetButton.setEnabled(existing and self.may(st.attendance_sheet_pdf))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            self._show_header()
        super().changeEvent(event)

    def _show_header(self) -> None:
        d = self.detail
        if d is None:
            title = translate("StaffTrainingDialog", "New training")
        else:
            title = translate("StaffTrainingDialog", "Training: {topic}").format(topic=d.data.topic)
        self.ui.headerLabel.setText(title)
        self.setWindowTitle(title)

    def refresh(self, basic: bool = False) -> None:
        if self.training_id is None:
            self._show_header()
            self._gate()
            return
        try:
            detail = st.get_training(self.desk, self.training_id)
            members = st.list_staff(self.desk, today=self.today)
        except PrivacydeskError as exc:
            self.feedback.show(exc)
            self._gate()
            return
        self.detail = detail
        if basic:
            held = detail.data.held_on
            u = self.ui
            u.heldEdit.setText(held.isoformat() if isinstance(held, date) else str(held or ""))
            u.topicEdit.setText(detail.data.topic)
            u.materialEdit.setText(detail.data.material)
        held_on = detail.data.held_on if isinstance(detail.data.held_on, date) else date.today()
        recorded = {a.staff_id: a for a in detail.attendees}
        rows = [
            Attendee(
                m.id,
                m.name,
                m.kind,
                m.id in recorded,
                recorded[m.id].understanding_checked if m.id in recorded else False,
            )
            for m in members
            if m.id in recorded or active_on(m, held_on)
        ]
        self.model.set_rows(rows)
        self._show_header()
        self._gate()

    def set_attended(self, staff_id: int, attended: bool, understood: bool = False) -> bool:
        """Tick a member as the officer does with the mouse."""
        for row, a in enumerate(self.model.rows):
            if a.staff_id == staff_id:
                state = Qt.CheckState.Checked if attended else Qt.CheckState.Unchecked
                self.model.setData(self.model.index(row, 0), state, Qt.ItemDataRole.CheckStateRole)
                if attended:
                    state = Qt.CheckState.Checked if understood else Qt.CheckState.Unchecked
                    self.model.setData(
                        self.model.index(row, 2), state, Qt.ItemDataRole.CheckStateRole
                    )
                return True
        return False

    def save(self) -> bool:
        u = self.ui
        data = TrainingData(u.heldEdit.text(), u.topicEdit.text(), u.materialEdit.text())
        if self.training_id is None:
            ok, tid = self.feedback.run(
                lambda: st.create_training(self.desk, data),
                translate("StaffTrainingDialog", "The training was saved."),
            )
            if ok and isinstance(tid, int):
                self.training_id = self.saved_id = tid
        else:
            tid = self.training_id
            ok, _ = self.feedback.run(
                lambda: st.update_training(self.desk, tid, data, today=self.today),
                translate("StaffTrainingDialog", "The training was saved."),
            )
            if ok:
                self.saved_id = tid
        if ok:
            self.changed = True
            self._reload_keeping_message(basic=True)
        return ok

    def save_attendance(self) -> bool:
        if self.training_id is None:
            return False
        tid, attendees = self.training_id, self.model.attendees()
        ok, count = self.feedback.run(
            lambda: st.set_attendance(self.desk, tid, attendees, today=self.today),
            fields={"held_on": self.ui.heldEdit},
        )
        if ok:
            self.changed = True
            self.feedback.say(
                translate(
                    "StaffTrainingDialog", "The attendance of {count} people was saved."
                ).format(count=count)
            )
            self._reload_keeping_message()
        return ok

    def _reload_keeping_message(self, basic: bool = False) -> None:
        message = self.ui.messageLabel.text()
        self.refresh(basic)
        self.ui.messageLabel.setText(message)

    def print_sheet(self, show: bool = True) -> PdfPreviewDialog | None:
        """研修出席簿: preview, print at 100% or save (it names staff: personal data)."""
        if self.training_id is None:
            return None
        topic = self.detail.data.topic if self.detail else ""
        dialog = common.preview_sheet(self.desk, self.training_id, topic, self.feedback, self, show)
        self.preview_dialog = dialog
        return dialog
