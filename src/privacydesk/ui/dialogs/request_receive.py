"""A request received (開示等の請求の受付): who asked, for whom, what and how; the service
checks everything and saves nothing when something is wrong."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from privacydesk.errors import PrivacydeskError
from privacydesk.services import dates, register, subjects
from privacydesk.services import requests as rq
from privacydesk.services.desk import Desk
from privacydesk.services.register import EntryFilter
from privacydesk.services.requests import RequestInput, TypeInput
from privacydesk.services.subjects import SubjectRow
from privacydesk.ui.check_model import CheckListModel
from privacydesk.ui.dialogs import request_common as common
from privacydesk.ui.dialogs.subject import LANGUAGE_NAMES, SubjectDialog
from privacydesk.ui.generated.ui_request_receive_dialog import Ui_RequestReceiveDialog
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, RowTableModel

CTX = "RequestReceiveDialog"
SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 50


class RequestReceiveDialog(QDialog):
    def __init__(
        self, desk: Desk, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RequestReceiveDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.today = today
        self.subject_id: int | None = None
        self.saved_id: int | None = None
        u = self.ui
        self.persons: RowTableModel[SubjectRow] = RowTableModel(
            CTX,
            [
                Column(QT_TRANSLATE_NOOP("RequestReceiveDialog", "Name"), lambda r: r.legal_name),
                Column(QT_TRANSLATE_NOOP("RequestReceiveDialog", "Reading"), lambda r: r.reading),
                Column(
                    QT_TRANSLATE_NOOP("RequestReceiveDialog", "Born"),
                    lambda r: r.birth_date.isoformat() if r.birth_date else "",
                ),
                Column(QT_TRANSLATE_NOOP("RequestReceiveDialog", "Address"), lambda r: r.address),
                Column(
                    QT_TRANSLATE_NOOP("RequestReceiveDialog", "Protected"),
                    lambda r: "●" if r.protected else "",
                ),
            ],
            self,
        )
        u.personView.setModel(self.persons)
        header = u.personView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        u.personView.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.choose_person(cur.row())
        )
        self.entries = CheckListModel(self)
        u.entriesView.setModel(self.entries)
        u.entriesView.horizontalHeader().hide()
        u.entriesView.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.entries.set_rows(
            [(e.id, e.name) for e in register.list_entries(desk, EntryFilter(), limit=1000).rows]
        )
        self.types: dict[str, tuple[QCheckBox, QComboBox | None, QLineEdit]] = {}
        for row, code in enumerate(rq.TYPES):
            check = QCheckBox(u.typesBox)
            method = QComboBox(u.typesBox) if code in rq.DISCLOSURE_TYPES else None
            detail = QLineEdit(u.typesBox)
            u.typesGrid.addWidget(check, row, 0)
            if method is not None:
                u.typesGrid.addWidget(method, row, 1)
            u.typesGrid.addWidget(detail, row, 2)
            self.types[code] = (check, method, detail)
        u.typesGrid.setColumnStretch(2, 1)
        u.receivedEdit.setText((today or date.today()).isoformat())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        u.personSearchEdit.textChanged.connect(lambda _t: self._timer.start())
        u.personSearchEdit.returnPressed.connect(self.search)
        u.newPersonButton.clicked.connect(lambda: self.new_person())
        u.requesterCombo.currentIndexChanged.connect(lambda _i: self._agent_fields())
        u.buttonBox.accepted.connect(self.save)
        u.buttonBox.rejected.connect(self.reject)
        self.feedback = common.Feedback(
            u.messageLabel,
            {
                "received_on": u.receivedEdit,
                "subject_id": u.personSearchEdit,
                "channel": u.channelCombo,
                "form": u.formCombo,
                "requester_kind": u.requesterCombo,
                "agent_name": u.agentNameEdit,
                "agent_honorific": u.honorificCombo,
                "agent_relation": u.relationEdit,
                "request_postal_code": u.postalEdit,
                "request_address": u.addressEdit,
                "language": u.languageCombo,
                "notes": u.notesEdit,
                "types": u.typesBox,
                "method_asked": u.typesBox,
                "detail": u.typesBox,
                "entry_ids": u.entriesView,
            },
        )
        self._texts()
        self._agent_fields()
        self.search()

    # -- texts -------------------------------------------------------------------------------
    def _texts(self) -> None:
        u = self.ui
        common.fill(u.channelCombo, common.CHANNELS, rq.CHANNELS)
        common.fill(u.formCombo, common.FORMS, rq.FORMS)
        common.fill(u.requesterCombo, common.REQUESTERS, rq.REQUESTER_KINDS)
        current = u.honorificCombo.currentData()
        u.honorificCombo.clear()
        for honorific in rq.HONORIFICS:  # printed as they are, in any language
            u.honorificCombo.addItem(honorific, honorific)
        common.select(u.honorificCombo, current)
        common.fill(u.languageCombo, LANGUAGE_NAMES)
        for code, (check, method, detail) in self.types.items():
            check.setText(common.label(common.TYPES, code))
            if method is not None:
                common.fill(method, common.METHODS, rq.METHODS)
            detail.setPlaceholderText(translate("RequestReceiveDialog", "What exactly (optional)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._texts()
            self.persons.retranslate()
        super().changeEvent(event)

    def _agent_fields(self) -> None:
        agent = self.ui.requesterCombo.currentData() != "person"
        u = self.ui
        for w in (u.agentNameEdit, u.honorificCombo, u.relationEdit):
            w.setEnabled(agent)

    # -- the person ----------------------------------------------------------------------------
    def search(self) -> None:
        query = self.ui.personSearchEdit.text().strip()
        ok, rows = self.feedback.run(lambda: subjects.search(self.desk, query, limit=SEARCH_LIMIT))
        self.persons.set_rows(rows if ok and isinstance(rows, list) else [])
        found = [self.persons.row_at(i) for i in range(self.persons.rowCount())]
        match = next(
            (i for i, r in enumerate(found) if r is not None and r.id == self.subject_id), None
        )
        if match is not None:
            self.ui.personView.selectRow(match)

    def choose_person(self, row: int) -> None:
        person = self.persons.row_at(row)
        if person is None:
            return
        self.subject_id = person.id
        born = dates.display(person.birth_date)
        self.ui.personLabel.setText(
            translate("RequestReceiveDialog", "Chosen: {name} {born}").format(
                name=person.legal_name, born=born
            )
        )
        try:  # letters go out in the person's language unless the officer chooses otherwise
            language = subjects.get_subject(self.desk, person.id).data.language
        except PrivacydeskError:
            return
        common.select(self.ui.languageCombo, language)

    def new_person(self, dialog: SubjectDialog | None = None) -> None:
        dialog = dialog or SubjectDialog(self.desk, None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved_id is None:
            return
        self.subject_id = dialog.saved_id
        self.ui.personSearchEdit.blockSignals(True)
        self.ui.personSearchEdit.setText(dialog.ui.nameEdit.text())
        self.ui.personSearchEdit.blockSignals(False)
        self.search()

    # -- saving ------------------------------------------------------------------------------
    def data(self) -> RequestInput:
        u = self.ui
        types = [
            TypeInput(code, method.currentData() if method else "", detail.text())
            for code, (check, method, detail) in self.types.items()
            if check.isChecked()
        ]
        return RequestInput(
            received_on=u.receivedEdit.text(),
            subject_id=self.subject_id,  # type: ignore[arg-type]  # None: the service says so
            types=types,
            channel=u.channelCombo.currentData(),
            form=u.formCombo.currentData(),
            requester_kind=u.requesterCombo.currentData(),
            agent_name=u.agentNameEdit.text(),
            agent_honorific=u.honorificCombo.currentData(),
            agent_relation=u.relationEdit.text(),
            request_postal_code=u.postalEdit.text(),
            request_address=u.addressEdit.toPlainText(),
            language=u.languageCombo.currentData(),
            entry_ids=self.entries.checked_ids(),
            notes=u.notesEdit.toPlainText(),
        )

    def save(self) -> bool:
        data = self.data()
        ok, rid = self.feedback.run(lambda: rq.receive(self.desk, data, today=self.today))
        if not ok or not isinstance(rid, int):
            return False
        self.saved_id = rid
        self.accept()
        return True

    def has_input(self) -> bool:
        u = self.ui
        return bool(
            any(check.isChecked() for check, _m, _d in self.types.values())
            or u.agentNameEdit.text()
            or u.addressEdit.toPlainText()
            or u.notesEdit.toPlainText()
        )

    def reject(self) -> None:
        if self.has_input():
            answer = QMessageBox.question(
                self,
                translate("RequestReceiveDialog", "Discard the request?"),
                translate("RequestReceiveDialog", "What you typed will not be saved."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()
