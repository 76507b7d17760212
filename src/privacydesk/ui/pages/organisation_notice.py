"""組織 › プライバシーポリシー: the notice's versions (import a new one, compare two), the text of
a version where the officer selects a passage and tags it, the tagged passages, and the check
against the register: what the register holds that the notice does not say (with the best
suggestion and a passage to link it to) and what the notice says that the register does not
show, refreshed after every action, with a one-line state at the top."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import dates, register
from privacydesk.services import notice_check as nc
from privacydesk.services.desk import Desk
from privacydesk.services.notice_check import CheckResult, NoticeRow, Passage, UnlinkedItem
from privacydesk.ui import i18n
from privacydesk.ui.dialogs import complaint_common
from privacydesk.ui.dialogs import notice_common as common
from privacydesk.ui.dialogs.internal_audit_common import Feedback
from privacydesk.ui.dialogs.notice_diff import NoticeDiffDialog
from privacydesk.ui.dialogs.notice_import import NoticeImportDialog
from privacydesk.ui.generated.ui_organisation_notice_tab import Ui_OrganisationNoticeTab
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, RowTableModel

CTX = "OrganisationNoticeTab"
OK_STYLE = "color: #0b5d1e; font-weight: bold;"
GAP_STYLE = "color: #b00020; font-weight: bold;"
PARAGRAPH = "\u2029"  # how QTextCursor.selectedText() separates paragraphs


def selected_passage(text: str) -> str:
    """The text the officer selected, as the notice holds it (line breaks restored)."""
    return text.replace(PARAGRAPH, "\n").replace("\u2028", "\n").strip()


class NoticeTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OrganisationNoticeTab()
        self.ui.setupUi(self)
        self.desk: Desk | None = None
        self.today: date | None = None  # tests fix the day; None is today
        self.current_id: int | None = None  # the version in force
        self.result: CheckResult | None = None
        self.import_dialog: NoticeImportDialog | None = None
        self.diff_dialog: NoticeDiffDialog | None = None
        u = self.ui
        self.feedback = Feedback(u.messageLabel)
        self.versions: RowTableModel[NoticeRow] = RowTableModel(
            CTX,
            [
                Column(QT_TRANSLATE_NOOP("OrganisationNoticeTab", "Title"), lambda v: v.title),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationNoticeTab", "In force from"),
                    lambda v: v.effective_date.isoformat(),
                ),
                Column(QT_TRANSLATE_NOOP("OrganisationNoticeTab", "Current"), self._current_mark),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationNoticeTab", "Published where"),
                    lambda v: v.published_where,
                ),
            ],
            self,
        )
        self.passages: RowTableModel[Passage] = RowTableModel(
            CTX,
            [
                Column(
                    QT_TRANSLATE_NOOP("OrganisationNoticeTab", "Tag"),
                    lambda p: common.tag_text(p.tag),
                ),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationNoticeTab", "Passage"),
                    lambda p: common.excerpt(p.text, 200),
                ),
            ],
            self,
        )
        self.items: RowTableModel[UnlinkedItem] = RowTableModel(
            CTX,
            [
                Column(QT_TRANSLATE_NOOP("OrganisationNoticeTab", "Item"), lambda x: x.item.label),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationNoticeTab", "Kind"),
                    lambda x: common.tag_text(x.item.tag),
                ),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationNoticeTab", "Where from"),
                    lambda x: x.item.source,
                ),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationNoticeTab", "Best suggestion"),
                    self._suggestion_text,
                ),
            ],
            self,
        )
        self.unlinked: RowTableModel[Passage] = RowTableModel(
            CTX,
            [
                Column(
                    QT_TRANSLATE_NOOP("OrganisationNoticeTab", "Tag"),
                    lambda p: common.tag_text(p.tag),
                ),
                Column(
                    QT_TRANSLATE_NOOP("OrganisationNoticeTab", "Passage"),
                    lambda p: common.excerpt(p.text, 200),
                ),
            ],
            self,
        )
        for view, model in (
            (u.versionsView, self.versions),
            (u.passagesView, self.passages),
            (u.itemsView, self.items),
            (u.unlinkedView, self.unlinked),
        ):
            view.setModel(model)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
            view.verticalHeader().hide()
        # Long texts (a title, a purpose) get a fixed share the officer can widen.
        for view, widths in ((u.versionsView, (150,)), (u.itemsView, (180, 0, 110))):
            header = view.horizontalHeader()
            for col, width in enumerate(widths):
                if width:
                    header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                    header.resizeSection(col, width)
        self._passage_by_id: dict[int, Passage] = {}
        u.versionsView.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self.show_version()
        )
        u.passagesView.selectionModel().currentRowChanged.connect(lambda _c, _p: self._gate())
        u.itemsView.selectionModel().currentRowChanged.connect(lambda _c, _p: self._fill_links())
        u.unlinkedView.doubleClicked.connect(lambda i: self._find(self.unlinked.row_at(i.row())))
        u.passagesView.doubleClicked.connect(lambda i: self._find(self.passages.row_at(i.row())))
        u.textView.selectionChanged.connect(self._gate)
        u.importButton.clicked.connect(lambda: self.import_version())
        u.diffButton.clicked.connect(lambda: self.differences())
        u.tagButton.clicked.connect(lambda: self.tag())
        u.removePassageButton.clicked.connect(lambda: self.remove_passage())
        u.linkButton.clicked.connect(lambda: self.link())
        u.acceptButton.clicked.connect(lambda: self.accept_suggestions())
        u.mainSplitter.setStretchFactor(0, 3)
        u.mainSplitter.setStretchFactor(1, 2)
        u.topSplitter.setStretchFactor(0, 2)
        u.topSplitter.setStretchFactor(1, 4)
        u.topSplitter.setStretchFactor(2, 3)
        common.fill_tags(u.tagCombo)
        self._gate()

    # -- columns -------------------------------------------------------------------------------
    def _current_mark(self, v: NoticeRow) -> str:
        return "●" if v.id == self.current_id else ""

    def _suggestion_text(self, x: UnlinkedItem) -> str:
        if not x.suggestions:
            return ""
        best = x.suggestions[0]
        passage = self._passage_by_id.get(best.passage_id)
        text = common.excerpt(passage.text, 40) if passage else str(best.passage_id)
        return f"{text}（{round(best.score * 100)}%）"

    # -- desk, roles, texts --------------------------------------------------------------------
    def set_desk(self, desk: Desk) -> None:
        self.desk = desk
        self.refresh()

    def may(self, fn: object) -> bool:
        return self.desk is not None and complaint_common.may(self.desk, fn)

    def _gate(self) -> None:
        u = self.ui
        version = self.selected_version()
        may_tag = self.may(nc.tag_passage)
        u.importButton.setEnabled(self.may(nc.import_notice))
        u.diffButton.setEnabled(self.versions.rowCount() > 1)
        u.tagCombo.setEnabled(may_tag and version is not None)
        u.tagButton.setEnabled(
            may_tag and version is not None and u.textView.textCursor().hasSelection()
        )
        passage = self.passages.row_at(u.passagesView.currentIndex().row())
        u.removePassageButton.setEnabled(self.may(nc.untag_passage) and passage is not None)
        item = self.selected_item()
        may_link = self.may(nc.link)
        u.linkCombo.setEnabled(may_link and item is not None and u.linkCombo.count() > 0)
        u.linkButton.setEnabled(may_link and item is not None and u.linkCombo.count() > 0)
        suggested = self.result is not None and any(
            x.suggestions for x in self.result.items_unlinked
        )
        u.acceptButton.setEnabled(self.may(nc.accept_suggestions) and suggested)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        common.fill_tags(self.ui.tagCombo)
        for model in (self.versions, self.passages, self.items, self.unlinked):
            model.retranslate()
        self._show_state()
        self._show_version_label()
        self._fill_links()

    # -- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the versions (keeping the one shown), its passages and the check."""
        if self.desk is None:
            return
        shown = self.selected_version()
        try:
            versions = register.list_notices(self.desk)
            current = register.current_notice(self.desk, today=self.today)
        except PrivacydeskError as exc:
            self.feedback.show(exc)
            return
        self.current_id = current.id if current else None
        self.versions.set_rows(versions)
        wanted = shown.id if shown else self.current_id
        row = next((i for i, v in enumerate(versions) if v.id == wanted), 0)
        if versions:
            self.ui.versionsView.selectRow(row)
        self.show_version()
        self.check()

    def selected_version(self) -> NoticeRow | None:
        return self.versions.row_at(self.ui.versionsView.currentIndex().row())

    def show_version(self) -> None:
        """The selected version's text and its tagged passages."""
        version = self.selected_version()
        self.ui.textView.setPlainText(version.text if version else "")
        self._show_version_label()
        self._load_passages()

    def _show_version_label(self) -> None:
        version = self.selected_version()
        if version is None:
            text = translate(
                "OrganisationNoticeTab",
                "No version yet: import the notice as published (a .txt or .docx file).",
            )
        elif version.id == self.current_id:
            text = translate(
                "OrganisationNoticeTab", "{title}, in force since {date}: checked below."
            ).format(title=version.title, date=dates.display(version.effective_date))
        else:
            text = translate(
                "OrganisationNoticeTab",
                "{title}, in force from {date}: not the version checked below.",
            ).format(title=version.title, date=dates.display(version.effective_date))
        self.ui.versionLabel.setText(text)

    def _load_passages(self) -> None:
        version = self.selected_version()
        rows: list[Passage] = []
        if version is not None and self.desk is not None:
            try:
                rows = nc.passages(self.desk, version.id)
            except PrivacydeskError as exc:
                self.feedback.show(exc)
        self.passages.set_rows(rows)
        self._gate()

    def check(self) -> CheckResult | None:
        """Run the check against the version in force and show both sides."""
        if self.desk is None:
            return None
        desk = self.desk
        try:
            result = nc.check(desk, today=self.today)
            current = (
                nc.passages(desk, result.notice_version_id) if result.notice_version_id else []
            )
        except PrivacydeskError as exc:
            self.feedback.show(exc)
            return None
        self.result = result
        self._passage_by_id = {p.id: p for p in current}
        selected = self.selected_item()
        self.items.set_rows(list(result.items_unlinked))
        self.unlinked.set_rows(list(result.passages_unlinked))
        if selected is not None:
            row = next(
                (i for i, x in enumerate(result.items_unlinked) if x.item.key == selected.item.key),
                None,
            )
            if row is not None:
                self.ui.itemsView.selectRow(row)
        self._fill_links()
        self._show_state()
        return result

    def _show_state(self) -> None:
        label, r = self.ui.stateLabel, self.result
        if r is None:
            label.setText("")
            return
        if r.notice_version_id is None:
            label.setStyleSheet(GAP_STYLE)
            label.setText(escape(i18n.text("dashboard.notice_missing")))
            return
        if r.consistent:
            label.setStyleSheet(OK_STYLE)
            label.setText(
                escape(
                    translate(
                        "OrganisationNoticeTab",
                        "Consistent: the notice «{title}» mentions every item of the register "
                        "({linked} linked).",
                    ).format(title=r.notice_title, linked=r.linked)
                )
            )
            return
        label.setStyleSheet(GAP_STYLE)
        gaps = len(r.items_unlinked) + len(r.passages_unlinked)
        label.setText(
            escape(
                translate(
                    "OrganisationNoticeTab",
                    "{count} discrepancies with «{title}»: {register} in the register, not in "
                    "the notice; {notice} in the notice, not in the register.",
                ).format(
                    count=gaps,
                    title=r.notice_title,
                    register=len(r.items_unlinked),
                    notice=len(r.passages_unlinked),
                )
            )
        )

    def state_text(self) -> str:
        return self.ui.stateLabel.text()

    def selected_item(self) -> UnlinkedItem | None:
        return self.items.row_at(self.ui.itemsView.currentIndex().row())

    def _fill_links(self) -> None:
        """The passages of the version in force an item may be linked to: its suggestions first
        (with their score), then the other passages of its tag, then the rest."""
        combo = self.ui.linkCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        item = self.selected_item()
        if item is not None:
            scores = {s.passage_id: s.score for s in item.suggestions}
            passages = sorted(
                self._passage_by_id.values(),
                key=lambda p: (-scores.get(p.id, -1.0), p.tag != item.item.tag, p.position),
            )
            for p in passages:
                text = f"{common.tag_text(p.tag)}：{common.excerpt(p.text)}"
                if p.id in scores:
                    text += f"（{round(scores[p.id] * 100)}%）"
                combo.addItem(text, p.id)
            index = combo.findData(current)
            combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)
        self._gate()

    def _find(self, passage: Passage | None) -> None:
        """Show a passage in the text (its version selected, the passage highlighted)."""
        if passage is None:
            return
        row = next(
            (
                i
                for i in range(self.versions.rowCount())
                if (v := self.versions.row_at(i)) and v.id == passage.notice_version_id
            ),
            None,
        )
        if row is None:
            return
        if row != self.ui.versionsView.currentIndex().row():
            self.ui.versionsView.selectRow(row)
        text = self.ui.textView.toPlainText()
        start = text.find(passage.text)
        if start < 0:
            return
        cursor = self.ui.textView.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + len(passage.text), cursor.MoveMode.KeepAnchor)
        self.ui.textView.setTextCursor(cursor)
        self.ui.textView.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- actions -------------------------------------------------------------------------------
    def _done(self, call: Any, done: str) -> bool:
        ok, _ = self.feedback.run(call, done)
        if ok:
            self._load_passages()
            self.check()
        return ok

    def select_text(self, text: str) -> bool:
        """Select a passage in the text shown, as the officer does with the mouse."""
        whole = self.ui.textView.toPlainText()
        start = whole.find(text)
        if start < 0:
            return False
        cursor = self.ui.textView.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + len(text), cursor.MoveMode.KeepAnchor)
        self.ui.textView.setTextCursor(cursor)
        return True

    def tag(self, tag: str | None = None) -> bool:
        """Tag the text selected in the version shown."""
        version = self.selected_version()
        if self.desk is None or version is None:
            return False
        desk = self.desk
        text = selected_passage(self.ui.textView.textCursor().selectedText())
        chosen = tag or self.ui.tagCombo.currentData()
        return self._done(
            lambda: nc.tag_passage(desk, version.id, chosen, text),
            translate("OrganisationNoticeTab", "The passage was tagged «{tag}».").format(
                tag=common.tag_text(chosen)
            ),
        )

    def remove_passage(self) -> bool:
        passage = self.passages.row_at(self.ui.passagesView.currentIndex().row())
        if self.desk is None:
            return False
        if passage is None:
            self.feedback.say(translate("OrganisationNoticeTab", "Choose a tagged passage first."))
            return False
        desk, pid = self.desk, passage.id
        return self._done(
            lambda: nc.untag_passage(desk, pid),
            translate("OrganisationNoticeTab", "The tag was deleted."),
        )

    def link(self) -> bool:
        """Link the chosen register item to the chosen passage of the version in force."""
        item = self.selected_item()
        pid = self.ui.linkCombo.currentData()
        if self.desk is None:
            return False
        if item is None or pid is None:
            self.feedback.say(
                translate(
                    "OrganisationNoticeTab", "Choose an item and the passage that mentions it."
                )
            )
            return False
        desk, key = self.desk, item.item.key
        return self._done(
            lambda: nc.link(desk, key, pid),
            translate("OrganisationNoticeTab", "«{item}» was linked to the passage.").format(
                item=common.excerpt(item.item.label, 40)
            ),
        )

    def accept_suggestions(self) -> int:
        if self.desk is None:
            return 0
        desk, today = self.desk, self.today
        ok, count = self.feedback.run(lambda: nc.accept_suggestions(desk, today=today))
        if not ok or not isinstance(count, int):
            return 0
        self.check()
        self.feedback.say(
            translate("OrganisationNoticeTab", "{count} suggested links were accepted.").format(
                count=count
            )
        )
        return count

    def import_version(self, dialog: NoticeImportDialog | None = None) -> NoticeRow | None:
        if self.desk is None:
            return None
        dialog = dialog or NoticeImportDialog(self.desk, self, today=self.today)
        self.import_dialog = dialog
        dialog.exec()
        row = dialog.imported
        if row is None:
            return None
        self.refresh()
        match = next(
            (
                i
                for i in range(self.versions.rowCount())
                if (v := self.versions.row_at(i)) and v.id == row.id
            ),
            None,
        )
        if match is not None:
            self.ui.versionsView.selectRow(match)
        self.feedback.say(
            translate("OrganisationNoticeTab", "The version «{title}» was imported.").format(
                title=row.title
            )
        )
        return row

    def differences(self, show: bool = True) -> NoticeDiffDialog | None:
        if self.desk is None:
            return None
        rows = [v for i in range(self.versions.rowCount()) if (v := self.versions.row_at(i))]
        if len(rows) < 2:
            self.feedback.say(
                translate("OrganisationNoticeTab", "There is only one version to compare.")
            )
            return None
        shown = self.selected_version()
        older = None
        if shown is not None:
            index = rows.index(shown) if shown in rows else 0
            older = rows[index + 1].id if index + 1 < len(rows) else None
            new_id = shown.id if older is not None else None
        else:
            new_id = None
        dialog = NoticeDiffDialog(self.desk, rows, self, old_id=older, new_id=new_id)
        self.diff_dialog = dialog
        if show:
            dialog.exec()
        return dialog
