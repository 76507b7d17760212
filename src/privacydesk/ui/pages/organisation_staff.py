"""組織 › 職員: the people who handle personal data with what needs attention (no pledge, no
training in the past year: coloured rows, the reasons in the tooltip), adding and editing a
member with their pledges, the trainings with their attendance, and the printed pledge (blank
or named) and attendance sheet through the PDF preview."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import staff as st
from privacydesk.services.desk import Desk
from privacydesk.services.staff import StaffRow, TrainingRow
from privacydesk.ui.dialogs import complaint_common
from privacydesk.ui.dialogs import staff_common as common
from privacydesk.ui.dialogs.internal_audit_common import Feedback
from privacydesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from privacydesk.ui.dialogs.staff_member import StaffMemberDialog
from privacydesk.ui.dialogs.staff_training import StaffTrainingDialog
from privacydesk.ui.generated.ui_organisation_staff_tab import Ui_OrganisationStaffTab
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, Index, RowTableModel

CTX = "OrganisationStaffTab"
ATTENTION_TEXT = QColor("#7a4b00")
ATTENTION_BACKGROUND = QColor("#fff1d6")


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


class StaffTableModel(RowTableModel[StaffRow]):
    """The members: rows with flags coloured, every reason in the tooltip."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            row = self.row_at(index.row()) if index.isValid() else None
            if row is None or not row.flags or index.column() >= self.columnCount():
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                return common.flags_full(row.flags)
            colour = (
                ATTENTION_TEXT if role == Qt.ItemDataRole.ForegroundRole else ATTENTION_BACKGROUND
            )
            return QBrush(colour)
        return super().data(index, role)


class StaffTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OrganisationStaffTab()
        self.ui.setupUi(self)
        self.desk: Desk | None = None
        self.today: date | None = None
        self.preview_dialog: PdfPreviewDialog | None = None
        u = self.ui
        self.feedback = Feedback(u.messageLabel)
        self.model = StaffTableModel(
            CTX,
            [
                Column(QT_TRANSLATE_NOOP("OrganisationStaffTab", "Name"), lambda r: r.name),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationStaffTab", "Kind"),
                    lambda r: common.kind_text(r.kind),
                ),
                Column(QT_TRANSLATE_NOOP("OrganisationStaffTab", "Part"), lambda r: r.role),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationStaffTab", "Account"), lambda r: r.account_name
                ),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationStaffTab", "From"), lambda r: _iso(r.start_on)
                ),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationStaffTab", "Until"), lambda r: _iso(r.end_on)
                ),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationStaffTab", "Latest pledge"),
                    lambda r: _iso(r.last_pledge_on),
                ),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationStaffTab", "Last training"),
                    lambda r: _iso(r.last_training_on),
                ),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationStaffTab", "Needs attention"),
                    lambda r: common.flags_short(r.flags),
                ),
            ],
            self,
        )
        self.trainings: RowTableModel[TrainingRow] = RowTableModel(
            CTX,
            [
                Column(
                    QT_TRANSLATE_NOOP("OrganisationStaffTab", "Held on"),
                    lambda t: t.held_on.isoformat(),
                ),
                Column(QT_TRANSLATE_NOOP("OrganisationStaffTab", "Topic"), lambda t: t.topic),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationStaffTab", "Attended"),
                    lambda t: t.attendees,
                    Qt.AlignmentFlag.AlignRight,
                ),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationStaffTab", "Understanding checked"),
                    lambda t: t.understood,
                    Qt.AlignmentFlag.AlignRight,
                ),
                Column(QT_TRANSLATE_NOOP("OrganisationStaffTab", "Material"), lambda t: t.material),
            ],
            self,
        )
        for view, model in ((u.staffView, self.model), (u.trainingsView, self.trainings)):
            view.setModel(model)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
            view.verticalHeader().hide()
        u.staffView.doubleClicked.connect(lambda _i: self.open())
        u.trainingsView.doubleClicked.connect(lambda _i: self.open_training())
        u.staffView.selectionModel().currentRowChanged.connect(lambda _c, _p: self._gate())
        u.trainingsView.selectionModel().currentRowChanged.connect(lambda _c, _p: self._gate())
        u.activeOnlyCheck.toggled.connect(lambda _on: self.refresh())
        u.flaggedOnlyCheck.toggled.connect(lambda _on: self.refresh())
        u.addButton.clicked.connect(lambda: self.add())
        u.editButton.clicked.connect(lambda: self.open())
        u.pledgeFormButton.clicked.connect(lambda: self.print_pledge(named=True))
        u.blankPledgeButton.clicked.connect(lambda: self.print_pledge(named=False))
        u.addTrainingButton.clicked.connect(lambda: self.add_training())
        u.openTrainingButton.clicked.connect(lambda: self.open_training())
        u.sheetButton.clicked.connect(lambda: self.print_sheet())
        self._gate()

    # -- desk, roles, texts --------------------------------------------------------------------
    def set_desk(self, desk: Desk) -> None:
        self.desk = desk
        self.refresh()

    def may(self, fn: object) -> bool:
        return self.desk is not None and complaint_common.may(self.desk, fn)

    def _gate(self) -> None:
        u = self.ui
        member = self.selected_member()
        training = self.selected_training()
        u.addButton.setEnabled(self.may(st.create))
        u.editButton.setEnabled(member is not None)
        # A pledge with a name on it is personal data, printed by those who may print the
        # attendance sheet (which names staff too); a viewer gets the blank form only.
        u.pledgeFormButton.setEnabled(member is not None and self.may(st.attendance_sheet_pdf))
        u.blankPledgeButton.setEnabled(self.may(st.pledge_pdf))
        u.addTrainingButton.setEnabled(self.may(st.create_training))
        u.openTrainingButton.setEnabled(training is not None)
        u.sheetButton.setEnabled(training is not None and self.may(st.attendance_sheet_pdf))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.model.retranslate()
        self.trainings.retranslate()
        self._count()

    # -- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.desk is None:
            return
        u = self.ui
        member, training = self.selected_member(), self.selected_training()
        try:
            rows = st.list_staff(
                self.desk,
                today=self.today,
                active_only=u.activeOnlyCheck.isChecked(),
                flagged_only=u.flaggedOnlyCheck.isChecked(),
            )
            trainings = st.list_trainings(self.desk)
        except PrivacydeskError as exc:
            self.feedback.show(exc)
            return
        self.model.set_rows(rows)
        self.trainings.set_rows(trainings)
        self.select(member.id if member else None)
        self._select_training(training.id if training else None)
        self._count()
        self._gate()

    def _count(self) -> None:
        rows = [self.model.row_at(i) for i in range(self.model.rowCount())]
        flagged = sum(1 for r in rows if r is not None and r.flags)
        self.ui.countLabel.setText(
            translate("OrganisationStaffTab", "{n} people, {flagged} needing attention").format(
                n=len(rows), flagged=flagged
            )
        )

    def selected_member(self) -> StaffRow | None:
        return self.model.row_at(self.ui.staffView.currentIndex().row())

    def selected_training(self) -> TrainingRow | None:
        return self.trainings.row_at(self.ui.trainingsView.currentIndex().row())

    def select(self, staff_id: int | None) -> None:
        rows = [self.model.row_at(i) for i in range(self.model.rowCount())]
        match = next((i for i, r in enumerate(rows) if r and r.id == staff_id), None)
        if match is None and rows:
            match = 0
        if match is not None:
            self.ui.staffView.selectRow(match)

    def _select_training(self, training_id: int | None) -> None:
        rows = [self.trainings.row_at(i) for i in range(self.trainings.rowCount())]
        match = next((i for i, r in enumerate(rows) if r and r.id == training_id), None)
        if match is None and rows:
            match = 0
        if match is not None:
            self.ui.trainingsView.selectRow(match)

    # -- members -------------------------------------------------------------------------------
    def add(self, dialog: StaffMemberDialog | None = None) -> int | None:
        if self.desk is None:
            return None
        dialog = dialog or StaffMemberDialog(self.desk, None, self, today=self.today)
        dialog.exec()
        if dialog.changed:
            self.refresh()
            self.select(dialog.saved_id)
        return dialog.saved_id

    def open(self, staff_id: int | None = None, dialog: StaffMemberDialog | None = None) -> None:
        if self.desk is None:
            return
        if staff_id is None and dialog is None:
            member = self.selected_member()
            if member is None:
                self.feedback.say(translate("OrganisationStaffTab", "Choose a person first."))
                return
            staff_id = member.id
        dialog = dialog or StaffMemberDialog(self.desk, staff_id, self, today=self.today)
        dialog.exec()
        if dialog.changed:
            self.refresh()

    def print_pledge(self, named: bool = True, show: bool = True) -> PdfPreviewDialog | None:
        if self.desk is None:
            return None
        member = self.selected_member() if named else None
        if named and member is None:
            self.feedback.say(translate("OrganisationStaffTab", "Choose a person first."))
            return None
        dialog = common.preview_pledge(
            self.desk,
            member.id if member else None,
            member.name if member else "",
            self.feedback,
            self,
            show,
            self.today,
        )
        self.preview_dialog = dialog
        return dialog

    # -- trainings -----------------------------------------------------------------------------
    def add_training(self, dialog: StaffTrainingDialog | None = None) -> int | None:
        if self.desk is None:
            return None
        dialog = dialog or StaffTrainingDialog(self.desk, None, self, today=self.today)
        dialog.exec()
        if dialog.changed:
            self.refresh()
            self._select_training(dialog.saved_id)
        return dialog.saved_id

    def open_training(
        self, training_id: int | None = None, dialog: StaffTrainingDialog | None = None
    ) -> None:
        if self.desk is None:
            return
        if training_id is None and dialog is None:
            training = self.selected_training()
            if training is None:
                self.feedback.say(translate("OrganisationStaffTab", "Choose a training first."))
                return
            training_id = training.id
        dialog = dialog or StaffTrainingDialog(self.desk, training_id, self, today=self.today)
        dialog.exec()
        if dialog.changed:
            self.refresh()

    def print_sheet(self, show: bool = True) -> PdfPreviewDialog | None:
        training = self.selected_training()
        if self.desk is None:
            return None
        if training is None:
            self.feedback.say(translate("OrganisationStaffTab", "Choose a training first."))
            return None
        dialog = common.preview_sheet(
            self.desk, training.id, training.topic, self.feedback, self, show
        )
        self.preview_dialog = dialog
        return dialog
