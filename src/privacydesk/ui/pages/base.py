"""What every page shares: the desk it works on, refresh, and retranslation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from privacydesk.services.desk import Desk


class Page(QWidget):
    """A page composes a generated form (self.ui) and calls services for its desk."""

    ui: Any

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk: Desk | None = None

    def set_desk(self, desk: Desk) -> None:
        self.desk = desk
        self.refresh()

    def refresh(self) -> None:
        """Reload from services; each page overrides."""

    def retranslate(self) -> None:
        """Texts set in code; each page overrides when it has some."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)
