"""組織 › 自己点検: where the yearly self-check of the security measures stands (the last one
finished, the next due, the flags), whether the office may take the lighter measures of small
organisations and, if not, why; starting a check (full, or light when allowed), opening it in
the keyboard-first form, discarding an unfinished one, the past checks, and their corrective
actions (added to the selected check, closed with a note)."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import dates
from privacydesk.services import self_check as sc
from privacydesk.services.desk import Desk
from privacydesk.services.self_check import ActionRow, SelfCheckRow, Status
from privacydesk.ui import i18n
from privacydesk.ui.dialogs import complaint_common, request_common
from privacydesk.ui.dialogs import internal_audit_common as common
from privacydesk.ui.dialogs.internal_audit_common import Feedback
from privacydesk.ui.dialogs.self_check import SelfCheckDialog, result_text
from privacydesk.ui.generated.ui_organisation_self_check_tab import Ui_OrganisationSelfCheckTab
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, RowTableModel

CTX = "OrganisationSelfCheckTab"


def _result(r: SelfCheckRow) -> str:
    if r.finished_on is None:
        return translate("OrganisationSelfCheckTab", "Being answered")
    return result_text(r.result)


class SelfCheckTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OrganisationSelfCheckTab()
        self.ui.setupUi(self)
        self.desk: Desk | None = None
        self.today: date | None = None
        self.status: Status | None = None
        self.light_allowed = False
        self.light_reasons: list[str] = []
        self.persons = 0
        self.check_dialog: SelfCheckDialog | None = None
        u = self.ui
        self.feedback = Feedback(u.messageLabel)
        self.checks: RowTableModel[SelfCheckRow] = RowTableModel(
            CTX,
            [
                Column(
                    QT_TRANSLATE_NOOP("OrganisationSelfCheckTab", "Started"),
                    lambda r: r.started_on.isoformat(),
                ),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationSelfCheckTab", "Finished"),
                    lambda r: common.iso(r.finished_on),
                ),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationSelfCheckTab", "Measures"),
                    lambda r: (
                        translate("OrganisationSelfCheckTab", "Light")
                        if r.light
                        else translate("OrganisationSelfCheckTab", "Full")
                    ),
                ),
                Column(QT_TRANSLATE_NOOP("OrganisationSelfCheckTab", "Result"), _result),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationSelfCheckTab", "Answered"),
                    lambda r: f"{r.answered} / {r.questions}",
                ),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationSelfCheckTab", "From the app"),
                    lambda r: r.prefilled,
                ),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationSelfCheckTab", "Checklist version"),
                    lambda r: r.template_version,
                ),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationSelfCheckTab", "Summary"), lambda r: r.summary
                ),
            ],
            self,
        )
        self._by_id: dict[int, SelfCheckRow] = {}
        self.actions = common.ActionTableModel(self._source, self)
        for view, model in ((u.checksView, self.checks), (u.actionsView, self.actions)):
            view.setModel(model)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
            view.verticalHeader().hide()
        u.checksView.doubleClicked.connect(lambda _i: self.open())
        u.checksView.selectionModel().currentRowChanged.connect(lambda _c, _p: self._gate())
        u.actionsView.selectionModel().currentRowChanged.connect(lambda _c, _p: self._gate())
        u.startButton.clicked.connect(lambda: self.start(light=False))
        u.startLightButton.clicked.connect(lambda: self.start(light=True))
        u.openButton.clicked.connect(lambda: self.open())
        u.discardButton.clicked.connect(lambda: self.discard())
        u.addActionButton.clicked.connect(lambda: self.add_action())
        u.closeActionButton.clicked.connect(lambda: self.close_action())
        u.dueEdit.setPlaceholderText("2026-12-31")
        self._gate()

    def _source(self, a: ActionRow) -> str:
        r = self._by_id.get(a.source_id)
        return r.started_on.isoformat() if r else ""

    # -- desk, roles, texts --------------------------------------------------------------------
    def set_desk(self, desk: Desk) -> None:
        self.desk = desk
        self.refresh()

    def may(self, fn: object) -> bool:
        return self.desk is not None and complaint_common.may(self.desk, fn)

    def _gate(self) -> None:
        u = self.ui
        status = self.status
        open_check = status is not None and status.open_id is not None
        may_start = self.may(sc.start)
        u.startButton.setEnabled(may_start and not open_check)
        u.startLightButton.setEnabled(may_start and not open_check and self.light_allowed)
        u.startLightButton.setToolTip(
            "" if self.light_allowed else "\n".join(i18n.text(code) for code in self.light_reasons)
        )
        selected = self.selected_check()
        u.openButton.setEnabled(selected is not None)
        u.discardButton.setEnabled(
            self.may(sc.discard) and selected is not None and selected.finished_on is None
        )
        may_add = self.may(sc.add_action)
        for w in (u.actionEdit, u.ownerEdit, u.dueEdit):
            request_common.enable(w, may_add)
        u.addActionButton.setEnabled(may_add and selected is not None)
        action = self.actions.row_at(u.actionsView.currentIndex().row())
        may_close = self.may(sc.close_action)
        for w in (u.closedOnEdit, u.closingNoteEdit):
            request_common.enable(w, may_close)
        u.closeActionButton.setEnabled(
            may_close and action is not None and action.closed_on is None
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.checks.retranslate()
        self.actions.retranslate()
        self._show_status()
        self._gate()

    # -- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.desk is None:
            return
        desk, today = self.desk, self.today
        selected = self.selected_check()
        try:
            self.status = sc.status(desk, today=today)
            self.light_allowed, self.light_reasons = sc.light_measures(desk)
            self.persons = sc.persons_held(desk)
            checks = sc.list_checks(desk)
            actions = sc.actions(desk, today=today)
        except PrivacydeskError as exc:
            self.feedback.show(exc)
            return
        self._by_id = {r.id: r for r in checks}
        self.checks.set_rows(checks)
        self.actions.set_rows(actions)
        wanted = selected.id if selected else (self.status.open_id if self.status else None)
        self.select(wanted)
        u = self.ui
        if not u.closedOnEdit.text():
            u.closedOnEdit.setText((today or date.today()).isoformat())
        self._show_status()
        self._gate()

    def select(self, self_check_id: int | None) -> None:
        rows = [self.checks.row_at(i) for i in range(self.checks.rowCount())]
        match = next((i for i, r in enumerate(rows) if r and r.id == self_check_id), None)
        if match is None and rows:
            match = 0
        if match is not None:
            self.ui.checksView.selectRow(match)

    def _show_status(self) -> None:
        u, s = self.ui, self.status
        if s is None:
            u.statusLabel.setText("")
            u.lightLabel.setText("")
            return
        last = (
            dates.display(s.last_finished_on)
            if s.last_finished_on
            else translate("OrganisationSelfCheckTab", "none yet")
        )
        due = (
            dates.display(s.next_due_on)
            if s.next_due_on
            else translate("OrganisationSelfCheckTab", "now")
        )
        lines = [
            escape(
                translate(
                    "OrganisationSelfCheckTab", "Last finished: {last}. Next due: {due}."
                ).format(last=last, due=due)
            )
        ]
        if s.open_id is not None:
            lines.append(
                escape(
                    translate(
                        "OrganisationSelfCheckTab",
                        "A self-check is being answered: open it to carry on.",
                    )
                )
            )
        lines.append(
            common.flags_html(
                s.flags, translate("OrganisationSelfCheckTab", "Nothing needs attention.")
            )
        )
        u.statusLabel.setText("<br>".join(lines))
        persons = translate(
            "OrganisationSelfCheckTab", "Persons whose data is held, as the app counts them: {n}."
        ).format(n=f"{self.persons:,}")
        if self.light_allowed:
            light = translate(
                "OrganisationSelfCheckTab",
                "The office may take the lighter measures of small organisations "
                "(100 staff or fewer, data of 5,000 persons or fewer, no processing for others).",
            )
            u.lightLabel.setText(f"{escape(light)} {escape(persons)}")
        else:
            light = translate(
                "OrganisationSelfCheckTab", "The lighter measures are not open to the office:"
            )
            reasons = "".join(f"<br>・{escape(i18n.text(code))}" for code in self.light_reasons)
            u.lightLabel.setText(f"{escape(light)}{reasons}<br>{escape(persons)}")

    def selected_check(self) -> SelfCheckRow | None:
        return self.checks.row_at(self.ui.checksView.currentIndex().row())

    # -- checks --------------------------------------------------------------------------------
    def start(self, light: bool = False, show: bool = True) -> int | None:
        if self.desk is None:
            return None
        desk, today = self.desk, self.today
        ok, cid = self.feedback.run(
            lambda: sc.start(desk, light=light, today=today),
            translate("OrganisationSelfCheckTab", "The self-check was started."),
        )
        if not ok or not isinstance(cid, int):
            return None
        self.refresh()
        self.select(cid)
        self.open(cid, show)
        return cid

    def open(self, self_check_id: int | None = None, show: bool = True) -> SelfCheckDialog | None:
        if self.desk is None:
            return None
        if self_check_id is None:
            selected = self.selected_check()
            if selected is None:
                self.feedback.say(
                    translate("OrganisationSelfCheckTab", "Choose a self-check first.")
                )
                return None
            self_check_id = selected.id
        try:
            dialog = SelfCheckDialog(self.desk, self_check_id, self, today=self.today)
        except PrivacydeskError as exc:
            self.feedback.show(exc)
            return None
        self.check_dialog = dialog
        if show:
            dialog.exec()
            self.refresh()
        return dialog

    def discard(self, confirmed: bool = False) -> bool:
        selected = self.selected_check()
        if self.desk is None or selected is None:
            return False
        if not confirmed:
            answer = QMessageBox.question(
                self,
                translate("OrganisationSelfCheckTab", "Discard the self-check?"),
                translate(
                    "OrganisationSelfCheckTab",
                    "The unfinished self-check and its answers so far are thrown away.",
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        desk, cid = self.desk, selected.id
        ok, _ = self.feedback.run(
            lambda: sc.discard(desk, cid),
            translate("OrganisationSelfCheckTab", "The self-check was discarded."),
        )
        if ok:
            self.refresh()
        return ok

    # -- corrective actions --------------------------------------------------------------------
    def add_action(self) -> bool:
        u = self.ui
        selected = self.selected_check()
        if self.desk is None:
            return False
        if selected is None:
            self.feedback.say(translate("OrganisationSelfCheckTab", "Choose a self-check first."))
            return False
        desk, cid = self.desk, selected.id
        action, owner, due = u.actionEdit.text(), u.ownerEdit.text(), u.dueEdit.text()
        ok, _ = self.feedback.run(
            lambda: sc.add_action(desk, cid, action, owner, due),
            translate("OrganisationSelfCheckTab", "The corrective action was added."),
            {"action": u.actionEdit, "owner": u.ownerEdit, "due_on": u.dueEdit},
        )
        if ok:
            for w in (u.actionEdit, u.ownerEdit, u.dueEdit):
                w.clear()
            self._reload_keeping_message()
        return ok

    def close_action(self) -> bool:
        u = self.ui
        action = self.actions.row_at(u.actionsView.currentIndex().row())
        if self.desk is None:
            return False
        if action is None:
            self.feedback.say(
                translate("OrganisationSelfCheckTab", "Choose a corrective action first.")
            )
            return False
        desk, aid, today = self.desk, action.id, self.today
        closed, note = u.closedOnEdit.text(), u.closingNoteEdit.text()
        ok, _ = self.feedback.run(
            lambda: sc.close_action(desk, aid, closed, note, today=today),
            translate("OrganisationSelfCheckTab", "The corrective action was closed."),
            {"closed_on": u.closedOnEdit, "closing_note": u.closingNoteEdit},
        )
        if ok:
            u.closingNoteEdit.clear()
            self._reload_keeping_message()
        return ok

    def _reload_keeping_message(self) -> None:
        text = self.ui.messageLabel.text()
        self.refresh()
        self.ui.messageLabel.setText(text)
