"""組織 › 内部監査: where the yearly cycle stands (planned → done → reported) with its flags,
the audits (planned, done, reported, by whom, with their findings and open actions), planning
one, opening one to record it as done, its findings, corrective actions and the report to the
board, and every open corrective action of audits and self-checks together."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import dates
from privacydesk.services import internal_audits as ia
from privacydesk.services.desk import Desk
from privacydesk.services.internal_audits import ActionRow, AuditRow, Cycle
from privacydesk.ui.dialogs import complaint_common
from privacydesk.ui.dialogs import internal_audit_common as common
from privacydesk.ui.dialogs.internal_audit import InternalAuditDialog
from privacydesk.ui.dialogs.internal_audit_common import Feedback
from privacydesk.ui.generated.ui_organisation_audits_tab import Ui_OrganisationAuditsTab
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, Index, RowTableModel

CTX = "OrganisationAuditsTab"
ATTENTION_TEXT = QColor("#7a4b00")
ATTENTION_BACKGROUND = QColor("#fff1d6")


class AuditTableModel(RowTableModel[AuditRow]):
    """The audits: rows with flags coloured, every reason in the tooltip."""

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
                return "\n".join(f"・{common.flag_text(f)}" for f in row.flags)
            colour = (
                ATTENTION_TEXT if role == Qt.ItemDataRole.ForegroundRole else ATTENTION_BACKGROUND
            )
            return QBrush(colour)
        return super().data(index, role)


def source_text(a: ActionRow) -> str:
    if a.source_type == "self_check":
        return translate("OrganisationAuditsTab", "Self-check")
    return translate("OrganisationAuditsTab", "Internal audit")


class AuditsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OrganisationAuditsTab()
        self.ui.setupUi(self)
        self.desk: Desk | None = None
        self.today: date | None = None
        self.cycle: Cycle | None = None
        u = self.ui
        self.feedback = Feedback(u.messageLabel)
        self.model = AuditTableModel(
            CTX,
            [
                Column(
                    QT_TRANSLATE_NOOP("OrganisationAuditsTab", "Planned for"),
                    lambda r: r.planned_on.isoformat(),
                ),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationAuditsTab", "Done on"),
                    lambda r: common.iso(r.done_on),
                ),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationAuditsTab", "Reported on"),
                    lambda r: common.iso(r.reported_on),
                ),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationAuditsTab", "State"),
                    lambda r: common.state_text(r.state),
                ),
                Column(QT_TRANSLATE_NOOP("OrganisationAuditsTab", "Auditor"), lambda r: r.auditor),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationAuditsTab", "Auditor is"),
                    lambda r: common.auditor_kind_text(r.auditor_kind),
                ),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationAuditsTab", "Findings"),
                    lambda r: r.findings,
                    Qt.AlignmentFlag.AlignRight,
                ),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationAuditsTab", "Open actions"),
                    lambda r: r.open_actions,
                    Qt.AlignmentFlag.AlignRight,
                ),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationAuditsTab", "Needs attention"),
                    lambda r: common.flags_line(r.flags),
                ),
            ],
            self,
        )
        self.actions = common.ActionTableModel(source_text, self)
        for view, model in ((u.auditsView, self.model), (u.actionsView, self.actions)):
            view.setModel(model)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
            view.verticalHeader().hide()
        u.auditsView.doubleClicked.connect(lambda _i: self.open())
        u.auditsView.selectionModel().currentRowChanged.connect(lambda _c, _p: self._gate())
        u.planButton.clicked.connect(lambda: self.plan())
        u.openButton.clicked.connect(lambda: self.open())
        u.deleteButton.clicked.connect(lambda: self.delete())
        self._gate()

    # -- desk, roles, texts --------------------------------------------------------------------
    def set_desk(self, desk: Desk) -> None:
        self.desk = desk
        self.refresh()

    def may(self, fn: object) -> bool:
        return self.desk is not None and complaint_common.may(self.desk, fn)

    def _gate(self) -> None:
        u = self.ui
        audit = self.selected_audit()
        u.planButton.setEnabled(self.may(ia.plan))
        u.openButton.setEnabled(audit is not None)
        u.deleteButton.setEnabled(
            audit is not None and audit.state == "planned" and self.may(ia.delete)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.model.retranslate()
        self.actions.retranslate()
        self._show_cycle()

    # -- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.desk is None:
            return
        desk, today = self.desk, self.today
        selected = self.selected_audit()
        try:
            self.cycle = ia.cycle(desk, today=today)
            audits = ia.list_audits(desk, today=today)
            actions = ia.list_actions(desk, open_only=True, today=today)
        except PrivacydeskError as exc:
            self.feedback.show(exc)
            return
        self.model.set_rows(audits)
        self.actions.set_rows(actions)
        self.select(selected.id if selected else None)
        self._show_cycle()
        self._gate()

    def _show_cycle(self) -> None:
        c = self.cycle
        if c is None:
            self.ui.cycleLabel.setText("")
            return
        last = (
            dates.display(c.last_done_on)
            if c.last_done_on
            else translate("OrganisationAuditsTab", "none yet")
        )
        due = (
            dates.display(c.next_due_on)
            if c.next_due_on
            else translate("OrganisationAuditsTab", "now")
        )
        line = translate(
            "OrganisationAuditsTab",
            "This year's cycle: {state}. Last audit done: {last}. Next due: {due}.",
        ).format(state=common.state_text(c.state), last=last, due=due)
        flags = common.flags_html(
            c.flags, translate("OrganisationAuditsTab", "Nothing needs attention.")
        )
        self.ui.cycleLabel.setText(f"{escape(line)}<br>{flags}")

    def selected_audit(self) -> AuditRow | None:
        return self.model.row_at(self.ui.auditsView.currentIndex().row())

    def select(self, audit_id: int | None) -> None:
        rows = [self.model.row_at(i) for i in range(self.model.rowCount())]
        match = next((i for i, r in enumerate(rows) if r and r.id == audit_id), None)
        if match is None and rows:
            match = 0
        if match is not None:
            self.ui.auditsView.selectRow(match)

    # -- actions -------------------------------------------------------------------------------
    def plan(self, dialog: InternalAuditDialog | None = None) -> int | None:
        if self.desk is None:
            return None
        dialog = dialog or InternalAuditDialog(self.desk, None, self, today=self.today)
        dialog.exec()
        if dialog.changed:
            self.refresh()
            self.select(dialog.saved_id)
        return dialog.saved_id

    def open(
        self, audit_id: int | None = None, dialog: InternalAuditDialog | None = None
    ) -> InternalAuditDialog | None:
        if self.desk is None:
            return None
        if audit_id is None and dialog is None:
            audit = self.selected_audit()
            if audit is None:
                self.feedback.say(translate("OrganisationAuditsTab", "Choose an audit first."))
                return None
            audit_id = audit.id
        dialog = dialog or InternalAuditDialog(self.desk, audit_id, self, today=self.today)
        dialog.exec()
        if dialog.changed:
            self.refresh()
        return dialog

    def delete(self, confirmed: bool = False) -> bool:
        audit = self.selected_audit()
        if self.desk is None or audit is None:
            return False
        if not confirmed:
            answer = QMessageBox.question(
                self,
                translate("OrganisationAuditsTab", "Delete the plan?"),
                translate(
                    "OrganisationAuditsTab", "The planned audit is deleted (it was not done)."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        desk, aid = self.desk, audit.id
        ok, _ = self.feedback.run(
            lambda: ia.delete(desk, aid),
            translate("OrganisationAuditsTab", "The plan was deleted."),
        )
        if ok:
            self.refresh()
        return ok
