"""What the internal audits and the self-check share in the window: the words for the services'
codes (from the message catalogue), the flags as text, filling a combo with codes, and the
table of corrective actions (是正措置), whose overdue rows are shown in red. Also the feedback
line every tab of 組織 uses, where a refusal for the user's role reads in plain words."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import suppress
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QWidget

from privacydesk.errors import NotAllowed, PrivacydeskError
from privacydesk.services import dates
from privacydesk.services.internal_audits import ActionRow, Flag
from privacydesk.ui import i18n
from privacydesk.ui.dialogs import request_common
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, Index, RowTableModel

CTX = "CorrectiveActions"
LATE_TEXT = QColor("#b00020")
LATE_BACKGROUND = QColor("#fde7e9")
DONE_TEXT = QColor("#666666")


class Feedback(request_common.Feedback):
    """The message line of a tab or dialog: a refusal for the role names the role in words
    (the catalogue's message would show the service's internal name for the action)."""

    def show(self, exc: PrivacydeskError, fields: Mapping[str, QWidget] | None = None) -> None:
        if isinstance(exc, NotAllowed) and exc.code == "auth.role_not_allowed":
            self.clear()
            role = str(exc.params.get("role", ""))
            self.say(
                translate(
                    "CorrectiveActions", "Your role ({role}) may not do this. Please ask a manager."
                ).format(role=i18n.text(f"role.{role}") if role else ""),
                error=True,
            )
            return
        super().show(exc, fields)


# Message codes by value, written out so the message tests can see every one.
SEVERITY_CODES = {
    "major": "internal_audits.severity.major",
    "minor": "internal_audits.severity.minor",
    "observation": "internal_audits.severity.observation",
}
STATE_CODES = {
    "none": "internal_audits.state.none",
    "planned": "internal_audits.state.planned",
    "done": "internal_audits.state.done",
    "reported": "internal_audits.state.reported",
}
AUDITOR_KIND_CODES = {
    "other_department": "internal_audits.auditor_kind.other_department",
    "outside": "internal_audits.auditor_kind.outside",
    "statutory_auditor": "internal_audits.auditor_kind.statutory_auditor",
}


def _label(codes: dict[str, str], code: str) -> str:
    return i18n.text(codes[code]) if code in codes else code


def severity_text(code: str) -> str:
    return _label(SEVERITY_CODES, code)


def state_text(code: str) -> str:
    return _label(STATE_CODES, code)


def auditor_kind_text(code: str) -> str:
    return _label(AUDITOR_KIND_CODES, code)


def flag_text(flag: Flag) -> str:
    """A flag's reason in the user's language, its date as the office reads dates."""
    params = dict(flag.params)
    when = params.get("date")
    if isinstance(when, str) and when:
        with suppress(ValueError):
            params["date"] = dates.display(date.fromisoformat(when))
    return i18n.text(flag.code, **params)


def flags_line(flags: Sequence[Flag]) -> str:
    separator = "、" if i18n.current() == "ja" else "; "
    return separator.join(flag_text(f) for f in flags)


def flags_html(flags: Sequence[Flag], none: str) -> str:
    if not flags:
        return escape(none)
    lines = "<br>".join(f"⚠ {escape(flag_text(f))}" for f in flags)
    return f"<span style='color:#7a4b00'>{lines}</span>"


def fill(combo: QComboBox, codes: Iterable[str], text: Callable[[str], str]) -> None:
    """(Re)fill a combo with codes in the user's words, keeping the current choice."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for code in codes:
        combo.addItem(text(code), code)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


def iso(d: date | None) -> str:
    return d.isoformat() if d else ""


class ActionTableModel(RowTableModel[ActionRow]):
    """Corrective actions: the action, who, when due, where it comes from (given by the
    caller), and its closing; an overdue action in red, a closed one in grey."""

    def __init__(self, source: Callable[[ActionRow], str], parent: Any = None) -> None:
        super().__init__(
            CTX,
            [
                Column(QT_TRANSLATE_NOOP("CorrectiveActions", "Action"), lambda a: a.action),
                Column(QT_TRANSLATE_NOOP("CorrectiveActions", "Who"), lambda a: a.owner),
                Column(QT_TRANSLATE_NOOP("CorrectiveActions", "Due on"), lambda a: iso(a.due_on)),
                Column(QT_TRANSLATE_NOOP("CorrectiveActions", "From"), source),
                Column(
                    QT_TRANSLATE_NOOP("CorrectiveActions", "Done on"), lambda a: iso(a.closed_on)
                ),
                Column(
                    QT_TRANSLATE_NOOP("CorrectiveActions", "What was done"),
                    lambda a: a.closing_note,
                ),
            ],
            parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            row = self.row_at(index.row()) if index.isValid() else None
            if row is None or index.column() >= self.columnCount():
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.action if index.column() == 0 else None
            if row.overdue:
                late = LATE_TEXT if role == Qt.ItemDataRole.ForegroundRole else LATE_BACKGROUND
                return QBrush(late)
            if row.closed_on is not None and role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(DONE_TEXT)
            return None
        return super().data(index, role)
