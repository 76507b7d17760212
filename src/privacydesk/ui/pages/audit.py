"""監査ログ: the log filtered by who, what and when, and the chain's state."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import audit
from privacydesk.services.audit import AuditRow
from privacydesk.services.roles import actions_for
from privacydesk.ui import i18n
from privacydesk.ui.generated.ui_audit_page import Ui_AuditPage
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, RowTableModel
from privacydesk.ui.pages.base import Page

KINDS = [
    ("", QT_TRANSLATE_NOOP("AuditPage", "Everything")),
    ("auth.", QT_TRANSLATE_NOOP("AuditPage", "Sign-in and lock")),
    ("account.", QT_TRANSLATE_NOOP("AuditPage", "Accounts")),
    ("backup.", QT_TRANSLATE_NOOP("AuditPage", "Backups")),
    ("profile.", QT_TRANSLATE_NOOP("AuditPage", "Organisation details")),
    ("settings.", QT_TRANSLATE_NOOP("AuditPage", "Settings")),
    ("audit.", QT_TRANSLATE_NOOP("AuditPage", "Audit log")),
    ("database.", QT_TRANSLATE_NOOP("AuditPage", "Database")),
]

CTX = "AuditPage"


def _action(row: AuditRow) -> str:
    """The action in words where the catalogue has them, else its code."""
    key = "audit_action." + row.action
    label = i18n.text(key)
    return row.action if label == key else label


class AuditPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        self._names: dict[str, str] = {}
        self.model: RowTableModel[AuditRow] = RowTableModel(
            CTX,
            [
                Column(QT_TRANSLATE_NOOP("AuditPage", "No."), lambda r: r.seq),
                Column(
                    QT_TRANSLATE_NOOP("AuditPage", "When (UTC)"),
                    lambda r: r.ts[:19].replace("T", " "),
                ),
                Column(
                    QT_TRANSLATE_NOOP("AuditPage", "Who"),
                    lambda r: self._names.get(r.actor, r.actor),
                ),
                Column(QT_TRANSLATE_NOOP("AuditPage", "What"), _action),
                Column(
                    QT_TRANSLATE_NOOP("AuditPage", "Record"),
                    lambda r: f"{r.record_type} {r.record_id}".strip(),
                ),
                Column(
                    QT_TRANSLATE_NOOP("AuditPage", "Details"),
                    lambda r: r.summary if r.summary != "{}" else "",
                ),
            ],
            self,
        )
        self.ui.entriesView.setModel(self.model)
        self.ui.entriesView.horizontalHeader().setSectionResizeMode(
            5, QHeaderView.ResizeMode.Stretch
        )
        today = QDate.currentDate()
        self.ui.fromDate.setDate(today.addMonths(-1))
        self.ui.toDate.setDate(today)
        self.ui.applyButton.clicked.connect(self.refresh)
        self.ui.checkButton.clicked.connect(self.check_chain)
        self.ui.acknowledgeButton.clicked.connect(self.acknowledge)
        self._fill_combos()

    def _fill_combos(self) -> None:
        current_kind = self.ui.whatCombo.currentIndex()
        self.ui.whatCombo.clear()
        for prefix, label in KINDS:
            self.ui.whatCombo.addItem(translate("AuditPage", label), prefix)
        self.ui.whatCombo.setCurrentIndex(max(current_kind, 0))
        current_who = self.ui.whoCombo.currentData()
        self.ui.whoCombo.clear()
        self.ui.whoCombo.addItem(translate("AuditPage", "Everyone"), "")
        for actor, name in sorted(self._names.items(), key=lambda kv: kv[1]):
            self.ui.whoCombo.addItem(name, actor)
        index = self.ui.whoCombo.findData(current_who)
        self.ui.whoCombo.setCurrentIndex(max(index, 0))

    def set_desk(self, desk: object) -> None:
        super().set_desk(desk)  # type: ignore[arg-type]
        if self.desk is not None:
            allowed = "audit.acknowledge_break" in actions_for(self.desk.context.role)
            self.ui.acknowledgeButton.setVisible(allowed)

    def refresh(self) -> None:
        if self.desk is None:
            return
        self._names = audit.actor_names(self.desk)
        self._fill_combos()
        since = self.ui.fromDate.date().toString("yyyy-MM-dd")
        until = self.ui.toDate.date().addDays(1).toString("yyyy-MM-dd")
        rows = audit.list_entries(
            self.desk,
            actor=self.ui.whoCombo.currentData() or None,
            action_prefix=self.ui.whatCombo.currentData() or None,
            since=since,
            until=until,
            limit=2000,
        )
        self.model.set_rows(rows)
        self.ui.entriesView.resizeColumnsToContents()
        self._show_chain()

    def _show_chain(self) -> None:
        chain = self.desk.chain if self.desk else None
        if chain is None:
            self.ui.chainLabel.setText("")
        elif chain.ok:
            self.ui.chainLabel.setText(
                translate(
                    "AuditPage", "The audit chain was intact at the last check ({count} entries)."
                ).format(count=chain.count)
            )
        else:
            first = chain.breaks[0]
            self.ui.chainLabel.setText(
                i18n.text("check.first_break", seq=first.seq)
                + " "
                + i18n.text("check.break." + first.reason, seq=first.seq)
            )
        self.ui.acknowledgeButton.setEnabled(bool(self.desk and self.desk.read_only))

    def retranslate(self) -> None:
        self._fill_combos()
        self.model.retranslate()
        self._show_chain()

    def check_chain(self) -> None:
        if self.desk is None:
            return
        try:
            audit.check(self.desk)
        except PrivacydeskError as exc:
            self.ui.chainLabel.setText(i18n.error_text(exc))
            return
        self._show_chain()

    def acknowledge(self, confirmed: bool = False) -> None:
        if self.desk is None:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self,
                translate("AuditPage", "Acknowledge the break?"),
                translate(
                    "AuditPage",
                    "The break stays on record and every check will keep reporting "
                    "it. Records become editable again.",
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            audit.acknowledge_break(self.desk)
        except PrivacydeskError as exc:
            self.ui.chainLabel.setText(i18n.error_text(exc))
            return
        self.refresh()
