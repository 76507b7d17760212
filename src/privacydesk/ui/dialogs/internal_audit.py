"""One internal audit (内部監査): its plan (when, by whom, of what), that it was done with a
summary, the findings with their severity, the corrective actions with an owner and a due
date (closed with a note), and the report to the board, which closes the audit to edits.
Every button calls one service and the dialog reloads from services.internal_audits.get."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import dates
from privacydesk.services import internal_audits as ia
from privacydesk.services.desk import Desk
from privacydesk.services.internal_audits import ActionRow, AuditDetail, AuditPlan, FindingRow
from privacydesk.ui.dialogs import complaint_common, request_common
from privacydesk.ui.dialogs import internal_audit_common as common
from privacydesk.ui.dialogs.internal_audit_common import Feedback
from privacydesk.ui.generated.ui_internal_audit_dialog import Ui_InternalAuditDialog
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, RowTableModel

CTX = "InternalAuditDialog"
NO_FINDING = 0  # the finding combo's "none" (ids start at 1)


class InternalAuditDialog(QDialog):
    def __init__(
        self,
        desk: Desk,
        audit_id: int | None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_InternalAuditDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.audit_id = audit_id
        self.today = today
        self.detail: AuditDetail | None = None
        self.saved_id: int | None = None
        self.changed = False
        u = self.ui
        self.plan_fields = {
            "planned_on": u.plannedEdit,
            "auditor": u.auditorEdit,
            "auditor_kind": u.kindCombo,
            "scope": u.scopeEdit,
        }
        self.feedback = Feedback(u.messageLabel, self.plan_fields)
        self.findings: RowTableModel[FindingRow] = RowTableModel(
            CTX,
            [
                Column(
                    QT_TRANSLATE_NOOP("InternalAuditDialog", "Severity"),
                    lambda f: common.severity_text(f.severity),
                ),
                Column(QT_TRANSLATE_NOOP("InternalAuditDialog", "Finding"), lambda f: f.text),
            ],
            self,
        )
        self.actions = common.ActionTableModel(self._finding_of, self)
        for view, model in ((u.findingsView, self.findings), (u.actionsView, self.actions)):
            view.setModel(model)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
            view.verticalHeader().hide()
        u.findingsView.selectionModel().currentRowChanged.connect(lambda _c, _p: self._gate())
        u.actionsView.selectionModel().currentRowChanged.connect(lambda _c, _p: self._gate())
        u.savePlanButton.clicked.connect(lambda: self.save_plan())
        u.recordDoneButton.clicked.connect(lambda: self.record_done())
        u.addFindingButton.clicked.connect(lambda: self.add_finding())
        u.removeFindingButton.clicked.connect(lambda: self.remove_finding())
        u.addActionButton.clicked.connect(lambda: self.add_action())
        u.closeActionButton.clicked.connect(lambda: self.close_action())
        u.reportButton.clicked.connect(lambda: self.report())
        u.closeButton.clicked.connect(self.reject)
        day = (today or date.today()).isoformat()
        for edit in (u.doneEdit, u.reportedEdit, u.closedOnEdit):
            edit.setText(day)
        self._texts()
        u.severityCombo.setCurrentIndex(max(u.severityCombo.findData("minor"), 0))
        self.refresh(basic=True)
        u.tabs.setCurrentIndex(0)
        u.plannedEdit.setFocus()

    def _finding_of(self, a: ActionRow) -> str:
        if self.detail is None or a.finding_id is None:
            return ""
        f = next((f for f in self.detail.findings if f.id == a.finding_id), None)
        return f.text if f else ""

    # -- texts and roles -----------------------------------------------------------------------
    def _texts(self) -> None:
        u = self.ui
        common.fill(u.kindCombo, ia.AUDITOR_KINDS, common.auditor_kind_text)
        common.fill(u.severityCombo, ia.SEVERITIES, common.severity_text)
        self._fill_findings()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._texts()
            self.findings.retranslate()
            self.actions.retranslate()
            self._show_header()
        super().changeEvent(event)

    def may(self, fn: object) -> bool:
        return complaint_common.may(self.desk, fn)

    def _gate(self) -> None:
        u = self.ui
        existing = self.audit_id is not None
        row = self.detail.row if self.detail else None
        reported = row is not None and row.state == "reported"
        editable = self.may(ia.plan if not existing else ia.update_plan) and not reported
        for w in self.plan_fields.values():
            request_common.enable(w, editable)
        u.savePlanButton.setEnabled(editable)
        for tab in (u.doneTab, u.actionsTab, u.reportTab):
            u.tabs.setTabEnabled(u.tabs.indexOf(tab), existing)
        may_done = existing and not reported and self.may(ia.record_done)
        for w in (u.doneEdit, u.summaryEdit):
            request_common.enable(w, may_done)
        u.recordDoneButton.setEnabled(may_done)
        may_find = existing and not reported and self.may(ia.add_finding)
        request_common.enable(u.findingEdit, may_find)
        u.severityCombo.setEnabled(may_find)
        u.addFindingButton.setEnabled(may_find)
        finding = self.findings.row_at(u.findingsView.currentIndex().row())
        u.removeFindingButton.setEnabled(
            existing and not reported and finding is not None and self.may(ia.remove_finding)
        )
        may_act = existing and self.may(ia.add_action)
        for w in (u.actionEdit, u.ownerEdit, u.dueEdit):
            request_common.enable(w, may_act)
        u.findingCombo.setEnabled(may_act)
        u.addActionButton.setEnabled(may_act)
        action = self.actions.row_at(u.actionsView.currentIndex().row())
        may_close = existing and self.may(ia.close_action)
        for w in (u.closedOnEdit, u.closingNoteEdit):
            request_common.enable(w, may_close)
        u.closeActionButton.setEnabled(
            may_close and action is not None and action.closed_on is None
        )
        may_report = (
            existing and not reported and row is not None and row.state == "done"
        ) and self.may(ia.report)
        request_common.enable(u.reportedEdit, may_report)
        u.reportButton.setEnabled(may_report)

    # -- loading -------------------------------------------------------------------------------
    def refresh(self, basic: bool = False) -> None:
        """Reload from services; `basic` also puts the saved plan and results into the form."""
        if self.audit_id is None:
            self._show_header()
            self._gate()
            return
        try:
            detail = ia.get(self.desk, self.audit_id, today=self.today)
        except PrivacydeskError as exc:
            self.feedback.show(exc)
            self._gate()
            return
        self.detail = detail
        u, r = self.ui, detail.row
        if basic:
            u.plannedEdit.setText(r.planned_on.isoformat())
            u.auditorEdit.setText(r.auditor)
            u.kindCombo.setCurrentIndex(max(u.kindCombo.findData(r.auditor_kind), 0))
            u.scopeEdit.setPlainText(r.scope)
            if r.done_on is not None:
                u.doneEdit.setText(r.done_on.isoformat())
            u.summaryEdit.setPlainText(detail.summary)
            if r.reported_on is not None:
                u.reportedEdit.setText(r.reported_on.isoformat())
        self.findings.set_rows(list(detail.findings))
        self.actions.set_rows(list(detail.actions))
        self._fill_findings()
        self._show_header()
        self._gate()

    def _fill_findings(self) -> None:
        combo = self.ui.findingCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("InternalAuditDialog", "(none)"), NO_FINDING)
        for f in self.detail.findings if self.detail else ():
            combo.addItem(f"{common.severity_text(f.severity)}：{f.text}", f.id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _show_header(self) -> None:
        u, d = self.ui, self.detail
        if d is None:
            title = translate("InternalAuditDialog", "Plan an internal audit")
            u.headerLabel.setText(title)
            self.setWindowTitle(title)
            u.flagsLabel.setText(
                translate(
                    "InternalAuditDialog",
                    "Save the plan first; then record the audit, its findings and actions.",
                )
            )
            return
        r = d.row
        u.headerLabel.setText(
            translate(
                "InternalAuditDialog", "Internal audit of {date} by {auditor}: {state}"
            ).format(
                date=dates.display(r.planned_on),
                auditor=r.auditor,
                state=common.state_text(r.state),
            )
        )
        self.setWindowTitle(translate("InternalAuditDialog", "Internal audit"))
        u.flagsLabel.setText(
            common.flags_html(r.flags, translate("InternalAuditDialog", "Nothing needs attention."))
        )

    # -- recording -----------------------------------------------------------------------------
    def _act(
        self, call: Callable[[], object], done: str, fields: Mapping[str, QWidget] | None = None
    ) -> bool:
        ok, _ = self.feedback.run(call, done, fields)
        if ok:
            self.changed = True
            message = self.ui.messageLabel.text()
            self.refresh()
            self.ui.messageLabel.setText(message)
        return ok

    def plan_data(self) -> AuditPlan:
        u = self.ui
        return AuditPlan(
            planned_on=u.plannedEdit.text().strip() or None,
            auditor=u.auditorEdit.text(),
            auditor_kind=u.kindCombo.currentData() or "other_department",
            scope=u.scopeEdit.toPlainText(),
        )

    def save_plan(self) -> bool:
        data = self.plan_data()
        if self.audit_id is None:
            ok, aid = self.feedback.run(
                lambda: ia.plan(self.desk, data),
                translate("InternalAuditDialog", "The audit was planned."),
            )
            if ok and isinstance(aid, int):
                self.audit_id = self.saved_id = aid
                self.changed = True
                message = self.ui.messageLabel.text()
                self.refresh(basic=True)
                self.ui.messageLabel.setText(message)
            return ok
        aid = self.audit_id
        ok = self._act(
            lambda: ia.update_plan(self.desk, aid, data),
            translate("InternalAuditDialog", "The plan was saved."),
        )
        if ok:
            self.saved_id = aid
        return ok

    def record_done(self) -> bool:
        u = self.ui
        if self.audit_id is None:
            return False
        aid, done, summary = self.audit_id, u.doneEdit.text(), u.summaryEdit.toPlainText()
        return self._act(
            lambda: ia.record_done(self.desk, aid, done, summary, today=self.today),
            translate("InternalAuditDialog", "The audit was recorded as done."),
            {"done_on": u.doneEdit, "summary": u.summaryEdit},
        )

    def add_finding(self) -> bool:
        u = self.ui
        if self.audit_id is None:
            return False
        aid, text = self.audit_id, u.findingEdit.text()
        severity = u.severityCombo.currentData() or "minor"
        ok = self._act(
            lambda: ia.add_finding(self.desk, aid, text, severity),
            translate("InternalAuditDialog", "The finding was added."),
            {"text": u.findingEdit, "severity": u.severityCombo},
        )
        if ok:
            u.findingEdit.clear()
        return ok

    def remove_finding(self) -> bool:
        finding = self.findings.row_at(self.ui.findingsView.currentIndex().row())
        if finding is None:
            self.feedback.say(translate("InternalAuditDialog", "Choose a finding first."))
            return False
        fid = finding.id
        return self._act(
            lambda: ia.remove_finding(self.desk, fid),
            translate("InternalAuditDialog", "The finding was removed."),
        )

    def add_action(self) -> bool:
        u = self.ui
        if self.audit_id is None:
            return False
        aid = self.audit_id
        action, owner, due = u.actionEdit.text(), u.ownerEdit.text(), u.dueEdit.text()
        finding = u.findingCombo.currentData() or None
        ok = self._act(
            lambda: ia.add_action(self.desk, aid, action, owner, due, finding),
            translate("InternalAuditDialog", "The corrective action was added."),
            {
                "action": u.actionEdit,
                "owner": u.ownerEdit,
                "due_on": u.dueEdit,
                "finding_id": u.findingCombo,
            },
        )
        if ok:
            for w in (u.actionEdit, u.ownerEdit, u.dueEdit):
                w.clear()
        return ok

    def close_action(self) -> bool:
        u = self.ui
        action = self.actions.row_at(u.actionsView.currentIndex().row())
        if action is None:
            self.feedback.say(translate("InternalAuditDialog", "Choose a corrective action first."))
            return False
        aid, closed, note = action.id, u.closedOnEdit.text(), u.closingNoteEdit.text()
        ok = self._act(
            lambda: ia.close_action(self.desk, aid, closed, note, today=self.today),
            translate("InternalAuditDialog", "The corrective action was closed."),
            {"closed_on": u.closedOnEdit, "closing_note": u.closingNoteEdit},
        )
        if ok:
            u.closingNoteEdit.clear()
        return ok

    def report(self, confirmed: bool = False) -> bool:
        u = self.ui
        if self.audit_id is None:
            return False
        if not confirmed:
            answer = QMessageBox.question(
                self,
                translate("InternalAuditDialog", "Record the report to the board?"),
                translate(
                    "InternalAuditDialog",
                    "The audit is then complete and can no longer be changed.",
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        aid, reported = self.audit_id, u.reportedEdit.text()
        return self._act(
            lambda: ia.report(self.desk, aid, reported, today=self.today),
            translate("InternalAuditDialog", "The report to the board was recorded."),
            {"reported_on": u.reportedEdit},
        )
