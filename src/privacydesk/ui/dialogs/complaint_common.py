"""What the complaint page and dialogs share: the words for the services' codes (Japanese in the
.ts file), a timeline line in words, the names of accounts, and the person search."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit, QTableView

from privacydesk.errors import InvalidInput, PrivacydeskError
from privacydesk.services import accounts, dates, subjects
from privacydesk.services import complaints as cp
from privacydesk.services.complaints import TimelineItem
from privacydesk.services.desk import Desk
from privacydesk.services.roles import actions_for
from privacydesk.services.subjects import SubjectRow
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, RowTableModel

CTX = "ComplaintLabels"

CHANNELS = {
    "phone": QT_TRANSLATE_NOOP("ComplaintLabels", "Phone"),
    "post": QT_TRANSLATE_NOOP("ComplaintLabels", "Post"),
    "fax": QT_TRANSLATE_NOOP("ComplaintLabels", "Fax"),
    "email": QT_TRANSLATE_NOOP("ComplaintLabels", "Email"),
    "visit": QT_TRANSLATE_NOOP("ComplaintLabels", "In person"),
    "other": QT_TRANSLATE_NOOP("ComplaintLabels", "Other"),
}
CATEGORIES = {
    "handling": QT_TRANSLATE_NOOP("ComplaintLabels", "Handling of data"),
    "requests": QT_TRANSLATE_NOOP("ComplaintLabels", "Requests from persons"),
    "staff": QT_TRANSLATE_NOOP("ComplaintLabels", "Staff conduct"),
    "security": QT_TRANSLATE_NOOP("ComplaintLabels", "Security"),
    "other": QT_TRANSLATE_NOOP("ComplaintLabels", "Other"),
}
STATUSES = {
    "received": QT_TRANSLATE_NOOP("ComplaintLabels", "Received"),
    "investigating": QT_TRANSLATE_NOOP("ComplaintLabels", "Investigating"),
    "answered": QT_TRANSLATE_NOOP("ComplaintLabels", "Answered"),
    "closed": QT_TRANSLATE_NOOP("ComplaintLabels", "Closed"),
    "withdrawn": QT_TRANSLATE_NOOP("ComplaintLabels", "Withdrawn"),
}
REPLY_METHODS = {
    "phone": QT_TRANSLATE_NOOP("ComplaintLabels", "Phone"),
    "post": QT_TRANSLATE_NOOP("ComplaintLabels", "Post"),
    "email": QT_TRANSLATE_NOOP("ComplaintLabels", "Email"),
    "visit": QT_TRANSLATE_NOOP("ComplaintLabels", "Face to face"),
    "other": QT_TRANSLATE_NOOP("ComplaintLabels", "Other"),
}
# The fields a timeline change names.
FIELDS = {
    "channel": QT_TRANSLATE_NOOP("ComplaintLabels", "Received by"),
    "category": QT_TRANSLATE_NOOP("ComplaintLabels", "Category"),
    "content": QT_TRANSLATE_NOOP("ComplaintLabels", "What was said"),
    "handler_id": QT_TRANSLATE_NOOP("ComplaintLabels", "Handler"),
    "complainant": QT_TRANSLATE_NOOP("ComplaintLabels", "Complainant"),
    "target_on": QT_TRANSLATE_NOOP("ComplaintLabels", "Target reply date"),
    "status": QT_TRANSLATE_NOOP("ComplaintLabels", "Status"),
    "reply_content": QT_TRANSLATE_NOOP("ComplaintLabels", "Reply given"),
    "reply_on": QT_TRANSLATE_NOOP("ComplaintLabels", "Replied on"),
    "reply_method": QT_TRANSLATE_NOOP("ComplaintLabels", "Replied by"),
    "summary": QT_TRANSLATE_NOOP("ComplaintLabels", "Closing summary"),
    "closed_on": QT_TRANSLATE_NOOP("ComplaintLabels", "Finished on"),
    "link_entry": QT_TRANSLATE_NOOP("ComplaintLabels", "Register entry concerned"),
    "link_request": QT_TRANSLATE_NOOP("ComplaintLabels", "Request concerned"),
    "link_contractor": QT_TRANSLATE_NOOP("ComplaintLabels", "Contractor concerned"),
}
CODED = {
    "channel": CHANNELS,
    "category": CATEGORIES,
    "status": STATUSES,
    "reply_method": REPLY_METHODS,
}
SHORT = 40  # a long text on a timeline line is cut here (the tooltip has it all)


def label(labels: Mapping[str, str], code: str) -> str:
    """The user's words for a code; an unknown code shows as itself."""
    source = labels.get(code)
    return translate("ComplaintLabels", source) if source is not None else code


def fill(combo: QComboBox, labels: Mapping[str, str], codes: Iterable[str] | None = None) -> None:
    """(Re)fill a combo with labelled codes, keeping the current choice."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for code in labels if codes is None else codes:
        combo.addItem(label(labels, code), code)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


def anonymous(name: str) -> str:
    return name or translate("ComplaintLabels", "Anonymous")


def when_text(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


def local_time(t: TimelineItem) -> datetime:
    """When an item happened, on the office's clock: changes are stamped in UTC (like the
    audit log), the receipt is the time the officer typed, an action a day."""
    if t.kind == "change":
        return t.when.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    return t.when


def ordered(items: Iterable[TimelineItem]) -> list[TimelineItem]:
    """The timeline by day, the receipt first on its day, then actions and changes."""
    rank = {"received": 0, "action": 1}
    return sorted(items, key=lambda t: (local_time(t).date(), rank.get(t.kind, 2), local_time(t)))


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= SHORT else line[: SHORT - 1] + "…"


def value_text(field: str, value: str, names: Mapping[int, str], short: bool = True) -> str:
    """A stored value as the user reads it (a code in words, an account by name)."""
    if not value:
        return translate("ComplaintLabels", "(none)")
    if field in CODED:
        return label(CODED[field], value)
    if field == "handler_id":
        return names.get(int(value), f"#{value}") if value.isdigit() else value
    if field.startswith("link_") and value.isdigit():
        # names also holds (kind, id) -> text for the records a complaint may concern
        key = (field.removeprefix("link_"), int(value))
        return names.get(key, f"#{value}")  # type: ignore[call-overload, no-any-return]
    return _short(value) if short else value


def timeline_text(t: TimelineItem, names: Mapping[int, str], short: bool = True) -> str:
    cut = _short if short else (lambda s: s)
    if t.kind == "received":
        return translate("ComplaintLabels", "Received: {text}").format(text=cut(t.text))
    if t.kind == "action":
        return translate("ComplaintLabels", "Action: {text}").format(text=cut(t.text))
    if t.kind == "change":
        return translate("ComplaintLabels", "{field}: {old} → {new}").format(
            field=label(FIELDS, t.field),
            old=value_text(t.field, t.old, names, short),
            new=value_text(t.field, t.new, names, short),
        )
    return cut(t.text)


def timeline_when(t: TimelineItem) -> str:
    if t.kind == "action":
        return t.when.date().isoformat()
    return when_text(local_time(t))


def may(desk: Desk, fn: object) -> bool:
    """Whether the signed-in role may call a service function (the window only mirrors the
    services' own check, which refuses anyway)."""
    return getattr(fn, "action_name", "") in actions_for(desk.context.role)


def account_names(desk: Desk) -> dict[int, str]:
    """Account ids to user names, as far as this role may know them: every account for a
    manager; for others the handlers named on complaints and the user signed in."""
    names = {desk.context.account_id: desk.context.username}
    try:
        if may(desk, accounts.list_users):
            names.update({a.id: a.username for a in accounts.list_users(desk)})
        else:
            for row in cp.list_complaints(desk):
                if row.handler_id is not None and row.handler:
                    names[row.handler_id] = row.handler
    except PrivacydeskError:
        pass
    return names


def handlers(desk: Desk) -> list[tuple[int, str]]:
    """Who may be chosen as a handler: every active account for a role that may list them,
    otherwise the user signed in only."""
    if may(desk, accounts.list_users):
        try:
            return [
                (a.id, f"{a.username}（{a.display_name}）" if a.display_name else a.username)
                for a in accounts.list_users(desk)
                if a.active
            ]
        except PrivacydeskError:
            pass
    return [(desk.context.account_id, desk.context.username)]


def fill_handlers(
    combo: QComboBox, choices: Iterable[tuple[int, str]], current: int | None = None
) -> None:
    """(Re)fill the handler combo: "not decided" (None) first, then the accounts."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(translate("ComplaintLabels", "(not decided)"), None)
    for account_id, text in choices:
        combo.addItem(text, account_id)
    combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
    combo.blockSignals(False)


def labelled_moves(call: Callable[[], object]) -> Callable[[], object]:
    """A refused move names both statuses in words, not as codes."""

    def run() -> object:
        try:
            return call()
        except InvalidInput as exc:
            if exc.code == "complaints.bad_move":
                exc.params = {
                    "from": label(STATUSES, str(exc.params.get("from", ""))),
                    "to": label(STATUSES, str(exc.params.get("to", ""))),
                }
            raise

    return run


class PersonSearch(QObject):
    """Search the register's persons as the user types (Enter searches at once, ↓ goes to the
    results, Enter or a click on a result chooses it)."""

    DELAY_MS = 150
    LIMIT = 50

    def __init__(
        self,
        desk: Desk,
        edit: QLineEdit,
        view: QTableView,
        on_choose: Callable[[SubjectRow], None],
        on_error: Callable[[PrivacydeskError], None],
    ) -> None:
        super().__init__(view)
        self.desk = desk
        self.edit = edit
        self.view = view
        self.on_choose = on_choose
        self.on_error = on_error
        self.chosen_id: int | None = None
        self.model: RowTableModel[SubjectRow] = RowTableModel(
            CTX,
            [
                Column(QT_TRANSLATE_NOOP("ComplaintLabels", "Name"), lambda r: r.legal_name),
                Column(QT_TRANSLATE_NOOP("ComplaintLabels", "Reading"), lambda r: r.reading),
                Column(
                    QT_TRANSLATE_NOOP("ComplaintLabels", "Born"),
                    lambda r: r.birth_date.isoformat() if r.birth_date else "",
                ),
                Column(QT_TRANSLATE_NOOP("ComplaintLabels", "Address"), lambda r: r.address),
                Column(
                    QT_TRANSLATE_NOOP("ComplaintLabels", "Protected"),
                    lambda r: "●" if r.protected else "",
                ),
            ],
            self,
        )
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.choose(cur.row()))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self.search)
        edit.textChanged.connect(lambda _t: self._timer.start())
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the search field searches (it must not press the dialog's default button).
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self.search()
                return True
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.view.setFocus()
                if not self.view.currentIndex().isValid():
                    self.view.selectRow(0)
                return True
        return super().eventFilter(watched, event)

    def search(self) -> None:
        self._timer.stop()
        query = self.edit.text().strip()
        try:
            rows = subjects.search(self.desk, query, limit=self.LIMIT)
        except PrivacydeskError as exc:
            self.on_error(exc)
            rows = []
        self.model.set_rows(rows)
        match = next((i for i, r in enumerate(rows) if r.id == self.chosen_id), None)
        if match is not None:
            self.view.selectRow(match)

    def choose(self, row: int) -> None:
        person = self.model.row_at(row)
        if person is None:
            return
        self.chosen_id = person.id
        self.on_choose(person)

    def retranslate(self) -> None:
        self.model.retranslate()


def iso(d: date | None) -> str:
    return d.isoformat() if d else ""


def status_html(status: str, overdue: bool, target: date | None) -> str:
    text = escape(label(STATUSES, status))
    if target is not None and status in ("received", "investigating"):  # a reply is owed
        text = escape(
            translate("ComplaintLabels", "{status}: reply by {date}").format(
                status=label(STATUSES, status), date=dates.display(target)
            )
        )
    if overdue:
        late = escape(translate("ComplaintLabels", "Past the target date"))
        text += f"　<span style='color:#b00020; font-weight:bold'>{late}</span>"
    return text
