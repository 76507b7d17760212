"""台帳: the register as a table sorted and filtered in SQL, a detail panel, and the edit form."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QTimer
from PySide6.QtWidgets import QDialog, QHeaderView, QInputDialog, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import dates, register
from privacydesk.services.register import BASIS_LABELS, EntryDetail, EntryFilter, EntryRow
from privacydesk.services.roles import actions_for
from privacydesk.ui import i18n
from privacydesk.ui.dialogs.entry import EntryDialog
from privacydesk.ui.generated.ui_register_page import Ui_RegisterPage
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column
from privacydesk.ui.paged_model import PagedTableModel
from privacydesk.ui.pages.base import Page

CTX = "RegisterPage"
FILTERS = [
    ("active", QT_TRANSLATE_NOOP("RegisterPage", "Entries in use")),
    ("all", QT_TRANSLATE_NOOP("RegisterPage", "All entries, retired too")),
    ("sensitive", QT_TRANSLATE_NOOP("RegisterPage", "With sensitive data")),
    ("abroad", QT_TRANSLATE_NOOP("RegisterPage", "Transferred or stored abroad")),
]


FLAG_SHORT = {
    "entry.sensitive_without_basis": "entry.sensitive_without_basis.short",
    "entry.not_reviewed": "entry.not_reviewed.short",
    "entry.abroad_without_info": "entry.abroad_without_info.short",
    "entry.tracking_without_opt_out": "entry.tracking_without_opt_out.short",
    "entry.no_purpose": "entry.no_purpose.short",
}


def _flags(row: EntryRow) -> str:
    return "、".join(i18n.text(FLAG_SHORT.get(code, code)) for code in row.flags)


def _yes(value: bool) -> str:
    return "●" if value else ""


class RegisterPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RegisterPage()
        self.ui.setupUi(self)
        self.model: PagedTableModel[EntryRow] = PagedTableModel(
            CTX,
            [
                Column(QT_TRANSLATE_NOOP("RegisterPage", "Name"), lambda r: r.name),
                Column(QT_TRANSLATE_NOOP("RegisterPage", "Department"), lambda r: r.department),
                Column(QT_TRANSLATE_NOOP("RegisterPage", "Sensitive"), lambda r: _yes(r.sensitive)),
                Column(QT_TRANSLATE_NOOP("RegisterPage", "Abroad"), lambda r: _yes(r.abroad)),
                Column(
                    QT_TRANSLATE_NOOP("RegisterPage", "Persons"),
                    lambda r: r.estimated_persons or "",
                ),
                Column(
                    QT_TRANSLATE_NOOP("RegisterPage", "Last review"),
                    lambda r: r.last_reviewed_at.date().isoformat() if r.last_reviewed_at else "",
                ),
                Column(QT_TRANSLATE_NOOP("RegisterPage", "Needs attention"), _flags),
            ],
            ["name", "department", None, None, "estimated_persons", "last_reviewed_at", None],
            self,
        )
        self.ui.entriesView.setModel(self.model)
        self.ui.entriesView.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.ui.entriesView.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.show_detail(cur)
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        self.ui.searchEdit.textChanged.connect(lambda _t: self._timer.start())
        self.ui.filterCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.ui.newButton.clicked.connect(lambda: self.edit(None))
        self.ui.editButton.clicked.connect(lambda: self.edit(self.selected_id()))
        self.ui.entriesView.doubleClicked.connect(lambda _i: self.edit(self.selected_id()))
        self.ui.retireButton.clicked.connect(self.retire)
        self.ui.reviewButton.clicked.connect(lambda: self.review())
        self.ui.signOffButton.clicked.connect(self.sign_off)
        self._fill_filters()

    def _fill_filters(self) -> None:
        current = max(self.ui.filterCombo.currentIndex(), 0)
        self.ui.filterCombo.blockSignals(True)
        self.ui.filterCombo.clear()
        for key, label in FILTERS:
            self.ui.filterCombo.addItem(translate("RegisterPage", label), key)
        self.ui.filterCombo.setCurrentIndex(current)
        self.ui.filterCombo.blockSignals(False)

    def _filter(self) -> EntryFilter:
        key = self.ui.filterCombo.currentData()
        query = self.ui.searchEdit.text().strip()
        if key == "all":
            return EntryFilter(active=None, query=query)
        if key == "sensitive":
            return EntryFilter(sensitive=True, query=query)
        if key == "abroad":
            return EntryFilter(abroad=True, query=query)
        return EntryFilter(query=query)

    def set_desk(self, desk: object) -> None:
        super().set_desk(desk)  # type: ignore[arg-type]
        if self.desk is not None:
            allowed = actions_for(self.desk.context.role)
            for button, action in (
                (self.ui.newButton, "register.create_entry"),
                (self.ui.editButton, "register.update_entry"),
                (self.ui.retireButton, "register.retire_entry"),
                (self.ui.reviewButton, "register.record_review"),
                (self.ui.signOffButton, "register.sign_off_review"),
            ):
                button.setVisible(action in allowed)

    def refresh(self) -> None:
        if self.desk is None:
            return
        desk, filters = self.desk, self._filter()

        def fetch(offset: int, limit: int, sort: str, ascending: bool) -> list[EntryRow]:
            return register.list_entries(
                desk, filters, sort=sort, descending=not ascending, limit=limit, offset=offset
            ).rows

        self.model.set_query(fetch)
        if self.model.rowCount():
            self.ui.entriesView.selectRow(0)
        else:
            self.ui.detailView.clear()

    def retranslate(self) -> None:
        self._fill_filters()
        self.model.retranslate()

    def selected_id(self) -> int | None:
        row = self.model.row_at(self.ui.entriesView.currentIndex().row())
        return row.id if row else None

    def show_detail(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is None or self.desk is None:
            self.ui.detailView.clear()
            return
        self.ui.detailView.setHtml(detail_html(register.get_entry(self.desk, row.id)))

    def edit(self, entry_id: int | None, dialog: EntryDialog | None = None) -> None:
        if self.desk is None:
            return
        try:
            dialog = dialog or EntryDialog(self.desk, entry_id, self)
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ui.messageLabel.setText(translate("RegisterPage", "Saved."))
            self.refresh()

    def _run(self, call: object) -> bool:
        try:
            call()  # type: ignore[operator]
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return False
        self.refresh()
        return True

    def retire(self) -> None:
        entry_id, desk = self.selected_id(), self.desk
        if (
            entry_id is not None
            and desk is not None
            and self._run(lambda: register.retire_entry(desk, entry_id))
        ):
            self.ui.messageLabel.setText(translate("RegisterPage", "The entry was retired."))

    def review(self, changes: str | None = None) -> None:
        entry_id, desk = self.selected_id(), self.desk
        if entry_id is None or desk is None:
            return
        if changes is None:
            changes, ok = QInputDialog.getMultiLineText(
                self,
                translate("RegisterPage", "Yearly review"),
                translate("RegisterPage", "What did you check, and what changed?"),
            )
            if not ok:
                return
        if self._run(lambda: register.record_review(desk, entry_id, changes or "")):
            self.ui.messageLabel.setText(
                translate("RegisterPage", "Review recorded; a manager signs it off.")
            )

    def sign_off(self) -> None:
        entry_id, desk = self.selected_id(), self.desk
        if entry_id is None or desk is None:
            return
        waiting = [r for r in register.reviews_awaiting_sign_off(desk) if r.entry_id == entry_id]
        if not waiting:
            self.ui.messageLabel.setText(
                translate("RegisterPage", "No review of this entry awaits sign-off.")
            )
            return
        if self._run(lambda: register.sign_off_review(desk, waiting[-1].id)):
            self.ui.messageLabel.setText(translate("RegisterPage", "The review was signed off."))


def detail_html(d: EntryDetail) -> str:
    """The entry as the officer reads it; every value escaped (names may hold < or &)."""
    t = i18n.text
    e = d.data
    h = {
        "attention": translate("RegisterPage", "Needs attention"),
        "department": translate("RegisterPage", "Department"),
        "responsible": translate("RegisterPage", "Responsible"),
        "whose": translate("RegisterPage", "Whose data"),
        "items": translate("RegisterPage", "Items"),
        "where": translate("RegisterPage", "Kept where"),
        "retention": translate("RegisterPage", "Retention"),
        "disposal": translate("RegisterPage", "Disposal"),
        "abroad": translate("RegisterPage", "Abroad"),
        "purposes": translate("RegisterPage", "Purposes of use"),
        "provisions": translate("RegisterPage", "Provision to third parties"),
        "reviews": translate("RegisterPage", "Reviews"),
        "history": translate("RegisterPage", "History"),
    }
    h = {k: escape(v) for k, v in h.items()}

    def row(label: str, value: object) -> str:
        return f"<tr><th align='left'>{label}</th><td>{escape(str(value))}</td></tr>"

    def section(title: str, items: str) -> str:
        return f"<h4>{title}</h4><ul>{items}</ul>"

    flags = "".join(f"<li>{escape(t(f.code, **f.params))}</li>" for f in d.flags)
    items = "、".join(("＊" if i.sensitive else "") + i.name for i in d.items)
    purposes = "".join(f"<li>{escape(p.code)} {escape(p.text)}</li>" for p in d.purposes)
    provisions = "".join(
        f"<li>{escape(p.recipient)}（{escape(t(BASIS_LABELS[p.basis]))}）{escape(p.items)}</li>"
        for p in d.provisions
    )
    reviews = "".join(
        f"<li>{escape(dates.display(r.reviewed_at.date()))} "
        f"{escape(r.changes)}{' ✔' if r.signed_off_at else ''}</li>"
        for r in d.reviews
    )
    history = "".join(
        f"<li>{escape(c.changed_at.strftime('%Y-%m-%d %H:%M'))} {escape(c.field)}: "
        f"{escape(c.old)} → {escape(c.new)}</li>"
        for c in d.history[-20:]
    )
    attention = f"<p style='color:#b00020'><b>{h['attention']}</b></p><ul>{flags}</ul>"
    return (
        f"<h3>{escape(e.name)}</h3>"
        + (attention if flags else "")
        + "<table>"
        + row(h["department"], e.department)
        + row(h["responsible"], e.responsible)
        + row(h["whose"], e.subject_category)
        + row(h["items"], items)
        + row(h["where"], e.storage_location)
        + row(h["retention"], e.retention_text)
        + row(h["disposal"], e.disposal_method)
        + row(h["abroad"], e.transfer_country if e.transfer_abroad else "—")
        + "</table>"
        + section(h["purposes"], purposes)
        + section(h["provisions"], provisions)
        + section(h["reviews"], reviews)
        + section(h["history"], history)
    )
