"""What a complaint concerns, changed after receipt: register entries, requests and
contractors as tick lists (a field list in code: a .ui adds nothing here)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from privacydesk.ui.check_model import CheckListModel
from privacydesk.ui.i18n import translate

KINDS = ("entry", "request", "contractor")


class ComplaintLinksDialog(QDialog):
    def __init__(
        self,
        choices: Mapping[str, list[tuple[int, str]]],
        linked: Iterable[tuple[str, int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ComplaintLinksDialog", "What the complaint concerns"))
        layout = QVBoxLayout(self)
        linked = list(linked)
        self.models: dict[str, CheckListModel] = {}
        self.views: dict[str, QTableView] = {}
        titles = {
            "entry": translate("ComplaintLinksDialog", "Register entries"),
            "request": translate("ComplaintLinksDialog", "Requests"),
            "contractor": translate("ComplaintLinksDialog", "Contractors"),
        }
        for kind in KINDS:
            layout.addWidget(QLabel(titles[kind], self))
            model = CheckListModel(self)
            model.set_rows(choices.get(kind, []), [i for k, i in linked if k == kind])
            view = QTableView(self)
            view.setModel(model)
            view.horizontalHeader().hide()
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            layout.addWidget(view)
            self.models[kind] = model
            self.views[kind] = view
        note = QLabel(
            translate(
                "ComplaintLinksDialog",
                "While the complaint is open, a register entry ticked here is kept from "
                "disposal, and one unticked is released from this complaint's hold.",
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 560)

    def ticked(self, kind: str) -> list[int]:
        return self.models[kind].checked_ids()
