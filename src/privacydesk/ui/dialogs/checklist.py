"""チェックリスト: the versions of each checklist (in use, drafts, retired) with their questions.
A manager edits a version into a new draft and publishes it; nobody edits a version in place,
so every review keeps the questions it was answered against."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from privacydesk.services import contractors as cs
from privacydesk.services.contractors import QuestionRow, TemplateRow
from privacydesk.services.desk import Desk
from privacydesk.services.roles import actions_for
from privacydesk.ui.dialogs import contractor_common as common
from privacydesk.ui.dialogs import request_common
from privacydesk.ui.dialogs.checklist_editor import ChecklistEditorDialog
from privacydesk.ui.generated.ui_checklist_dialog import Ui_ChecklistDialog
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, RowTableModel

CTX = "ChecklistDialog"


def _when(value: object) -> str:
    return value.strftime("%Y-%m-%d") if hasattr(value, "strftime") else ""


class ChecklistDialog(QDialog):
    def __init__(self, desk: Desk, kind: str = "selection", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChecklistDialog()
        self.ui.setupUi(self)
        self.desk = desk
        allowed = actions_for(desk.context.role)
        self.may_edit = cs.save_checklist_draft.action_name in allowed  # type: ignore[attr-defined]
        self.may_publish = cs.publish_checklist.action_name in allowed  # type: ignore[attr-defined]
        self.editor: ChecklistEditorDialog | None = None
        u = self.ui
        self.feedback = request_common.Feedback(u.messageLabel)
        self.versions: RowTableModel[TemplateRow] = RowTableModel(
            CTX,
            [
                Column(QT_TRANSLATE_NOOP("ChecklistDialog", "Version"), lambda t: t.version),
                Column(
                    QT_TRANSLATE_NOOP("ChecklistDialog", "Status"),
                    lambda t: common.label(common.TEMPLATE_STATUSES, t.status),
                ),
                Column(QT_TRANSLATE_NOOP("ChecklistDialog", "Title"), lambda t: t.title),
                Column(QT_TRANSLATE_NOOP("ChecklistDialog", "Made"), lambda t: _when(t.created_at)),
                Column(
                    QT_TRANSLATE_NOOP("ChecklistDialog", "Published"),
                    lambda t: _when(t.published_at),
                ),
                Column(
                    QT_TRANSLATE_NOOP("ChecklistDialog", "Questions"), lambda t: len(t.questions)
                ),
            ],
            self,
        )
        u.versionsView.setModel(self.versions)
        u.versionsView.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        u.versionsView.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        u.versionsView.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._show_version(cur.row())
        )
        self.questions: RowTableModel[QuestionRow] = RowTableModel(
            CTX,
            [
                Column(QT_TRANSLATE_NOOP("ChecklistDialog", "No."), lambda q: q.position),
                Column(
                    QT_TRANSLATE_NOOP("ChecklistDialog", "Category"),
                    lambda q: common.label(common.CATEGORIES, q.category),
                ),
                Column(QT_TRANSLATE_NOOP("ChecklistDialog", "Code"), lambda q: q.code),
                Column(QT_TRANSLATE_NOOP("ChecklistDialog", "Question"), lambda q: q.text),
            ],
            self,
        )
        u.questionsView.setModel(self.questions)
        u.questionsView.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        u.questionsView.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        u.questionsView.verticalHeader().hide()
        u.questionsView.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        common.fill(u.kindCombo, common.KINDS, cs.CHECKLIST_KINDS)
        request_common.select(u.kindCombo, kind)
        u.kindCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        u.editButton.clicked.connect(lambda: self.edit())
        u.publishButton.clicked.connect(lambda: self.publish())
        u.discardButton.clicked.connect(lambda: self.discard())
        u.closeButton.clicked.connect(self.accept)
        u.editButton.setEnabled(self.may_edit)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            common.fill(self.ui.kindCombo, common.KINDS, cs.CHECKLIST_KINDS)
            self.versions.retranslate()
            self.questions.retranslate()
            self._show_version(self.ui.versionsView.currentIndex().row())
        super().changeEvent(event)

    def kind(self) -> str:
        return str(self.ui.kindCombo.currentData())

    def refresh(self, select_id: int | None = None) -> None:
        ok, rows = self.feedback.run(lambda: cs.checklist_templates(self.desk, self.kind()))
        if not ok or not isinstance(rows, list):
            return
        self.versions.set_rows(rows)
        wanted = select_id
        if wanted is None:  # the version in use first
            wanted = next((t.id for t in rows if t.status == "published"), None)
        row = next((i for i, t in enumerate(rows) if t.id == wanted), 0)
        if rows:
            self.ui.versionsView.selectRow(row)
        self._show_version(row if rows else -1)

    def selected(self) -> TemplateRow | None:
        return self.versions.row_at(self.ui.versionsView.currentIndex().row())

    def _show_version(self, row: int) -> None:
        t = self.versions.row_at(row)
        self.questions.set_rows(list(t.questions) if t else [])
        self.ui.questionsCaption.setText(
            translate("ChecklistDialog", "Questions of version {version}: {title}").format(
                version=t.version, title=t.title
            )
            if t
            else ""
        )
        is_draft = t is not None and t.status == "draft"
        self.ui.publishButton.setEnabled(self.may_publish and is_draft)
        self.ui.discardButton.setEnabled(self.may_publish and is_draft)

    def edit(self, dialog: ChecklistEditorDialog | None = None) -> int | None:
        """Edit the selected version (or the one in use) into a new draft version."""
        base = self.selected()
        dialog = dialog or ChecklistEditorDialog(self.desk, self.kind(), base, self)
        self.editor = dialog
        dialog.exec()
        if dialog.saved_id is None:
            return None
        self.refresh(dialog.saved_id)
        self.feedback.say(
            translate(
                "ChecklistDialog",
                "The new version was saved as a draft. Publish it to use it in new reviews.",
            )
        )
        return dialog.saved_id

    def publish(self, confirmed: bool = False) -> bool:
        return self._on_draft(
            confirmed,
            translate("ChecklistDialog", "Publish this version?"),
            translate(
                "ChecklistDialog",
                "New reviews use version {version} from now on; the version in use until "
                "now is retired. Reviews already started keep their version.",
            ),
            cs.publish_checklist,
            translate("ChecklistDialog", "Version {version} is now in use."),
            keep_selected=True,
        )

    def discard(self, confirmed: bool = False) -> bool:
        """Throw a draft away (one made from a shipped file is kept as retired, so that it is
        not offered again); the version in use stays as it is."""
        return self._on_draft(
            confirmed,
            translate("ChecklistDialog", "Discard this draft?"),
            translate(
                "ChecklistDialog",
                "Draft version {version} is discarded. The version in use and the reviews "
                "already made stay as they are.",
            ),
            cs.discard_checklist_draft,
            translate("ChecklistDialog", "Draft version {version} was discarded."),
            keep_selected=False,
        )

    def _on_draft(
        self,
        confirmed: bool,
        title: str,
        question: str,
        call: Callable[[Desk, int], object],
        done: str,
        keep_selected: bool,
    ) -> bool:
        """Publish or discard the selected draft, after the user said yes."""
        t = self.selected()
        if t is None or t.status != "draft":
            self.feedback.say(translate("ChecklistDialog", "Choose a draft first."))
            return False
        if not confirmed:
            answer = QMessageBox.question(self, title, question.format(version=t.version))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        template_id = t.id
        ok, _ = self.feedback.run(
            lambda: call(self.desk, template_id), done.format(version=t.version)
        )
        if ok:
            message = self.ui.messageLabel.text()
            self.refresh(template_id if keep_selected else None)
            self.feedback.say(message)
        return ok
