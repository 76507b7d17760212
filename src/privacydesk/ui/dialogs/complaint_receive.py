"""A complaint received (苦情の受付), typed from the keyboard while the caller is still on the
line: when, how, what about, who (a person in the register, a name, or nobody), the handler,
what was said, and what it concerns. The service checks everything and saves nothing when
something is wrong."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QTableView, QWidget

from privacydesk.errors import InvalidInput
from privacydesk.services import complaints as cp
from privacydesk.services import contractors, register, requests
from privacydesk.services.complaints import ComplaintInput
from privacydesk.services.desk import Desk
from privacydesk.services.register import EntryFilter
from privacydesk.services.subjects import SubjectRow
from privacydesk.ui.check_model import CheckListModel
from privacydesk.ui.dialogs import complaint_common as common
from privacydesk.ui.dialogs import request_common
from privacydesk.ui.generated.ui_complaint_receive_dialog import Ui_ComplaintReceiveDialog
from privacydesk.ui.i18n import translate


def link_choices(desk: Desk) -> dict[str, list[tuple[int, str]]]:
    """What a complaint may concern: register entries, requests and contractors, as
    (id, text) for the tick lists and for naming the links of a complaint."""
    entries = register.list_entries(desk, EntryFilter(active=None), limit=1000).rows
    return {
        "entry": [(e.id, e.name) for e in entries],
        "request": [(r.id, f"{r.number}　{r.person_name}") for r in requests.list_requests(desk)],
        "contractor": [(c.id, c.name) for c in contractors.list_contractors(desk)],
    }


class ComplaintReceiveDialog(QDialog):
    def __init__(
        self, desk: Desk, parent: QWidget | None = None, now: datetime | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ComplaintReceiveDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.now = now  # tests fix the clock; None is now
        self.saved_id: int | None = None
        u = self.ui
        self.feedback = request_common.Feedback(
            u.messageLabel,
            {
                "received_at": u.receivedEdit,
                "channel": u.channelCombo,
                "category": u.categoryCombo,
                "subject_id": u.personSearchEdit,
                "complainant": u.complainantEdit,
                "handler_id": u.handlerCombo,
                "content": u.contentEdit,
                "entry_ids": u.entriesView,
                "request_ids": u.requestsView,
                "contractor_ids": u.contractorsView,
            },
        )
        self.search = common.PersonSearch(
            desk, u.personSearchEdit, u.personView, self._chosen, self.feedback.show
        )
        self.links: dict[str, CheckListModel] = {}
        choices = link_choices(desk)
        for key, view in (
            ("entry", u.entriesView),
            ("request", u.requestsView),
            ("contractor", u.contractorsView),
        ):
            model = CheckListModel(self)
            model.set_rows(choices[key])
            self._list(view, model)
            self.links[key] = model
        u.receivedEdit.setText(common.when_text(now or datetime.now()))
        for radio in (u.personRadio, u.nameRadio, u.anonymousRadio):
            radio.toggled.connect(lambda _on: self._who())
        u.buttonBox.accepted.connect(self.save)
        u.buttonBox.rejected.connect(self.reject)
        self._texts()
        self._who()
        self.search.search()
        u.receivedEdit.setFocus()

    @staticmethod
    def _list(view: QTableView, model: CheckListModel) -> None:
        view.setModel(model)
        view.horizontalHeader().hide()
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    # -- texts -------------------------------------------------------------------------------
    def _texts(self) -> None:
        u = self.ui
        common.fill(u.channelCombo, common.CHANNELS, cp.CHANNELS)
        common.fill(u.categoryCombo, common.CATEGORIES, cp.CATEGORIES)
        # The officer who takes the call handles it unless someone else is chosen.
        me = self.desk.context.account_id
        current = u.handlerCombo.currentData() if u.handlerCombo.count() else me
        common.fill_handlers(u.handlerCombo, common.handlers(self.desk), current)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._texts()
            self.search.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+Enter saves from any field (a field passes it on: it is not text).
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            return
        super().keyPressEvent(event)

    def _who(self) -> None:
        u = self.ui
        registered = u.personRadio.isChecked()
        for w in (u.personSearchEdit, u.personView):
            w.setEnabled(registered)
        u.complainantEdit.setEnabled(u.nameRadio.isChecked())
        u.personLabel.setVisible(registered)

    def _chosen(self, person: SubjectRow) -> None:
        self.ui.personLabel.setText(
            translate("ComplaintReceiveDialog", "Chosen: {name}").format(name=person.legal_name)
        )

    # -- saving ------------------------------------------------------------------------------
    def data(self) -> ComplaintInput:
        u = self.ui
        registered = u.personRadio.isChecked()
        return ComplaintInput(
            received_at=u.receivedEdit.text(),
            channel=u.channelCombo.currentData(),
            category=u.categoryCombo.currentData(),
            content=u.contentEdit.toPlainText(),
            subject_id=self.search.chosen_id if registered else None,
            complainant=u.complainantEdit.text() if u.nameRadio.isChecked() else "",
            handler_id=u.handlerCombo.currentData(),
            entry_ids=self.links["entry"].checked_ids(),
            request_ids=self.links["request"].checked_ids(),
            contractor_ids=self.links["contractor"].checked_ids(),
        )

    def save(self) -> bool:
        data = self.data()
        if self.ui.personRadio.isChecked() and data.subject_id is None:
            # Without this an unchosen person would be saved as an anonymous complaint.
            self.feedback.show(
                InvalidInput(
                    "input.problems",
                    problems=[("subject_id", "requests.unknown_subject", {})],
                    count=1,
                )
            )
            self.ui.personSearchEdit.setFocus()
            return False
        ok, cid = self.feedback.run(lambda: cp.receive(self.desk, data, at=self.now))
        if not ok or not isinstance(cid, int):
            return False
        self.saved_id = cid
        self.accept()
        return True

    def has_input(self) -> bool:
        u = self.ui
        return bool(
            u.contentEdit.toPlainText().strip()
            or u.complainantEdit.text().strip()
            or any(m.checked_ids() for m in self.links.values())
        )

    def reject(self) -> None:
        if self.has_input():
            answer = QMessageBox.question(
                self,
                translate("ComplaintReceiveDialog", "Discard the complaint?"),
                translate("ComplaintReceiveDialog", "What you typed will not be saved."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()
