"""One complaint (苦情) from receipt to closing: its details (editable while it is open, each
change kept on the timeline), the timeline of receipt, actions and changes, actions added, and
the status moves the services allow, with the reply and the closing summary they need."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QPushButton, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import complaints as cp
from privacydesk.services import dates
from privacydesk.services.complaints import ComplaintDetail, TimelineItem
from privacydesk.services.desk import Desk
from privacydesk.ui.dialogs import complaint_common as common
from privacydesk.ui.dialogs import request_common
from privacydesk.ui.dialogs.complaint_links import ComplaintLinksDialog
from privacydesk.ui.dialogs.complaint_receive import link_choices
from privacydesk.ui.generated.ui_complaint_dialog import Ui_ComplaintDialog
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, Index, RowTableModel

CTX = "ComplaintDialog"
LINK_KINDS = {
    "entry": QT_TRANSLATE_NOOP("ComplaintDialog", "Register"),
    "request": QT_TRANSLATE_NOOP("ComplaintDialog", "Requests"),
    "contractor": QT_TRANSLATE_NOOP("ComplaintDialog", "Contractors"),
}


class TimelineModel(RowTableModel[TimelineItem]):
    """The timeline: a line per item, the whole text in the tooltip."""

    def __init__(self, names: Mapping[int, str], parent: Any = None) -> None:
        super().__init__(
            CTX,
            [
                Column(QT_TRANSLATE_NOOP("ComplaintDialog", "When"), common.timeline_when),
                Column(
                    QT_TRANSLATE_NOOP("ComplaintDialog", "What"),
                    lambda t: common.timeline_text(t, self.names),
                ),
                Column(
                    QT_TRANSLATE_NOOP("ComplaintDialog", "Who"),
                    lambda t: self.names.get(t.by, "") if t.by is not None else "",
                ),
            ],
            parent,
        )
        self.names = names

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            item = self.row_at(index.row()) if index.isValid() else None
            if item is None or index.column() >= self.columnCount():
                return None
            return common.timeline_text(item, self.names, short=False)
        return super().data(index, role)


class ComplaintDialog(QDialog):
    def __init__(
        self,
        desk: Desk,
        complaint_id: int,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ComplaintDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.complaint_id = complaint_id
        self.today = today
        self.detail: ComplaintDetail | None = None
        self.changed = False  # the page reloads its table when something was recorded
        self._loaded: dict[str, object] = {}
        u = self.ui
        self.names = common.account_names(desk)
        try:
            choices = link_choices(desk)
        except PrivacydeskError:
            choices = {}
        self.link_choices = choices
        self.link_names = {(k, i): text for k, rows in choices.items() for i, text in rows}
        # The timeline names accounts and the records a complaint concerns (its link_* changes
        # hold their ids).
        timeline_names: dict[object, str] = {**self.names, **self.link_names}
        self.timeline = TimelineModel(timeline_names, self)  # type: ignore[arg-type]
        u.timelineView.setModel(self.timeline)
        u.timelineView.verticalHeader().hide()
        header = u.timelineView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.fields: dict[str, QWidget] = {
            "channel": u.channelCombo,
            "category": u.categoryCombo,
            "content": u.contentEdit,
            "handler_id": u.handlerCombo,
            "complainant": u.complainantEdit,
            "target_on": u.targetEdit,
        }
        self.move_fields: dict[str, QWidget] = {
            "reply_content": u.replyContentEdit,
            "reply_on": u.replyOnEdit,
            "reply_method": u.replyMethodCombo,
            "summary": u.summaryEdit,
        }
        self.action_fields: dict[str, QWidget] = {
            "done_on": u.actionDateEdit,
            "text": u.actionTextEdit,
        }
        self.feedback = request_common.Feedback(u.messageLabel, self.fields)
        self.move_buttons: dict[str, QPushButton] = {
            "investigating": u.investigatingButton,
            "answered": u.answeredButton,
            "closed": u.closedButton,
            "withdrawn": u.withdrawnButton,
        }
        for to, button in self.move_buttons.items():
            button.clicked.connect(lambda _=False, status=to: self.move(status))
        u.saveButton.clicked.connect(lambda: self.save())
        u.addActionButton.clicked.connect(lambda: self.add_action())
        u.linksButton.clicked.connect(lambda: self.change_links())
        u.actionTextEdit.returnPressed.connect(lambda: self.add_action())
        u.closeButton.clicked.connect(self.close_dialog)
        day = (today or date.today()).isoformat()
        u.actionDateEdit.setText(day)
        u.replyOnEdit.setText(day)
        self._texts()
        self.refresh(basic=True)

    # -- texts and roles -----------------------------------------------------------------------
    def _texts(self) -> None:
        u = self.ui
        common.fill(u.channelCombo, common.CHANNELS, cp.CHANNELS)
        common.fill(u.categoryCombo, common.CATEGORIES, cp.CATEGORIES)
        common.fill(u.replyMethodCombo, common.REPLY_METHODS, cp.REPLY_METHODS)
        self._fill_handlers()

    def _fill_handlers(self) -> None:
        choices = common.handlers(self.desk)
        current = self.ui.handlerCombo.currentData()
        d = self.detail
        if d is not None and d.row.handler_id is not None:
            if d.row.handler_id not in {i for i, _ in choices}:  # keep someone else's name
                choices.append((d.row.handler_id, d.row.handler))
            if not self.ui.handlerCombo.count():
                current = d.row.handler_id
        common.fill_handlers(self.ui.handlerCombo, choices, current)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._texts()
            self.timeline.retranslate()
            if self.detail is not None:
                self._show(self.detail)
        super().changeEvent(event)

    def may(self, fn: object) -> bool:
        return common.may(self.desk, fn)

    @property
    def is_open(self) -> bool:
        return self.detail is not None and bool(cp.MOVES.get(self.detail.row.status))

    def _gate(self) -> None:
        u = self.ui
        editable = self.may(cp.update) and self.is_open
        for widget in self.fields.values():
            request_common.enable(widget, editable)
        if self.detail is not None and self.detail.subject_id is not None:
            u.complainantEdit.setReadOnly(True)  # the register's name for the person
        u.saveButton.setEnabled(editable)
        u.linksButton.setEnabled(self.may(cp.set_links))
        recording = self.may(cp.add_action) and self.is_open
        for widget in (u.actionDateEdit, u.actionTextEdit, u.addActionButton):
            widget.setEnabled(recording)
        moves = cp.MOVES.get(self.detail.row.status, ()) if self.detail else ()
        may_move = self.may(cp.move)
        for to, button in self.move_buttons.items():
            button.setVisible(to in moves)
            button.setEnabled(may_move)
        u.replyFields.setVisible("answered" in moves)
        u.summaryFields.setVisible("closed" in moves or "withdrawn" in moves)
        for widget in self.move_fields.values():
            request_common.enable(widget, may_move)
        u.noMoveLabel.setVisible(not moves)

    # -- loading -------------------------------------------------------------------------------
    def refresh(self, basic: bool = False) -> None:
        """Reload from services.get; `basic` also puts the saved details back into the form
        (otherwise what the user is typing there stays)."""
        try:
            detail = cp.get(self.desk, self.complaint_id, today=self.today)
        except PrivacydeskError as exc:
            self.feedback.show(exc)
            return
        self.detail = detail
        if basic:
            self._fill_handlers()
            self.set_details(detail)
            self._loaded = self.values()
        self._show(detail)
        self._gate()

    def _show(self, d: ComplaintDetail) -> None:
        u, r = self.ui, d.row
        u.headerLabel.setText(
            f"{r.number}　{common.label(common.CATEGORIES, r.category)}"
            f"　{common.anonymous(r.complainant)}"
        )
        self.setWindowTitle(
            translate("ComplaintDialog", "Complaint {number}").format(number=r.number)
        )
        u.statusLabel.setText(common.status_html(r.status, r.overdue, r.target_on))
        if r.status == "answered":  # a reply may reopen the inquiry
            u.investigatingButton.setText(translate("ComplaintDialog", "Back to investigating"))
        else:
            u.investigatingButton.setText(translate("ComplaintDialog", "Start investigating"))
        u.receivedLabel.setText(common.when_text(r.received_at))
        links = []
        for kind, title in LINK_KINDS.items():
            names = [self.link_names.get((k, i), f"#{i}") for k, i in d.links if k == kind]
            if names:
                links.append(f"{translate('ComplaintDialog', title)}：{'、'.join(names)}")
        u.linksLabel.setText("\n".join(links) or translate("ComplaintDialog", "(nothing linked)"))
        self.timeline.set_rows(common.ordered(d.timeline))
        u.timelineView.scrollToBottom()
        u.replyLabel.setText(reply_html(d))

    def set_details(self, d: ComplaintDetail) -> None:
        u = self.ui
        request_common.select(u.channelCombo, d.row.channel)
        request_common.select(u.categoryCombo, d.row.category)
        u.contentEdit.setPlainText(d.content)
        u.complainantEdit.setText(d.row.complainant)
        request_common.select(u.handlerCombo, d.row.handler_id)
        u.targetEdit.setText(d.row.target_on.isoformat())

    def values(self) -> dict[str, object]:
        u = self.ui
        return {
            "channel": u.channelCombo.currentData(),
            "category": u.categoryCombo.currentData(),
            "content": u.contentEdit.toPlainText(),
            "handler_id": u.handlerCombo.currentData(),
            "complainant": u.complainantEdit.text(),
            "target_on": u.targetEdit.text(),
        }

    def has_changes(self) -> bool:
        return self.values() != self._loaded

    # -- actions -------------------------------------------------------------------------------
    def act(
        self,
        call: Callable[[], object],
        done: str,
        fields: Mapping[str, QWidget],
        basic: bool = False,
    ) -> bool:
        """Run one service call for a button; reload the complaint when it succeeded (on a
        refusal the typed values stay, so the user can correct them)."""
        ok, _ = self.feedback.run(call, fields=fields)
        if ok:
            self.changed = True
            self.refresh(basic=basic)
            self.feedback.say(done)
        return ok

    def save(self) -> bool:
        """The details: only what changed is sent, so the timeline names each real change."""
        current = self.values()
        values = {k: v for k, v in current.items() if v != self._loaded.get(k)}
        if not values:
            self.feedback.say(translate("ComplaintDialog", "Nothing has changed."))
            return True
        cid = self.complaint_id
        return self.act(
            lambda: cp.update(self.desk, cid, values),
            translate("ComplaintDialog", "Saved."),
            self.fields,
            basic=True,
        )

    def change_links(self, dialog: ComplaintLinksDialog | None = None) -> bool:
        """Tick what the complaint concerns (a tick missed at receipt); tests pass a dialog
        already filled in, which is then not shown."""
        if self.detail is None:
            return False
        if dialog is None:
            dialog = ComplaintLinksDialog(self.link_choices, self.detail.links, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        cid = self.complaint_id
        ticked = {kind: dialog.ticked(kind) for kind in ("entry", "request", "contractor")}
        return self.act(
            lambda: cp.set_links(
                self.desk, cid, ticked["entry"], ticked["request"], ticked["contractor"]
            ),
            translate("ComplaintDialog", "What the complaint concerns was changed."),
            {},
        )

    def add_action(self) -> bool:
        u = self.ui
        on, text = u.actionDateEdit.text(), u.actionTextEdit.text()
        ok = self.act(
            lambda: cp.add_action(self.desk, self.complaint_id, on, text, today=self.today),
            translate("ComplaintDialog", "The action was added to the timeline."),
            self.action_fields,
        )
        if ok:
            u.actionTextEdit.clear()
        return ok

    def move(self, to: str) -> bool:
        """A status move with what it needs: the reply for 回答済, the summary for 完了 and
        取下げ. A move the services do not allow is refused in words."""
        if self.has_changes() and self.ui.saveButton.isEnabled() and not self.save():
            return False
        u = self.ui
        reply = u.replyContentEdit.toPlainText() if to == "answered" else ""
        reply_on = u.replyOnEdit.text() if to == "answered" else None
        method = (u.replyMethodCombo.currentData() or "") if to == "answered" else ""
        summary = u.summaryEdit.toPlainText() if to in ("closed", "withdrawn") else ""
        cid = self.complaint_id
        ok = self.act(
            common.labelled_moves(
                lambda: cp.move(
                    self.desk,
                    cid,
                    to,
                    reply_content=reply,
                    reply_on=reply_on,
                    reply_method=method,
                    summary=summary,
                    today=self.today,
                )
            ),
            translate("ComplaintDialog", "The status is now: {status}").format(
                status=common.label(common.STATUSES, to)
            ),
            self.move_fields,
            basic=True,
        )
        if ok:
            u.replyContentEdit.clear()
            u.summaryEdit.clear()
        return ok

    def _may_leave(self) -> bool:
        """Unsaved details are only dropped when the user says so."""
        if not (self.has_changes() and self.ui.saveButton.isEnabled()):
            return True
        answer = QMessageBox.question(
            self,
            translate("ComplaintDialog", "Discard the changes?"),
            translate("ComplaintDialog", "What you typed in the details is not saved."),
        )
        return answer == QMessageBox.StandardButton.Yes

    def close_dialog(self) -> None:
        if self._may_leave():
            self.accept()

    def reject(self) -> None:
        if self._may_leave():
            super().reject()


def reply_html(d: ComplaintDetail) -> str:
    """The reply and the closing as recorded; every value escaped."""
    rows = []

    def row(title: str, value: str) -> None:
        text = escape(value).replace("\n", "<br>")
        rows.append(f"<tr><th align='left' valign='top'>{escape(title)}</th><td>{text}</td></tr>")

    if d.reply_on is not None or d.reply_content:
        row(translate("ComplaintDialog", "Replied on"), dates.display(d.reply_on))
        row(
            translate("ComplaintDialog", "Replied by"),
            common.label(common.REPLY_METHODS, d.reply_method) if d.reply_method else "",
        )
        row(translate("ComplaintDialog", "Reply given"), d.reply_content)
    if d.row.closed_on is not None:
        row(translate("ComplaintDialog", "Finished on"), dates.display(d.row.closed_on))
    if d.summary:
        row(translate("ComplaintDialog", "Closing summary"), d.summary)
    return f"<table cellspacing='4'>{''.join(rows)}</table>" if rows else ""
