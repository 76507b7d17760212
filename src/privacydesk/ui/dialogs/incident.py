"""One leak incident (漏えい等事案): what happened and the nine items of the report, whether
the Commission must be told (judged live by the services as the officer ticks), the deadline
strip (速報, 本人への通知, 確報: each due date with its rule, done or still owed), the summary
sheet for the Commission and the notice to a person, closing and reopening."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import astuple, dataclass, replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from privacydesk.errors import PrivacydeskError
from privacydesk.services import contractors, dates, documents, register
from privacydesk.services import incidents as inc
from privacydesk.services.desk import Desk
from privacydesk.services.incidents import IncidentData, IncidentView, Judgement
from privacydesk.services.register import EntryFilter
from privacydesk.ui.check_model import CheckListModel
from privacydesk.ui.dialogs import incident_common as common
from privacydesk.ui.dialogs import request_common
from privacydesk.ui.dialogs.incident_notice import IncidentNoticeDialog
from privacydesk.ui.dialogs.incident_step import IncidentStepDialog
from privacydesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from privacydesk.ui.generated.ui_incident_dialog import Ui_IncidentDialog
from privacydesk.ui.i18n import translate

NO_CONTRACTOR = 0  # the contractor combo's "none" (ids start at 1)
URGENT_STYLE = f"color: {common.WARNING}; font-weight: bold;"
NEXT_STYLE = "font-weight: bold;"
SUMMARY_KIND = "form.incident-summary"
NOTICE_KIND = "letter.incident-notice"


@dataclass
class StripRow:
    """One step of the deadline strip, kept so its texts can be read back (and tested)."""

    step: str
    marker: QLabel
    name: QLabel
    due: QLabel
    rule: QLabel
    done: QLabel
    button: QPushButton | None
    urgent: bool
    is_next: bool


class IncidentDialog(QDialog):
    def __init__(
        self,
        desk: Desk,
        incident_id: int | None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_IncidentDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.incident_id = incident_id
        self.today = today
        self.view: IncidentView | None = None
        self.saved_id: int | None = None  # set when the incident was saved
        self.changed = False  # the page reloads its table when something was recorded
        self.strip: dict[str, StripRow] = {}
        self.preview_dialog: PdfPreviewDialog | None = None
        self.judgement: Judgement | None = None
        self._loaded: tuple[object, ...] = ()
        u = self.ui
        self.checks: dict[str, QCheckBox] = {
            "sensitive": u.sensitiveCheck,
            "financial": u.financialCheck,
            "wrongful": u.wrongfulCheck,
            "many": u.manyCheck,
            "encrypted": u.encryptedCheck,
        }
        u.manyCheck.setEnabled(False)  # it follows the number of persons
        self.fields: dict[str, QWidget] = {
            "kind": u.kindCombo,
            "possible": u.possibleCheck,
            "occurred_on": u.occurredEdit,
            "known_on": u.knownEdit,
            "office_told_on": u.toldEdit,
            "found_by": u.foundByEdit,
            "description": u.descriptionEdit,
            "items": u.itemsEdit,
            "persons": u.personsEdit,
            "persons_estimated": u.estimatedCheck,
            "sensitive": u.sensitiveCheck,
            "financial": u.financialCheck,
            "wrongful": u.wrongfulCheck,
            "encrypted": u.encryptedCheck,
            "containment": u.containmentEdit,
            "cause": u.causeEdit,
            "secondary_harm": u.harmEdit,
            "prevention": u.preventionEdit,
            "response_to_persons": u.responseEdit,
            "public_announcement": u.announcementEdit,
            "other": u.otherEdit,
            "contractor_id": u.contractorCombo,
            "entry_ids": u.entriesView,
        }
        self.feedback = request_common.Feedback(u.messageLabel, self.fields)
        self.entries = CheckListModel(self)
        u.entriesView.setModel(self.entries)
        u.entriesView.horizontalHeader().hide()
        u.entriesView.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        try:
            rows = register.list_entries(desk, EntryFilter(active=None), limit=1000).rows
        except PrivacydeskError as exc:
            self.feedback.show(exc)
            rows = []
        self.entry_rows = [(e.id, e.name) for e in rows]
        self.entries.set_rows(self.entry_rows)
        for box in self.checks.values():
            box.toggled.connect(lambda _on: self.update_judgement())
        u.personsEdit.textChanged.connect(lambda _t: self.update_judgement())
        u.knownEdit.textChanged.connect(lambda _t: self._hint())
        u.saveButton.clicked.connect(lambda: self.save())
        u.summaryButton.clicked.connect(lambda: self.print_summary())
        u.noticeButton.clicked.connect(lambda: self.print_notice())
        u.closeIncidentButton.clicked.connect(lambda: self.close_incident())
        u.reopenButton.clicked.connect(lambda: self.reopen())
        u.closeButton.clicked.connect(self.close_dialog)
        if incident_id is None:
            u.knownEdit.setText((today or date.today()).isoformat())
        self._texts()
        self._fill_contractors()
        self._loaded = astuple(self.data())
        self.refresh(basic=True)
        self._gate()
        self.update_judgement()
        u.kindCombo.setFocus()

    # -- texts and roles -----------------------------------------------------------------------
    def _texts(self) -> None:
        common.fill(self.ui.kindCombo, common.KINDS, inc.KINDS)
        for key, box in self.checks.items():
            wording = common.label(common.CIRCUMSTANCES, key)
            box.setText(common.label(common.CIRCUMSTANCES_SHORT, key))
            box.setToolTip(wording)
            getattr(self.ui, f"{key}Label").setText(wording)
        if self.ui.contractorCombo.count():
            self.ui.contractorCombo.setItemText(0, translate("IncidentDialog", "(none)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._texts()
            self._show_header()
            self.update_judgement()
            if self.view is not None:
                self.show_strip(self.view)
        super().changeEvent(event)

    def may(self, fn: object) -> bool:
        return common.may(self.desk, fn)

    def _gate(self) -> None:
        u = self.ui
        editable = self.may(inc.create if self.incident_id is None else inc.update)
        for widget in self.fields.values():
            request_common.enable(widget, editable)
        u.manyCheck.setEnabled(False)
        u.saveButton.setEnabled(editable)
        saved = self.incident_id is not None
        is_open = self.view is None or self.view.status == "open"
        u.summaryButton.setEnabled(saved and self.may(inc.summary_pdf))
        u.noticeButton.setEnabled(saved and self.may(inc.notice_letter))
        u.closeIncidentButton.setVisible(is_open)
        u.closeIncidentButton.setEnabled(saved and self.may(inc.close))
        u.reopenButton.setVisible(not is_open)
        u.reopenButton.setEnabled(saved and self.may(inc.reopen))
        for row in self.strip.values():
            if row.button is not None:
                row.button.setEnabled(self.may(inc.record_step))

    # -- the form ------------------------------------------------------------------------------
    def _fill_contractors(self) -> None:
        combo = self.ui.contractorCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("IncidentDialog", "(none)"), NO_CONTRACTOR)
        try:
            rows = contractors.list_contractors(self.desk, today=self.today)
        except PrivacydeskError as exc:
            self.feedback.show(exc)
            rows = []
        for r in rows:
            combo.addItem(r.name, r.id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _persons(self) -> int | str | None:
        """The number typed (digits, full-width too, commas allowed); other text goes to the
        service as it is, which refuses it next to the field."""
        text = self.ui.personsEdit.text().strip().replace(",", "").replace("，", "")
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            return self.ui.personsEdit.text()

    def data(self) -> IncidentData:
        u = self.ui
        contractor = u.contractorCombo.currentData()
        return IncidentData(
            kind=u.kindCombo.currentData() or "",
            possible=u.possibleCheck.isChecked(),
            occurred_on=u.occurredEdit.text(),
            known_on=u.knownEdit.text(),
            office_told_on=u.toldEdit.text(),
            found_by=u.foundByEdit.text(),
            description=u.descriptionEdit.toPlainText(),
            items=u.itemsEdit.toPlainText(),
            persons=self._persons(),  # type: ignore[arg-type]  # text: the service says why
            persons_estimated=u.estimatedCheck.isChecked(),
            sensitive=u.sensitiveCheck.isChecked(),
            financial=u.financialCheck.isChecked(),
            wrongful=u.wrongfulCheck.isChecked(),
            encrypted=u.encryptedCheck.isChecked(),
            containment=u.containmentEdit.toPlainText(),
            cause=u.causeEdit.toPlainText(),
            secondary_harm=u.harmEdit.toPlainText(),
            prevention=u.preventionEdit.toPlainText(),
            response_to_persons=u.responseEdit.toPlainText(),
            public_announcement=u.announcementEdit.toPlainText(),
            other=u.otherEdit.toPlainText(),
            contractor_id=contractor if contractor else None,
            entry_ids=self.entries.checked_ids(),
        )

    def set_data(self, d: IncidentData) -> None:
        u = self.ui
        request_common.select(u.kindCombo, d.kind)
        u.possibleCheck.setChecked(d.possible)
        u.occurredEdit.setText(_iso(d.occurred_on))
        u.knownEdit.setText(_iso(d.known_on))
        u.toldEdit.setText(_iso(d.office_told_on))
        u.foundByEdit.setText(d.found_by)
        u.descriptionEdit.setPlainText(d.description)
        u.itemsEdit.setPlainText(d.items)
        u.personsEdit.setText("" if d.persons is None else str(d.persons))
        u.estimatedCheck.setChecked(d.persons_estimated)
        for key in ("sensitive", "financial", "wrongful", "encrypted"):
            self.checks[key].setChecked(bool(getattr(d, key)))
        u.containmentEdit.setPlainText(d.containment)
        u.causeEdit.setPlainText(d.cause)
        u.harmEdit.setPlainText(d.secondary_harm)
        u.preventionEdit.setPlainText(d.prevention)
        u.responseEdit.setPlainText(d.response_to_persons)
        u.announcementEdit.setPlainText(d.public_announcement)
        u.otherEdit.setPlainText(d.other)
        self._fill_contractors()
        request_common.select(u.contractorCombo, d.contractor_id or NO_CONTRACTOR)
        self.entries.set_rows(self.entry_rows, checked=d.entry_ids or [])

    def has_changes(self) -> bool:
        return astuple(self.data()) != self._loaded

    # -- the judgement -------------------------------------------------------------------------
    def update_judgement(self) -> None:
        """Whether the incident as typed must be reported, and why: the services judge, the
        dialog shows (before anything is saved)."""
        data = self.data()
        if not isinstance(data.persons, int):
            data = replace(data, persons=None)
        try:
            judgement = inc.judge(self.desk, data)
            # The fourth circumstance is a count: shown ticked when the count alone would do.
            count_alone = inc.judge(
                self.desk,
                replace(data, sensitive=False, financial=False, wrongful=False, encrypted=False),
            )
        except PrivacydeskError as exc:
            self.feedback.show(exc)
            return
        self.ui.manyCheck.setChecked(count_alone.reportable)
        self.judgement = judgement
        self.ui.judgementLabel.setText(common.judgement_html(judgement))
        self._hint()

    # -- loading -------------------------------------------------------------------------------
    def refresh(self, basic: bool = False) -> None:
        """Reload from services.get; `basic` also puts the saved incident back into the form
        (otherwise what the user is typing stays)."""
        if self.incident_id is None:
            self._show_header()
            self.show_strip(None)
            return
        try:
            view = inc.get(self.desk, self.incident_id, today=self.today)
        except PrivacydeskError as exc:
            self.feedback.show(exc)
            return
        self.view = view
        if basic:
            self.set_data(view.data)
            self._loaded = astuple(self.data())
        self._show_header()
        self.show_strip(view)
        self._gate()
        self.update_judgement()

    def _show_header(self) -> None:
        u, v = self.ui, self.view
        if v is None:
            u.headerLabel.setText(translate("IncidentDialog", "New incident"))
            self.setWindowTitle(translate("IncidentDialog", "New incident"))
            return
        status = common.label(common.STATUSES, v.status)
        if v.closed_on is not None:
            status += translate("IncidentDialog", " ({date})").format(
                date=dates.display(v.closed_on)
            )
        u.headerLabel.setText(
            f"{v.number}　{common.kind_text(v.data.kind, v.data.possible)}　{status}"
        )
        self.setWindowTitle(
            translate("IncidentDialog", "Incident {number}").format(number=v.number)
        )

    def _day(self) -> date:
        return self.today or date.today()

    def show_strip(self, v: IncidentView | None) -> None:
        """The deadline strip: each step's due date (和暦 and ISO) with its rule beside it, the
        date it was done or a button to record it; red when due within a day or past, the
        next one marked."""
        grid = self.ui.deadlineGrid
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.strip = {}
        if v is None:
            self._hint()
            return
        today = self._day()
        order = {s: i for i, s in enumerate(common.STEP_ORDER)}
        box = self.ui.deadlineBox
        for row, d in enumerate(sorted(v.deadlines, key=lambda x: order.get(x.step, 9))):
            is_next = v.next is not None and v.next.step == d.step and v.status == "open"
            urgent = v.status == "open" and common.urgent(d, today)
            marker = QLabel(translate("IncidentDialog", "Next") if is_next else "", box)
            name = QLabel(common.step_text(d.step), box)
            due = QLabel(dates.display(d.due), box)
            rule = QLabel(common.rule_text(d), box)
            rule.setWordWrap(True)
            done = QLabel(box)
            button: QPushButton | None = None
            if d.done_on is not None:
                text = translate("IncidentDialog", "Done {date}").format(
                    date=dates.display(d.done_on)
                )
                if d.step == "notice" and v.notice_method:
                    text += f"（{common.label(common.NOTICE_METHODS, v.notice_method)}）"
                done.setText(text)
            else:
                button = QPushButton(translate("IncidentDialog", "Mark as done…"), box)
                button.setAutoDefault(False)
                button.clicked.connect(lambda _=False, step=d.step: self.mark_done(step))
                button.setEnabled(self.may(inc.record_step))
            style = URGENT_STYLE if urgent else NEXT_STYLE if is_next else ""
            for label in (marker, name, due):
                label.setStyleSheet(style)
            if urgent:
                rule.setStyleSheet(f"color: {common.WARNING};")
                due.setToolTip(translate("IncidentDialog", "Due within one day or past"))
            grid.addWidget(marker, row * 2, 0)
            grid.addWidget(name, row * 2, 1)
            grid.addWidget(due, row * 2, 2)
            if button is not None:
                grid.addWidget(button, row * 2, 3)
            else:
                grid.addWidget(done, row * 2, 3)
            grid.addWidget(rule, row * 2 + 1, 1, 1, 3)
            self.strip[d.step] = StripRow(
                d.step, marker, name, due, rule, done, button, urgent, is_next
            )
        grid.setColumnStretch(2, 1)
        self._hint()

    def _hint(self) -> None:
        u, v = self.ui, self.view
        if v is None:
            text = translate("IncidentDialog", "The deadlines are worked out once it is saved.")
        elif not v.deadlines:
            text = translate(
                "IncidentDialog",
                "Not reportable as saved: no report to the Commission is due. The persons "
                "and prevention are still seen to.",
            )
        else:
            text = ""
        if v is not None and self.has_changes():
            text = " ".join(
                t
                for t in (
                    text,
                    translate(
                        "IncidentDialog",
                        "Save the changes to work out the judgement's deadlines again.",
                    ),
                )
                if t
            )
        u.deadlineHint.setText(text)

    # -- actions -------------------------------------------------------------------------------
    def call(
        self,
        call: Callable[[], object],
        done: str = "",
        fields: Mapping[str, QWidget] | None = None,
        basic: bool = False,
    ) -> tuple[bool, object]:
        """Run one service call for a button; reload the incident when it succeeded (on a
        refusal the typed values stay, so the user can correct them)."""
        ok, result = self.feedback.run(call, fields=fields)
        if ok:
            self.changed = True
            self.refresh(basic=basic)
            if done:
                self.feedback.say(done)
        return ok, result

    def save(self) -> bool:
        """A new incident is created (and its deadlines worked out), an existing one updated."""
        data = self.data()
        desk = self.desk
        if self.incident_id is None:
            ok, result = self.feedback.run(
                lambda: inc.create(desk, data, today=self.today), fields=self.fields
            )
            if not ok or not isinstance(result, int):
                return False
            self.incident_id = result
        else:
            iid = self.incident_id
            ok, _ = self.feedback.run(
                lambda: inc.update(desk, iid, data, today=self.today), fields=self.fields
            )
            if not ok:
                return False
        self.saved_id = self.incident_id
        self.changed = True
        self.refresh(basic=True)
        self.feedback.say(translate("IncidentDialog", "Saved."))
        return True

    def mark_done(self, step: str, dialog: IncidentStepDialog | None = None) -> bool:
        if self.incident_id is None:
            return False
        dialog = dialog or IncidentStepDialog(self.desk, self.incident_id, step, self, self.today)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.saved:
            return False
        self.changed = True
        self.refresh()
        self.feedback.say(
            translate("IncidentDialog", "Recorded: {step}").format(step=common.step_text(step))
        )
        return True

    def close_incident(self) -> bool:
        iid = self.incident_id
        if iid is None:
            return False
        return self.call(
            lambda: inc.close(self.desk, iid, today=self.today),
            translate("IncidentDialog", "The incident was closed."),
        )[0]

    def reopen(self) -> bool:
        iid = self.incident_id
        if iid is None:
            return False
        return self.call(
            lambda: inc.reopen(self.desk, iid),
            translate("IncidentDialog", "The incident was reopened."),
        )[0]

    # -- documents -----------------------------------------------------------------------------
    def print_summary(self, show: bool = True) -> PdfPreviewDialog | None:
        """概要 for the report to the Commission: preview, print at 100% or save."""
        iid, desk = self.incident_id, self.desk
        if iid is None:
            return None
        ok, pdf = self.feedback.run(lambda: inc.summary_pdf(desk, iid, today=self.today))
        if not ok or not isinstance(pdf, bytes):
            return None

        def output(where: str, path: Path | None) -> None:
            if where == "print":
                self.feedback.run(lambda: documents.record_printed(desk, SUMMARY_KIND))
            elif path is not None:
                self.feedback.run(lambda: inc.summary_pdf(desk, iid, out=path, today=self.today))

        number = self.view.number if self.view else str(iid)
        title = translate("IncidentDialog", "{number}: summary for the Commission").format(
            number=number
        )
        return self._preview(pdf, title, f"{number}_summary.pdf", output, show)

    def print_notice(
        self,
        subject_id: int | None = None,
        show: bool = True,
        chooser: IncidentNoticeDialog | None = None,
    ) -> PdfPreviewDialog | None:
        """お詫びとお知らせ to one person (numbered and kept by the service): choose the
        person, then preview, print at 100% or save."""
        iid, desk = self.incident_id, self.desk
        if iid is None:
            return None
        if subject_id is None:
            chooser = chooser or IncidentNoticeDialog(desk, self)
            if chooser.exec() != QDialog.DialogCode.Accepted or chooser.subject_id is None:
                return None
            subject_id = chooser.subject_id
        person = subject_id
        ok, result = self.call(
            lambda: inc.notice_letter(desk, iid, person, today=self.today),
            translate("IncidentDialog", "The notice was issued."),
        )
        if not ok or not isinstance(result, tuple):
            return None
        number, pdf = result

        def output(where: str, path: Path | None) -> None:
            if where == "print":
                self.feedback.run(
                    lambda: documents.record_printed(desk, NOTICE_KIND, personal=True)
                )
            elif path is not None:
                self.feedback.run(
                    lambda: documents.save_pdf(desk, NOTICE_KIND, pdf, path, personal=True)
                )

        title = translate("IncidentDialog", "{number}: notice to the person").format(number=number)
        return self._preview(pdf, title, f"{number}_notice.pdf", output, show)

    def _preview(
        self,
        pdf: bytes,
        title: str,
        name: str,
        output: Callable[[str, Path | None], None],
        show: bool,
    ) -> PdfPreviewDialog:
        dialog = PdfPreviewDialog(pdf, title, name, output, self)
        self.preview_dialog = dialog
        if show:
            dialog.exec()
        return dialog

    # -- leaving -------------------------------------------------------------------------------
    def _may_leave(self) -> bool:
        """Unsaved changes are only dropped when the user says so."""
        if not (self.has_changes() and self.ui.saveButton.isEnabled()):
            return True
        answer = QMessageBox.question(
            self,
            translate("IncidentDialog", "Discard the changes?"),
            translate("IncidentDialog", "What you typed is not saved."),
        )
        return answer == QMessageBox.StandardButton.Yes

    def close_dialog(self) -> None:
        if self._may_leave():
            self.accept()

    def reject(self) -> None:
        if self._may_leave():
            super().reject()


def _iso(d: date | str | None) -> str:
    if d is None:
        return ""
    return d.isoformat() if isinstance(d, date) else str(d)
