"""The application carries its icon (Linux windows show none unless the app sets it)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from privacydesk.ui.app import make_app


def test_the_app_sets_its_window_icon(qapp: QApplication) -> None:
    app = make_app()
    icon = app.windowIcon()
    assert not icon.isNull()
    assert icon.pixmap(32, 32).width() == 32
