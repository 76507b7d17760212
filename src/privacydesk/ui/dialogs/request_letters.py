"""The request dialog's 文書 and 発送 tabs: which letter can be printed now and why not, issuing
it into the print preview, the electronic disclosure, and this request's mailings."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QFileDialog, QHeaderView

from privacydesk.errors import PrivacydeskError
from privacydesk.services import dates, documents
from privacydesk.services import requests as rq
from privacydesk.services.requests import MailingRow, RequestView
from privacydesk.ui import i18n
from privacydesk.ui.dialogs import request_common as common
from privacydesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, RowTableModel

if TYPE_CHECKING:
    from privacydesk.ui.dialogs.request import RequestDialog

Letter = tuple[int, str, str, Any]  # (document id, kind, number, issued at)
ELECTRONIC = "disclosure-electronic"


def _when(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if hasattr(value, "strftime") else str(value or "")


def _status(m: MailingRow) -> str:
    text = common.label(common.MAIL_STATUSES, m.status)
    return f"{text}（{m.status_on.isoformat()}）" if m.status_on else text


def mailing_columns() -> list[Column[MailingRow]]:
    """The columns of a mailing table, here and in the mailing log."""
    return [
        Column(QT_TRANSLATE_NOOP("RequestDialog", "Sent on"), lambda m: dates.display(m.sent_on)),
        Column(
            QT_TRANSLATE_NOOP("RequestDialog", "What"),
            lambda m: common.label(common.LETTERS, m.kind),
        ),
        Column(QT_TRANSLATE_NOOP("RequestDialog", "Number"), lambda m: m.number),
        Column(QT_TRANSLATE_NOOP("RequestDialog", "To"), lambda m: m.addressee),
        Column(
            QT_TRANSLATE_NOOP("RequestDialog", "How"),
            lambda m: common.label(common.MAIL_METHODS, m.method),
        ),
        Column(QT_TRANSLATE_NOOP("RequestDialog", "Tracking number"), lambda m: m.tracking_number),
        Column(QT_TRANSLATE_NOOP("RequestDialog", "Status"), _status),
        Column(QT_TRANSLATE_NOOP("RequestDialog", "Note"), lambda m: m.note),
    ]


class LettersTab(QObject):
    """Drives the letters and mailing tabs of a RequestDialog (its `ui`)."""

    def __init__(self, dialog: RequestDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        u = self.ui = dialog.ui
        self.preview_dialog: PdfPreviewDialog | None = None
        self.letters: RowTableModel[Letter] = RowTableModel(
            "RequestDialog",
            [
                Column(QT_TRANSLATE_NOOP("RequestDialog", "Number"), lambda r: r[2]),
                Column(
                    QT_TRANSLATE_NOOP("RequestDialog", "Letter"),
                    lambda r: common.label(common.LETTERS, r[1]),
                ),
                Column(QT_TRANSLATE_NOOP("RequestDialog", "Issued"), lambda r: _when(r[3])),
            ],
            self,
        )
        u.lettersView.setModel(self.letters)
        u.lettersView.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mailings: RowTableModel[MailingRow] = RowTableModel(
            "RequestDialog", mailing_columns(), self
        )
        u.mailingsView.setModel(self.mailings)
        u.mailingsView.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._choices: list[tuple[str, int | None]] = []
        u.letterCombo.currentIndexChanged.connect(lambda _i: self.update_problem())
        u.issueButton.clicked.connect(lambda: self.issue())
        u.electronicButton.clicked.connect(lambda: self.disclose_electronic())
        u.recordMailingButton.clicked.connect(self.record_mailing)
        u.markButton.clicked.connect(self.mark_mailing)

    def texts(self) -> None:
        u = self.ui
        kinds = [k for k in common.LETTER_ORDER if k in rq.LETTER_KINDS]
        common.fill(u.letterCombo, common.LETTERS, kinds)
        common.fill(u.mailMethodCombo, common.MAIL_METHODS, rq.MAIL_METHODS)
        common.fill(u.markStatusCombo, common.MAIL_STATUSES, ("returned", "misdelivered", "sent"))
        self.letters.retranslate()
        self.mailings.retranslate()
        if self.dialog.view is not None:
            self._fill_choices(self.dialog.view)
        self.update_problem()

    def gate(self) -> None:
        u, may = self.ui, self.dialog.may
        for widget, fn in (
            (u.issueButton, rq.letter),
            (u.electronicButton, rq.disclose_electronic),
            (u.mailBox, rq.record_mailing),
            (u.markBox, rq.mark_mailing),
        ):
            common.enable(widget, may(fn))

    def _today(self) -> date:
        return self.dialog.today or date.today()

    def load(self, v: RequestView) -> None:
        u = self.ui
        self.letters.set_rows(list(v.letters))
        self.mailings.set_rows(list(v.mailings))
        self._fill_choices(v)
        if not u.sentEdit.text():
            u.sentEdit.setText(self._today().isoformat())
        if not u.markDateEdit.text():
            u.markDateEdit.setText(self._today().isoformat())
        self.update_problem()

    def _fill_choices(self, v: RequestView) -> None:
        combo = self.ui.mailLetterCombo
        current = combo.currentIndex()
        self._choices = [(kind, doc_id) for doc_id, kind, _n, _at in reversed(v.letters)]
        self._choices.append((ELECTRONIC, None))
        combo.blockSignals(True)
        combo.clear()
        numbers = {doc_id: number for doc_id, _k, number, _at in v.letters}
        for i, (kind, doc_id) in enumerate(self._choices):
            number = numbers.get(doc_id, "") if doc_id is not None else ""
            combo.addItem(f"{number} {common.label(common.LETTERS, kind)}".strip(), i)
        combo.setCurrentIndex(current if 0 <= current < combo.count() else 0)
        combo.blockSignals(False)

    # -- letters -------------------------------------------------------------------------------
    def kind(self) -> str:
        return str(self.ui.letterCombo.currentData() or "")

    def update_problem(self) -> str | None:
        """Why the chosen letter cannot be printed now (the service's answer), shown live."""
        u, d = self.ui, self.dialog
        if d.view is None or not self.kind():
            return None
        if not d.may(rq.letter_problem):
            u.problemLabel.setStyleSheet("")
            u.problemLabel.setText(
                translate("RequestDialog", "Your role can read the letters but not issue them.")
            )
            return None
        try:
            code = rq.letter_problem(d.desk, d.request_id, self.kind(), today=d.today)
        except PrivacydeskError as exc:
            u.problemLabel.setText(i18n.error_text(exc))
            return None
        if code is None:
            u.problemLabel.setStyleSheet("color: #1b5e20;")
            u.problemLabel.setText(translate("RequestDialog", "This letter can be issued now."))
        else:
            u.problemLabel.setStyleSheet("color: #b00020;")
            u.problemLabel.setText(i18n.text(code, kind=self.kind(), id=d.request_id))
        u.issueButton.setEnabled(code is None and d.may(rq.letter))
        return code

    def issue(self, show: bool = True) -> PdfPreviewDialog | None:
        """Issue the chosen letter (numbered, kept and audited by the service), then preview
        it to print at 100% or save."""
        d, kind = self.dialog, self.kind()
        ok, result = d.call(
            lambda: rq.letter(d.desk, d.request_id, kind, today=d.today),
            translate("RequestDialog", "The letter was issued."),
        )
        if not ok or not isinstance(result, tuple):
            return None
        number, pdf = result
        desk = d.desk

        def output(where: str, path: Path | None) -> None:
            what = f"letter.{kind}"
            if where == "print":
                d.feedback.run(lambda: documents.record_printed(desk, what, personal=True))
            elif path is not None:
                d.feedback.run(lambda: documents.save_pdf(desk, what, pdf, path, personal=True))

        title = f"{number}　{common.label(common.LETTERS, kind)}"
        dialog = PdfPreviewDialog(pdf, title, f"{number}_{kind}.pdf", output, d)
        self.preview_dialog = dialog
        if show:
            dialog.exec()
        return dialog

    def disclose_electronic(self, path: Path | None = None) -> bool:
        d = self.dialog
        if path is None:
            number = d.view.number if d.view else "disclosure"
            name, _ = QFileDialog.getSaveFileName(
                d,
                translate("RequestDialog", "Save the protected disclosure file"),
                f"{number}_disclosure.pdf",
                "PDF (*.pdf)",
            )
            if not name:
                return False
            path = Path(name)
        out = path
        return d.act(
            lambda: rq.disclose_electronic(d.desk, d.request_id, out, today=d.today),
            translate(
                "RequestDialog",
                "The password-protected file was saved. Send the password separately "
                "(the password notice).",
            ),
        )

    # -- mailing -------------------------------------------------------------------------------
    def record_mailing(self) -> bool:
        u, d = self.ui, self.dialog
        index = u.mailLetterCombo.currentData()
        if not isinstance(index, int) or not 0 <= index < len(self._choices):
            return False
        kind, doc_id = self._choices[index]
        ok = d.act(
            lambda: rq.record_mailing(
                d.desk,
                d.request_id,
                kind,
                u.mailMethodCombo.currentData(),
                u.sentEdit.text(),
                u.trackingEdit.text(),
                doc_id,
                today=d.today,
            ),
            translate("RequestDialog", "The mailing was recorded."),
            {
                "method": u.mailMethodCombo,
                "tracking_number": u.trackingEdit,
                "sent_on": u.sentEdit,
            },
        )
        if ok:
            u.trackingEdit.clear()
        return ok

    def mark_mailing(self) -> bool:
        u, d = self.ui, self.dialog
        row = self.mailings.row_at(u.mailingsView.currentIndex().row())
        if row is None:
            d.feedback.say(translate("RequestDialog", "Choose a mailing first."))
            return False
        return d.act(
            lambda: rq.mark_mailing(
                d.desk,
                row.id,
                u.markStatusCombo.currentData(),
                u.markDateEdit.text(),
                u.markNoteEdit.text(),
                today=d.today,
            ),
            translate("RequestDialog", "Recorded."),
            {
                "status": u.markStatusCombo,
                "status_on": u.markDateEdit,
                "note": u.markNoteEdit,
            },
        )
