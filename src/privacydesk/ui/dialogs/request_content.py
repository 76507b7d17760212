"""The request dialog's 開示内容 and 決定 tabs: what each register entry discloses (an imported
extract, an enclosure, items withheld with their ground) and the decision on each type."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHeaderView

from privacydesk.errors import PrivacydeskError
from privacydesk.services import dates
from privacydesk.services import requests as rq
from privacydesk.services.requests import Decision, EntryCover, RequestView, TypeRow
from privacydesk.ui.dialogs import request_common as common
from privacydesk.ui.dialogs.request_entries import RequestEntriesDialog
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, RowTableModel

if TYPE_CHECKING:
    from privacydesk.ui.dialogs.request import RequestDialog


def _extract(c: EntryCover) -> str:
    if not c.extract_columns:
        return ""
    return translate("RequestDialog", "{name} ({rows} rows)").format(
        name=c.extract_name, rows=len(c.extract_rows)
    )


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


class ContentTab(QObject):
    """Drives the content and decision tabs of a RequestDialog (its `ui`)."""

    def __init__(self, dialog: RequestDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        u = self.ui = dialog.ui
        self.entries: RowTableModel[EntryCover] = RowTableModel(
            "RequestDialog",
            [
                Column(
                    QT_TRANSLATE_NOOP("RequestDialog", "Register entry"), lambda c: c.entry_name
                ),
                Column(QT_TRANSLATE_NOOP("RequestDialog", "Data imported"), _extract),
                Column(
                    QT_TRANSLATE_NOOP("RequestDialog", "Enclosure"),
                    lambda c: _first_line(c.enclosure),
                ),
                Column(
                    QT_TRANSLATE_NOOP("RequestDialog", "Withheld"),
                    lambda c: len(c.withheld) or "",
                ),
            ],
            self,
        )
        u.entriesView.setModel(self.entries)
        u.entriesView.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        u.entriesView.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._show_entry(cur.row())
        )
        self.withheld: RowTableModel[tuple[str, str]] = RowTableModel(
            "RequestDialog",
            [
                Column(QT_TRANSLATE_NOOP("RequestDialog", "Item withheld"), lambda w: w[0]),
                Column(
                    QT_TRANSLATE_NOOP("RequestDialog", "Ground"),
                    lambda w: common.label(common.GROUNDS, w[1]),
                ),
            ],
            self,
        )
        u.withheldView.setModel(self.withheld)
        u.withheldView.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.types: RowTableModel[TypeRow] = RowTableModel(
            "RequestDialog",
            [
                Column(
                    QT_TRANSLATE_NOOP("RequestDialog", "Type"),
                    lambda t: common.label(common.TYPES, t.type),
                ),
                Column(
                    QT_TRANSLATE_NOOP("RequestDialog", "Method asked"),
                    lambda t: (
                        common.label(common.METHODS, t.method_asked) if t.method_asked else ""
                    ),
                ),
                Column(
                    QT_TRANSLATE_NOOP("RequestDialog", "Decision"),
                    lambda t: common.label(common.DECISIONS, t.decision) if t.decision else "",
                ),
                Column(
                    QT_TRANSLATE_NOOP("RequestDialog", "Decided on"),
                    lambda t: dates.display(t.decided_on),
                ),
                Column(QT_TRANSLATE_NOOP("RequestDialog", "What exactly"), lambda t: t.detail),
            ],
            self,
        )
        u.typesView.setModel(self.types)
        u.typesView.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        u.typesView.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._show_type(cur.row())
        )
        self.grounds: dict[str, QCheckBox] = {}
        for i, code in enumerate(rq.GROUNDS):
            box = QCheckBox(u.groundsBox)
            u.groundsGrid.addWidget(box, i // 2, i % 2)
            self.grounds[code] = box
        u.importButton.clicked.connect(lambda: self.import_extract())
        u.entriesButton.clicked.connect(lambda: self.change_entries())
        u.saveEnclosureButton.clicked.connect(self.save_enclosure)
        u.addWithheldButton.clicked.connect(self.add_withheld)
        u.removeWithheldButton.clicked.connect(self.remove_withheld)
        u.decideButton.clicked.connect(self.decide)
        u.clearDecisionButton.clicked.connect(self.clear_decision)
        self._entry_id: int | None = None
        self._type: str | None = None

    def texts(self) -> None:
        u = self.ui
        common.fill(u.withheldGroundCombo, common.GROUNDS, rq.STATUTORY_GROUNDS)
        common.fill(u.methodUsedCombo, common.METHODS_USED)
        for code, box in self.grounds.items():
            box.setText(common.label(common.GROUNDS, code))
        for model in (self.entries, self.withheld, self.types):
            model.retranslate()
        if self._type is not None:
            self._fill_decisions(self._type)

    def gate(self) -> None:
        u, may = self.ui, self.dialog.may
        for widget, fn in (
            (u.importButton, rq.import_extract),
            (u.entriesButton, rq.set_entries),
            (u.saveEnclosureButton, rq.set_enclosure),
            (u.enclosureEdit, rq.set_enclosure),
            (u.addWithheldButton, rq.set_withheld),
            (u.removeWithheldButton, rq.set_withheld),
            (u.withheldItemEdit, rq.set_withheld),
            (u.withheldGroundCombo, rq.set_withheld),
            (u.decisionBox, rq.decide),
        ):
            common.enable(widget, may(fn))
        u.clearDecisionButton.setEnabled(may(rq.clear_decision))

    def load(self, v: RequestView) -> None:
        u = self.ui
        self.entries.set_rows(list(v.entries))
        row = next((i for i, c in enumerate(v.entries) if c.entry_id == self._entry_id), 0)
        if v.entries:
            u.entriesView.selectRow(row)
        self._show_entry(row if v.entries else -1)
        self.types.set_rows(list(v.types))
        row = next((i for i, t in enumerate(v.types) if t.type == self._type), 0)
        if v.types:
            u.typesView.selectRow(row)
        self._show_type(row if v.types else -1)

    # -- what is disclosed ---------------------------------------------------------------------
    def _cover(self) -> EntryCover | None:
        return self.entries.row_at(self.ui.entriesView.currentIndex().row())

    def _show_entry(self, row: int) -> None:
        cover = self.entries.row_at(row)
        self._entry_id = cover.entry_id if cover else None
        self.ui.enclosureEdit.setPlainText(cover.enclosure if cover else "")
        self.withheld.set_rows(list(cover.withheld) if cover else [])

    def _need_entry(self) -> EntryCover | None:
        cover = self._cover()
        if cover is None:
            self.dialog.feedback.say(translate("RequestDialog", "Choose a register entry first."))
        return cover

    def import_extract(self, path: Path | None = None) -> bool:
        d = self.dialog
        cover = self._need_entry()
        if cover is None:
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                d,
                translate("RequestDialog", "The data held on the person"),
                "",
                translate("RequestDialog", "CSV or Excel (*.csv *.xlsx)"),
            )
            if not name:
                return False
            path = Path(name)
        chosen = path
        return d.act(
            lambda: rq.import_extract(d.desk, d.request_id, cover.entry_id, chosen),
            translate("RequestDialog", "The data was imported."),
        )

    def change_entries(self, dialog: RequestEntriesDialog | None = None) -> bool:
        """The register entries the request covers, changed after receipt."""
        d = self.dialog
        current = [c.entry_id for c in d.view.entries] if d.view else []
        try:
            dialog = dialog or RequestEntriesDialog(d.desk, d.request_id, current, d)
        except PrivacydeskError as exc:
            d.feedback.show(exc)
            return False
        dialog.exec()
        if not dialog.saved:
            return False
        d.changed = True
        d.refresh()
        d.feedback.say(translate("RequestDialog", "The register entries were changed."))
        return True

    def save_enclosure(self) -> bool:
        d = self.dialog
        cover = self._need_entry()
        if cover is None:
            return False
        text = self.ui.enclosureEdit.toPlainText()
        return d.act(
            lambda: rq.set_enclosure(d.desk, d.request_id, cover.entry_id, text),
            translate("RequestDialog", "The enclosure was saved."),
            {"enclosure": self.ui.enclosureEdit},
        )

    def _set_withheld(self, items: list[tuple[str, str]], done: str) -> bool:
        d = self.dialog
        cover = self._need_entry()
        if cover is None:
            return False
        return d.act(
            lambda: rq.set_withheld(d.desk, d.request_id, cover.entry_id, items),
            done,
            {"withheld": self.ui.withheldItemEdit},
        )

    def add_withheld(self) -> bool:
        cover = self._cover()
        item = (self.ui.withheldItemEdit.text(), self.ui.withheldGroundCombo.currentData())
        items = [*(cover.withheld if cover else ()), item]
        ok = self._set_withheld(items, translate("RequestDialog", "The withheld item was added."))
        if ok:
            self.ui.withheldItemEdit.clear()
        return ok

    def remove_withheld(self) -> bool:
        cover = self._cover()
        row = self.ui.withheldView.currentIndex().row()
        if cover is None or not 0 <= row < len(cover.withheld):
            self.dialog.feedback.say(translate("RequestDialog", "Choose a withheld item first."))
            return False
        items = [w for i, w in enumerate(cover.withheld) if i != row]
        return self._set_withheld(
            items, translate("RequestDialog", "The withheld item was removed.")
        )

    # -- decisions -----------------------------------------------------------------------------
    def _fill_decisions(self, type_code: str) -> None:
        common.fill(self.ui.decisionCombo, common.DECISIONS, rq.DECISIONS.get(type_code, ()))

    def _show_type(self, row: int) -> None:
        u = self.ui
        t = self.types.row_at(row)
        self._type = t.type if t else None
        u.decisionBox.setTitle(
            translate("RequestDialog", "Decision on: {type}").format(
                type=common.label(common.TYPES, t.type)
            )
            if t
            else translate("RequestDialog", "Decision on the selected type")
        )
        if t is None:
            return
        self._fill_decisions(t.type)
        common.select(u.decisionCombo, t.decision)
        for code, box in self.grounds.items():
            box.setChecked(code in t.grounds)
        u.reasonEdit.setPlainText(t.reason)
        u.changesEdit.setPlainText(t.changes)
        disclosure = t.type in rq.DISCLOSURE_TYPES
        common.select(u.methodUsedCombo, t.method_used if t.method_used != t.method_asked else "")
        u.methodReasonEdit.setText(t.method_reason)
        u.sensitiveCheck.setChecked(t.include_sensitive)
        for w in (u.methodUsedCombo, u.methodReasonEdit, u.sensitiveCheck):
            w.setVisible(disclosure)
        for caption in (
            u.methodUsedComboCaption,
            u.methodReasonEditCaption,
            u.sensitiveCheckCaption,
        ):
            caption.setVisible(disclosure)

    def decide(self) -> bool:
        u, d = self.ui, self.dialog
        if self._type is None:
            d.feedback.say(translate("RequestDialog", "Choose a type of request first."))
            return False
        decision = Decision(
            type=self._type,
            decision=u.decisionCombo.currentData() or "",
            grounds=[code for code, box in self.grounds.items() if box.isChecked()],
            reason=u.reasonEdit.toPlainText(),
            changes=u.changesEdit.toPlainText(),
            method_used=u.methodUsedCombo.currentData() or "",
            method_reason=u.methodReasonEdit.text(),
            include_sensitive=u.sensitiveCheck.isChecked(),
        )
        return d.act(
            lambda: rq.decide(d.desk, d.request_id, decision, today=d.today),
            translate("RequestDialog", "The decision was recorded."),
            {
                "decision": u.decisionCombo,
                "grounds": u.groundsBox,
                "reason": u.reasonEdit,
                "changes": u.changesEdit,
                "method_used": u.methodUsedCombo,
                "method_reason": u.methodReasonEdit,
                "entries": u.entriesView,
                "withheld": u.withheldView,
            },
        )

    def clear_decision(self) -> bool:
        d = self.dialog
        type_code = self._type
        if type_code is None:
            return False
        return d.act(
            lambda: rq.clear_decision(d.desk, d.request_id, type_code),
            translate("RequestDialog", "The decision was cleared."),
        )
