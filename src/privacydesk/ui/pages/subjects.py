"""本人・同意: find a person as you type (search in SQL, fetched in pages), their details,
register entries, consents and history; the sensitive section only on request, audited."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QTimer
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import consent, dates, provisions, retention, subjects
from privacydesk.services.consent import ConsentRow
from privacydesk.services.provisions import ProvisionRow
from privacydesk.services.roles import actions_for
from privacydesk.services.subjects import SENSITIVE_KINDS, PageFilter, SubjectDetail, SubjectRow
from privacydesk.ui import i18n
from privacydesk.ui.dialogs.consent import ConsentDialog, ask_withdrawal
from privacydesk.ui.dialogs.importing import ImportDialog
from privacydesk.ui.dialogs.subject import SubjectDialog
from privacydesk.ui.generated.ui_subjects_page import Ui_SubjectsPage
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, RowTableModel
from privacydesk.ui.paged_model import PAGE, PagedTableModel
from privacydesk.ui.pages.base import Page

CTX = "SubjectsPage"
STATUS = {
    "active": QT_TRANSLATE_NOOP("SubjectsPage", "in force"),
    "withdrawn": QT_TRANSLATE_NOOP("SubjectsPage", "withdrawn"),
    "renewal_needed": QT_TRANSLATE_NOOP("SubjectsPage", "needs renewal (要再同意)"),
}
SEARCH_DELAY_MS = 120  # one query per pause in typing, not one per key
COUNT_CAP = 1000
COUNT_DELAY_MS = 700


def _consent_what(row: ConsentRow) -> str:
    what = row.purpose_text or row.recipient or row.scope
    return f"{what}（{row.country}）" if row.country else what


class SubjectsPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SubjectsPage()
        self.ui.setupUi(self)
        self.model: PagedTableModel[SubjectRow] = PagedTableModel(
            CTX,
            [
                Column(QT_TRANSLATE_NOOP("SubjectsPage", "Name"), lambda r: r.legal_name),
                Column(QT_TRANSLATE_NOOP("SubjectsPage", "Reading"), lambda r: r.reading),
                Column(
                    QT_TRANSLATE_NOOP("SubjectsPage", "Born"),
                    lambda r: r.birth_date.isoformat() if r.birth_date else "",
                ),
                Column(QT_TRANSLATE_NOOP("SubjectsPage", "Member no."), lambda r: r.member_number),
                Column(QT_TRANSLATE_NOOP("SubjectsPage", "Address"), lambda r: r.address),
                Column(
                    QT_TRANSLATE_NOOP("SubjectsPage", "Protected"),
                    lambda r: "●" if r.protected else "",
                ),
            ],
            ["reading", "legal_name", "birth_date", "member_number", None, None],
            self,
        )
        self.ui.subjectsView.setModel(self.model)
        self.ui.subjectsView.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.Stretch
        )
        self.consents: RowTableModel[ConsentRow] = RowTableModel(
            CTX,
            [
                Column(QT_TRANSLATE_NOOP("SubjectsPage", "Consented to"), _consent_what),
                Column(
                    QT_TRANSLATE_NOOP("SubjectsPage", "Given"), lambda r: r.given_on.isoformat()
                ),
                Column(
                    QT_TRANSLATE_NOOP("SubjectsPage", "Status"),
                    lambda r: translate("SubjectsPage", STATUS.get(r.status, r.status)),
                ),
            ],
            self,
        )
        self.ui.consentsView.setModel(self.consents)
        self.ui.consentsView.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.ui.subjectsView.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.show_detail(cur)
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._count_query = ""
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self.update_count)
        self.ui.searchEdit.textChanged.connect(lambda _t: self._timer.start())
        self.ui.searchEdit.returnPressed.connect(self.refresh)
        self.ui.newButton.clicked.connect(lambda: self.edit(None))
        self.ui.editButton.clicked.connect(lambda: self.edit(self.selected_id()))
        self.ui.subjectsView.doubleClicked.connect(lambda _i: self.edit(self.selected_id()))
        self.ui.consentButton.clicked.connect(lambda: self.add_consent())
        self.ui.withdrawButton.clicked.connect(lambda: self.withdraw())
        self.ui.sensitiveButton.clicked.connect(self.show_sensitive)
        self.ui.importButton.clicked.connect(lambda: self.import_file())
        self._detail: SubjectDetail | None = None
        self._records: list[ProvisionRow] = []
        self.ui.retentionButton.clicked.connect(lambda: self.dispose_past())

    def set_desk(self, desk: object) -> None:
        super().set_desk(desk)  # type: ignore[arg-type]
        if self.desk is not None:
            allowed = actions_for(self.desk.context.role)
            for button, action in (
                (self.ui.newButton, "subjects.create_subject"),
                (self.ui.editButton, "subjects.update_subject"),
                (self.ui.consentButton, "consent.record_consent"),
                (self.ui.withdrawButton, "consent.withdraw_consent"),
                (self.ui.sensitiveButton, "subjects.view_sensitive"),
            ):
                button.setVisible(action in allowed)

    def refresh(self) -> None:
        if self.desk is None:
            return
        desk = self.desk
        filters = PageFilter(query=self.ui.searchEdit.text())

        def fetch(offset: int, limit: int, sort: str, ascending: bool) -> list[SubjectRow]:
            return subjects.list_page(desk, sort, ascending, filters, limit, offset)

        self.model.set_query(fetch)
        # A first page that is not full is the whole answer. Otherwise the exact count (a
        # second scan of the table) waits until typing pauses, so a keystroke costs one scan.
        self._count_query = filters.query
        if self.model.canFetchMore(QModelIndex()):
            self.ui.countLabel.setText(
                translate("SubjectsPage", "{n} persons").format(n=f"{PAGE}+")
            )
            self._count_timer.start()
        else:
            self._count_timer.stop()
            self.ui.countLabel.setText(
                translate("SubjectsPage", "{n} persons").format(n=f"{self.model.rowCount():,}")
            )
        # The detail follows the user's choice of row; typing alone does not load one.
        self._detail = None
        self.ui.detailView.clear()
        self.consents.set_rows([])

    def update_count(self) -> None:
        """The number of matches, capped: a one-letter query need not count all 100,000."""
        if self.desk is None:
            return
        total = subjects.count(self.desk, self._count_query, cap=COUNT_CAP)
        text = f"{COUNT_CAP:,}+" if total >= COUNT_CAP else f"{total:,}"
        self.ui.countLabel.setText(translate("SubjectsPage", "{n} persons").format(n=text))

    def retranslate(self) -> None:
        self.model.retranslate()
        self.consents.retranslate()
        if self._detail is not None:
            self.ui.detailView.setHtml(detail_html(self._detail, self._records))

    def selected_id(self) -> int | None:
        row = self.model.row_at(self.ui.subjectsView.currentIndex().row())
        return row.id if row else None

    def show_detail(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is None or self.desk is None:
            return
        self._detail = subjects.get_subject(self.desk, row.id)
        self._records = provisions.records_of_subject(self.desk, row.id)
        self.ui.detailView.setHtml(detail_html(self._detail, self._records))
        self.consents.set_rows(consent.consents_of(self.desk, row.id))

    def edit(self, subject_id: int | None, dialog: SubjectDialog | None = None) -> None:
        if self.desk is None:
            return
        dialog = dialog or SubjectDialog(self.desk, subject_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ui.messageLabel.setText(translate("SubjectsPage", "Saved."))
            self.refresh()

    def add_consent(self, dialog: ConsentDialog | None = None) -> None:
        subject_id = self.selected_id()
        if subject_id is None or self.desk is None:
            return
        dialog = dialog or ConsentDialog(self.desk, subject_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.consents.set_rows(consent.consents_of(self.desk, subject_id))
            self.ui.messageLabel.setText(translate("SubjectsPage", "The consent was recorded."))

    def withdraw(self, withdrawal: object = None) -> None:
        rows = self.ui.consentsView.selectionModel().selectedRows()
        row = self.consents.row_at(rows[0].row()) if rows else None
        if row is None or self.desk is None:
            self.ui.messageLabel.setText(translate("SubjectsPage", "Choose a consent first."))
            return
        withdrawal = withdrawal or ask_withdrawal(self)
        if withdrawal is None:
            return
        try:
            consent.withdraw_consent(self.desk, row.id, withdrawal)  # type: ignore[arg-type]
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return
        self.consents.set_rows(consent.consents_of(self.desk, row.subject_id))
        self.ui.messageLabel.setText(translate("SubjectsPage", "The withdrawal was recorded."))

    def import_file(self, dialog: ImportDialog | None = None) -> None:
        """Persons or consents from the office's Excel: the mapping dialog, then a refresh."""
        if self.desk is None:
            return
        dialog = dialog or ImportDialog(self.desk, "subjects", self)
        dialog.exec()
        self.refresh()

    def dispose_past(self, confirmed: bool = False, method: str = "delete") -> None:
        """Persons past their retention: count them, ask, then dispose (managers only)."""
        if self.desk is None:
            return
        past = retention.past_retention(self.desk)
        ids = [d.subject_id for d in past.subjects]
        held = len(past.held_subjects)
        if not ids:
            self.ui.messageLabel.setText(
                translate("SubjectsPage", "No one is past retention ({held} held).").format(
                    held=held
                )
            )
            return
        if not confirmed:
            answer = QMessageBox.question(
                self,
                translate("SubjectsPage", "Dispose of them?"),
                translate(
                    "SubjectsPage",
                    "{n} persons are past the retention of every register "
                    "entry holding them ({held} more are held). Delete them and their "
                    "consents? Backups still hold them until they age out.",
                ).format(n=len(ids), held=held),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            result = retention.dispose(self.desk, ids, [], method, confirmed=True)
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return
        self.ui.messageLabel.setText(
            translate(
                "SubjectsPage",
                "{n} persons disposed of. Backups still hold them until they age out.",
            ).format(n=result.subjects)
        )
        self.refresh()

    def show_sensitive(self) -> None:
        subject_id = self.selected_id()
        if subject_id is None or self.desk is None or self._detail is None:
            return
        try:
            items = subjects.view_sensitive(self.desk, subject_id)  # audited
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return
        lines = "".join(
            f"<li>{escape(i18n.text(SENSITIVE_KINDS[i.kind]))} {escape(i.note)}"
            f"{'' if i.has_basis else ' ⚠'}</li>"
            for i in items
        )
        title = escape(translate("SubjectsPage", "Sensitive information (viewing is recorded)"))
        empty = escape(translate("SubjectsPage", "None recorded."))
        self.ui.detailView.setHtml(
            detail_html(self._detail, self._records) + f"<h4>{title}</h4><ul>{lines or empty}</ul>"
        )


def detail_html(d: SubjectDetail, records: list[ProvisionRow] | None = None) -> str:
    """A person as the officer reads them; every value escaped (names may hold < or &)."""
    p = d.data
    h = {
        "protected": translate("SubjectsPage", "Whereabouts protected (所在秘匿)"),
        "reading": translate("SubjectsPage", "Reading"),
        "alias": translate("SubjectsPage", "Alias"),
        "born": translate("SubjectsPage", "Born"),
        "address": translate("SubjectsPage", "Address"),
        "phone": translate("SubjectsPage", "Phone"),
        "email": translate("SubjectsPage", "Email"),
        "member": translate("SubjectsPage", "Member no."),
        "representative": translate("SubjectsPage", "Representative"),
        "entries": translate("SubjectsPage", "Register entries"),
        "history": translate("SubjectsPage", "History"),
        "records": translate("SubjectsPage", "Records of provision and receipt"),
    }
    h = {k: escape(v) for k, v in h.items()}

    def row(label: str, value: object) -> str:
        return f"<tr><th align='left'>{label}</th><td>{escape(str(value))}</td></tr>"

    entries = "".join(f"<li>{escape(e.name)}</li>" for e in d.entries)
    history = "".join(
        f"<li>{escape(c.changed_at.strftime('%Y-%m-%d %H:%M'))} {escape(c.field)}</li>"
        for c in d.history[-10:]
    )
    protected = f"<p style='color:#7a0010'><b>{h['protected']}</b></p>" if p.protected else ""
    arrow = {"provided": "→", "received": "←"}
    provided = "".join(
        f"<li>{escape(r.provided_on.isoformat())} {arrow.get(r.direction, '')} "
        f"{escape(r.counterparty)}（{escape(r.items)}）</li>"
        for r in records or []
    )
    return (
        f"<h3>{escape(p.legal_name)}</h3>{protected}<table>"
        + row(h["reading"], p.reading)
        + row(h["alias"], p.alias)
        + row(h["born"], dates.display(p.birth_date))
        + row(h["address"], f"{p.postal_code} {p.address} {p.country}".strip())
        + row(h["phone"], p.phone)
        + row(h["email"], p.email)
        + row(h["member"], p.member_number)
        + row(h["representative"], p.representative_name)
        + "</table>"
        + f"<h4>{h['entries']}</h4><ul>{entries}</ul>"
        + f"<h4>{h['records']}</h4><ul>{provided}</ul>"
        + f"<h4>{h['history']}</h4><ul>{history}</ul>"
    )
