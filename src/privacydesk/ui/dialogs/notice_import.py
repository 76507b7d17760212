"""新しい版を取り込む: a new version of the privacy notice read from a .txt or .docx file, with
its title, the date it comes into force and where it is published. The service reads the
file, carries over the previous version's tags, and refuses with reasons shown here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from privacydesk.errors import InvalidInput
from privacydesk.services import dates
from privacydesk.services import notice_check as nc
from privacydesk.services.desk import Desk
from privacydesk.services.notice_check import NoticeRow
from privacydesk.ui.dialogs.internal_audit_common import Feedback
from privacydesk.ui.generated.ui_notice_import_dialog import Ui_NoticeImportDialog
from privacydesk.ui.i18n import translate


def problem(field: str, exc: InvalidInput) -> InvalidInput:
    """A refusal about one field, so that the field is outlined with the reason."""
    return InvalidInput("input.problems", problems=[(field, exc.code, dict(exc.params))], count=1)


def effective_date(text: str) -> date | None:
    """The date typed (ISO, slashes or 和暦); a bad one is refused as a problem of its field."""
    try:
        return dates.parse_optional(text)
    except InvalidInput as exc:
        raise problem("effective_date", exc) from None


class NoticeImportDialog(QDialog):
    def __init__(
        self, desk: Desk, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_NoticeImportDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.imported: NoticeRow | None = None
        u = self.ui
        u.effectiveEdit.setText((today or date.today()).isoformat())
        self.feedback = Feedback(
            u.messageLabel,
            {
                "path": u.fileEdit,
                "title": u.titleEdit,
                "text": u.fileEdit,
                "effective_date": u.effectiveEdit,
                "published_where": u.whereEdit,
            },
        )
        u.browseButton.clicked.connect(lambda: self.browse())
        u.buttonBox.accepted.connect(lambda: self.save())
        u.buttonBox.rejected.connect(self.reject)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)

    def browse(self) -> str:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("NoticeImportDialog", "Choose the privacy notice"),
            self.ui.fileEdit.text(),
            translate("NoticeImportDialog", "Text or Word (*.txt *.docx)"),
        )
        if name:
            self.ui.fileEdit.setText(name)
            if not self.ui.titleEdit.text().strip():
                self.ui.titleEdit.setText(Path(name).stem)
        return name

    def save(self) -> bool:
        u = self.ui
        path_text = u.fileEdit.text().strip()
        title, where, when = u.titleEdit.text(), u.whereEdit.text(), u.effectiveEdit.text()

        def call() -> NoticeRow:
            if not path_text:
                raise problem("path", InvalidInput("register.required"))
            day = effective_date(when)
            try:
                return nc.import_notice(self.desk, Path(path_text), title, day, where)  # type: ignore[arg-type]
            except InvalidInput as exc:
                if exc.problems or not exc.code.startswith(("import.", "notice_check.")):
                    raise
                raise problem("path", exc) from None  # the file could not be read

        ok, row = self.feedback.run(call)
        if ok and isinstance(row, NoticeRow):
            self.imported = row
            self.accept()
        return ok
